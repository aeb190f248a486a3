#pragma once
// Online backups of a panel database with SQLite's backup API (sqlite3_backup_*, through the
// handle behind Qt's QSQLITE driver), never a copy of the live file: the copy is one
// consistent committed state even while another connection or process writes (in WAL mode a
// reader never blocks the writer). The backup is a plain (rollback-journal) database, so it
// can be checked read-only without anything being written beside it. Written under a
// temporary name, synced, renamed into place, folder synced; mode 0600.

#include "domain/ChainHead.h"

#include <QString>

class QSqlDatabase;

namespace pd {


// Copies the database of `source` (an open connection) to `out`, which must not exist.
// Returns the chain head the copy holds. StoreError naming the file when anything fails;
// nothing is left at `out` or beside it then.
ChainHead backupDatabase(const QSqlDatabase &source, const QString &out);

// The same from the file at `dbPath`: checked first (checkDatabaseFile), then opened for
// the copy only (read-write, so that its -wal is merged and removed on close as usual).
ChainHead backupDatabaseFile(const QString &dbPath, const QString &out);

// The chain head of the database behind `db`.
ChainHead readChainHead(const QSqlDatabase &db);

// The chain head of the file at `path`, read-only (nothing written beside it).
ChainHead readChainHeadOf(const QString &path);

} // namespace pd
