#include "analysis/Sensitivity.h"

#include "domain/Errors.h"
#include "scoring/ExpertScoring.h"
#include "scoring/Outcomes.h"
#include "scoring/ScoringEngine.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Sensitivity)
};

constexpr double kPointsTolerance = 1e-6;   // weights must keep the total within this
constexpr double kSlopeTolerance = 1e-12;   // parallel totals: no crossing
constexpr double kAmbiguous = 1e-7;         // totals this close may rank either way (> R6's 1e-9)

QString num(double v) { return QString::number(v, 'g', 10); }

// Counts the steps of an analysis and asks `report` whether to go on.
class StepCounter {
public:
    StepCounter(const SensitivityProgress &report, int total) : m_report(report), m_total(total) {}
    void step()
    {
        ++m_done;
        if (m_report && !m_report(m_done, m_total))
            throw Cancelled(Tr::tr("The sensitivity analysis was cancelled."));
    }

private:
    const SensitivityProgress &m_report;
    int m_total;
    int m_done = 0;
};

// Reviewers with at least one counted sheet: the leave-one-out runs.
QHash<QString, std::vector<WeightFlip>> weightFlipsCounted(const Panel &panel,
                                                           const std::vector<RatingTally> &ratingTallies,
                                                           const SensitivityScenario &scenario,
                                                           StepCounter *counter);
std::vector<LeaveOneOut> leaveOneExpertOutCounted(const Panel &panel,
                                                  const std::vector<RatingTally> &ratingTallies,
                                                  const SensitivityScenario &scenario,
                                                  StepCounter *counter);

bool isExpertItem(const Category &category, const QString &item)
{
    return std::any_of(category.rubric.begin(), category.rubric.end(),
                       [&](const RubricItem &r) { return r.id == item; });
}

CategoryWeights effectiveWeights(const Panel &panel, const SensitivityScenario &scenario)
{
    CategoryWeights out = storedWeights(panel);
    for (CategoryWeight &w : out)
        for (const CategoryWeight &given : scenario.weights)
            if (given.category == w.category)
                w.points = given.points;
    return out;
}

QHash<QString, Outcome> outcomesOf(const Standings &standings)
{
    QHash<QString, Outcome> out;
    for (const TeamStanding &t : standings.teams)
        out.insert(t.team, t.outcome);
    return out;
}

} // namespace

// ---- weights -----------------------------------------------------------------------------

CategoryWeights storedWeights(const Panel &panel)
{
    CategoryWeights out;
    for (const Category &c : panel.categories)
        out.push_back({c.id, c.points});
    return out;
}

double totalPoints(const CategoryWeights &weights)
{
    double sum = 0.0;
    for (const CategoryWeight &w : weights)
        sum += w.points;
    return sum;
}

double weightOf(const CategoryWeights &weights, const QString &category)
{
    for (const CategoryWeight &w : weights)
        if (w.category == category)
            return w.points;
    return 0.0;
}

CategoryWeights rescaleWeights(const CategoryWeights &current, const QString &category, double points)
{
    const double cap = totalPoints(current);
    QHash<QString, double> fixed;
    fixed.insert(category, std::clamp(std::isfinite(points) ? points : 0.0, 0.0, cap));
    return rescaleWeights(current, fixed);
}

CategoryWeights rescaleWeights(const CategoryWeights &current, const QHash<QString, double> &fixed)
{
    const double cap = totalPoints(current);
    double fixedSum = 0.0;
    for (auto it = fixed.constBegin(); it != fixed.constEnd(); ++it) {
        const bool known = std::any_of(current.begin(), current.end(),
                                       [&](const CategoryWeight &w) { return w.category == it.key(); });
        if (!known)
            throw InputError(Tr::tr("unknown category '%1'").arg(it.key()));
        if (!std::isfinite(it.value()) || it.value() < 0.0)
            throw InputError(Tr::tr("the points of category '%1' must be a number of at least 0")
                                 .arg(it.key()));
        fixedSum += it.value();
    }
    if (fixedSum > cap + kPointsTolerance)
        throw InputError(Tr::tr("the categories set add up to %1 points, more than the round's "
                                "total of %2")
                             .arg(num(fixedSum), num(cap)));

    double otherSum = 0.0;
    int others = 0;
    for (const CategoryWeight &w : current) {
        if (fixed.contains(w.category))
            continue;
        otherSum += w.points;
        ++others;
    }
    if (others == 0 && std::abs(fixedSum - cap) > kPointsTolerance)
        throw InputError(Tr::tr("the categories add up to %1 points; the round's total of %2 "
                                "must be kept")
                             .arg(num(fixedSum), num(cap)));

    const double remaining = std::max(0.0, cap - fixedSum);
    CategoryWeights out = current;
    for (CategoryWeight &w : out) {
        if (fixed.contains(w.category))
            w.points = fixed.value(w.category);
        else if (otherSum > 0.0)
            w.points = w.points * remaining / otherSum;
        else
            w.points = remaining / others;
    }
    return out;
}

