#pragma once
// Who takes the round's lifecycle steps (lock, reopen, decide, announce, record and rule on
// appeals, finalize; docs/decision.md): the chair, canRunLifecycleStep of CommandAccess.h,
// which the CLI's commands and the window's Decision tab (mayRunDecision, WindowAccess.h)
// ask too. The use cases (decision/VerifiedSteps.h, decision/RoundSteps.h) refuse with this
// before the store writes; the store checks only the state machine (decision/Lifecycle.h).

#include "decision/Lifecycle.h"
#include "domain/Member.h"

namespace pd {

// InputError naming the step unless `actor` may take it; `actor` nullptr: `actorId` names
// no member.
void requireLifecycleActor(const Member *actor, const QString &actorId, LifecycleStep step);

} // namespace pd
