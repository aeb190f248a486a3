#include "access/MemberPermissions.h"

namespace pd {

bool canManageMembers(const Member &actor)
{
    return actor.role == Role::Chair || actor.role == Role::Secretariat;
}

bool canSetPassphraseOf(const Member &actor, const QString &memberId)
{
    return actor.id == memberId || canManageMembers(actor);
}

bool canSetConflictsOf(const Member &actor, const QString &memberId)
{
    return actor.id == memberId || actor.role == Role::Chair;
}

} // namespace pd
