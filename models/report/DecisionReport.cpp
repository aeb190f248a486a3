#include "report/DecisionReport.h"
#include "trust/Verification.h"

#include "decision/VersionInputs.h"
#include "domain/Errors.h"
#include "io/PanelFileReader.h"
#include "io/PanelJsonStream.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelStore.h"
#include "scoring/OutcomeReason.h"
#include "scoring/Rounding.h"
#include "report/ReportChartBlocks.h"
#include "report/MethodText.h"
#include "itemmodels/FindingText.h"
#include "provenance/ProvenanceSummary.h"

#include <QCoreApplication>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DecisionReport)
};

QString iso(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

// A step's date as the chair gave it and, where it differs from the system's date when the
// step was recorded, the system time too (trust.md, "Clock").
QString dated(const QDate &given, const QDateTime &recordedUtc)
{
    if (!recordedUtc.isValid() || recordedUtc.toLocalTime().date() == given)
        return iso(given);
    return Tr::tr("%1 (recorded %2 UTC)")
        .arg(iso(given), recordedUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

class Builder {
public:
    Builder(const Panel &panel, const Standings &standings, const RoundStatus &status,
            const ReportOptions &options, const ChainHead &head,
            const std::vector<AttachedReport> &reports)
        : m_panel(panel), m_standings(standings), m_status(status), m_options(options), m_head(head),
          m_reports(reports), m_decimals(panel.round.displayDecimals)
    {
        for (const DecisionVersion &v : status.versions)
            if (v.version == options.version || (options.version == 0 && &v == status.latest()))
                m_version = &v;
    }

    DecisionReport build()
    {
        m_report.title = Tr::tr("Decision report: %1 — %2").arg(m_panel.program.name, m_panel.round.name);
        m_report.mark = mark();
        cover();
        method();
        standingsSection();
        charts();
        teamPages();
        outcomes();
        appeals();
        signOff();
        fingerprint();
        chainHead();
        return m_report;
    }

private:
    const Panel &m_panel;
    const Standings &m_standings;
    const RoundStatus &m_status;
    const ReportOptions &m_options;
    const ChainHead &m_head;
    const std::vector<AttachedReport> &m_reports;
    const DecisionVersion *m_version = nullptr;
    int m_decimals;
    DecisionReport m_report;

    void add(ReportBlock::Kind kind, const QString &text)
    {
        ReportBlock b;
        b.kind = kind;
        b.text = text;
        m_report.blocks.push_back(b);
    }
    void heading(const QString &text) { add(ReportBlock::Kind::Heading, text); }
    void paragraph(const QString &text) { add(ReportBlock::Kind::Paragraph, text); }
    void pageBreak() { add(ReportBlock::Kind::PageBreak, {}); }
    void table(const QStringList &header, const std::vector<QStringList> &rows)
    {
        ReportBlock b;
        b.kind = ReportBlock::Kind::Table;
        b.header = header;
        b.rows = rows;
        m_report.blocks.push_back(b);
    }

    QString teamName(const QString &id) const
    {
        const Team *t = m_panel.team(id);
        return t ? t->name : id;
    }

    // Whether this report may show the team's own scores.
    bool showsScores(const QString &team) const
    {
        switch (m_options.disclosure) {
        case Disclosure::Full: return true;
        case Disclosure::Public: return m_options.publishedTeams.contains(team);
        case Disclosure::Team: return team == m_options.team;
        }
        return false;
    }
    bool includesTeam(const QString &team) const
    {
        return m_options.disclosure != Disclosure::Team || team == m_options.team;
    }

    QString mark() const
    {
        if (!m_version)
            return Tr::tr("DRAFT");
        if (m_version->finalOn)
            return Tr::tr("FINAL");
        if (m_version->announcedOn)
            return m_version->reopenedOn ? Tr::tr("ANNOUNCED, REOPENED ON APPEAL") : Tr::tr("ANNOUNCED");
        return Tr::tr("DRAFT");
    }

    static QString outcomeText(Outcome o) { return methodtext::outcome(o); }

    QString reasonFor(const TeamStanding &t) const
    {
        if (m_version)
            if (const DecisionOutcome *o = m_version->outcomeOf(t.team); o && !o->reason.isEmpty())
                return o->reason;   // the chair's words, published as written
        // The computed sentence may quote the team's total (minimum total rule).
        return showsScores(t.team) ? outcomeReason(m_panel, m_standings, t) : QString();
    }

    void cover()
    {
        add(ReportBlock::Kind::Title, m_panel.program.name);
        paragraph(m_panel.program.organizer);
        paragraph(Tr::tr("%1 (%2) — decision report").arg(m_panel.round.name, m_panel.round.id));
        add(ReportBlock::Kind::Mark, m_report.mark);
        std::vector<QStringList> rows;
        rows.push_back({Tr::tr("Decision version"),
                        m_version ? QString::number(m_version->version) : Tr::tr("none yet")});
        if (m_version) {
            rows.push_back({Tr::tr("Decided"), dated(m_version->decidedOn, m_version->recordedAt)});
            if (m_version->announcedOn)
                rows.push_back({Tr::tr("Announced"),
                                dated(*m_version->announcedOn, m_version->announcementRecordedAt)});
            if (m_version->appealCloses)
                rows.push_back({Tr::tr("Appeal window closes"),
                                Tr::tr("end of %1").arg(iso(*m_version->appealCloses))});
            if (m_version->finalOn)
                rows.push_back({Tr::tr("Final"), dated(*m_version->finalOn, m_version->finalRecordedAt)});
            if (m_version->reopenedOn)
                rows.push_back({Tr::tr("Reopened"), QStringLiteral("%1: %2").arg(iso(*m_version->reopenedOn),
                                                                                 m_version->reopenReason)});
        }
        const QString level = m_options.disclosure == Disclosure::Full
                                  ? Tr::tr("full (internal)")
                                  : m_options.disclosure == Disclosure::Public
                                        ? Tr::tr("public")
                                        : Tr::tr("for team %1 only").arg(teamName(m_options.team));
        rows.push_back({Tr::tr("Disclosure"), level});
        table({Tr::tr("Item"), Tr::tr("Value")}, rows);
        if (!m_panel.program.notice.isEmpty())
            paragraph(QStringLiteral("** %1 **").arg(m_panel.program.notice));
        pageBreak();
    }

    void method()
    {
        heading(Tr::tr("Method"));
        std::vector<QStringList> rows;
        for (const Category &c : m_panel.categories) {
            QString how;
            if (c.kind == CategoryKind::Benchmark)
                how = Tr::tr("%n benchmark group(s)", nullptr, int(c.groups.size()));
            else if (c.kind == CategoryKind::Expert)
                how = Tr::tr("%1 rubric items, aggregation: %2")
                          .arg(c.rubric.size())
                          .arg(methodtext::aggregation(c.aggregation, c.trim));
            else
                how = Tr::tr("%1 items on a %2–%3 scale, normalisation: %4")
                          .arg(c.userItems.size())
                          .arg(c.scaleMin)
                          .arg(c.scaleMax)
                          .arg(methodtext::normalization(c.userNormalization));
            rows.push_back({c.name, formatScore(c.points, 0), how});
        }
        table({Tr::tr("Category"), Tr::tr("Points"), Tr::tr("How it is scored")}, rows);
        rows.clear();
        for (const Category &c : m_panel.categories)
            for (const BenchmarkGroup &g : c.groups)
                rows.push_back({g.name, formatScore(g.points, m_decimals), methodtext::normalization(g.normalization),
                                QString::number(g.benchmarks.size())});
        if (!rows.empty())
            table({Tr::tr("Benchmark group"), Tr::tr("Points"), Tr::tr("Normalisation"),
                   Tr::tr("Benchmarks")}, rows);
        QStringList tieBreak;
        for (const QString &id : m_panel.round.tieBreak)
            tieBreak << (m_panel.category(id) ? m_panel.category(id)->name : id);
        paragraph(Tr::tr("Cut: %1. Tie-break: %2. Appeals: %n day(s) after the announcement.", nullptr,
                         m_panel.round.appealDays)
                      .arg(describeCut(m_panel.round.cut, m_decimals),
                           tieBreak.isEmpty() ? Tr::tr("category order") : tieBreak.join(QStringLiteral(", "))));
        paragraph(Tr::tr("Scores are shown rounded half away from zero to %n decimal(s); averages "
                         "over teams with one more.", nullptr, m_decimals));
    }

    QStringList scoreCells(const TeamStanding &t) const
    {
        QStringList cells;
        for (const Category &c : m_panel.categories)
            cells << formatScore(t.categoryScore(c.id), m_decimals);
        cells << formatScore(t.total, m_decimals);
        return cells;
    }

    QStringList averageCells() const
    {
        QStringList cells;
        for (const Category &c : m_panel.categories)
            cells << formatScore(m_standings.averageCategory(c.id), m_decimals + 1);
        cells << formatScore(m_standings.averageTotal(), m_decimals + 1);
        return cells;
    }

    void standingsSection()
    {
        heading(Tr::tr("Standings"));
        QStringList header{Tr::tr("Rank"), Tr::tr("Team")};
        for (const Category &c : m_panel.categories)
            header << QStringLiteral("%1 (%2)").arg(c.name, formatScore(c.points, 0));
        header << Tr::tr("Total") << Tr::tr("Outcome");
        std::vector<QStringList> rows;
        for (const TeamStanding &t : m_standings.teams) {
            if (!includesTeam(t.team))
                continue;
            const bool scores = showsScores(t.team);
            QStringList row{scores ? QString::number(t.scoreRank) : QStringLiteral("—"), teamName(t.team)};
            if (scores)
                row << scoreCells(t);
            else
                for (int i = 0; i <= int(m_panel.categories.size()); ++i)
                    row << QStringLiteral("—");
            row << outcomeText(t.outcome);
            rows.push_back(row);
        }
        QStringList average{QString(), Tr::tr("Average of %n team(s)", nullptr, int(m_standings.teams.size()))};
        average << averageCells() << QString();
        rows.push_back(average);
        table(header, rows);
        if (m_options.disclosure == Disclosure::Public)
            paragraph(Tr::tr("Scores are published for: %1. The other teams' scores are not published.")
                          .arg(m_options.publishedTeams.isEmpty()
                                   ? Tr::tr("no team")
                                   : publishedNames().join(QStringLiteral(", "))));
    }

    // The chair's charts (ReportChartBlocks.h) on a page of their own: the teams whose scores
    // this report shows and the averages; the sheets' totals only in a full report.
    void charts()
    {
        ChartScope scope;
        scope.showsScores = [this](const QString &team) { return includesTeam(team) && showsScores(team); };
        scope.sheetTotals = m_options.disclosure == Disclosure::Full;
        std::vector<ReportBlock> blocks = chairChartBlocks(m_panel, m_standings, scope);
        if (blocks.empty())
            return;
        pageBreak();
        heading(Tr::tr("Charts"));
        for (size_t i = 0; i < blocks.size(); ++i) {   // two to a page (each at most ~95 mm high)
            if (i > 0 && i % 2 == 0)
                pageBreak();
            m_report.blocks.push_back(std::move(blocks[i]));
        }
    }

    QStringList memberNames(const QStringList &ids) const
    {
        QStringList names;
        for (const QString &id : ids)
            names << (m_panel.reviewer(id) ? m_panel.reviewer(id)->name : id);
        return names;
    }

    QStringList publishedNames() const
    {
        QStringList names;
        for (const QString &id : m_options.publishedTeams)
            names << teamName(id);
        return names;
    }

    void teamPages()
    {
        for (const TeamStanding &t : m_standings.teams) {
            if (!includesTeam(t.team))
                continue;
            pageBreak();
            const Team *team = m_panel.team(t.team);
            heading(QStringLiteral("%1 (%2)").arg(teamName(t.team), t.team));
            if (team && !team->model.isEmpty())
                paragraph(Tr::tr("Model: %1; entered in round %2").arg(team->model, team->enteredRound));
            if (showsScores(t.team)) {
                std::vector<QStringList> rows;
                for (const Category &c : m_panel.categories)
                    rows.push_back({c.name, formatScore(t.categoryScore(c.id), m_decimals),
                                    formatScore(m_standings.averageCategory(c.id), m_decimals + 1),
                                    formatScore(c.points, 0)});
                for (const Category &c : m_panel.categories)
                    for (const BenchmarkGroup &g : c.groups)
                        rows.push_back({QStringLiteral("  %1").arg(g.name),
                                        formatScore(t.groupScore(g.id), m_decimals), QString(),
                                        formatScore(g.points, m_decimals)});
                rows.push_back({Tr::tr("Total"), formatScore(t.total, m_decimals),
                                formatScore(m_standings.averageTotal(), m_decimals + 1),
                                formatScore(m_panel.totalPoints(), 0)});
                table({Tr::tr("Score"), Tr::tr("Team"), Tr::tr("Average"), Tr::tr("Points")}, rows);
            } else {
                paragraph(Tr::tr("This team's scores are not published."));
            }
            independence(t);
            paragraph(Tr::tr("Outcome: %1. %2").arg(outcomeText(t.outcome), reasonFor(t)));
        }
    }

    void independence(const TeamStanding &t)
    {
        const Independence *ind = m_panel.independenceOf(t.team);
        paragraph(Tr::tr("Independence verdict: %1. %2")
                      .arg(findingtext::verdict(t.independence), ind ? ind->rationale : QString()));
        if (!ind || ind->components.empty() || m_options.disclosure == Disclosure::Public)
            return;
        std::vector<QStringList> rows;
        for (const ComponentFinding &f : ind->components)
            rows.push_back({f.component, findingtext::origin(f.origin), f.source, findingtext::license(f.license),
                            findingtext::weights(f.weights), findingtext::externalControl(f.externalControl),
                            f.evidenceFile.isEmpty() ? f.evidence
                                                     : QStringLiteral("%1 [%2]").arg(f.evidence, f.evidenceFile)});
        table({Tr::tr("Component"), Tr::tr("Origin"), Tr::tr("Source"), Tr::tr("Licence"),
               Tr::tr("Weights"), Tr::tr("External control"), Tr::tr("Evidence")}, rows);
        attachedReports(t.team);
    }

    // The provenance reports attached to the team's components (full and team disclosure):
    // each one's summary and the SHA-256 of its bytes, so that a reader holding the JSON
    // report can check it is the one the panel saw.
    void attachedReports(const QString &team)
    {
        std::vector<QStringList> rows;
        for (const AttachedReport &r : m_reports) {
            if (r.team != team)
                continue;
            QString component;
            QString summary;
            try {
                const ProvenanceSummary s = parseProvenanceSummary(r.bytes, QString());
                summary = QStringLiteral("%1 %2").arg(s.headline(), s.reason);
            } catch (const InputError &) {
                summary = Tr::tr("(the stored report no longer reads as a provenance report)");
            }
            rows.push_back({QString::number(r.componentId), summary, r.sha256,
                            QStringLiteral("%1, %2").arg(memberNames({r.attachedBy}).join(QString()), iso(r.attachedAt.date()))});
        }
        if (rows.empty())
            return;
        table({Tr::tr("Component no."), Tr::tr("Attached provenance report"), Tr::tr("SHA-256"),
               Tr::tr("Attached by")}, rows);
    }

    void outcomes()
    {
        pageBreak();
        heading(Tr::tr("Outcomes and reasons"));
        std::vector<QStringList> rows;
        for (const TeamStanding &t : m_standings.teams)
            if (includesTeam(t.team))
                rows.push_back({teamName(t.team), outcomeText(t.outcome), reasonFor(t)});
        table({Tr::tr("Team"), Tr::tr("Outcome"), Tr::tr("Reason")}, rows);
    }

    void appeals()
    {
        heading(Tr::tr("Appeals and rulings"));
        std::vector<QStringList> rows;
        for (const Appeal &a : m_status.appeals) {
            if (!includesTeam(a.team) || (m_version && a.version != m_version->version))
                continue;
            const QString ruling = a.late ? Tr::tr("late: refused by rule")
                                   : a.ruling ? QStringLiteral("%1 (%2): %3").arg(methodtext::ruling(*a.ruling), iso(*a.ruledOn), a.rulingReason)
                                              : Tr::tr("awaiting ruling");
            QStringList row{QString::number(a.id), teamName(a.team), iso(a.filedOn), a.grounds, ruling};
            if (m_options.disclosure == Disclosure::Full)
                row << memberNames(a.committee).join(QStringLiteral(", "));
            rows.push_back(row);
        }
        if (rows.empty()) {
            paragraph(Tr::tr("No appeal has been filed against this version."));
            return;
        }
        QStringList header{Tr::tr("No."), Tr::tr("Team"), Tr::tr("Filed"), Tr::tr("Grounds"), Tr::tr("Ruling")};
        if (m_options.disclosure == Disclosure::Full)
            header << Tr::tr("Committee");
        table(header, rows);
    }

    void signOff()
    {
        heading(Tr::tr("Sign-off"));
        ReportBlock b;
        b.kind = ReportBlock::Kind::SignOff;
        for (const Reviewer &r : m_panel.reviewers)
            if (r.role == Role::Chair)
                b.rows.push_back({Tr::tr("Chair"), r.name});
        for (const Reviewer &r : m_panel.reviewers)
            if (r.role == Role::Expert)
                b.rows.push_back({Tr::tr("Member"), r.name});
        m_report.blocks.push_back(b);
    }

    void fingerprint()
    {
        heading(Tr::tr("Input fingerprint"));
        if (!m_version) {
            paragraph(Tr::tr("This draft has no decision yet, and so no fingerprint."));
            return;
        }
        paragraph(QStringLiteral("SHA-256: %1").arg(m_version->fingerprint));
        paragraph(Tr::tr("The fingerprint is the SHA-256 of the canonical inputs of version %1. To check "
                         "it: paneldesk-cli fingerprint --db PANEL --version %1 --inputs-out inputs.json, "
                         "then sha256sum inputs.json; paneldesk-cli import-panel inputs.json and "
                         "standings reproduce these standings.")
                      .arg(m_version->version));
    }

    void chainHead()
    {
        if (m_head.hash.isEmpty())
            return;
        heading(Tr::tr("Audit chain head"));
        paragraph(Tr::tr("Audit entry %1, SHA-256: %2").arg(m_head.seq).arg(m_head.hash));
        paragraph(Tr::tr("Every change to the panel is an entry of a hash chain signed by its author. "
                         "To check that nothing recorded up to this entry was changed or removed: "
                         "paneldesk-cli verify --db PANEL --head %1")
                      .arg(m_head.hash));
    }
};

} // namespace

QString toString(Disclosure disclosure)
{
    switch (disclosure) {
    case Disclosure::Full: return QStringLiteral("full");
    case Disclosure::Public: return QStringLiteral("public");
    case Disclosure::Team: return QStringLiteral("team");
    }
    return {};
}

std::optional<Disclosure> parseDisclosure(const QString &text)
{
    for (Disclosure d : {Disclosure::Full, Disclosure::Public, Disclosure::Team})
        if (toString(d) == text)
            return d;
    return std::nullopt;
}

QString DecisionReport::plainText() const
{
    QStringList lines{title, mark};
    for (const ReportBlock &b : blocks) {
        if (!b.text.isEmpty())
            lines << b.text;
        if (!b.header.isEmpty())
            lines << b.header.join(QStringLiteral(" | "));
        for (const QStringList &row : b.rows)
            lines << row.join(QStringLiteral(" | "));
    }
    return lines.join(QLatin1Char('\n'));   // chart values at full precision included
}

DecisionReport buildDecisionReport(const Panel &panel, const Standings &standings,
                                   const RoundStatus &status, const ReportOptions &options,
                                   const ChainHead &head,
                                   const std::vector<AttachedReport> &reports)
{
    if (options.disclosure == Disclosure::Team && !panel.team(options.team))
        throw InputError(QCoreApplication::translate("DecisionReport", "a team report needs a team "
                                                                       "of the round (got \"%1\")")
                             .arg(options.team));
    for (const QString &id : options.publishedTeams)
        if (!panel.team(id))
            throw InputError(QCoreApplication::translate("DecisionReport", "unknown team \"%1\" to publish")
                                 .arg(id));
    if (options.version != 0) {
        bool found = false;
        for (const DecisionVersion &v : status.versions)
            found = found || v.version == options.version;
        if (!found)
            throw InputError(QCoreApplication::translate("DecisionReport", "round %1 has no decision version %2")
                                 .arg(status.round)
                                 .arg(options.version));
    }
    return Builder(panel, standings, status, options, head, reports).build();
}

namespace {

// The attached provenance reports the report prints: none at public disclosure; for a
// decision version, those attached before it was recorded, so that its report stays as it was.
std::vector<AttachedReport> attachedReports(const PanelStore &store, const Panel &panel,
                                            const DecisionVersion *version, const ReportOptions &options)
{
    std::vector<AttachedReport> reports;
    if (options.disclosure == Disclosure::Public)
        return reports;
    for (const Team &team : panel.teams) {
        if (options.disclosure == Disclosure::Team && team.id != options.team)
            continue;
        for (AttachedReport &r : store.loadAttachedReports(team.id))
            if (!version || r.attachedAt <= version->recordedAt)
                reports.push_back(std::move(r));
    }
    return reports;
}

} // namespace

DecisionReport buildDecisionReport(const PanelStore &store, const ReportOptions &options)
{
    const RoundStatus status = store.loadRoundStatus();
    // The ratings tallied, never loaded one by one: the report shows standings, not ratings.
    const ScoringInputs current = store.loadScoringInputs();
    ChainHead head;
    const std::vector<AuditEntry> log = store.auditLog();
    if (!log.empty() && !log.back().hash.isEmpty())
        head = {log.back().id, QString::fromLatin1(log.back().hash.toHex())};
    const DecisionVersion *version = nullptr;
    for (const DecisionVersion &v : status.versions)
        if (v.version == options.version || (options.version == 0 && &v == status.latest()))
            version = &v;
    if (!version)   // a draft; an unknown options.version is refused there
        return buildDecisionReport(current.panel, computeStandings(current.panel, current.ratingTallies),
                                   status, options, head, attachedReports(store, current.panel, nullptr, options));
    TalliedPanel inputs = versionPanel(*version, current.ratingTallies);   // VersionInputs.h
    const Standings standings = computeStandings(inputs.panel, inputs.tallies);
    inputs.panel.reviewers = current.panel.reviewers;
    ReportOptions chosen = options;
    chosen.version = version->version;
    return buildDecisionReport(inputs.panel, standings, status, chosen, head,
                               attachedReports(store, current.panel, version, options));
}

DecisionReport buildVerifiedReport(const PanelStore &store, const ReportOptions &options,
                                   const ReportProgress &progress)
{
    {
        // The report is computed from the version's inputs: a member who may not read them (on
        // a server, anyone but the chair) is refused before anything else is read.
        const RoundStatus status = store.loadRoundStatus();
        for (const DecisionVersion &v : status.versions)
            if ((v.version == options.version || (options.version == 0 && &v == status.latest()))
                && v.inputsWithheld())
                throw InputError(QCoreApplication::translate("DecisionReport",
                    "the decision report is computed from the inputs of version %1, which only the "
                    "chair may read on this server (docs/server.md)").arg(v.version));
    }
    reportStage(progress, ReportStage::Verifying);
    InputsProgress rows;   // the versions' inputs streamed back: the long part
    if (progress)
        rows = [&](qint64 done, qint64 total) {
            return reportWithin(progress, ReportStage::Verifying, done, total);
        };
    requireVerified(store, TallyCheck::Scan, rows);
    reportStage(progress, ReportStage::ReadingRound);
    return buildDecisionReport(store, options);
}

} // namespace pd
