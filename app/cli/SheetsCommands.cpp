// paneldesk-cli export-sheets | import-sheets

#include "OpenStore.h"
#include "ImportCommands.h"
#include "SessionSupport.h"

#include "importers/SheetsExchange.h"
#include "io/OwnerOnlyFiles.h"
#include "domain/Errors.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runExportSheets(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes one member's score sheets for the current round to a sheets file "
               "(paneldesk-sheets, version 2; docs/sheets-file.md) to be filled elsewhere and "
               "imported by the chair with import-sheets. Only the member themselves, signed "
               "in with --as, exports their sheets (they hold their drafts); every sheet is "
               "signed with their key, and the file carries their key sealed under their "
               "passphrase; it is readable by its owner only."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("member"),
                      Tr::tr("The member whose sheets to export (default: the member of --as)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("out"), Tr::tr("The sheets file to write."), QStringLiteral("FILE")});
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db"), QStringLiteral("out")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        auto store = openStore(parser, io);
        const QString member = parser.isSet(QStringLiteral("member"))
                                   ? parser.value(QStringLiteral("member"))
                                   : parser.value(QStringLiteral("as"));
        const QString command = QStringLiteral("export-sheets --member %1").arg(member);
        const Session session =
            signedInSession(parser, *store, io, command, NeededRole::TheMember);
        require(canExportSheetsOf(session.member(), member), session, command);
        const QString out = parser.value(QStringLiteral("out"));
        {
            const OwnerOnlyCreation ownerOnly;
            if (!session.key())
                throw InputError(Tr::tr("%1 has no signing key to sign the sheets with").arg(member));
            exportSheets(*store, member, out, *session.key());
        }
        restrictToOwner(out);
        io.out << Tr::tr("wrote %1").arg(out) << '\n';
        return int(Ok);
    });
}

int runImportSheets(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Imports a member's sheets file into the current round with the checks of typed "
               "entry (items, range, step, conflicts of interest; a submitted sheet stays "
               "locked; the chair, signed in with --as). Only a signed file (version 2) whose "
               "every sheet verifies with its member's key in the panel's audit chain imports. "
               "All or nothing: every problem is listed with its JSON path."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The sheets file (JSON)."));
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 1, io, code))
        return code;
    return guarded(io, [&] {
        const QString file = parser.positionalArguments().constFirst();
        auto store = openStore(parser, io);
        const Session session = signedInSession(parser, *store, io, QStringLiteral("import-sheets"),
                                                NeededRole::Chair);
        require(canImportSheets(session.member()), session, QStringLiteral("import-sheets"));
        const SheetsImportResult result = importSheetsFile(*store, file, file, session.memberId());
        if (!result.imported) {
            io.err << result.issues.text() << '\n' << Tr::tr("%1: nothing imported").arg(file) << '\n';
            return int(InvalidInput);
        }
        io.out << Tr::tr("imported the sheets of %1 from %2: %3 score(s) written, %4 sheet(s) "
                         "submitted, %5 submitted sheet(s) unchanged")
                      .arg(result.member, file)
                      .arg(result.outcome.scoresWritten)
                      .arg(result.outcome.sheetsSubmitted)
                      .arg(result.outcome.sheetsUnchanged)
               << '\n';
        return int(Ok);
    });
}

} // namespace pd::cli
