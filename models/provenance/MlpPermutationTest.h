#pragma once
// P4, the permutation-robust tests on MLP weights (../shared/spec/provenance.md, after Zhu,
// Ahmed, Kuditipudi and Liang, "Independence Tests for Language Models", ICML 2025). For each
// block of the reference whose up projection matches MlpNames::up (2-D, h x d) and the same
// stripped name in the other model with the same shape:
// - M evenly spaced rows of the model's up projection (row floor(k h / M), k < M; all rows
//   when M is 0 or >= h) are matched to all h rows of the reference's by the assignment
//   maximising the total cosine (LinearAssignment.h, CosineMatrix.h): pi(k) in [0, h).
// - phi_U: Spearman between the matched rows' indices and pi, one-sided p (large r: small
//   p), IndependenceStatistics.h. Fine-tuning keeps the neuron order: r near 1.
// - phi_GU: the same rows of the gate (or, without a gate, the columns of the down
//   projection) matched the same way, giving pi'; Spearman between pi and pi'. A consistent
//   permutation of the hidden units moves both alike, so a permuted copy still gives r near 1.
// - Blocks are combined with Fisher (in log space), separately for phi_U and phi_GU.
// Each control is tested against the reference the same way. Not applicable when no block
// matches or the shapes differ: the result says why instead of guessing.

#include "provenance/ComparisonInput.h"
#include "provenance/IndependenceStatistics.h"

#include <QString>

#include <algorithm>
#include <optional>
#include <vector>

namespace pd::provenance {

struct BlockTest {
    QString upName;                  // stripped name of the up projection
    int hiddenUnits = 0;             // h
    int width = 0;                   // d
    int rowsMatched = 0;             // M
    bool applicable = false;
    QString reason;                  // why not applicable (tr()), else empty
    std::optional<SpearmanTest> phiU;
    QString secondName;              // the gate or down projection matched for phi_GU
    bool secondIsDown = false;       // columns of the down projection (no gate)
    std::optional<SpearmanTest> phiGU;
    QString phiGUReason;             // why phi_GU is missing (tr()), else empty
};

// One model (the candidate or a control) against the reference.
struct PairMlpTest {
    std::vector<BlockTest> blocks;   // in the reference's order of blocks
    bool applicable = false;         // at least one block tested
    QString reason;                  // why not applicable (tr()), else empty
    int blocksU = 0, blocksGU = 0;   // blocks combined
    double lnPU = 0, lnPGU = 0;      // Fisher's combined ln p (0: p = 1, nothing combined)
    bool uAtFloor = false, guAtFloor = false;   // every combined block at its floor
    double minusLog10PU() const { return minusLog10(lnPU); }
    double minusLog10PGU() const { return minusLog10(lnPGU); }
    double strongest() const { return std::max(minusLog10PU(), minusLog10PGU()); }
};

struct MlpTestResult {
    PairMlpTest candidate;
    std::vector<PairMlpTest> controls;   // in the input's order
};

// P4 over the input. `progress` as in ComparisonInput.h, in mlpWork's units.
MlpTestResult testMlps(const ComparisonInput &input, const ComparisonProgress &progress = {});

// The work testMlps will do (values read, weighted for the products).
std::uint64_t mlpWork(const ComparisonInput &input);

// The rows P4 matches for h hidden units and the --rows setting M.
std::vector<int> matchedRows(int hiddenUnits, int rows);

// Does `name` hold `part` between dots or at its start ("mlp.fc1" in "blocks.0.mlp.fc1.weight")?
bool nameHolds(const QString &name, const QString &part);

} // namespace pd::provenance
