#pragma once
// The round's lifecycle steps as use cases (trust.md, "One door"; docs/decision.md). Each
// checks that the actor may take the step (access/LifecycleAccess.h: the chair, as the store
// holds the members now) and then lets the store persist it; lock, decide, announce and
// finalize also verify the whole file first (VerifiedSteps.h). The window's Decision tab
// and paneldesk-cli call these (and VerifiedSteps.h), never the store's steps directly.
// Refusals are InputErrors and change nothing.
//
// availableSteps answers, for the Decision tab, which steps the member may take now: the
// same rules (role, then the state machine of Lifecycle.h), without widgets.

#include "decision/Decision.h"
#include "decision/Lifecycle.h"
#include "trust/Actor.h"

#include <QDate>
#include <optional>
#include <vector>

namespace pd {

class PanelStore;
struct Member;

// InputError unless `actor` names a member who may take `step`.
void requireStepActor(const PanelStore &store, const Actor &actor, LifecycleStep step);

void reopenRoundStep(PanelStore &store, const QString &reason, const QDate &today,
                     const Actor &actor);
// `committee` empty: chosen by the store's rule (PanelStore::fileAppeal). Returns the id.
qint64 fileAppealStep(PanelStore &store, const QString &team, const QDate &filedOn,
                      const QString &grounds, const QStringList &committee, const QDate &today,
                      const Actor &actor);
void ruleAppealStep(PanelStore &store, qint64 id, Ruling ruling, const QString &reason,
                    const QDate &today, const Actor &actor);

struct AvailableSteps {
    bool lock = false;
    bool reopen = false;
    bool decide = false;
    bool announce = false;
    bool fileAppeal = false;
    bool finalize = false;
    QString finalizeRefused;   // why finalize is not possible yet, when the rest allows it
};

// What `member` (nullptr: nobody) may take on `status` on `today`.
AvailableSteps availableSteps(const RoundStatus &status, const Member *member, const QDate &today);

// `appeal` can be ruled on now by `member`: awaiting a ruling, against the latest version.
bool mayRuleOn(const RoundStatus &status, const Member *member, const Appeal &appeal);

// The latest version's outcomes that may be appealed (mayAppeal, Decision.h).
std::vector<DecisionOutcome> appealableOutcomes(const RoundStatus &status);

} // namespace pd
