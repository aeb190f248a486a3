#include "storage/SqliteHandle.h"

#include "domain/Errors.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace pd {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        if (sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData()))
            return raw;
    throw StoreError(QCoreApplication::translate("Storage", "database error: no SQLite handle for %1")
                         .arg(db.databaseName()));
}

} // namespace pd
