#include "storage/SqliteDiskFull.h"

#include "io/DiskFull.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace pd {
namespace {

sqlite3 *handleOf(const QSqlDriver *driver)
{
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

} // namespace

bool sqliteOutOfSpace(sqlite3 *db, int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return true;
    case SQLITE_IOERR:
        return db && isOutOfSpaceErrno(sqlite3_system_errno(db));
    default:
        return false;
    }
}

void throwIfOutOfSpace(sqlite3 *db, int rc)
{
    if (!sqliteOutOfSpace(db, rc))
        return;
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    throwDiskFull(file ? QString::fromUtf8(file) : QString());
}

void throwIfOutOfSpace(const QSqlQuery &query)
{
    // QSQLITE reports the primary result code (extended codes are off).
    bool ok = false;
    const int code = query.lastError().nativeErrorCode().toInt(&ok);
    if (ok)
        throwIfOutOfSpace(handleOf(query.driver()), code);
}

void throwIfOutOfSpace(const QSqlDatabase &db)
{
    if (sqlite3 *handle = handleOf(db.driver()))
        throwIfOutOfSpace(handle, sqlite3_extended_errcode(handle));
}

} // namespace pd
