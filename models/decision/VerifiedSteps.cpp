#include "decision/VerifiedSteps.h"

#include "storage/PanelStore.h"
#include "trust/Verification.h"

namespace pd {

void lockVerified(PanelStore &store, const Actor &actor)
{
    requireVerified(store);
    store.lockRound(actor);
}

int decideVerified(PanelStore &store, const QDate &today, const QMap<QString, QString> &reasons,
                   const std::vector<TieResolution> &ties, const Actor &actor)
{
    requireVerified(store);
    return store.decideRound(today, reasons, ties, actor);
}

void announceVerified(PanelStore &store, const QDate &date, const QDate &today, const Actor &actor)
{
    requireVerified(store);
    store.announceDecision(date, today, actor);
}

void finalizeVerified(PanelStore &store, const QDate &today, const Actor &actor)
{
    requireVerified(store);
    store.finalizeDecision(today, actor);
}

} // namespace pd
