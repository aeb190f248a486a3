#pragma once
// Sensitivity of the cut (issue 4, item 3): how the outcomes of a round react to other
// category weights, another expert aggregation and leaving one expert out. An analysis only:
// every function works on a copy of the panel and never changes the stored configuration.
// All figures come from the scoring engine (scoring/ScoringEngine.h); nothing is re-scored
// here. Method and JSON structure: docs/sensitivity.md.
//
// Pass the panel the caller may see (the chair's visible panel). Drafts never count: the
// engine ignores them (R3). Each function comes in two forms: with the user ratings given as
// tallies (what a store reads, PanelStore::loadScoringInputs; panel.userRatings is then
// ignored), and without, tallying panel.userRatings first.

#include "domain/Panel.h"
#include "domain/RatingTally.h"
#include "scoring/Standings.h"

#include <QHash>
#include <functional>
#include <QString>
#include <optional>
#include <vector>

namespace pd {

// Progress of a long analysis: called after each step with the steps done and the total;
// returning false cancels it (the call then throws pd::Cancelled and nothing is returned).
using SensitivityProgress = std::function<bool(int done, int total)>;

// ---- weights -----------------------------------------------------------------------------

struct CategoryWeight {
    QString category;   // category id
    double points = 0.0;
    friend bool operator==(const CategoryWeight &, const CategoryWeight &) = default;
};
using CategoryWeights = std::vector<CategoryWeight>;   // in the round's category order

// The stored points of every category of the panel.
CategoryWeights storedWeights(const Panel &panel);
double totalPoints(const CategoryWeights &weights);
double weightOf(const CategoryWeights &weights, const QString &category);   // 0 when unknown

// Moves `category` to `points` (clamped to [0, total]) and rescales every other category in
// proportion to its current points so that the total is kept. When the others hold nothing
// (the moved category had the whole total), the remainder is shared equally among them.
CategoryWeights rescaleWeights(const CategoryWeights &current, const QString &category,
                               double points);

// Sets several categories at once (`fixed`: category id -> points) and rescales the others
// in proportion so that the total of `current` is kept. InputError when a category is
// unknown, a value is negative or not finite, the fixed points exceed the total, or every
// category is fixed and they do not add up to the total.
CategoryWeights rescaleWeights(const CategoryWeights &current, const QHash<QString, double> &fixed);

// ---- scenario ----------------------------------------------------------------------------

struct SensitivityScenario {
    CategoryWeights weights;                 // empty: the stored points
    std::optional<Aggregation> aggregation;  // overrides every expert category's aggregation
    int trim = 1;                            // with Aggregation::TrimmedMean
    QString leaveOut;                        // a reviewer id whose sheets are dropped; "" none
};

// The scenario applied to a copy of the panel. A category given new points P' (stored P > 0)
// has its groups', rubric items' (and their steps') points scaled by P'/P, and so are the
// scores of its expert sheets; user categories only change their points. Every achievement
// is therefore unchanged and every category score scales by P'/P. InputError for an unknown
// category or reviewer, weights that do not keep the total, or new points for a category
// whose stored points are 0.
Panel applyScenario(const Panel &panel, const SensitivityScenario &scenario);

// computeStandings(applyScenario(panel, scenario), ratingTallies).
Standings scenarioStandings(const Panel &panel, const SensitivityScenario &scenario);
Standings scenarioStandings(const Panel &panel, const std::vector<RatingTally> &ratingTallies,
                            const SensitivityScenario &scenario);

// ---- results -----------------------------------------------------------------------------

// The smallest change found in one direction.
struct FlipPoint {
    double delta = 0.0;    // points added to the category (negative: taken away)
    double weight = 0.0;   // the category's points there (scenario points + delta)
    Outcome outcome = Outcome::Pending;   // the team's outcome just beyond that change
};

struct WeightFlip {
    enum class Status {
        Found,          // up and/or down is set
        NoneInRange,    // no change within [0, total] flips the outcome
        NotEligible,    // the team is disqualified or pending on independence (R7 1-2)
        NotAdjustable,  // stored points 0 (no achievement to scale) or a single category
    };
    QString category;
    double weight = 0.0;   // the category's points in the scenario
    Status status = Status::NoneInRange;
    std::optional<FlipPoint> up;     // smallest increase that flips
    std::optional<FlipPoint> down;   // smallest decrease that flips
    // The one of up/down with the smaller |delta| (up on a tie); nullopt when neither.
    std::optional<FlipPoint> smallest() const;
};

struct TeamSensitivity {
    QString team;
    Verdict independence = Verdict::Pending;
    Outcome baselineOutcome = Outcome::Pending;   // the panel as stored
    Outcome scenarioOutcome = Outcome::Pending;
    bool changed = false;
    double baselineTotal = 0.0;
    double scenarioTotal = 0.0;
    int baselineRank = 0;   // score rank (R6)
    int scenarioRank = 0;
    std::optional<int> baselineEligibleRank;
    std::optional<int> scenarioEligibleRank;
    std::vector<WeightFlip> flips;   // one per category, in category order (around the scenario)
};

struct OutcomeChange {
    QString team;
    Outcome from = Outcome::Pending;
    Outcome to = Outcome::Pending;
};

struct LeaveOneOut {
    QString reviewer;
    int sheets = 0;                         // submitted sheets that counted and are dropped
    std::vector<OutcomeChange> changes;     // teams whose outcome changes; empty: none
};

struct SensitivityReport {
    SensitivityScenario scenario;   // as given, with the weights made explicit
    Standings baseline;
    Standings scenarioStandings;
    std::vector<TeamSensitivity> teams;     // baseline score order
    std::vector<LeaveOneOut> leaveOneOut;   // reviewer order of the panel
};

// Flip points of every team for every category, around `scenario`: the smallest change of
// the category's points (the others rescaled in proportion, the category kept in [0, total])
// after which the team's outcome differs from its outcome in the scenario. Keyed by team id.
QHash<QString, std::vector<WeightFlip>> weightFlips(const Panel &panel,
                                                    const SensitivityScenario &scenario);
QHash<QString, std::vector<WeightFlip>> weightFlips(const Panel &panel,
                                                    const std::vector<RatingTally> &ratingTallies,
                                                    const SensitivityScenario &scenario);

// The standings at other category points, from standings computed at the stored points
// (`atStoredPoints`: scenarioStandings without weights): every category score scaled by
// new/stored points (what applyScenario does to the inputs), totals summed, then the
// engine's ranking and outcome rules (rankStandings, R6-R7). Group scores are not carried.
// What weightFlips probes with; tests compare it with scenarioStandings.
Standings rescaledStandings(const Panel &panel, const Standings &atStoredPoints,
                            const CategoryWeights &weights);

// The reviewers the analysis can leave out, one at a time: each reviewer with at least one
// counted (submitted) sheet, in panel order, with the number of those sheets. The one rule
// behind leaveOneExpertOut, its progress count and the Sensitivity tab's "Leave out" list.
struct LeaveOutCandidate {
    QString reviewer;
    int sheets = 0;
};
std::vector<LeaveOutCandidate> leaveOutCandidates(const Panel &panel);

// For each of leaveOutCandidates(panel): the teams whose outcome
// changes when that reviewer's sheets are dropped from `scenario` (its weights and
// aggregation; its own leaveOut is ignored), compared with `scenario` without a leave-out.
std::vector<LeaveOneOut> leaveOneExpertOut(const Panel &panel, const SensitivityScenario &scenario);
std::vector<LeaveOneOut> leaveOneExpertOut(const Panel &panel,
                                           const std::vector<RatingTally> &ratingTallies,
                                           const SensitivityScenario &scenario);

// Everything above in one report.
SensitivityReport analyseSensitivity(const Panel &panel, const SensitivityScenario &scenario);
// `progress` counts one step per category and team (flip points) and one per reviewer
// (leave one out); a 200-team panel takes seconds.
SensitivityReport analyseSensitivity(const Panel &panel, const std::vector<RatingTally> &ratingTallies,
                                     const SensitivityScenario &scenario,
                                     const SensitivityProgress &progress = {});

// The report as JSON (format "paneldesk-sensitivity", version 1; docs/sensitivity.md).
QByteArray sensitivityJson(const Panel &panel, const SensitivityReport &report);

} // namespace pd
