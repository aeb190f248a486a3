#include "storage/SqliteHandle.h"
#include "storage/Backup.h"

#include "domain/Errors.h"
#include "io/DiskFull.h"
#include "io/DurableFiles.h"
#include "io/TemporaryFiles.h"
#include "storage/DatabaseCheck.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteDiskFull.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

void removeWithSideFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// A raw connection to the backup being written, closed on every path.
class Destination {
public:
    explicit Destination(const QString &path)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                                       SQLITE_OPEN_READWRITE, nullptr);
        if (rc != SQLITE_OK)
            fail(path);
    }
    ~Destination() { sqlite3_close_v2(m_db); }
    Destination(const Destination &) = delete;
    Destination &operator=(const Destination &) = delete;
    sqlite3 *db() const { return m_db; }
    [[noreturn]] void fail(const QString &path) const
    {
        throwIfOutOfSpace(m_db, sqlite3_extended_errcode(m_db));
        throw StoreError(Tr::tr("the backup %1 cannot be written: %2")
                             .arg(path, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory")));
    }
    void exec(const QString &path, const char *sql) const
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(path);
    }

private:
    sqlite3 *m_db = nullptr;
};

ChainHead headFrom(QSqlQuery &query)
{
    ChainHead head;
    if (query.next()) {
        head.seq = query.value(0).toLongLong();
        head.hash = QString::fromLatin1(query.value(1).toByteArray().toHex());
    }
    return head;
}

} // namespace

ChainHead readChainHead(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return headFrom(query);
    // Before schema 7 there is no chain: the last entry without a hash.
    if (query.exec(QStringLiteral("SELECT id, NULL FROM audit_log ORDER BY id DESC LIMIT 1")))
        return headFrom(query);
    return {};
}

ChainHead readChainHeadOf(const QString &path)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    return readChainHead(connection.db());
}

ChainHead backupDatabase(const QSqlDatabase &source, const QString &out)
{
    if (QFileInfo::exists(out))
        throw StoreError(Tr::tr("%1 already exists; a backup never overwrites a file").arg(out));
    const QString partial = temporaryBeside(out, QStringLiteral("partial"));
    try {
        {
            // Created 0600 before SQLite writes a byte (trust.md, "Files").
            QFile file(partial);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                           QFile::ReadOwner | QFile::WriteOwner)
                || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
                throw StoreError(Tr::tr("the backup %1 cannot be created: %2").arg(out, file.errorString()));
        }
        {
            Destination destination(partial);
            sqlite3_backup *backup =
                sqlite3_backup_init(destination.db(), "main", sqliteHandle(source), "main");
            if (!backup)
                destination.fail(out);
            // All pages in one step: one read transaction, so one committed state.
            int rc = sqlite3_backup_step(backup, -1);
            int stepErrno = errno;   // the backup API does not keep it (sqlite3_system_errno)
            for (int wait = 0; (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && wait < 250; ++wait) {
                sqlite3_sleep(20);   // up to 5 s, as the busy timeout of every connection
                rc = sqlite3_backup_step(backup, -1);
                stepErrno = errno;
            }
            const int finish = sqlite3_backup_finish(backup);
            if ((rc & 0xff) == SQLITE_FULL
                || ((rc & 0xff) == SQLITE_IOERR && isOutOfSpaceErrno(stepErrno)))
                throwDiskFull(out);
            if (rc != SQLITE_DONE || finish != SQLITE_OK)
                destination.fail(out);
            // The copy carries the source's WAL mark; a plain file reads without a -wal.
            destination.exec(out, "PRAGMA journal_mode = DELETE");
        }
        renameDurably(partial, out);
    } catch (...) {
        removeWithSideFiles(partial);
        throw;
    }
    return readChainHeadOf(out);
}
ChainHead backupDatabaseFile(const QString &dbPath, const QString &out)
{
    checkDatabaseFile(dbPath);
    SqliteConnection connection(dbPath, SqliteConnection::Mode::ReadWrite);
    return backupDatabase(connection.db(), out);
}

} // namespace pd
