#pragma once
// A weight comparison in words, for the "Compare weights…" dialog (docs/provenance.md,
// "Reading the figures"): the suggestion and its reason, P2's counts, P4's combined figures
// beside the controls', P3's median correlation beside the controls', the warnings about
// controls and the caveats. Each paragraph is one translated plain-text string; nothing here
// decides anything the analyses did not.

#include "provenance/ComparisonRun.h"

#include <QStringList>

namespace pd::provenance {

// "reused", "initialized", "inconclusive" in the user's language.
QString suggestionText(Suggestion suggestion);

// -log10 p of one side's combined test, "not applicable" or "312.4 (at the floor)".
QString combinedFigureText(const PairMlpTest &pair, bool gu);

// The median centred correlation over the tensors compared (NaN figures left out) for the
// candidate (control -1) or control k; nullopt when there is none.
std::optional<double> medianCorrelation(const SimilarityResult &similarity, int control);

QStringList comparisonInWords(const ComparisonRun &run);

} // namespace pd::provenance
