#include "services/ServerMemberLogin.h"

#include "server/ServerConnection.h"
#include "server/ServerDeploy.h"
#include "server/ServerSchema.h"

namespace pd {

ServerMemberLogin addServerMemberLogin(PanelStore &store, const Reviewer &member, const Actor &actor)
{
    ServerMemberLogin login;
    login.initialPassword = server::randomPassword();
    store.addMemberWithPassphrase(member, login.initialPassword, actor);
    server::ConnInfo info = server::parseConnInfo(store.location());
    info.user = server::PanelRoles{info.dbname}.member(member.id);
    info.password.clear();
    login.loginRole = info.user;
    login.connection = info.toKeyValue();
    return login;
}

} // namespace pd
