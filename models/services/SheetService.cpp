#include "services/SheetService.h"

#include "access/SheetAccess.h"
#include "services/ActingMember.h"
#include "storage/PanelStore.h"

namespace pd {

void reopenSheetAs(PanelStore &store, const QString &reviewer, const QString &team,
                   const QString &reason, const Actor &actor)
{
    requireSheetReopener(actingMember(store, actor.id), actor.id);
    store.reopenSheet(reviewer, team, reason, actor);
}

} // namespace pd
