#pragma once
// The sqlite3 handle behind a QSQLITE connection (Qt links the system SQLite on Debian), for
// the few calls Qt's SQL module has no API for: the online backup (storage/Backup.cpp) and
// the ratings import's prepared statements (storage/RatingImportWriter.cpp).

#include <QSqlDatabase>

struct sqlite3;

namespace pd {

// StoreError when the connection is not an open QSQLITE one.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace pd
