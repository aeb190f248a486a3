#pragma once
// BEGIN IMMEDIATE that waits for another writer as a WriteWaitPolicy says (WriteWait.h),
// and the policy of a connection. Used by WriteTransaction; nothing else begins writing.

#include "storage/WriteWait.h"

#include <QSqlDatabase>

namespace pd {

// Attaches `policy` to the connection `db` (kept by its driver, so it lives and dies with
// the connection; replaces an earlier policy). A connection without one waits silently up
// to WriteWaitPolicy::kDefaultLimit.
void setWriteWaitPolicy(const QSqlDatabase &db, WriteWaitPolicy policy);

// Starts a write transaction on `db`. While another connection holds the write lock it
// retries every slice, asking the policy whether to go on (see WriteWait.h). Cancelled when
// the policy stops the wait, StoreError after the limit or on any other error; the message
// names the other writer's notice (WriterActivity.h) and never says "database is locked".
void beginImmediate(QSqlDatabase &db);

} // namespace pd
