// paneldesk-cli agreement

#include "OpenStore.h"
#include "AgreementCommand.h"
#include "SessionSupport.h"

#include "access/Visibility.h"
#include "analysis/Agreement.h"
#include "analysis/AgreementReport.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runAgreement(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Prints how far the experts agree, from submitted sheets only: Kendall's W with its "
               "p-value, ICC(2,1), and each expert's leniency and outlier flags; a table, or with "
               "--json the agreement JSON (format paneldesk-agreement, version 1; docs/agreement.md). "
               "The chair only, signed in with --as, as the window's tab."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the agreement JSON.")});
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        auto store = openStore(parser, io);
        const Session session = signedInSession(parser, *store, io, QStringLiteral("agreement"),
                                                NeededRole::Chair);
        require(canSeeAgreement(session.member()), session, QStringLiteral("agreement"));
        // The chair's view: every submitted sheet and their own drafts; computeAgreement
        // never reads a draft (R3).
        const Panel panel = visiblePanel(store->loadPanel(), session.memberId());
        const PanelAgreement agreement = computeAgreement(panel);
        if (parser.isSet(QStringLiteral("json")))
            io.out << QString::fromUtf8(agreementJson(panel, agreement));
        else
            io.out << agreementText(panel, agreement);
        return int(Ok);
    });
}

} // namespace pd::cli
