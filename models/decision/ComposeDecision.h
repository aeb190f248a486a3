#pragma once
// A new decision version computed from the round (docs/decision.md, R7 and R9): the
// canonical inputs and their fingerprint, the standings computed from those very bytes,
// and each team's outcome with the chair's reason. The store persists what this returns
// (storage/DecisionStore.h), computed from the round it reads inside its transaction.

#include "decision/Decision.h"
#include "decision/Fingerprint.h"
#include "domain/Panel.h"
#include "domain/RatingRows.h"
#include "trust/Actor.h"

#include <QMap>
#include <vector>

namespace pd {

class PanelStore;

// Throws InputError when the standings are not complete or a reason is missing or names an
// unknown team (Lifecycle.h, requireDecidable). `round`'s own userRatings are ignored: the
// ratings are `ratings`, streamed into the inputs (decision/Fingerprint.h); `progress` is
// told of the rows written (and may cancel: Cancelled, nothing kept).
ComposedDecision composeDecision(const Panel &round, const RatingRows &ratings,
                                 const QMap<QString, QString> &reasons,
                                 const InputsProgress &progress = {});
// The same for a round in memory with its ratings.
ComposedDecision composeDecision(const Panel &round, const QMap<QString, QString> &reasons);

// The decide step without the use case's checks (the chair, a verified file: those are
// decideVerified's, VerifiedSteps.h): the tie resolutions are added, the version composed
// from the round as stored and recorded, in one transaction. Returns the new version.
int decideRound(PanelStore &store, const QDate &today, const QMap<QString, QString> &reasons,
                const std::vector<TieResolution> &ties, const Actor &actor,
                const InputsProgress &progress = {});

} // namespace pd
