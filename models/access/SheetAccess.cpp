#include "access/SheetAccess.h"

#include "domain/Errors.h"

#include <QCoreApplication>

namespace pd {

bool roleReopensSheets(Role role)
{
    return role == Role::Chair;
}

void requireSheetReopener(const std::optional<Member> &actor, const QString &actorId)
{
    if (!actor || !roleReopensSheets(actor->role))
        throw InputError(QCoreApplication::translate("Storage", "only the chair can reopen a "
                                                                "submitted sheet (%1 is not the "
                                                                "chair)")
                             .arg(actorId));
}

} // namespace pd
