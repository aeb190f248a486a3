#include "storage/SqliteFiles.h"

#include "domain/Errors.h"
#include "io/DurableFiles.h"
#include "io/TemporaryFiles.h"
#include "storage/SqliteStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PanelDatabase)   // the messages' context before they moved here
};

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void checkTarget(const QString &dbPath, bool replace)
{
    const QFileInfo target(dbPath);
    if (target.exists() && !replace)
        throw InputError(Tr::tr("%1 already exists (use --replace to replace it)").arg(dbPath));
    if (target.exists() && !target.isFile())
        throw InputError(Tr::tr("%1 exists and is not a file").arg(dbPath));
    if (QFileInfo::exists(dbPath + QStringLiteral("-wal")))
        throw StoreError(Tr::tr("%1 is open in another program or was not closed cleanly "
                            "(%1-wal exists); close it or open it once in PanelDesk first")
                             .arg(dbPath));
    const QDir dir = target.absoluteDir();
    if (!dir.exists())
        throw StoreError(Tr::tr("the folder %1 does not exist").arg(dir.path()));
}

} // namespace

void createSqlitePanel(const QString &dbPath, bool replace,
                       const std::function<void(PanelStore &)> &fill,
                       const std::function<void()> &beforeReplace)
{
    checkTarget(dbPath, replace);

    removeStaleTemporaries(dbPath);   // of a run that was interrupted (killed, disk full)
    const QString temporary = temporaryBeside(dbPath, QStringLiteral("creating"));
    try {
        {
            auto store = SqliteStore::create(temporary);
            fill(*store);
        }   // closed: the WAL is checkpointed into the main file and removed
        if (QFileInfo::exists(temporary + QStringLiteral("-wal")))
            throw StoreError(Tr::tr("could not finish writing %1").arg(temporary));
        if (QFileInfo::exists(dbPath) && beforeReplace)
            beforeReplace();
        // rename(2) replaces the target atomically; synced, and so is the folder.
        renameDurably(temporary, dbPath);
    } catch (...) {
        removeDatabaseFiles(temporary);
        throw;
    }
}

} // namespace pd
