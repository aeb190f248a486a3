#pragma once
// Rule R5: the verdict the findings suggest, and which finding decided it.

#include "domain/Panel.h"

#include <QString>

namespace pd {

enum class IndependenceReason {
    NoFindings,          // nothing recorded yet: pending
    ReusedWeights,       // fail: pretrained weights taken over
    RestrictedLicense,   // fail: restricted/proprietary licence on outside code or weights
    ExternalControl,     // fail: an outside party controls the component
    AllClear,            // pass: every component clean
    Undetermined         // pending: some component neither clean nor failing
};

struct SuggestedVerdict {
    Verdict verdict = Verdict::Pending;
    IndependenceReason reason = IndependenceReason::NoFindings;
    int component = -1;   // index of the deciding finding, -1 when none
};

// Applies R5 to the findings. No findings suggest pending (there is nothing to judge).
SuggestedVerdict suggestVerdict(const std::vector<ComponentFinding> &components);

// A one-line explanation of the suggestion for people, e.g.
// "fail: vision encoder reuses pretrained weights (Qwen2.5-VL ViT)". Translatable.
QString explain(const SuggestedVerdict &suggestion,
                const std::vector<ComponentFinding> &components);

// R5: a recorded pass/fail verdict that differs from a non-pending suggestion is flagged.
bool verdictDiffersFromRules(Verdict verdict, const SuggestedVerdict &suggestion);

} // namespace pd
