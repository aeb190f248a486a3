#pragma once
// P5, the suggestion, never a verdict (../shared/spec/provenance.md, "Analyses"):
// - `reused` when P2 found the candidate's weights (or a cast of them) in the reference, or
//   when P4's combined -log10 p (the larger of phi_U's and phi_GU's) is above
//   reusedThreshold (12, ComparisonInput.h);
// - `initialized` when P4 is applicable, its figure is below unremarkableBelow (2: p > 0.01)
//   and nothing else points to reuse (no 2-D tensor whose centred correlation with the
//   reference reaches pointsToReuseCorrelation while no control's does);
// - otherwise `inconclusive`.
// Each with a reason (tr()) naming the figures, and the caveats of what the weights cannot
// show. The expert decides; the suggestion and its figures are evidence.

#include "provenance/MlpPermutationTest.h"
#include "provenance/TensorSimilarity.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pd::provenance {

enum class Suggestion { Reused, Initialized, Inconclusive };

// "reused", "initialized", "inconclusive": the report's stable words (not translated).
QString suggestionKey(Suggestion suggestion);

struct SuggestionResult {
    Suggestion suggestion = Suggestion::Inconclusive;
    QString reason;                 // tr(), names the figures that decided
    QStringList controlWarnings;    // tr(): controls that themselves look derived from the reference
};

// From what P2 found (the input's exactReuseFound), P3 (optional: not run) and P4
// (optional: not run).
SuggestionResult suggest(const ComparisonInput &input, const std::optional<SimilarityResult> &similarity,
                         const std::optional<MlpTestResult> &mlp);

// What the analyses cannot show, one caveat per entry (tr()), for every report.
QStringList provenanceCaveats();

} // namespace pd::provenance
