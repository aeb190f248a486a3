#pragma once
// Reading and appending the audit_log table (schema step 2). Appends happen inside the
// caller's write transaction, so an audited change and its entry commit together.

#include "storage/PanelStore.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <vector>

namespace pd {

// Appends one entry stamped with the current UTC time. Empty values are stored as NULL.
void appendAudit(const QSqlDatabase &db, const QString &actor, const QString &action,
                 const QString &entity, const QString &oldValue, const QString &newValue,
                 const QString &reason = {});

// `object` as compact JSON text, the form of old_value and new_value.
QString auditJson(const QJsonObject &object);

// Every entry, oldest first.
std::vector<AuditEntry> readAuditLog(const QSqlDatabase &db);

} // namespace pd