// ---- scenario ----------------------------------------------------------------------------

Panel applyScenario(const Panel &panel, const SensitivityScenario &scenario)
{
    Panel copy = panel;

    if (!scenario.leaveOut.isEmpty()) {
        if (!panel.reviewer(scenario.leaveOut))
            throw InputError(Tr::tr("unknown expert '%1'").arg(scenario.leaveOut));
        std::erase_if(copy.expertScores,
                      [&](const ExpertScore &s) { return s.reviewer == scenario.leaveOut; });
    }

    if (scenario.aggregation) {
        if (scenario.trim < 0)
            throw InputError(Tr::tr("the trim must be at least 0"));
        for (Category &c : copy.categories) {
            if (c.kind != CategoryKind::Expert)
                continue;
            c.aggregation = *scenario.aggregation;
            if (*scenario.aggregation == Aggregation::TrimmedMean)
                c.trim = scenario.trim;
        }
    }

    if (scenario.weights.empty())
        return copy;

    for (const CategoryWeight &w : scenario.weights) {
        if (!panel.category(w.category))
            throw InputError(Tr::tr("unknown category '%1'").arg(w.category));
        if (!std::isfinite(w.points) || w.points < 0.0)
            throw InputError(Tr::tr("the points of category '%1' must be a number of at least 0")
                                 .arg(w.category));
    }
    const CategoryWeights weights = effectiveWeights(panel, scenario);
    if (std::abs(totalPoints(weights) - panel.totalPoints()) > kPointsTolerance)
        throw InputError(Tr::tr("the categories add up to %1 points; the round's total of %2 "
                                "must be kept")
                             .arg(num(totalPoints(weights)), num(panel.totalPoints())));

    for (Category &c : copy.categories) {
        const double newPoints = weightOf(weights, c.id);
        if (newPoints == c.points)
            continue;
        if (!(c.points > 0.0)) {
            if (newPoints > 0.0)
                throw InputError(Tr::tr("category '%1' has no points: it cannot be given any")
                                     .arg(c.id));
            continue;
        }
        const double factor = newPoints / c.points;
        switch (c.kind) {
        case CategoryKind::Benchmark:
            for (BenchmarkGroup &g : c.groups)
                g.points *= factor;
            break;
        case CategoryKind::Expert:
            for (ExpertScore &s : copy.expertScores)
                if (isExpertItem(c, s.item))
                    s.score *= factor;
            for (RubricItem &item : c.rubric) {
                item.points *= factor;
                item.step *= factor;
                for (RubricBand &band : item.bands)   // still within the item's points
                    band.from *= factor;
            }
            break;
        case CategoryKind::User:
            break;   // points x index: the index does not depend on the points
        }
        c.points = newPoints;
    }
    return copy;
}

Standings scenarioStandings(const Panel &panel, const SensitivityScenario &scenario)
{
    return scenarioStandings(panel, tallyRatings(panel.userRatings), scenario);
}

Standings scenarioStandings(const Panel &panel, const std::vector<RatingTally> &ratingTallies,
                            const SensitivityScenario &scenario)
{
    return computeStandings(applyScenario(panel, scenario), ratingTallies);
}

Standings rescaledStandings(const Panel &panel, const Standings &atStoredPoints,
                            const CategoryWeights &weights)
{
    const CategoryWeights stored = storedWeights(panel);
    std::vector<double> factor;
    for (const CategoryWeight &w : stored)
        factor.push_back(w.points > 0.0 ? weightOf(weights, w.category) / w.points : 0.0);
    std::vector<TeamStanding> rows;
    rows.reserve(atStoredPoints.teams.size());
    for (const TeamStanding &t : atStoredPoints.teams) {
        TeamStanding row;
        row.team = t.team;
        row.independence = t.independence;
        row.independenceSuggested = t.independenceSuggested;
        row.flags = t.flags;
        for (std::size_t j = 0; j < stored.size(); ++j) {
            const double score = t.categoryScore(stored[j].category) * factor[j];
            row.categories.emplace_back(stored[j].category, score);
            row.total += score;
        }
        rows.push_back(std::move(row));
    }
    return rankStandings(std::move(rows), panel);
}

// ---- flip points -------------------------------------------------------------------------

