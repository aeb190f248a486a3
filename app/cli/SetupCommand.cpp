// paneldesk-cli change-setup PANEL.json --db LOCATION --as MEMBER [--reason TEXT]: the
// configuration of a panel file applied to the stored round in place (services/PanelSetup.h).

#include "SetupCommand.h"

#include "OpenStore.h"
#include "SessionSupport.h"

#include "io/PanelFileReader.h"
#include "services/PanelSetup.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runChangeSetup(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Changes the configuration of the panel's round in place to that of a panel file "
               "(format paneldesk-panel): the program, the round's settings (id, name, date, "
               "appeal days, decimals, cut, tie break), the categories with their groups, "
               "benchmarks, rubric and user items, and the teams. Every input is kept as stored "
               "(members and conflicts, sheets, scores, drafts, benchmark results, user ratings, "
               "findings, tie resolutions, decisions); the file's inputs are ignored. Before the "
               "first score the chair or the secretariat may change it; after it the chair alone, "
               "with --reason; once the round is locked, nobody. A change that would leave a "
               "stored input without its team or item is refused and names it. Signed in with --as."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("reason"),
                      Tr::tr("Why the configuration changes (kept in the audit log; required "
                             "once scores are entered)."),
                      QStringLiteral("TEXT")});
    addSignInOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PANEL.json"),
                                 Tr::tr("The panel file whose configuration is applied."));
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db"), QStringLiteral("as")}, 1, io, code))
        return code;
    return guarded(io, [&] {
        const QString file = parser.positionalArguments().constFirst();
        const Panel setup = readPanelFileConfiguration(file);   // before signing in: a bad file asks no passphrase
        auto store = openStore(parser, io);
        const Session session = signedInSession(parser, *store, io, QStringLiteral("change-setup"),
                                                NeededRole::ChairOrSecretariat);
        changePanelSetup(*store, setup, parser.value(QStringLiteral("reason")), session.actor());
        io.out << Tr::tr("changed the configuration of round %1 to that of %2")
                      .arg(setup.round.id, file)
               << '\n';
        return int(Ok);
    });
}

} // namespace pd::cli
