#include "storage/AuditLog.h"

#include <QJsonDocument>
#include <QCoreApplication>

#include "domain/Errors.h"
#include "storage/SqlHelpers.h"

#include <QVariant>

namespace pd {
namespace {
QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}
} // namespace

void appendAudit(const QSqlDatabase &db, const QString &actor, const QString &action,
                 const QString &entity, const QString &oldValue, const QString &newValue,
                 const QString &reason)
{
    if (actor.trimmed().isEmpty())
        throw InputError(QCoreApplication::translate("Storage", "every change needs an actor (who makes it)"));
    QSqlQuery query = prepareSql(db, QStringLiteral(
        "INSERT INTO audit_log (at, actor, action, entity, old_value, new_value, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(actor);
    query.addBindValue(action);
    query.addBindValue(entity.isNull() ? QStringLiteral("") : entity);
    query.addBindValue(textOrNull(oldValue));
    query.addBindValue(textOrNull(newValue));
    query.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
    execPrepared(query);
}

std::vector<AuditEntry> readAuditLog(const QSqlDatabase &db)
{
    QSqlQuery query = execSql(db, QStringLiteral(
        "SELECT id, at, actor, action, entity, old_value, new_value, reason "
        "FROM audit_log ORDER BY id"));
    std::vector<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.oldValue = query.value(5).toString();
        entry.newValue = query.value(6).toString();
        entry.reason = query.value(7).toString();
        entries.push_back(std::move(entry));
    }
    return entries;
}

QString auditJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace pd
