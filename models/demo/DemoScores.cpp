#include "demo/DemoInputs.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <numeric>

namespace pd::demo {
namespace {

// Deterministic target score of a team's declared reference model, in tenths (60.0-89.9).
int targetTenths(int benchmarkIndex, int teamIndex)
{
    return 600 + (benchmarkIndex * 37 + teamIndex * 11) % 300;
}

BenchmarkResult result(const QString &team, const QString &benchmark, int achievementHundredths,
                       int target)
{
    // score = achievement x target, exact to three decimals (hundredths x tenths).
    const double score = static_cast<double>(achievementHundredths * target) / 1000.0;
    return {team, benchmark, score, static_cast<double>(target) / 10.0};
}

} // namespace

std::vector<int> spread(int total, int count, int lo, int hi, int seed)
{
    std::vector<int> values(static_cast<std::size_t>(count), total / count);
    for (int i = 0; i < total % count; ++i)
        ++values[static_cast<std::size_t>((i * 3 + seed) % count)];
    static constexpr std::array<int, 5> pattern{2, -1, 3, -2, 1};
    for (int i = 0; i < count / 2; ++i) {
        int &a = values[static_cast<std::size_t>(i)];
        int &b = values[static_cast<std::size_t>(count - 1 - i)];
        const int d = pattern[static_cast<std::size_t>((i + seed) % 5)];
        if (a + d >= lo && a + d <= hi && b - d >= lo && b - d <= hi) {
            a += d;
            b -= d;
        }
    }
    Q_ASSERT(std::accumulate(values.begin(), values.end(), 0) == total);
    return values;
}

std::vector<BenchmarkResult> benchmarkResults(const Category &benchmark,
                                              const std::vector<Team> &teams)
{
    const BenchmarkGroup &nia = benchmark.groups.at(0);
    const BenchmarkGroup &common = benchmark.groups.at(1);
    const BenchmarkGroup &individual = benchmark.groups.at(2);
    std::vector<BenchmarkResult> out;
    for (int t = 0; t < static_cast<int>(teams.size()); ++t) {
        const TeamFigures &f = teamFigures().at(static_cast<std::size_t>(t));
        const QString team = QString::fromLatin1(f.team);
        const auto niaValues = spread(f.niaHundredths, 4, 40, 100, t);
        for (int b = 0; b < 4; ++b)
            out.push_back(result(team, nia.benchmarks.at(static_cast<std::size_t>(b)).id,
                                 niaValues[static_cast<std::size_t>(b)], targetTenths(b, t)));
        const auto commonValues = spread(f.commonHundredths, 13, 40, 100, t + 1);
        for (int b = 0; b < 13; ++b)
            out.push_back(result(team, common.benchmarks.at(static_cast<std::size_t>(b)).id,
                                 commonValues[static_cast<std::size_t>(b)], targetTenths(b + 4, t)));
        // A team at the cap on every individual benchmark beat some targets outright: the
        // achievement cap (1.0) is what keeps its group at 10 points.
        std::vector<int> own = spread(f.individualHundredths, 5, 40, 100, t + 2);
        if (f.individualHundredths == 500)
            own = {100, 103, 100, 108, 101};
        int b = 0;
        for (const Benchmark &bm : individual.benchmarks) {
            if (!bm.teams.contains(team))
                continue;
            out.push_back(result(team, bm.id, own[static_cast<std::size_t>(b)], targetTenths(b + 17, t)));
            ++b;
        }
    }
    return out;
}

std::vector<ExpertScore> expertScores(const Category &expert, const std::vector<Reviewer> &reviewers)
{
    // Leniency of each expert in half points (sums to zero, so team means are unchanged).
    static constexpr std::array<int, kExperts> leniency{3, -2, 1, 0, -3, 2, -1, 1, -2, 1};
    std::vector<const Reviewer *> experts;
    for (const Reviewer &r : reviewers)
        if (r.role == Role::Expert)
            experts.push_back(&r);
    Q_ASSERT(experts.size() == kExperts);

    std::vector<ExpertScore> out;
    int t = 0;
    for (const TeamFigures &f : teamFigures()) {
        const auto totals = spread(f.expertHalfPoints, kExperts, 3, 67, t + 3);
        for (std::size_t e = 0; e < experts.size(); ++e) {
            const int total = totals[e] + leniency[e];   // half points, 0..70
            // Split across strategy (max 20), technology (max 30) and impact (max 20).
            int strategy = (total * 2 + 3) / 7 + static_cast<int>(e % 3) - 1;
            int technology = (total * 3 + 3) / 7;
            strategy = std::clamp(strategy, 0, 20);
            int impact = total - strategy - technology;
            while (impact > 20) {
                (technology < 30 ? technology : strategy) += 1;
                --impact;
            }
            while (impact < 0) {
                (technology > 0 ? technology : strategy) -= 1;
                ++impact;
            }
            const int halves[3] = {strategy, technology, impact};
            for (std::size_t i = 0; i < 3; ++i)
                out.push_back({experts[e]->id, QString::fromLatin1(f.team), expert.rubric.at(i).id,
                               halves[i] / 2.0, true, QString()});
        }
        ++t;
    }
    return out;
}

std::vector<UserRating> userRatings(const Category &user)
{
    std::vector<UserRating> out;
    int t = 0;
    for (const TeamFigures &f : teamFigures()) {
        const int sums[2] = {f.usabilitySum, f.costSum};
        for (std::size_t item = 0; item < 2; ++item) {
            const auto values = spread(sums[item], kUserEvaluators, 0, 4, t * 2 + static_cast<int>(item));
            for (int u = 0; u < kUserEvaluators; ++u)
                out.push_back({QStringLiteral("u%1").arg(u + 1, 3, 10, QLatin1Char('0')),
                               QString::fromLatin1(f.team), user.userItems.at(item).id,
                               values[static_cast<std::size_t>(u)] + 1});
        }
        ++t;
    }
    return out;
}

} // namespace pd::demo
