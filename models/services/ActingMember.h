#pragma once
// The member an actor id names, with the role and conflicts the store holds now: what the
// use cases (services/, decision/) hand to the rules of access/ before they let the store
// write. std::nullopt for an id that names no member ("system", "cli", a typo).

#include "domain/Member.h"

#include <optional>

namespace pd {

class PanelStore;

std::optional<Member> actingMember(const PanelStore &store, const QString &actorId);

} // namespace pd
