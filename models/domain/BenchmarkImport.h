#pragma once
// The values of a benchmark-results import (docs/imports.md): the mapping from
// lm-evaluation-harness tasks and metrics to benchmarks that the panel keeps, and the changes
// an import would make, shown in the preview before anything is written.

#include "domain/Panel.h"

#include <QString>
#include <optional>
#include <vector>

namespace pd {

struct BenchmarkMappingEntry {
    QString task;        // lm-eval task name, e.g. "mmlu_pro"
    QString metric;      // the metric key of the results file, e.g. "acc,none"
    QString benchmark;   // the round's benchmark id
    double scale = 1.0;  // the value is multiplied by this (0.81 x 100 = 81)
    friend bool operator==(const BenchmarkMappingEntry &, const BenchmarkMappingEntry &) = default;
};
using BenchmarkMapping = std::vector<BenchmarkMappingEntry>;

// One result an import writes: `before` is what the store held when the preview was made
// (std::nullopt: a new result), `after` what it will hold.
struct BenchmarkChange {
    std::optional<BenchmarkResult> before;
    BenchmarkResult after;
    QString where;   // where in the file it comes from ("results.csv:3:1", "results.json: results.mmlu")
    friend bool operator==(const BenchmarkChange &, const BenchmarkChange &) = default;
};

} // namespace pd
