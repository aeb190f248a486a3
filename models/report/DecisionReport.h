#pragma once
// The decision report as a document model (docs/report.md): headings, paragraphs and tables
// in reading order, built from one decision version (or the current standings as a DRAFT)
// at a disclosure level. The PDF (ReportPdf.h) and the print preview render this model;
// the tests read its text to prove what a disclosure level leaves out.
//
// Disclosure levels:
//   full    internal: every score, every finding with its evidence and each attached
//           provenance report's summary and SHA-256, the appeal committees.
//   public  outcomes and reasons, verdicts and rationales, appeals and rulings; of the scores
//           only those of the teams the chair chose to publish, and the averages.
//   team    one team's own scores with the averages, its findings (with its attached
//           reports' summaries and SHA-256), outcome and appeals.

#include "domain/ChainHead.h"
#include "decision/Decision.h"
#include "domain/Findings.h"
#include "domain/Panel.h"
#include "report/ReportProgress.h"
#include "scoring/Standings.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace pd {

enum class Disclosure { Full, Public, Team };
QString toString(Disclosure disclosure);   // "full", "public", "team"
std::optional<Disclosure> parseDisclosure(const QString &text);

// The chair's charts (issue 4's Charts tab) as the report draws them (ReportChartBlocks.h).
enum class ReportChart {
    StackedTotals,     // rows: a team and its category scores; header: the categories
    ByCategory,        // the same rows, drawn grouped by category
    ExpertTotals,      // rows: a team and the totals of its counted sheets, sorted
    Achievement,       // rows: a team and its category scores as % of the points (radar)
    BenchmarkGroups,   // rows: a team and its group scores; header: the groups
};

struct ReportBlock {
    enum class Kind { Title, Heading, Paragraph, Mark, Table, SignOff, PageBreak, Chart };
    Kind kind = Kind::Paragraph;
    QString text;                       // Title, Heading, Paragraph, Mark; Chart: caption
    QStringList header;                 // Table; Chart: the categories (series)
    std::vector<QStringList> rows;      // Table; SignOff: (role, name) pairs; Chart: a label
                                        // and one value per category (shortest round-trip)
    double scale = 0.0;                 // Chart: the largest possible total (the axis)
    int decimals = 1;                   // Chart: display decimals of the totals (R8); the
                                        // row labelled averageLabel gets one more
    ReportChart chart = ReportChart::StackedTotals;   // Chart: which one
    QString averageLabel;               // Chart: the label of the averages row, if any
    std::optional<double> cutAt;        // StackedTotals: the cut line, when the report shows
    QString cutLabel;                   // both teams beside it; its legend text
};

struct DecisionReport {
    QString title;   // for the PDF's metadata
    QString mark;    // DRAFT, ANNOUNCED or FINAL (translated)
    std::vector<ReportBlock> blocks;

    // Every text of the report in order, one line per paragraph or table row (cells
    // separated by " | "), for tests and search.
    QString plainText() const;
};

struct ReportOptions {
    Disclosure disclosure = Disclosure::Full;
    QString team;                  // Disclosure::Team: whose report
    QStringList publishedTeams;    // Disclosure::Public: the teams whose scores are published
    int version = 0;               // the decision version; 0: the latest (or a draft)
};

// The report prints the audit chain's head when it is made (domain/ChainHead.h) after the
// fingerprint; an empty hash is not shown.

// `panel` and `standings`: the version's inputs and standings (callers take them from the
// version, see reportInputs), or the current ones for a draft. InputError for an unknown
// team (team level, published teams) or a team level without a team.
DecisionReport buildDecisionReport(const Panel &panel, const Standings &standings,
                                   const RoundStatus &status, const ReportOptions &options,
                                   const ChainHead &head = {},
                                   const std::vector<AttachedReport> &reports = {});

class PanelStore;

// The report of `options.version` (0: the latest; a draft of the current standings when the
// round has no decision yet) from a store: the version's own stored inputs and standings,
// so that an older version's report stays as it was; the members for the sign-off block
// are the store's; the chain head is the store's last audit entry.
DecisionReport buildDecisionReport(const PanelStore &store, const ReportOptions &options);

// The same after verifying the whole file (trust/Verification.h): a report is never made from
// a file that fails verification (StoreError naming what fails). What the window and
// paneldesk-cli print. `progress` hears the stages Verifying and ReadingRound; Cancelled
// when it answers false.
DecisionReport buildVerifiedReport(const PanelStore &store, const ReportOptions &options,
                                   const ReportProgress &progress = {});

} // namespace pd
