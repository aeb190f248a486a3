#include "decision/VerifiedSteps.h"

#include "services/Backups.h"
#include "storage/PanelStore.h"
#include "trust/Verification.h"

namespace pd {

void lockVerified(PanelStore &store, const Actor &actor)
{
    requireVerified(store);
    backUpBeforeStep(store, BackupKind::BeforeLock);
    store.lockRound(actor);
}

int decideVerified(PanelStore &store, const QDate &today, const QMap<QString, QString> &reasons,
                   const std::vector<TieResolution> &ties, const Actor &actor)
{
    requireVerified(store);
    backUpBeforeStep(store, BackupKind::BeforeDecide);
    return store.decideRound(today, reasons, ties, actor);
}

void announceVerified(PanelStore &store, const QDate &date, const QDate &today, const Actor &actor)
{
    requireVerified(store);
    backUpBeforeStep(store, BackupKind::BeforeAnnounce);
    store.announceDecision(date, today, actor);
}

void finalizeVerified(PanelStore &store, const QDate &today, const Actor &actor)
{
    requireVerified(store);
    backUpBeforeStep(store, BackupKind::BeforeFinalize);
    store.finalizeDecision(today, actor);
}

} // namespace pd