std::optional<FlipPoint> WeightFlip::smallest() const
{
    if (up && down)
        return std::abs(down->delta) < std::abs(up->delta) ? down : up;
    return up ? up : down;
}

// Method (docs/sensitivity.md). With the achievements fixed, a category score is its points
// times the team's achievement a(t,c) = score / stored points, so moving category c by d
// (others rescaled in proportion) gives every team a total linear in d:
//     T_t(d) = T_t + d * s_t,   s_t = a(t,c) - sum_{j != c} a(t,j) * W_j / (C - W_c).
// Outcomes depend only on the order of the pass teams' totals and on min_total, so they can
// only change where T_t(d) = T_u(d) for another pass team u, or T_t(d) = min_total. These
// candidate points are computed exactly, sorted by |d| in each direction, and each is
// confirmed with the engine just beyond it: the first one where the team's outcome differs
// from its scenario outcome is the smallest flipping change in that direction.
QHash<QString, std::vector<WeightFlip>> weightFlips(const Panel &panel,
                                                    const SensitivityScenario &scenario)
{
    return weightFlips(panel, tallyRatings(panel.userRatings), scenario);
}

QHash<QString, std::vector<WeightFlip>> weightFlips(const Panel &panel,
                                                    const std::vector<RatingTally> &ratingTallies,
                                                    const SensitivityScenario &scenario)
{
    return weightFlipsCounted(panel, ratingTallies, scenario, nullptr);
}

