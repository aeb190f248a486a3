// Schema step 8 (version 7 -> 8): the sign-in throttle kept in the file. Released; never
// edit, add a step instead.
//
// One row per member with consecutive failed sign-ins: how many, and when the last one was
// (UTC milliseconds since the epoch, the system clock). A successful sign-in deletes the
// row. Kept in the database so that a command-line sign-in (a new process every time) is
// throttled like the window's (auth/SignInThrottle.h has the delays). Removed with its
// member.
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

namespace pd::schema {

void addSignInThrottle(QSqlDatabase &db)
{
    execSql(db, QStringLiteral(R"(
        CREATE TABLE sign_in_failures (
            member_id TEXT PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
            failures INTEGER NOT NULL CONSTRAINT failures_positive
                CHECK (typeof(failures) = 'integer' AND failures > 0),
            last_failure_ms INTEGER NOT NULL CONSTRAINT last_failure_integer
                CHECK (typeof(last_failure_ms) = 'integer')
        ) WITHOUT ROWID)"));
}

} // namespace pd::schema
