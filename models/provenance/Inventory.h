#pragma once
// P1, the inventory of a checkpoint (../shared/spec/provenance.md, "Analyses"): how many
// tensors, parameters and bytes, by element type and by name prefix. The prefix of a tensor
// is its name's first two dot-separated parts ("visual.blocks.", "model.layers.",
// "lm_head." for "lm_head.weight"), enough to tell a vision tower from a language model
// inside one checkpoint; `prefixOf` is that rule.

#include "provenance/Checkpoint.h"

#include <QString>

#include <cstdint>
#include <map>

namespace pd::provenance {

struct InventoryCount {
    std::uint64_t tensors = 0;
    std::uint64_t parameters = 0;
    std::uint64_t bytes = 0;
    std::map<QString, std::uint64_t> parametersByType;   // "BF16" -> parameters
};

struct Inventory {
    InventoryCount total;
    std::map<QString, InventoryCount> byPrefix;
};

QString prefixOf(const QString &tensorName);

Inventory inventoryOf(const Checkpoint &checkpoint);

} // namespace pd::provenance
