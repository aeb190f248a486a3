// Schema step 2 (version 1 -> 2): the audit log. Released; never edit, add a step instead.
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

namespace pd::schema {

void addAuditLog(QSqlDatabase &db)
{
    // `at` is UTC ISO 8601 with milliseconds ("2026-01-15T09:30:00.000Z"); old_value and
    // new_value are JSON text or NULL. Rows can only be added: the triggers refuse UPDATE
    // and DELETE, so even raw SQL through SQLite cannot rewrite history (it could still
    // drop the table; tamper evidence is a separate, chained mechanism).
    execSql(db, QStringLiteral(R"(
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL CONSTRAINT audit_time_is_utc_iso CHECK (at GLOB
                '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'),
            actor TEXT NOT NULL CONSTRAINT audit_actor_named CHECK (length(actor) > 0),
            action TEXT NOT NULL CONSTRAINT audit_action_named CHECK (length(action) > 0),
            entity TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            reason TEXT NOT NULL DEFAULT ''
        ))"));
    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed');
        END)"));
    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted');
        END)"));
}

} // namespace pd::schema
