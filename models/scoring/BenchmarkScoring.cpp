#include "scoring/BenchmarkScoring.h"

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
    // Index the results: benchmark id -> (team id -> result).
    QHash<QString, QHash<QString, const BenchmarkResult *>> results;
    for (const BenchmarkResult &r : panel.benchmarkResults)
        results[r.benchmark].insert(r.team, &r);

    CategoryResults out;
    for (const Team &team : panel.teams)
        out.insert(team.id, CategoryResult{});

    for (const BenchmarkGroup &group : category.groups) {
        for (const Team &team : panel.teams) {
            CategoryResult &result = out[team.id];
            double weighted = 0.0;
            double weights = 0.0;
            for (const Benchmark &benchmark : group.benchmarks) {
                if (!appliesTo(benchmark, team.id))
                    continue;
                weights += benchmark.weight;
                const auto &byTeam = results.value(benchmark.id);
                const BenchmarkResult *own = byTeam.value(team.id, nullptr);
                if (!own) {
                    result.flags.insert(QLatin1String(flags::IncompleteBenchmark));
                    continue;
                }
                std::vector<double> field;
                for (const BenchmarkResult *other : byTeam)
                    if (panel.team(other->team) && std::isfinite(other->score))
                        field.push_back(other->score);
                const auto a = achievement(group, benchmark, own->score, own->target, field);
                if (!a) {
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
