#include "storage/AuditLog.h"

#include "domain/Errors.h"
#include "storage/Schema.h"
#include "storage/SqlHelpers.h"
#include "trust/AuditChain.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QVariant>

namespace pd {
namespace {

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant blobOrNull(const QByteArray &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(value);
}

bool hasChainColumns(const QSqlDatabase &db)
{
    return schema::userVersion(db) >= chain::kFirstChainedSchema;
}

} // namespace

void chainEntry(AuditEntry &e, const QByteArray &prevHash)
{
    e.prevHash = prevHash;
    e.hash = chain::entryHash(e);
}

void appendAudit(const QSqlDatabase &db, const Actor &actor, const QString &action,
                 const QString &entity, const QString &oldValue, const QString &newValue,
                 const QString &reason)
{
    if (actor.id.trimmed().isEmpty())
        throw InputError(QCoreApplication::translate("Storage", "every change needs an actor (who makes it)"));
    if (actor.signer && actor.signer->memberId() != actor.id)
        throw InputError(QCoreApplication::translate("Storage", "%1 cannot sign a change made by %2")
                             .arg(actor.signer->memberId(), actor.id));
    AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.actor = actor.id;
    e.action = action;
    e.entity = entity.isNull() ? QStringLiteral("") : entity;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.reason = reason.isNull() ? QStringLiteral("") : reason;

    if (!hasChainColumns(db)) {
        QSqlQuery query = prepareSql(db, QStringLiteral(
            "INSERT INTO audit_log (at, actor, action, entity, old_value, new_value, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(e.at.toString(Qt::ISODateWithMs)), QVariant(e.actor),
                                  QVariant(e.action), QVariant(e.entity), textOrNull(e.oldValue),
                                  textOrNull(e.newValue), QVariant(e.reason)})
            query.addBindValue(v);
        execPrepared(query);
        return;
    }
    // The next id and the hash it follows, read inside the caller's write transaction (no
    // other writer can append in between). AUTOINCREMENT never reuses an id.
    QSqlQuery last = execSql(db, QStringLiteral(
        "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0), "
        "(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)"));
    last.next();
    e.id = last.value(0).toLongLong() + 1;
    const QByteArray prevHash = last.value(1).toByteArray();
    last.finish();
    chainEntry(e, prevHash);
    if (actor.signer) {
        e.signer = actor.id;
        e.signature = actor.signer->sign(e.hash);
    }
    QSqlQuery query = prepareSql(db, QStringLiteral(
        "INSERT INTO audit_log (id, at, actor, action, entity, old_value, new_value, reason, "
        "prev_hash, hash, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(e.id), QVariant(e.at.toString(Qt::ISODateWithMs)),
                              QVariant(e.actor), QVariant(e.action), QVariant(e.entity),
                              textOrNull(e.oldValue), textOrNull(e.newValue), QVariant(e.reason),
                              blobOrNull(e.prevHash), blobOrNull(e.hash), textOrNull(e.signer),
                              blobOrNull(e.signature)})
        query.addBindValue(v);
    execPrepared(query);
}

std::vector<AuditEntry> readAuditLog(const QSqlDatabase &db)
{
    const bool chained = hasChainColumns(db);
    QSqlQuery query = execSql(db, chained
        ? QStringLiteral("SELECT id, at, actor, action, entity, old_value, new_value, reason, "
                         "prev_hash, hash, signer, signature FROM audit_log ORDER BY id")
        : QStringLiteral("SELECT id, at, actor, action, entity, old_value, new_value, reason "
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
        if (chained) {
            entry.prevHash = query.value(8).toByteArray();
            entry.hash = query.value(9).toByteArray();
            entry.signer = query.value(10).toString();
            entry.signature = query.value(11).toByteArray();
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

QString auditJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace pd
