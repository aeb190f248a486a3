#include "scoring/BenchmarkScoring.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace pd {
namespace {

double clamp01(double value) { return std::clamp(value, 0.0, 1.0); }

double targetRatio(const BenchmarkGroup &group, bool higherIsBetter, double score, double target)
{
    const double cap = group.achievementCap;
    if (higherIsBetter)
        return std::clamp(score / target, 0.0, cap);
    if (score <= 0.0)
        return cap;
    return std::clamp(target / score, 0.0, cap);
}

double bestRatio(bool higherIsBetter, double score, const std::vector<double> &field)
{
    if (higherIsBetter) {
        const double best = *std::max_element(field.begin(), field.end());
        if (best == 0.0)
            return 0.0;
        return clamp01(score / best);
    }
    if (score <= 0.0)
        return 1.0;
    const double best = *std::min_element(field.begin(), field.end());
    return clamp01(best / score);
}

double minMax(bool higherIsBetter, double score, const std::vector<double> &field)
{
    const auto [lo, hi] = std::minmax_element(field.begin(), field.end());
    if (*hi == *lo)
        return 1.0;
    const double span = *hi - *lo;
    return clamp01(higherIsBetter ? (score - *lo) / span : (*hi - score) / span);
}

} // namespace

std::optional<double> targetFor(const Benchmark &benchmark, const BenchmarkResult &result)
{
    if (result.target)
        return result.target;
    return benchmark.configuredTarget(result.team);
}

bool appliesTo(const Benchmark &benchmark, const QString &teamId)
{
    return benchmark.teams.isEmpty() || benchmark.teams.contains(teamId);
}

std::optional<double> achievement(const BenchmarkGroup &group, const Benchmark &benchmark,
                                  double score, std::optional<double> target,
                                  const std::vector<double> &fieldScores)
{
    if (!std::isfinite(score))
        return std::nullopt;
    switch (group.normalization) {
    case Normalization::TargetRatio:
        if (!target || !(*target > 0.0))
            return std::nullopt;
        return targetRatio(group, benchmark.higherIsBetter, score, *target);
    case Normalization::BestRatio:
        return bestRatio(benchmark.higherIsBetter, score,
                         fieldScores.empty() ? std::vector<double>{score} : fieldScores);
    case Normalization::MinMax:
        return minMax(benchmark.higherIsBetter, score,
                      fieldScores.empty() ? std::vector<double>{score} : fieldScores);
    case Normalization::Absolute: {
        const double scaleMax = group.scaleMax > 0.0 ? group.scaleMax : 100.0;
        // Lower-is-better on an absolute scale: the share of the scale left below the score.
        return clamp01(benchmark.higherIsBetter ? score / scaleMax : 1.0 - score / scaleMax);
    }
    }
    return std::nullopt;
}

CategoryResults scoreBenchmarkCategory(const Category &category, const Panel &panel)
{
    QSet<QString> roundTeams;
    for (const Team &team : panel.teams)
        roundTeams.insert(team.id);

    // Index the results of the round's teams: benchmark id -> (team id -> result).
    QHash<QString, QHash<QString, const BenchmarkResult *>> results;
    for (const BenchmarkResult &r : panel.benchmarkResults)
        if (roundTeams.contains(r.team))
            results[r.benchmark].insert(r.team, &r);

    CategoryResults out;
    for (const Team &team : panel.teams)
        out.insert(team.id, CategoryResult{});

    for (const BenchmarkGroup &group : category.groups) {
        const bool needsField = group.normalization == Normalization::BestRatio
            || group.normalization == Normalization::MinMax;
        // Per benchmark: the results and, where the method compares teams, every team's score.
        std::vector<std::pair<const QHash<QString, const BenchmarkResult *> *, std::vector<double>>> perBenchmark;
        static const QHash<QString, const BenchmarkResult *> kNoResults;
        for (const Benchmark &benchmark : group.benchmarks) {
            const auto it = results.constFind(benchmark.id);
            const auto *byTeam = it == results.constEnd() ? &kNoResults : &*it;
            std::vector<double> field;
            if (needsField)
                for (const BenchmarkResult *other : *byTeam)
                    if (std::isfinite(other->score))
                        field.push_back(other->score);
            perBenchmark.emplace_back(byTeam, std::move(field));
        }

        for (const Team &team : panel.teams) {
            CategoryResult &result = out[team.id];
            double weighted = 0.0;
            double weights = 0.0;
            for (std::size_t b = 0; b < group.benchmarks.size(); ++b) {
                const Benchmark &benchmark = group.benchmarks[b];
                if (!appliesTo(benchmark, team.id))
                    continue;
                weights += benchmark.weight;
                const BenchmarkResult *own = perBenchmark[b].first->value(team.id, nullptr);
                const auto a = own ? achievement(group, benchmark, own->score,
                                                 targetFor(benchmark, *own), perBenchmark[b].second)
                                   : std::nullopt;
                if (!a) {   // missing, or not scorable (target_ratio without a target)
                    result.flags.insert(QLatin1String(flags::IncompleteBenchmark));
                    continue;
                }
                weighted += benchmark.weight * *a;
            }
            // A group with no benchmark for this team cannot be scored: 0 and incomplete.
            double groupScore = 0.0;
            // R2 as written: with an achievement cap above 1 a group may exceed its points;
            // only the category is held to its cap (R1), below.
            if (weights > 0.0)
                groupScore = group.points * weighted / weights;
            else
                result.flags.insert(QLatin1String(flags::IncompleteBenchmark));
            result.groups.emplace_back(group.id, groupScore);
            result.score += groupScore;
        }
    }
    for (CategoryResult &result : out)
        result.score = std::clamp(result.score, 0.0, category.points);
    return out;
}

} // namespace pd
