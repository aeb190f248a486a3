#pragma once
// Reading and appending the audit_log table (schema step 2; chained and signed from step 7,
// trust/AuditChain.h). Appends happen inside the caller's write transaction, so an audited
// change and its entry commit together.

#include "storage/PanelStore.h"
#include "trust/Actor.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <vector>

namespace pd {

// Appends one entry stamped with the current UTC time. Empty values are stored as NULL. In a
// schema-7 file the entry is chained to the one before (prev_hash, hash) and, when the actor
// has a signer, signed by it. InputError for an actor without an id, or a signer of another
// member than the actor.
void appendAudit(const QSqlDatabase &db, const Actor &actor, const QString &action,
                 const QString &entity, const QString &oldValue, const QString &newValue,
                 const QString &reason = {});

// `object` as compact JSON text, the form of old_value and new_value.
QString auditJson(const QJsonObject &object);

// Every entry, oldest first, with its chain columns where the file has them.
std::vector<AuditEntry> readAuditLog(const QSqlDatabase &db);

// Hash and signature of an entry appended by hand (the schema-7 upgrade hashes the entries
// written before it): fills e.prevHash from `prevHash` and e.hash.
void chainEntry(AuditEntry &e, const QByteArray &prevHash);

} // namespace pd
