#pragma once
// Writing a whole panel into the tables (inside the caller's write transaction).

#include "domain/Panel.h"

#include <QSqlDatabase>

namespace pd {

// Deletes every row of the stored round (the store holds one round for now) and inserts
// `panel`. Members are updated in place so that columns the panel does not carry
// (passphrase_hash) survive for members that stay. A row the constraints refuse raises
// InputError naming its panel-file path (e.g. "user_ratings[17]: ...").
void writePanel(const QSqlDatabase &db, const Panel &panel);

// Inserts the categories of `panel` with their groups, benchmarks (and team restrictions),
// rubric items and user items (the configuration tables below the round; the caller's
// transaction; a refused row raises InputError naming its panel-file path).
void writeCategories(const QSqlDatabase &db, const Panel &panel);

// Empties `table` quickly (DROP and CREATE again from its stored definition, indexes and
// triggers included; a plain DELETE when some foreign key points to it), inside the
// caller's transaction.
void truncateByRecreate(const QSqlDatabase &db, const QString &table);

// A one-line JSON summary of what the database holds now (round id and row counts), for
// the audit log.
QString summarizeStoredPanel(const QSqlDatabase &db);

} // namespace pd
