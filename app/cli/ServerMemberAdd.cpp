#include "ServerMemberAdd.h"

#include "domain/Enums.h"
#include "server/ServerConnection.h"
#include "server/ServerDeploy.h"
#include "server/ServerSchema.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

void addServerMember(PanelStore &store, const Reviewer &member, const Actor &actor, Io &io)
{
    const QString password = server::randomPassword();
    store.addMemberWithPassphrase(member, password, actor);
    server::ConnInfo info = server::parseConnInfo(store.location());
    info.user = server::PanelRoles{info.dbname}.member(member.id);
    info.password.clear();
    io.out << Tr::tr("added %1 (%2) to %3 with the login %4")
                  .arg(member.id, toString(member.role), store.location(), info.user)
           << "\n\n"
           << Tr::tr("initial password: %1").arg(password) << '\n'
           << Tr::tr("%1 connects with: %2").arg(member.id, info.toKeyValue()) << "\n\n"
           << Tr::tr("Give the member their password in person or through a private channel; "
                     "it is shown only now (the server keeps only its SCRAM verifier). They "
                     "change it with paneldesk-cli member passphrase.")
           << '\n';
}

} // namespace pd::cli
