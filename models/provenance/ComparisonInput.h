#pragma once
// What a weight comparison is asked (../shared/spec/provenance.md, "Inputs"): the
// candidate (the team's component), the reference (its suspected origin) and the controls
// (unrelated models of the same family), each a checkpoint narrowed by a tensor-name prefix
// that is stripped before names are compared; the P4 parameters; and what P2 found, so the
// suggestion (P5) can weigh it. The checkpoints are the caller's (openCheckpoint) and must
// outlive the comparison.

#include "provenance/Checkpoint.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace pd::provenance {

struct ComparedCheckpoint {
    const Checkpoint *checkpoint = nullptr;
    QString prefix;            // "visual.", "" for the whole checkpoint
};

// The names of one block's MLP, as parts of a tensor name: the up projection (h x d, one row
// per hidden unit), the gate (h x d, "" when the family has none) and the down projection
// (d x h, one column per hidden unit). A tensor belongs to the pattern when its name holds
// the part between dots (or at the start), e.g. "model.layers.3.mlp.up_proj.weight".
struct MlpNames {
    QString up;
    QString gate;
    QString down;
};

// The defaults: Llama-style (mlp.up_proj, mlp.gate_proj, mlp.down_proj), GPT/ViT-style
// (mlp.fc1, mlp.fc2), Megatron-style (mlp.linear_fc1, mlp.linear_fc2), GGUF (ffn_up,
// ffn_gate, ffn_down).
std::vector<MlpNames> defaultMlpNames();

// P4's default rows: M = 1024 evenly spaced hidden units of the candidate matched against all
// of the reference's (or all when h <= M). See docs/provenance.md for why this keeps the
// separation.
inline constexpr int defaultMatchedRows = 1024;

// P5's threshold on P4's combined -log10 p (the larger of phi_U's and phi_GU's): above it,
// `reused`. And the figure below which P4 is "unremarkable" (p > 0.01).
inline constexpr double reusedThreshold = 12.0;
inline constexpr double unremarkableBelow = 2.0;

// P3: a 2-D tensor whose centred correlation with the reference reaches this (while no
// control's does) points to reuse, so the suggestion cannot be `initialized`.
inline constexpr double pointsToReuseCorrelation = 0.5;

struct ComparisonInput {
    ComparedCheckpoint candidate;
    ComparedCheckpoint reference;
    std::vector<ComparedCheckpoint> controls;
    int rows = defaultMatchedRows;            // M; 0 or >= h: every hidden unit
    std::vector<MlpNames> mlpNames = defaultMlpNames();
    bool exactReuseFound = false;             // P2 found the candidate's weights (or a cast) in the reference
    QString exactReuseSummary;                // P2's one-line summary, quoted in the suggestion's reason
    bool runP3 = true;
    bool runP4 = true;
};

// Called from the calling thread between units of work (and inside long assignments), with
// done <= total in abstract work units; returning false stops the comparison: pd::Cancelled.
using ComparisonProgress = std::function<bool(std::uint64_t done, std::uint64_t total)>;

} // namespace pd::provenance
