#pragma once
// Changing a panel's configuration in place as a use case (trust.md, "One door";
// docs/setup-changes.md). The configuration is the program, the round's settings but its tie
// resolutions, the categories with everything nested and the teams (domain/
// PanelConfiguration.h); every input and record is kept. Who may (access/CommandAccess.h,
// canChangeSetup): before the first score the chair and the secretariat prepare the round;
// after it the chair alone changes it, with a reason; once the round is locked or holds a
// decision, nobody. The store keeps its own rules (RoundInputs::changeConfiguration).

#include "domain/Panel.h"
#include "trust/Actor.h"

#include <QString>

namespace pd {

class PanelStore;

enum class SetupAccess { Prepare, ChangeWithReason, Refused };

struct SetupPermission {
    SetupAccess access = SetupAccess::Refused;
    QString why;   // translated (tr) explanation for the UI: why refused, or why a reason is needed
};

// What the signed-in member `actor` may do with the configuration now:
// - round locked or later (state not Open/Scoring, or decision versions exist): Refused for everyone;
// - no score entered yet (no sheet, expert score, sealed draft, benchmark result, user rating or
//   independence finding stored): Prepare for the chair and the secretariat; Refused for others;
// - after the first score: ChangeWithReason for the chair only; Refused for others.
SetupPermission setupPermission(const PanelStore &store, const Actor &actor);

// Applies the configuration of `setup` (see above; its inputs are ignored) to the stored round in one
// write transaction, keeping every stored input; audited as one signed/chained entry by `actor`
// (action "change-setup", the reason in the entry's text, before/after summaries).
// InputError (translated, naming what and why) when: setupPermission refuses; a reason is needed and
// `reason` is blank; the resulting panel is invalid (validatePanel on the stored inputs with the new
// configuration: the message keeps validatePanel's JSON path form "path: message"); the change would
// orphan stored inputs — a team with sheets/scores/results/ratings/findings/conflicts removed or
// renamed (id), a rubric item with stored scores removed, a benchmark with results removed, a user
// item with ratings removed, the round id changed once inputs exist — the message names the input,
// e.g. `teams: "kt" has 12 expert scores and 40 user ratings: it cannot be removed`.
void changePanelSetup(PanelStore &store, const Panel &setup, const QString &reason, const Actor &actor);

} // namespace pd
