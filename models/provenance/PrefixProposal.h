#pragma once
// The name prefixes a comparison strips before it matches tensors by name
// (ComparisonInput.h), proposed from the tensor names found: the "Compare weights…" dialog
// offers them and preselects the pair under which the most tensors match. A prefix is a
// leading part of a tensor name ending in a dot and holding no block number ("visual.",
// "model.vision_tower.", "blocks." but not "blocks.3."), or "" for the whole checkpoint.

#include "provenance/Checkpoint.h"

#include <QString>
#include <QStringList>

namespace pd::provenance {

// Every prefix of the checkpoint's names, "" first, then in alphabetical order.
QStringList prefixesOf(const Checkpoint &checkpoint);

// The tensors matched by name (once each prefix is stripped) and shape.
int matchedTensors(const Checkpoint &a, const QString &aPrefix, const Checkpoint &b, const QString &bPrefix);

struct ProposedPrefixes {
    QString candidate;
    QString reference;
    int matched = 0;   // tensors matched by name and shape under these prefixes (0: none found)
};

// The pair of prefixes under which the most of the candidate's tensors match one of the
// reference's by name and shape (names that share only their last part, "weight", do not
// count); on a tie, the shorter prefixes. For a control, pass it as the candidate.
ProposedPrefixes proposePrefixes(const Checkpoint &candidate, const Checkpoint &reference);

} // namespace pd::provenance
