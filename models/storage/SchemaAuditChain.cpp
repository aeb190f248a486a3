// Schema step 7 (version 6 -> 7): the audit chain and member keys (trust.md). Released
// steps are never edited; a change is a new step.
#include "storage/Schema.h"

#include "storage/AuditLog.h"
#include "storage/SqlHelpers.h"

#include <QVariant>

namespace pd::schema {

void addAuditChain(QSqlDatabase &db)
{
    // Each entry carries the hash of the one before, its own hash (SHA-256 of the canonical
    // entry, trust/AuditChain.h) and, from this step on, its actor's Ed25519 signature.
    for (const char *column : {"prev_hash BLOB", "hash BLOB", "signer TEXT", "signature BLOB"})
        execSql(db, QStringLiteral("ALTER TABLE audit_log ADD COLUMN ") + QLatin1String(column));
    // A member's public key and secret key sealed under their passphrase (crypto::seal).
    // Verification never trusts these columns: keys are established by chain entries.
    for (const char *column : {"public_key BLOB", "sealed_key BLOB"})
        execSql(db, QStringLiteral("ALTER TABLE members ADD COLUMN ") + QLatin1String(column));

    // The entries written before this step are hashed into the chain (unsigned: "before
    // schema 7"), so that a later change to one of them is caught by the links after it.
    execSql(db, QStringLiteral("DROP TRIGGER audit_log_no_update"));
    QByteArray prev;
    for (AuditEntry &e : readAuditLog(db)) {   // still without the chain columns' values
        chainEntry(e, prev);
        runSql(db, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"),
               {e.prevHash.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(e.prevHash),
                QVariant(e.hash), QVariant(e.id)});
        prev = e.hash;
    }
    execSql(db, QStringLiteral(R"(
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed');
        END)"));
}

} // namespace pd::schema
