#include "decision/VerifiedSteps.h"

#include "decision/ComposeDecision.h"
#include "decision/RoundSteps.h"
#include "services/Backups.h"
#include "storage/PanelStore.h"
#include "trust/Verification.h"

namespace pd {

void lockVerified(PanelStore &store, const Actor &actor)
{
    requireStepActor(store, actor, LifecycleStep::Lock);
    requireVerified(store);
    backUpBeforeStep(store, BackupKind::BeforeLock);
    store.lockRound(actor);
}

int decideVerified(PanelStore &store, const QDate &today, const QMap<QString, QString> &reasons,
                   const std::vector<TieResolution> &ties, const Actor &actor,
                   const InputsProgress &progress)
{
    requireStepActor(store, actor, LifecycleStep::Decide);
    // The ratings are compared with their tallies as decide streams them into the inputs.
    requireVerified(store, TallyCheck::ByTheStep);
    backUpBeforeStep(store, BackupKind::BeforeDecide);
    return decideRound(store, today, reasons, ties, actor, progress);
}

void announceVerified(PanelStore &store, const QDate &date, const QDate &today, const Actor &actor)
{
    requireStepActor(store, actor, LifecycleStep::Announce);
    requireVerified(store);
    backUpBeforeStep(store, BackupKind::BeforeAnnounce);
    store.announceDecision(date, today, actor);
}

void finalizeVerified(PanelStore &store, const QDate &today, const Actor &actor)
{
    requireStepActor(store, actor, LifecycleStep::Finalize);
    requireVerified(store);
    backUpBeforeStep(store, BackupKind::BeforeFinalize);
    store.finalizeDecision(today, actor);
}

} // namespace pd
