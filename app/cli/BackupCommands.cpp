// paneldesk-cli backup | restore (docs/storage.md, "Backups")

#include "CliSupport.h"
#include "OpenStore.h"
#include "SessionSupport.h"

#include "services/Backups.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString headText(const ChainHead &head)
{
    if (head.hash.isEmpty())
        return Tr::tr("chain head: entry %1 (no hash: a file before schema 7)").arg(head.seq);
    return Tr::tr("chain head: entry %1, %2").arg(head.seq).arg(head.hash);
}
} // namespace

int runBackup(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Backs the panel up with SQLite's backup API, safely while it is in use: into "
               "the folder 'backups' beside it (the newest 20 are kept, plus the newest one "
               "before each lifecycle step), or to --out FILE. Prints the audit chain head the "
               "backup holds, which is also stored beside it in FILE.json. The chair or the "
               "secretariat, signed in with --as."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("out"),
                      Tr::tr("Write the backup to FILE (which must not exist) instead of the "
                             "backups folder."),
                      QStringLiteral("FILE")});
    addSignInOptions(parser);
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        const QString db = parser.value(QStringLiteral("db"));
        {
            auto store = openStore(parser, io);
            const Session session = signedInSession(parser, *store, io, QStringLiteral("backup"),
                                                    NeededRole::ChairOrSecretariat);
            require(canBackUp(session.member()), session, QStringLiteral("backup"));
        }
        const BackupRecord record = parser.isSet(QStringLiteral("out"))
                                        ? backUpPanelTo(db, parser.value(QStringLiteral("out")))
                                        : backUpPanel(db, BackupKind::Manual);
        io.out << Tr::tr("backup written: %1").arg(record.path) << '\n'
               << headText(record.head) << '\n';
        return int(Ok);
    });
}

int runRestore(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Restores a backup to --db (an existing panel, which is backed up first, or a "
               "new path). The backup is verified first (integrity check, the audit chain and "
               "the signed records, and the chain head stored beside it); one that fails is "
               "refused, naming what failed, and nothing is changed. The panel is replaced in "
               "one step: it is the old one or the restored one, never half of each. The chair "
               "or the secretariat of the panel at --db (of the backup when --db is new or "
               "damaged), signed in with --as."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("from"), Tr::tr("The backup to restore."), QStringLiteral("FILE")});
    addSignInOptions(parser);
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db"), QStringLiteral("from")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        const QString db = parser.value(QStringLiteral("db"));
        const RestoreOutcome outcome =
            restoreBackup(parser.value(QStringLiteral("from")), db, [&](PanelStore &store) {
                const Session session = signedInSession(parser, store, io, QStringLiteral("restore"),
                                                        NeededRole::ChairOrSecretariat);
                require(canRestore(session.member()), session, QStringLiteral("restore"));
            });
        if (outcome.previous)
            io.out << Tr::tr("the panel it replaced is kept in %1").arg(outcome.previous->path) << '\n';
        io.out << Tr::tr("restored %1 from %2").arg(db, parser.value(QStringLiteral("from"))) << '\n'
               << headText(outcome.head) << '\n';
        return int(Ok);
    });
}

} // namespace pd::cli
