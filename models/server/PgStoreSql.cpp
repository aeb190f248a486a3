#include "server/PgStoreSql.h"

#include "server/ServerErrors.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QVariant>

namespace pd::server {

namespace {

// `sql` with each ? replaced by its value as a literal, quoted by the driver (libpq's
// PQescapeStringConn). Not a server-side prepared statement: one of those left behind by a
// refused statement could not be deallocated in the aborted transaction.
QString withLiterals(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QString text;
    text.reserve(sql.size() + 16 * values.size());
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c != QLatin1Char('?') || next >= values.size()) {
            text += c;
            continue;
        }
        const QVariant &value = values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        text += db.driver()->formatValue(field);
    }
    return text;
}

} // namespace

QSqlQuery pgRun(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(values.isEmpty() ? sql : withLiterals(db, sql, values)))
        throwServerError(query.lastError(), {});
    return query;
}

QVariant pgValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = pgRun(db, sql, values);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace pd::server
