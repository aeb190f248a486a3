#pragma once
// P2, exact reuse matched by content (../shared/spec/provenance.md, "Analyses"): which of the
// candidate's tensors hold exactly the bytes of one of the reference's, or exactly the
// reference's values cast to the candidate's type (BF16 or F16 to F32 exactly; F32 to BF16 or
// F16 rounded to nearest even), whatever their names and shapes — so a renamed, reshaped or
// cast copy is found. A tensor whose values are all the same (a constant: zeros, ones, a
// fixed buffer) matches any other constant of its size and proves nothing: it is listed
// apart and counted in neither figure. Share = matched parameters / the candidate's
// parameters (after the prefix).

#include "provenance/Checkpoint.h"
#include "provenance/TensorHashes.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace pd::provenance {

struct ReusedTensor {
    QString candidate;          // names as stored (prefix included)
    QString reference;
    QString candidateType;      // "BF16"
    QString referenceType;
    std::uint64_t parameters = 0;
};

struct ExactReuse {
    std::vector<ReusedTensor> identical;     // the same bytes and type
    std::vector<ReusedTensor> afterCast;     // the reference's values cast to the candidate's type
    std::vector<QString> constants;          // candidate tensors left out: every value the same
    std::uint64_t candidateTensors = 0;
    std::uint64_t candidateParameters = 0;
    std::uint64_t identicalParameters = 0;
    std::uint64_t castParameters = 0;

    double identicalShare() const;
    double castShare() const;
    double share() const;                    // identical and after a cast together
};

// The tensors of `checkpoint` whose names start with `prefix` (all for an empty prefix).
std::vector<std::size_t> tensorsUnder(const Checkpoint &checkpoint, const QString &prefix);

// True when every element of the tensor has the same stored bytes (an empty one included).
bool isConstant(const Checkpoint &checkpoint, const Tensor &tensor);

ExactReuse findExactReuse(const Checkpoint &candidate, const QString &candidatePrefix,
                          const Checkpoint &reference, const QString &referencePrefix,
                          const HashProgress &progress = {});

} // namespace pd::provenance
