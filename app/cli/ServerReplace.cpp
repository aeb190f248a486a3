#include "ServerReplace.h"

#include "OpenStore.h"
#include "SessionSupport.h"

#include "access/CommandAccess.h"
#include "io/PanelFileReader.h"
#include "services/PanelReplacement.h"
#include "storage/PanelLocation.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

bool replacePanelOnServer(const QCommandLineParser &parser, Io &io, const QString &file)
{
    if (!parser.isSet(QStringLiteral("replace"))
        || !PanelLocation::parse(parser.value(QStringLiteral("db"))).isServer())
        return false;
    const Panel panel = readPanelFile(file);   // before connecting: a bad file asks no password
    auto store = openStore(parser, io);
    const QString what = QStringLiteral("import-panel --replace");
    const Session session = signedInSession(parser, *store, io, what, NeededRole::Chair);
    require(canReplacePanel(session.member()), session, what);
    replacePanelAsChair(*store, panel, session.actor());
    io.out << Tr::tr("replaced the panel on %1 with %2").arg(store->location(), file) << '\n';
    return true;
}

} // namespace pd::cli
