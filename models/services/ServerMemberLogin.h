#pragma once
// Adding a member to a panel on a server (docs/server.md, "Adding members"): the use case
// behind `paneldesk-cli member add` there. The caller has checked the role (canAddMember,
// access/MemberPermissions.h); the server checks it again (add_member_login).

#include "domain/Panel.h"
#include "storage/PanelStore.h"
#include "trust/Actor.h"

namespace pd {

struct ServerMemberLogin {
    QString loginRole;         // <db>.<member id>
    QString initialPassword;   // random; shown once, the server keeps only its SCRAM verifier
    QString connection;        // libpq key/value string without a password, for the member
};

// Adds `member` with a new login role whose initial password is random (its SCRAM verifier
// computed on this machine) and says what the member needs to connect. `store` must be a
// panel on a server (PgStore); the store's errors pass through.
ServerMemberLogin addServerMemberLogin(PanelStore &store, const Reviewer &member, const Actor &actor);

} // namespace pd
