#pragma once
// The two charts of the "Compare weights…" dialog (docs/provenance.md, "Reading the
// figures"), each figure of the candidate beside the controls':
// - per block, P4's -log10 p (phi_U solid, phi_GU dashed) of the candidate and of every
//   control against the reference;
// - per tensor compared in P3 (the reference's order), the centred correlation of the
//   candidate and of every control with the reference.
// The charts are new objects the caller owns (a QChartView takes them).

#include "provenance/MlpPermutationTest.h"
#include "provenance/TensorSimilarity.h"

class QChart;

namespace pd {

QChart *blockTestChart(const provenance::MlpTestResult &mlp);
QChart *similarityChart(const provenance::SimilarityResult &similarity, int controls);

} // namespace pd
