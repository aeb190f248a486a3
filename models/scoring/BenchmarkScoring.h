#pragma once
// Rule R2: benchmark achievements, group scores and the benchmark category score.

#include "domain/Panel.h"
#include "scoring/CategoryResult.h"

#include <optional>
#include <vector>

namespace pd {

// Achievement a(t,b). target_ratio gives [0, achievementCap]; the other methods [0, 1].
// `fieldScores` are the raw scores of every team with a result on this benchmark (used by
// best_ratio and min_max). Returns nullopt when the result cannot be scored (target_ratio
// without a positive target), which counts as missing.
std::optional<double> achievement(const BenchmarkGroup &group, const Benchmark &benchmark,
                                  double score, std::optional<double> target,
                                  const std::vector<double> &fieldScores);

// The target a result is compared with under target_ratio (R2 with issue 16): the result's
// own target when it has one, else the team's target configured on the benchmark
// (Benchmark::targets), else none.
std::optional<double> targetFor(const Benchmark &benchmark, const BenchmarkResult &result);

// Does `benchmark` apply to `teamId` (no team list, or the team is listed)?
bool appliesTo(const Benchmark &benchmark, const QString &teamId);

// Scores one benchmark category for every team of the panel.
CategoryResults scoreBenchmarkCategory(const Category &category, const Panel &panel);

} // namespace pd
