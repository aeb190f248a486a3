#pragma once
// The chair's "decide the round" for the window (docs/decision.md, R7), without widgets: what
// the chair is asked and the step itself. The Decision tab only collects the input (the
// order of a tie at the cut, a reason per eliminated or disqualified team) and shows the
// result or the refusal.
//
//   1. prepareDecision: the current standings (every submitted sheet, R3). When teams are
//      tied at the cut, `orderTie` asks the chair for their order and a rationale (R7.3;
//      nullopt cancels) and the standings are computed again with it. Refused (InputError)
//      for anyone but the chair and when the standings are not complete (R7: pending
//      verdicts, missing inputs, a tie left unresolved).
//   2. recordDecision: the decision with the chair's reasons and the tie resolution, as a
//      new decision version (the store checks the lifecycle and the reasons again).

#include "decision/Fingerprint.h"
#include "domain/Enums.h"
#include "domain/Member.h"
#include "domain/Panel.h"
#include "scoring/Standings.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace pd {

class PanelStore;

// (team id, team name), in standings order.
using TeamNames = QList<std::pair<QString, QString>>;

struct DecisionPlan {
    Standings standings;                // with the chair's tie resolution, if any
    std::vector<TieResolution> ties;    // recorded with the decision
    // the teams that need the chair's reason: eliminated on score or disqualified, in
    // standings order
    std::vector<std::pair<QString, Outcome>> needReasons;
};

// Asked with the teams tied at the cut; the chair's order (best first) and rationale.
using OrderTie = std::function<std::optional<TieResolution>(const TeamNames &tied)>;

// Step 1; std::nullopt when the chair cancelled the tie. Throws InputError (a refusal) or
// StoreError (the store could not be read).
std::optional<DecisionPlan> prepareDecision(const PanelStore &store, const Member &chair,
                                            const OrderTie &orderTie);

// Step 2; returns the new decision version. Throws InputError (refused: nothing changed) or
// StoreError.
// `progress` is told of the ratings streamed into the inputs (decision/Fingerprint.h).
int recordDecision(PanelStore &store, const DecisionPlan &plan, const QMap<QString, QString> &reasons,
                   const QDate &today, const Member &chair, const InputsProgress &progress = {});

} // namespace pd
