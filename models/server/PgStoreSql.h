#pragma once
// Statements of PgStore (PgStore.h) on its QPSQL connection: the server's refusals thrown as
// the error of their SQLSTATE (ServerErrors.h), so that a row-level security refusal is an
// InputError and a serialization failure a ServerRetry the caller retries.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace pd::server {

// Executes `sql` with `values` for its ? placeholders, in order (as literals quoted by the
// driver; `sql` itself holds no ? of its own).
QSqlQuery pgRun(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// The first column of the first row, or a null QVariant when there is no row.
QVariant pgValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

} // namespace pd::server
