#pragma once
// A decision version's canonical inputs, read back (docs/decision.md, "Versions,
// immutability and fingerprints").
//
// Since schema 12 a version stores its inputs without their rating rows (a million ratings
// are 83 MB a version would copy): the rows are the round's user ratings, which no ratings
// import changes once the round holds a decision. They are streamed back in import order
// into the stored part, so the bytes, and their fingerprint, are exactly what was decided.
// A version decided before schema 12 stores the whole file and is read as it is.

#include "decision/Decision.h"
#include "decision/Fingerprint.h"
#include "domain/RatingTally.h"
#include "io/PanelJsonStream.h"

#include <vector>

namespace pd {

class PanelStore;

// The version's inputs streamed into their fingerprint (kept whole only when asked: `fingerprint
// --inputs-out`). The rows streamed are tallied (`tallies`, `ratings`); a version stored whole
// is only hashed (no tallies: versionPanel reads them from its bytes). Throws InputError when the stored part is not a
// canonical document (changed outside PanelDesk), StoreError when it cannot be read,
// Cancelled when `progress` says so.
// `current`, when the caller has streamed the round's current inputs anyway (`fingerprint`):
// a version whose stored part is theirs, decided on as many rows, is that same document (the
// same stored part and the same rating rows, which no longer change) and is not streamed
// again.
FingerprintedInputs versionInputs(const PanelStore &store, const DecisionVersion &version,
                                  KeepBytes keep = KeepBytes::No, const InputsProgress &progress = {},
                                  const FingerprintedInputs *current = nullptr);

// The version's inputs as a panel with its ratings tallied, for its standings (the report of
// a version, the public standings): the stored part, with `roundTallies` (the round's
// tallies, PanelStore::loadScoringInputs) as its ratings when they are the round's, which
// `verify` checks against the ratings and the fingerprint. Throws InputError when the
// stored part does not parse, StoreError when the round does not hold as many ratings as
// the version was decided on.
TalliedPanel versionPanel(const DecisionVersion &version, const std::vector<RatingTally> &roundTallies);

} // namespace pd
