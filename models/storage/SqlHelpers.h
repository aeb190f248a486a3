#pragma once
// Small wrappers that turn Qt SQL's boolean failures into exceptions, so that no failed
// statement goes unnoticed. Note: QSQLITE runs only the first statement of a string.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace pd {

// Runs one statement; StoreError (naming the statement) on failure.
QSqlQuery execSql(const QSqlDatabase &db, const QString &sql);

// A prepared, forward-only statement; StoreError when it does not compile.
QSqlQuery prepareSql(const QSqlDatabase &db, const QString &sql);

// Executes a prepared statement with its bound values; StoreError on failure.
void execPrepared(QSqlQuery &query);

// Prepares `sql`, binds `values` in order and executes it; StoreError on failure.
QSqlQuery runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

// True when `sql` with `values` returns at least one row.
bool existsSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

// True when the last error of `query` is a constraint violation (CHECK, NOT NULL, UNIQUE,
// FOREIGN KEY, or a trigger's RAISE): the data was refused, the database is fine.
bool isConstraintError(const QSqlQuery &query);

// The SQLite message of the last error of `query` (e.g. "CHECK constraint failed: ...").
QString sqliteMessage(const QSqlQuery &query);

// First column of the first row of `sql`, e.g. a PRAGMA value. StoreError when none.
QVariant scalar(const QSqlDatabase &db, const QString &sql);

} // namespace pd
