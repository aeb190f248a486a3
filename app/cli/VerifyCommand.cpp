#include "VerifyCommand.h"
#include "OpenStore.h"
#include "SessionSupport.h"

#include "access/AuditAccess.h"
#include "domain/Errors.h"
#include "storage/PanelLocation.h"
#include "storage/PanelStore.h"
#include "trust/Verification.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

void printReport(const VerifyReport &report, Io &io)
{
    const chain::ChainReport &c = report.chain;
    io.out << Tr::tr("audit entries: %1 (%2 signed, %3 unsigned before schema 7, %4 unsigned "
                     "set-up before the first key)")
                  .arg(c.entries)
                  .arg(c.signedEntries)
                  .arg(c.unsignedBeforeChain)
                  .arg(c.unsignedSetUp)
           << '\n';
    io.out << Tr::tr("chain head: entry %1, %2")
                  .arg(c.headSeq)
                  .arg(QString::fromLatin1(c.headHash.toHex()))
           << '\n';
    io.out << Tr::tr("member keys established by the chain: %1").arg(c.keys.size()) << '\n';
    io.out << Tr::tr("records checked against their signatures: %1 submitted sheets, %2 decision "
                     "versions, %3 verdicts, %4 imports")
                  .arg(report.sheetsChecked)
                  .arg(report.decisionsChecked)
                  .arg(report.verdictsChecked)
                  .arg(report.importsChecked)
           << '\n';
    for (const QString &note : c.notes)
        io.out << Tr::tr("note: %1").arg(note) << '\n';
    for (const QString &record : report.unsignedRecords)
        io.out << Tr::tr("unsigned: %1").arg(record) << '\n';
    if (report.ok()) {
        io.out << Tr::tr("verified: the chain and every signed record are intact") << '\n';
        return;
    }
    if (c.firstBad > 0)
        io.err << Tr::tr("first bad audit entry: %1 (%2)").arg(c.firstBad).arg(c.firstBadReason) << '\n';
    for (const QString &problem : c.problems)
        io.err << Tr::tr("FAILED: %1").arg(problem) << '\n';
    for (const QString &problem : report.recordProblems)
        io.err << Tr::tr("FAILED: %1").arg(problem) << '\n';
}

} // namespace

int runVerify(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Checks the audit chain (every entry's hash, its link to the one before and its "
               "signature, with the member keys the chain itself establishes) and that every "
               "submitted sheet equals what its reviewer signed. Exit code 0 when everything "
               "verifies, 3 when anything fails: the first bad audit entry (sequence number) and "
               "every record whose signature fails are named."));
    parser.addOption(dbOption());
    addSignInOptions(parser);   // a panel on a server: --as the chair (docs/server.md)
    parser.addOption({QStringLiteral("head"),
                      Tr::tr("A chain head's hash (from a decision report or an earlier verify): "
                             "the chain must contain it, so a cut-off tail is caught."),
                      QStringLiteral("HASH")});
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        const QString head = parser.value(QStringLiteral("head")).trimmed();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
        if (parser.isSet(QStringLiteral("head")) && !hex.match(head).hasMatch())
            throw InputError(Tr::tr("--head: \"%1\" is not a SHA-256 hash (64 hexadecimal digits)").arg(head));
        const PanelLocation location = PanelLocation::parse(parser.value(QStringLiteral("db")));
        auto store = openStore(parser, io);
        if (location.isServer()) {
            // The chair alone reads the whole log there (access/AuditAccess.h).
            const QString as = parser.value(QStringLiteral("as"));
            for (const Member &m : store->members())
                if (m.id == as && !readsWholeServerAuditLog(m.role))
                    throw InputError(Tr::tr("%1 is a panel on a server: the server shows %2 only "
                                            "their own audit entries, so only the chair verifies "
                                            "its chain (docs/server.md)")
                                         .arg(location.shown(), as));
        }
        const VerifyReport report = verifyStore(*store, head);
        printReport(report, io);
        return report.ok() ? int(Ok) : VerificationFailed;
    });
}

} // namespace pd::cli