namespace {

QHash<QString, std::vector<WeightFlip>> weightFlipsCounted(const Panel &panel,
                                                           const std::vector<RatingTally> &ratingTallies,
                                                           const SensitivityScenario &scenario,
                                                           StepCounter *counter)
{
    const CategoryWeights stored = storedWeights(panel);
    const CategoryWeights current = effectiveWeights(panel, scenario);
    const double cap = totalPoints(current);

    const Standings here = scenarioStandings(panel, ratingTallies, scenario);
    SensitivityScenario unitScenario = scenario;
    unitScenario.weights.clear();
    const Standings unit = scenarioStandings(panel, ratingTallies, unitScenario);

    // Achievements (score / stored points) and totals of every team at the scenario weights.
    QHash<QString, std::vector<double>> achievement;
    for (const TeamStanding &t : unit.teams) {
        std::vector<double> a;
        for (const CategoryWeight &w : stored)
            a.push_back(w.points > 0.0 ? t.categoryScore(w.category) / w.points : 0.0);
        achievement.insert(t.team, std::move(a));
    }
    QStringList passTeams;
    for (const TeamStanding &t : here.teams)
        if (t.independence == Verdict::Pass)
            passTeams << t.team;
    const QHash<QString, Outcome> hereOutcome = outcomesOf(here);

    QHash<QString, std::vector<WeightFlip>> out;
    for (std::size_t ci = 0; ci < current.size(); ++ci) {
        const QString category = current[ci].category;
        const double wc = current[ci].points;
        const double others = cap - wc;
        const double lo = -wc;
        const double hi = cap - wc;

        // d(W_j)/dd for every category.
        std::vector<double> dw(current.size(), 0.0);
        for (std::size_t j = 0; j < current.size(); ++j) {
            if (j == ci)
                dw[j] = 1.0;
            else if (others > kSlopeTolerance)
                dw[j] = -current[j].points / others;
            else
                dw[j] = -1.0 / static_cast<double>(current.size() - 1);
        }
        QHash<QString, double> total, slope;
        for (auto it = achievement.constBegin(); it != achievement.constEnd(); ++it) {
            double t = 0.0, s = 0.0;
            for (std::size_t j = 0; j < current.size(); ++j) {
                t += current[j].points * it.value()[j];
                s += dw[j] * it.value()[j];
            }
            total.insert(it.key(), t);
            slope.insert(it.key(), s);
        }

        std::map<double, QHash<QString, Outcome>> cache;   // probe delta -> outcomes
        const auto outcomesAt = [&](double delta) -> const QHash<QString, Outcome> & {
            auto it = cache.find(delta);
            if (it == cache.end())
                it = cache.emplace(delta, outcomesOf(rescaledStandings(
                                              panel, unit, rescaleWeights(current, category, wc + delta))))
                         .first;
            return it->second;
        };

        for (const TeamStanding &row : here.teams) {
            if (counter)
                counter->step();
            WeightFlip flip;
            flip.category = category;
            flip.weight = wc;
            if (row.independence != Verdict::Pass) {
                flip.status = WeightFlip::Status::NotEligible;
                out[row.team].push_back(flip);
                continue;
            }
            if (!(stored[ci].points > 0.0) || current.size() < 2) {
                flip.status = WeightFlip::Status::NotAdjustable;
                out[row.team].push_back(flip);
                continue;
            }

            struct Candidate {
                double delta;
                double step;   // how far beyond the crossing to confirm
            };
            std::vector<Candidate> candidates;
            const auto addCrossing = [&](double gap, double relativeSlope) {
                // T_t(d) - other(d) = gap + d * relativeSlope = 0
                if (std::abs(relativeSlope) <= kSlopeTolerance)
                    return;
                const double d = -gap / relativeSlope;
                if (d < lo - 1e-9 || d > hi + 1e-9)
                    return;
                // Beyond the R6 equality band (1e-9) around the crossing, and at least 1e-6.
                candidates.push_back({std::clamp(d, lo, hi),
                                      std::max(1e-6, 1e-8 / std::abs(relativeSlope))});
            };
            const double tt = total.value(row.team);
            const double st = slope.value(row.team);
            std::vector<std::pair<double, double>> rivals;   // (total, slope) of the other pass teams
            for (const QString &other : std::as_const(passTeams))
                if (other != row.team) {
                    rivals.emplace_back(total.value(other), slope.value(other));
                    addCrossing(tt - total.value(other), st - slope.value(other));
                }
            if (panel.round.cut.minTotal)
                addCrossing(tt - *panel.round.cut.minTotal, st);

            // Where the team's outcome cannot differ from here, no probe is needed. Beyond a
            // crossing the team's eligible position lies in [first, last] (teams within
            // kAmbiguous of its total counted as either side); when that whole band is on
            // the same side of the cut as here, and so is min_total, R7 gives the same
            // outcome. A band across the cut (a tie, a tie resolution) is always probed.
            const int advancing = advancingCount(panel.round.cut, static_cast<int>(passTeams.size()));
            const auto sideOfCut = [&](double d) {
                const double mine = tt + d * st;
                int above = 0, near = 0;
                for (const auto &[otherTotal, otherSlope] : rivals) {
                    const double diff = otherTotal + d * otherSlope - mine;
                    if (diff > kAmbiguous)
                        ++above;
                    else if (diff >= -kAmbiguous)
                        ++near;
                }
                const int cut = above + near + 1 <= advancing ? -1 : above + 1 > advancing ? 1 : 0;
                int minimum = 1;
                if (panel.round.cut.minTotal) {
                    const double gap = mine - *panel.round.cut.minTotal;
                    minimum = gap > kAmbiguous ? 1 : gap < -kAmbiguous ? -1 : 0;
                }
                return std::pair{cut, minimum};
            };
            const std::pair<int, int> sideHere = sideOfCut(0.0);
            const bool sideDecides = sideHere.first != 0 && sideHere.second != 0;

            const auto search = [&](bool upward) -> std::optional<FlipPoint> {
                std::vector<Candidate> side;
                for (const Candidate &c : candidates)
                    if (upward ? c.delta >= 0.0 : c.delta <= 0.0)
                        side.push_back(c);
                std::sort(side.begin(), side.end(), [](const Candidate &a, const Candidate &b) {
                    return std::abs(a.delta) < std::abs(b.delta);
                });
                for (const Candidate &c : side) {
                    const double probe = std::clamp(upward ? c.delta + c.step : c.delta - c.step, lo, hi);
                    if (probe == 0.0 || (sideDecides && sideOfCut(probe) == sideHere))
                        continue;
                    const Outcome o = outcomesAt(probe).value(row.team, Outcome::Pending);
                    if (o != hereOutcome.value(row.team))
                        return FlipPoint{c.delta, wc + c.delta, o};
                }
                return std::nullopt;
            };
            flip.up = search(true);
            flip.down = search(false);
            flip.status = flip.up || flip.down ? WeightFlip::Status::Found
                                               : WeightFlip::Status::NoneInRange;
            out[row.team].push_back(flip);
        }
    }
    return out;
}

} // namespace

// ---- leave one expert out ----------------------------------------------------------------

std::vector<LeaveOneOut> leaveOneExpertOut(const Panel &panel, const SensitivityScenario &scenario)
{
    return leaveOneExpertOut(panel, tallyRatings(panel.userRatings), scenario);
}

std::vector<LeaveOneOut> leaveOneExpertOut(const Panel &panel,
                                           const std::vector<RatingTally> &ratingTallies,
                                           const SensitivityScenario &scenario)
{
    return leaveOneExpertOutCounted(panel, ratingTallies, scenario, nullptr);
}

