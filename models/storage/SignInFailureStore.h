#pragma once
// The sign-in throttle's state in SQLite (schema step 7, sign_in_failures): the SQL behind
// SqliteStore's loadSignInFailures / recordSignInFailure / clearSignInFailures. Not audited:
// a failed sign-in changes no panel data (and a passphrase guess must leave no trace of
// what was typed).

#include "storage/PanelStore.h"

#include <QSqlDatabase>

namespace pd {

SignInFailures readSignInFailures(const QSqlDatabase &db, const QString &memberId);

// One more consecutive failure of `memberId` at `atMs` (UTC ms since the epoch), in its own
// write transaction. InputError for an unknown member.
void writeSignInFailure(QSqlDatabase &db, const QString &memberId, qint64 atMs);

// Forgets the member's failures; writes nothing when there are none (a successful sign-in
// leaves the file's bytes as they were).
void deleteSignInFailures(QSqlDatabase &db, const QString &memberId);

} // namespace pd
