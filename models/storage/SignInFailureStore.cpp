#include "storage/SignInFailureStore.h"

#include "domain/Errors.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteTransaction.h"

#include <QCoreApplication>

namespace pd {

SignInFailures readSignInFailures(const QSqlDatabase &db, const QString &memberId)
{
    QSqlQuery q = runSql(db, QStringLiteral("SELECT failures, last_failure_ms FROM "
                                            "sign_in_failures WHERE member_id = ?"),
                         {memberId});
    SignInFailures result;
    if (q.next()) {
        result.failures = q.value(0).toInt();
        result.lastFailureMs = q.value(1).toLongLong();
    }
    return result;
}

void writeSignInFailure(QSqlDatabase &db, const QString &memberId, qint64 atMs)
{
    WriteTransaction transaction(db);
    if (!existsSql(db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {memberId}))
        throw InputError(QCoreApplication::translate("Storage", "unknown member \"%1\"").arg(memberId));
    runSql(db, QStringLiteral(
        "INSERT INTO sign_in_failures (member_id, failures, last_failure_ms) VALUES (?, 1, ?) "
        "ON CONFLICT (member_id) DO UPDATE SET failures = min(failures + 1, 1000000), "
        "last_failure_ms = excluded.last_failure_ms"),
        {memberId, atMs});
    transaction.commit();
}

void deleteSignInFailures(QSqlDatabase &db, const QString &memberId)
{
    if (!existsSql(db, QStringLiteral("SELECT 1 FROM sign_in_failures WHERE member_id = ?"),
                   {memberId}))
        return;
    WriteTransaction transaction(db);
    runSql(db, QStringLiteral("DELETE FROM sign_in_failures WHERE member_id = ?"), {memberId});
    transaction.commit();
}

} // namespace pd
