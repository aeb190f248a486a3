#pragma once
// Telling a full disk from other SQLite failures (docs/storage.md, "A full disk"): SQLITE_FULL,
// or an I/O error on a write whose errno is ENOSPC, EDQUOT or EFBIG (a file-size limit:
// SQLite's unix VFS reports EFBIG as SQLITE_IOERR_WRITE). Such a failure becomes
// StoreError("disk full (DATABASE): …", io/DiskFull.h); SQLite has rolled the transaction
// back, so nothing of it is in the file.

#include <QSqlDatabase>
#include <QSqlQuery>

struct sqlite3;

namespace pd {

// True when `rc` (a result code of a call on `db`) is a full disk.
bool sqliteOutOfSpace(sqlite3 *db, int rc);

// Throws StoreError(diskFullMessage(the database file)) when sqliteOutOfSpace(db, rc).
void throwIfOutOfSpace(sqlite3 *db, int rc);

// The same for the last error of a Qt statement, or of a Qt connection (its last call).
void throwIfOutOfSpace(const QSqlQuery &query);
void throwIfOutOfSpace(const QSqlDatabase &db);

} // namespace pd
