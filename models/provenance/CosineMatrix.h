#pragma once
// The cosine matrix of P4 (../shared/spec/provenance.md): C_ij = cosine(row i of W1, row j
// of W2) for the hidden units of two MLP projections. Rows (or, for a down projection stored
// d x h, columns) are read as float (TensorValues.h), normalised to unit length in double
// and kept as float; the product is OpenBLAS's sgemm on all cores, written out a band of rows
// at a time as double for the assignment (LinearAssignment.h).

#include "provenance/Checkpoint.h"

#include <span>
#include <vector>

namespace pd::provenance {

// Unit vectors, one per hidden unit, row-major: count x width. A zero vector stays zero
// (its cosine with anything is 0).
struct UnitVectors {
    int count = 0;
    int width = 0;
    std::vector<float> values;
};

// The rows `which` (all when empty) of a 2-D tensor (rows x width), or with `columns` the
// columns `which` of a 2-D tensor (width x columns), as unit vectors. std::out_of_range for
// an index outside the tensor.
UnitVectors unitVectors(const Checkpoint &checkpoint, const Tensor &tensor, std::span<const int> which,
                        bool columns);

// a.count x b.count cosines (a.width == b.width), row-major, in double.
std::vector<double> cosineMatrix(const UnitVectors &a, const UnitVectors &b);

} // namespace pd::provenance
