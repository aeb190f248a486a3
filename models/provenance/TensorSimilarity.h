#pragma once
// P3, similarity with controls (../shared/spec/provenance.md, "Analyses"): for the tensors
// the candidate and the reference share (same name once each prefix is stripped, same shape,
// values convertible to float), the centred correlation (Pearson), the raw cosine and the
// relative difference ||A - B|| / ||B||, with the same figures for each control against the
// reference, and for a 1-D tensor with a block number in its name (a LayerNorm/RMSNorm gain,
// a bias) the reference's own layer-i vs layer-j baseline. Values are read a chunk at a time
// (TensorValues.h) and accumulated in double: memory stays a few chunks whatever the size.

#include "provenance/ComparisonInput.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace pd::provenance {

// One pair's figures. pearson is NaN when either tensor is constant (a centred vector of
// zeros has no direction); cosine NaN when either is all zeros; relativeDifference infinite
// when B is all zeros and A is not.
struct PairFigures {
    double pearson = 0;
    double cosine = 0;
    double relativeDifference = 0;
};

// The reference's layer-i vs layer-j correlations for a 1-D tensor of block i: the same name
// with every other block number found in the reference.
struct LayerBaseline {
    int layers = 0;                 // other layers compared
    double minPearson = 0, medianPearson = 0, maxPearson = 0;
    double medianCosine = 0;        // the raw figure, for the LayerNorm trap's contrast
};

struct TensorSimilarity {
    QString name;                   // stripped of the prefixes
    std::vector<std::uint64_t> shape;
    std::uint64_t elements = 0;
    PairFigures candidate;          // candidate vs reference
    std::vector<std::optional<PairFigures>> controls;   // control k vs reference; nullopt: no such tensor/shape
    std::optional<LayerBaseline> layerBaseline;         // 1-D tensors with a block number
    bool rawCosineShown() const { return shape.size() >= 2; }
};

struct SimilarityResult {
    std::vector<TensorSimilarity> tensors;     // in the reference's order
    QStringList candidateOnly;                 // stripped names not in the reference
    QStringList referenceOnly;                 // stripped names not in the candidate
    QStringList shapeDiffers;                  // same name, other shape: not compared
    QStringList notConvertible;                // a type whose values PanelDesk does not read (Q4_K, I64, ...)
};

// Figures of two equally long value sequences (double accumulation).
PairFigures pairFigures(std::span<const float> a, std::span<const float> b);

// P3 over the input's candidate, reference and controls. `progress` (optional) is called
// with elements read so far and the total; false stops (pd::Cancelled).
SimilarityResult compareTensors(const ComparisonInput &input, const ComparisonProgress &progress = {});

// The work compareTensors will do, in the units it reports (for a caller combining P3 and P4
// in one progress bar).
std::uint64_t similarityWork(const ComparisonInput &input);

// The tensors of `side` within its prefix, by stripped name (helper shared with P4).
struct NamedTensor {
    QString stripped;
    const Tensor *tensor = nullptr;
};
std::vector<NamedTensor> tensorsWithin(const ComparedCheckpoint &side);

} // namespace pd::provenance
