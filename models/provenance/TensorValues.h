#pragma once
// A tensor's values as float, whatever its stored type (../shared/spec/provenance.md): F32
// as is, F16 and BF16 exactly (BF16 is the top half of an F32), F64 rounded to nearest, and
// GGUF's Q8_0 and Q4_0 blocks as scale x quantised value. Read straight from the mapped
// bytes, a range at a time, so the analyses hold a few rows, never a whole checkpoint.

#include "provenance/Checkpoint.h"

#include <cstdint>
#include <span>

namespace pd::provenance {

// Elements [first, first + out.size()) of `tensor` into `out`. The tensor's type must be
// convertible() and the range inside it (std::out_of_range otherwise: a caller's error,
// never the file's, whose sizes the reader checked).
void readFloats(const Checkpoint &checkpoint, const Tensor &tensor, std::uint64_t first,
                std::span<float> out);

// The BF16 value nearest to `value` (round to nearest even), as its 16 bits: the cast the
// exact-reuse test applies to an F32 candidate.
std::uint16_t toBf16Bits(float value);

} // namespace pd::provenance
