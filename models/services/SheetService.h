#pragma once
// Score-sheet steps that need a role, as use cases (trust.md, "One door"): the rule is asked
// first (access/SheetAccess.h), then the store persists. The window's progress matrix calls
// this, never the store's reopenSheet directly. Refusals are InputErrors and change nothing.

#include "trust/Actor.h"

namespace pd {

class PanelStore;

// Sends a submitted sheet back to draft: the chair only, with a reason (the store refuses a
// blank reason and a sheet that is not submitted).
void reopenSheetAs(PanelStore &store, const QString &reviewer, const QString &team,
                   const QString &reason, const Actor &actor);

} // namespace pd