namespace {

std::vector<LeaveOneOut> leaveOneExpertOutCounted(const Panel &panel,
                                                  const std::vector<RatingTally> &ratingTallies,
                                                  const SensitivityScenario &scenario,
                                                  StepCounter *counter)
{
    SensitivityScenario reference = scenario;
    reference.leaveOut.clear();
    // applyScenario(panel, reference + leave out r) is the reference panel without r's
    // scores (dropping scores and scaling the others commute). Only the expert categories
    // read scores: the others are scored once, the expert ones again for each expert. And
    // R3 counts a sheet only when all its scores are submitted, so r's scores marked as not
    // submitted count exactly as r's scores removed: the one copy is changed in place (and
    // put back) instead of copying 100,000 scores per expert.
    Panel without = applyScenario(panel, reference);
    const Standings referenceStandings = computeStandings(without, ratingTallies);
    CategoryResultsById unchanged = scoreCategories(without, ratingTallies);
    for (const Category &c : without.categories)
        if (c.kind == CategoryKind::Expert)
            unchanged.remove(c.id);
    QHash<QString, std::vector<std::size_t>> scoresOf;
    for (std::size_t i = 0; i < without.expertScores.size(); ++i)
        scoresOf[without.expertScores[i].reviewer].push_back(i);

    std::vector<LeaveOneOut> out;
    for (const LeaveOutCandidate &candidate : leaveOutCandidates(panel)) {
        if (counter)
            counter->step();
        const std::vector<std::size_t> &mine = scoresOf[candidate.reviewer];
        std::vector<bool> wasSubmitted;
        for (const std::size_t i : mine) {
            wasSubmitted.push_back(without.expertScores[i].submitted);
            without.expertScores[i].submitted = false;
        }
        const QHash<QString, Outcome> after = outcomesOf(computeStandings(without, ratingTallies, unchanged));
        for (std::size_t k = 0; k < mine.size(); ++k)
            without.expertScores[mine[k]].submitted = wasSubmitted[k];
        LeaveOneOut row;
        row.reviewer = candidate.reviewer;
        row.sheets = candidate.sheets;
        for (const TeamStanding &t : referenceStandings.teams)
            if (after.value(t.team) != t.outcome)
                row.changes.push_back({t.team, t.outcome, after.value(t.team)});
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace

std::vector<LeaveOutCandidate> leaveOutCandidates(const Panel &panel)
{
    QHash<QString, int> sheets;
    for (const Category &c : panel.categories)
        if (c.kind == CategoryKind::Expert)
            for (const SheetTotal &s : countedSheets(c, panel))
                ++sheets[s.reviewer];
    std::vector<LeaveOutCandidate> candidates;
    for (const Reviewer &r : panel.reviewers)
        if (sheets.value(r.id) > 0)
            candidates.push_back({r.id, sheets.value(r.id)});
    return candidates;
}

// ---- report ------------------------------------------------------------------------------

SensitivityReport analyseSensitivity(const Panel &panel, const SensitivityScenario &scenario)
{
    return analyseSensitivity(panel, tallyRatings(panel.userRatings), scenario);
}

SensitivityReport analyseSensitivity(const Panel &panel, const std::vector<RatingTally> &ratingTallies,
                                     const SensitivityScenario &scenario,
                                     const SensitivityProgress &progress)
{
    StepCounter counter(progress, static_cast<int>(panel.categories.size() * panel.teams.size())
                                      + int(leaveOutCandidates(panel).size()));
    SensitivityReport report;
    report.scenario = scenario;
    report.scenario.weights = effectiveWeights(panel, scenario);
    report.baseline = computeStandings(panel, ratingTallies);
    report.scenarioStandings = scenarioStandings(panel, ratingTallies, scenario);
    const QHash<QString, std::vector<WeightFlip>> flips = weightFlipsCounted(panel, ratingTallies, scenario, &counter);

    for (const TeamStanding &b : report.baseline.teams) {
        const TeamStanding *s = report.scenarioStandings.find(b.team);
        TeamSensitivity t;
        t.team = b.team;
        t.independence = b.independence;
        t.baselineOutcome = b.outcome;
        t.baselineTotal = b.total;
        t.baselineRank = b.scoreRank;
        t.baselineEligibleRank = b.eligibleRank;
        if (s) {
            t.scenarioOutcome = s->outcome;
            t.scenarioTotal = s->total;
            t.scenarioRank = s->scoreRank;
            t.scenarioEligibleRank = s->eligibleRank;
        }
        t.changed = t.scenarioOutcome != t.baselineOutcome;
        t.flips = flips.value(b.team);
        report.teams.push_back(std::move(t));
    }
    report.leaveOneOut = leaveOneExpertOutCounted(panel, ratingTallies, scenario, &counter);
    return report;
}

} // namespace pd
