#pragma once
// Checks of a database file made before PanelDesk writes to it, read-only throughout: a
// file that fails never changes (not even its modification time), and nothing (no -wal or
// -shm) is created beside it.

#include <QString>

namespace pd {

// Verifies, in this order, that `path` exists, starts with the SQLite header, carries
// PanelDesk's application_id, passes PRAGMA quick_check, has a schema version this build
// can read, and (schema 10 on) that its rating tallies count as many ratings as it holds
// (RatingTallyTable.h: the cheap part; `verify` compares every count and sum). Returns the
// version. StoreError naming the file and the problem.
int checkDatabaseFile(const QString &path);

// For tests and tools: the checks above with the thorough PRAGMA integrity_check and
// PRAGMA foreign_key_check instead of quick_check, and every rating tally compared with the
// ratings it counts. True when all pass; otherwise false, and *firstProblem (when given)
// says what failed first.
bool integrityCheck(const QString &path, QString *firstProblem);

} // namespace pd
