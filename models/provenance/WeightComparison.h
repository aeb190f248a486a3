#pragma once
// P3, P4 and P5 in one call (../shared/spec/provenance.md), for `provenance compare`, the
// JSON report and the window's worker thread: P3 (TensorSimilarity.h), then P4
// (MlpPermutationTest.h), then the suggestion (ProvenanceSuggestion.h), with one progress
// (done, total) across both; returning false from it throws pd::Cancelled. P2 runs before, by
// the caller, and enters through ComparisonInput::exactReuseFound.

#include "provenance/ProvenanceSuggestion.h"

#include <optional>

namespace pd::provenance {

struct ComparisonResult {
    std::optional<SimilarityResult> similarity;   // P3 (nullopt: input.runP3 false)
    std::optional<MlpTestResult> mlp;             // P4 (nullopt: input.runP4 false)
    SuggestionResult suggestion;                  // P5
    QStringList caveats;                          // what the weights cannot show
};

// std::invalid_argument when a checkpoint pointer is null (a caller's error).
ComparisonResult compareWeights(const ComparisonInput &input, const ComparisonProgress &progress = {});

} // namespace pd::provenance
