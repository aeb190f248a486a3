#include "services/ActingMember.h"

#include "storage/PanelStore.h"

namespace pd {

std::optional<Member> actingMember(const PanelStore &store, const QString &actorId)
{
    if (actorId.isEmpty())
        return std::nullopt;
    for (Member &member : store.members())
        if (member.id == actorId)
            return std::move(member);
    return std::nullopt;
}

} // namespace pd
