#include "ServerMemberAdd.h"

#include "domain/Enums.h"
#include "services/ServerMemberLogin.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

void addServerMember(PanelStore &store, const Reviewer &member, const Actor &actor, Io &io)
{
    const ServerMemberLogin login = addServerMemberLogin(store, member, actor);
    io.out << Tr::tr("added %1 (%2) to %3 with the login %4")
                  .arg(member.id, toString(member.role), store.location(), login.loginRole)
           << "\n\n"
           << Tr::tr("initial password: %1").arg(login.initialPassword) << '\n'
           << Tr::tr("%1 connects with: %2").arg(member.id, login.connection) << "\n\n"
           << Tr::tr("Give the member their password in person or through a private channel; "
                     "it is shown only now (the server keeps only its SCRAM verifier). They "
                     "change it with paneldesk-cli member passphrase.")
           << '\n';
}

} // namespace pd::cli
