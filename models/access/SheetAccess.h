#pragma once
// Who may send a submitted score sheet back to draft (docs/storage.md, "Score sheets"): the
// chair, with a reason. The window's progress matrix (WindowAccess.h, mayReopenSheets) and
// the use case (services/SheetService.h) ask this; the store checks only the sheet's state.

#include "domain/Member.h"

#include <optional>

namespace pd {

bool roleReopensSheets(Role role);

// InputError unless `actor` (the member `actorId` names, or nothing) may reopen sheets.
void requireSheetReopener(const std::optional<Member> &actor, const QString &actorId);

} // namespace pd
