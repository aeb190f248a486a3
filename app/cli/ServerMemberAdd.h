#pragma once
// `paneldesk-cli member add` on a server (docs/server.md, "Adding members"): the use case
// services/ServerMemberLogin.h adds the member with a random initial password, and what the
// member needs to connect is printed, the password once, as `server deploy` prints it.

#include "CliSupport.h"

#include "domain/Panel.h"
#include "storage/PanelStore.h"
#include "trust/Actor.h"

namespace pd::cli {

void addServerMember(PanelStore &store, const Reviewer &member, const Actor &actor, Io &io);

} // namespace pd::cli
