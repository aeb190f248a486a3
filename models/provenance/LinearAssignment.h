#pragma once
// The linear assignment problem behind P4 (../shared/spec/provenance.md, "Permutation-robust
// tests"): given an m x n matrix of weights (m <= n, row-major, in double), the one-to-one
// assignment of every row to a distinct column that maximises the total weight. Solved
// exactly by shortest augmenting paths with dual potentials (the Jonker-Volgenant family;
// rectangular: rows are added one at a time, unmatched columns keep potential 0), after a
// row-reduction start that assigns at once each row whose best column no earlier row took,
// so a nearly diagonal matrix (a derived pair) costs about one pass over the matrix.
// Worst case O(m^2 n); memory O(n) besides the matrix. Deterministic: ties go to the lowest
// column index met first.

#include <functional>
#include <span>
#include <vector>

namespace pd::provenance {

// `keepGoing` (optional) is asked before each row's search; returning false throws
// pd::Cancelled. Returns, for each row, its column. std::invalid_argument when
// rows > cols, a dimension is negative, the span's size is not rows x cols, or a weight
// is not finite.
std::vector<int> maximumAssignment(std::span<const double> weights, int rows, int cols,
                                   const std::function<bool()> &keepGoing = {});

// The total weight of an assignment (a helper for reports and tests).
double assignmentTotal(std::span<const double> weights, int cols, const std::vector<int> &assignment);

} // namespace pd::provenance
