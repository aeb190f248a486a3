#pragma once
// Panel agreement (issue 4, item 4): how far the experts of a panel agree with each other.
// Pure functions on a Panel: no SQL, no widgets. docs/agreement.md says what each figure
// means for a chair, the exact formulas and the textbook sources.
//
// Data (rule R3): only the sheets that count — submitted, complete, from a reviewer without a
// conflict for the team (scoring/ExpertScoring.h countedSheets) — of the round's first
// expert category; a sheet's total E(e,t) is the sum of its item scores. Drafts never enter
// any figure.
//
// Kendall's W and ICC(2,1) need a complete table (every expert in it scored every team in
// it). The table is chosen by chooseBlock(): the teams with at least two counted sheets and
// the reviewers holding a counted sheet for one of them; then, while a cell is missing, the
// expert or team with a missing cell whose removal loses the fewest counted sheets is
// removed (on a tie an expert before a team, the later one in panel order first).
//
// Leniency of an expert: the mean, over the teams they scored that at least one other
// reviewer also scored, of (their total - the mean of all counted totals for that team).
//
// Outlier flags (an expert may carry both):
//  - lenient / severe: the expert's leniency differs from the mean of the other experts'
//    leniencies by more than 2 of their standard deviations (sample SD) and by at least
//    5 % of the expert category's points; needs at least 3 other experts with a leniency.
//  - unlike_panel: the Spearman correlation between the expert's ranking of the table's
//    teams and the ranking by the other table experts' rank sums is 0 or below; needs at
//    least 3 teams and 3 experts in the table.

#include "domain/Panel.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace pd {

// Why a figure could not be computed.
enum class NotComputable {
    None,              // it was computed
    NoExpertCategory,  // the round has no expert category
    TooFewExperts,     // fewer than 2 experts in the complete table
    TooFewTeams,       // fewer than 2 teams in the complete table
    NoVariation,       // every total (W: every expert's ranking is all ties) is the same
};

// Machine name, as in the JSON: "", "no_expert_category", "too_few_experts", ...
QString toString(NotComputable reason);
// A sentence for the chair, translated ("Fewer than 2 experts scored the same teams.").
QString describe(NotComputable reason);

// Kendall's coefficient of concordance W with the correction for ties (Kendall & Babington
// Smith 1939; Siegel & Castellan 1988, section 9.4). Rows are the objects ranked (teams),
// columns the judges (experts); each judge's values are ranked (average ranks for ties,
// equal within kScoreEpsilon), higher value = rank 1.
struct KendallW {
    NotComputable reason = NotComputable::None;
    int judges = 0;            // m
    int objects = 0;           // n
    double w = 0.0;            // 12 S / (m^2 (n^3 - n) - m sum T)
    double s = 0.0;            // S = sum over objects of (R_i - m(n+1)/2)^2
    double tieCorrection = 0.0;   // sum over judges of T_j = sum over tie groups (t^3 - t)
    double chiSquare = 0.0;    // m (n - 1) W
    int degreesOfFreedom = 0;  // n - 1
    double pValue = 1.0;       // upper tail of chi-square with n - 1 degrees of freedom
    bool computable() const { return reason == NotComputable::None; }
};
KendallW kendallW(const std::vector<std::vector<double>> &table);

// ICC(2,1) of Shrout & Fleiss (1979): two-way random effects, absolute agreement, single
// rater, from the two-way ANOVA of an n targets x k judges table without missing cells.
enum class IccBand { Poor, Moderate, Good, Excellent };   // Koo & Li (2016)
struct Icc21 {
    NotComputable reason = NotComputable::None;
    int targets = 0;   // n
    int judges = 0;    // k
    double value = 0.0;
    double msRows = 0.0;      // BMS: between targets
    double msColumns = 0.0;   // JMS: between judges
    double msError = 0.0;     // EMS: residual
    IccBand band = IccBand::Poor;
    bool computable() const { return reason == NotComputable::None; }
};
Icc21 icc21(const std::vector<std::vector<double>> &table);
// < 0.5 poor, 0.5 to < 0.75 moderate, 0.75 to 0.9 good, > 0.9 excellent.
IccBand iccBand(double icc);
QString toString(IccBand band);   // "poor", "moderate", "good", "excellent"
QString describe(IccBand band);   // translated

// Average ranks of `values`, the highest value rank 1; values within kScoreEpsilon tie.
std::vector<double> averageRanks(const std::vector<double> &values);
// Pearson correlation of two equally long vectors; nullopt when either is constant.
std::optional<double> correlation(const std::vector<double> &a, const std::vector<double> &b);

enum class ExpertFlag { Lenient, Severe, UnlikePanel };
QString toString(ExpertFlag flag);   // "lenient", "severe", "unlike_panel"
QString describe(ExpertFlag flag);   // translated short label

struct ExpertAgreement {
    QString reviewer;            // id
    QString name;
    int sheets = 0;              // counted (submitted) sheets
    int comparedTeams = 0;       // teams in the leniency: scored by this expert and another
    bool inTable = false;        // part of the complete table of W and ICC
    std::optional<double> leniency;          // points; nullopt without a compared team
    std::optional<double> rankCorrelation;   // Spearman vs the other table experts
    std::vector<ExpertFlag> flags;
    QString explanation;         // one or two sentences for the chair, translated
};

struct PanelAgreement {
    QString category;            // the expert category's id ("" when none)
    double categoryPoints = 0.0;
    int countedSheets = 0;
    QStringList tableExperts;    // reviewer ids, panel order
    QStringList tableTeams;      // team ids, panel order
    QStringList excludedExperts; // reviewers with counted sheets left out of the table
    QStringList excludedTeams;   // teams left out of the table
    KendallW kendall;
    Icc21 icc;
    // Reviewers of role expert, and any other reviewer holding a counted sheet, panel order.
    std::vector<ExpertAgreement> experts;
    double leniencyThreshold = 0.0;   // the 5 % floor of the lenient/severe flag, in points
};

// The table chosen for W and ICC from the counted sheets (see the header comment).
struct AgreementBlock {
    QStringList experts;
    QStringList teams;
};
AgreementBlock chooseBlock(const Panel &panel, const Category &category);

// Everything above for the panel. Give the member's visible panel to show what they may see.
PanelAgreement computeAgreement(const Panel &panel);

// One-line explanations for the chair (translated).
QString explainKendall(const KendallW &w);
QString explainIcc(const Icc21 &icc);

// The display forms shared by the GUI and the CLI table: W, ICC and rank correlations with
// 3 decimals; p with 3 decimals, "< 0.001" below that; a leniency with its sign and
// `decimals` places ("+1.25", "-0.40", "0.00").
QString formatCoefficient(double value);
QString formatPValue(double p);
QString formatPStatement(double p);   // "p = 0.015", "p < 0.001"
QString formatLeniency(double points, int decimals);

} // namespace pd
