#pragma once
// Row versions of sheets (schema step 10, SchemaSheetVersions.cpp): the SQL behind
// PanelStore::watchSheet. A sheet's version is the audit id of its last change; 0 means
// there is no sheet.

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace pd {

struct SheetVersion {
    qint64 version = 0;    // 0: no such sheet in the current round
    QString changedBy;     // the member (id) of that change; "" when unknown
    QString changedByName; // their name, when they are a member
    QDateTime changedAt;   // UTC; invalid when unknown
};

// The sheet of `reviewer` for `team` in the current round.
SheetVersion readSheetVersion(const QSqlDatabase &db, const QString &reviewer, const QString &team);

// The id of the newest audit entry (0 when none).
qint64 lastAuditId(const QSqlDatabase &db);

// After a write of the sheet that appended audit entries beyond `auditBefore`: the sheet's
// version becomes the newest entry's id. Nothing when no entry was appended (the write
// changed nothing) or the sheet is gone. Returns the sheet's version now (0: no sheet).
qint64 stampSheet(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                  qint64 auditBefore);

// The same for every sheet of `reviewer` in the current round (a sheets import).
void stampSheetsOf(const QSqlDatabase &db, const QString &reviewer, qint64 auditBefore);

// StaleEdit when the sheet is no longer at `expected`, naming who changed it and when
// (`actor` is the member saving: a change of their own from elsewhere says so).
void requireSheetVersion(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                         qint64 expected, const QString &actor);

} // namespace pd
