#include "storage/SqlHelpers.h"
#include <QCoreApplication>

#include "domain/Errors.h"
#include "storage/SqliteDiskFull.h"

#include <QSqlError>
#include <QVariant>

namespace pd {
namespace {
constexpr int kSqliteConstraint = 19;   // SQLITE_CONSTRAINT (primary result code)

[[noreturn]] void fail(const QSqlQuery &query, const QString &sql)
{
    throwIfOutOfSpace(query);
    throw StoreError(QCoreApplication::translate("Storage", "database error: %1 (in: %2)")
                         .arg(query.lastError().text(), sql.simplified().left(120)));
}
} // namespace

QSqlQuery execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        fail(query, sql);
    return query;
}

QSqlQuery prepareSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query, sql);
    return query;
}

void execPrepared(QSqlQuery &query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

bool isConstraintError(const QSqlQuery &query)
{
    // QSQLITE reports sqlite3_reset()'s code; extended codes are off, so 19 covers
    // SQLITE_CONSTRAINT_CHECK, _FOREIGNKEY, _UNIQUE, _NOTNULL and _TRIGGER alike.
    bool ok = false;
    const int code = query.lastError().nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == kSqliteConstraint;
}

QString sqliteMessage(const QSqlQuery &query)
{
    const QString text = query.lastError().databaseText();
    return text.isEmpty() ? query.lastError().text() : text;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = execSql(db, sql);
    if (!query.next())
        throw StoreError(QCoreApplication::translate("Storage", "database error: no result for %1").arg(sql));
    return query.value(0);
}

QSqlQuery runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepareSql(db, sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    execPrepared(query);
    return query;
}

bool existsSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return runSql(db, sql, values).next();
}

} // namespace pd
