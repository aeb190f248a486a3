#pragma once
// The canonical inputs of a decision and their SHA-256 fingerprint (R9).
//
// The canonical inputs are the round's panel file (io/PanelFileWriter.h, one byte-exact form)
// holding exactly what the standings are computed from: the configuration, teams,
// benchmark results, the scores of submitted sheets (drafts are no input, R3), every user
// rating and the independence findings; of the members only those who submitted a sheet,
// without their conflicts of interest (members added later, e.g. for an appeals committee,
// do not change the inputs). Anyone can check a fingerprint with `sha256sum` on the file
// `paneldesk-cli fingerprint --inputs-out FILE` writes.
//
// A round with a million ratings has about 83 MB of canonical inputs: they are streamed
// (io/PanelJsonStream.h), the ratings read one row at a time and the bytes hashed as they are
// written (fingerprintInputs), never built as a whole unless they are to be stored.

#include "domain/Panel.h"
#include "domain/RatingRows.h"
#include "domain/RatingTally.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <vector>

namespace pd {

// `panel` reduced to the decision's inputs (see above).
Panel decisionInputs(const Panel &panel);

// writePanelJson(decisionInputs(panel)).
QByteArray canonicalInputs(const Panel &panel);

// Lower-case hex SHA-256 of `bytes` (64 characters).
QString sha256Hex(QByteArrayView bytes);

// Called while the inputs are streamed with the ratings written so far and their number;
// returns false to cancel (fingerprintInputs then throws Cancelled).
using InputsProgress = std::function<bool(qint64 done, qint64 total)>;

struct FingerprintedInputs {
    QString fingerprint;                // SHA-256 of the canonical inputs, lower-case hex
    QByteArray bytes;                   // the canonical inputs, only when asked to keep them
    std::vector<RatingTally> tallies;   // the ratings written, tallied (RatingTally.h)
    qint64 ratings = 0;
    QByteArray withoutRatings;          // the canonical inputs without their rating rows (what a
                                        // decision version stores, VersionInputs.h)
};

enum class KeepBytes { No, Yes };

// The canonical inputs of `round` (its own userRatings ignored) with the ratings of
// `ratings`, streamed into their SHA-256: equal to
// sha256Hex(canonicalInputs(round with those ratings)), byte for byte.
FingerprintedInputs fingerprintInputs(const Panel &round, const RatingRows &ratings,
                                      KeepBytes keep = KeepBytes::No,
                                      const InputsProgress &progress = {});

class PanelStore;
// The current canonical inputs of the store's round (PanelStore::readStreamedRound: one
// state, the ratings streamed). StoreError when it cannot be read.
FingerprintedInputs currentInputs(const PanelStore &store, KeepBytes keep = KeepBytes::No,
                                  const InputsProgress &progress = {});

} // namespace pd
