#include "storage/SqliteWriteWait.h"

#include "domain/Errors.h"
#include "storage/SqliteHandle.h"
#include "storage/WriterActivity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace pd {

namespace {

// The policy of one connection, a child of its driver (no registry of connections).
class WaitPolicyHolder final : public QObject {
public:
    WaitPolicyHolder(QObject *driver, WriteWaitPolicy given)
        : QObject(driver), policy(std::move(given))
    {
    }
    WriteWaitPolicy policy;
};

WriteWaitPolicy policyOf(const QSqlDatabase &db)
{
    if (QSqlDriver *driver = db.driver())
        if (auto *holder = driver->findChild<WaitPolicyHolder *>(QString(), Qt::FindDirectChildrenOnly))
            return holder->policy;
    return {};
}

// How long SQLite itself retries within one attempt; between attempts the policy is asked.
constexpr int kSliceMs = 100;
// The busy timeout every other statement runs with (SqliteConnection.h).
constexpr int kStatementBusyMs = 5000;

QString holderText(const QString &announced)
{
    return announced.isEmpty()
               ? QCoreApplication::translate("Storage", "another PanelDesk is writing to it")
               : QCoreApplication::translate("Storage", "another PanelDesk is busy with %1")
                     .arg(announced);
}

// Calls `finished` once when a wait that has begun ends, however it ends.
struct WaitEnd {
    const WriteWaitPolicy &policy;
    bool began = false;
    ~WaitEnd()
    {
        if (began && policy.finished)
            policy.finished();
    }
};

} // namespace

void setWriteWaitPolicy(const QSqlDatabase &db, WriteWaitPolicy policy)
{
    QSqlDriver *driver = db.driver();
    if (!driver)
        return;
    delete driver->findChild<WaitPolicyHolder *>(QString(), Qt::FindDirectChildrenOnly);
    new WaitPolicyHolder(driver, std::move(policy));
}

void beginImmediate(QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    const WriteWaitPolicy policy = policyOf(db);
    WaitEnd end{policy};
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        sqlite3_busy_timeout(handle, kSliceMs);
        QSqlQuery query(db);
        const bool begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        const int code = sqlite3_errcode(handle) & 0xff;
        sqlite3_busy_timeout(handle, kStatementBusyMs);
        if (begun)
            return;
        if (code != SQLITE_BUSY && code != SQLITE_LOCKED)
            throw StoreError(QCoreApplication::translate("Storage", "%1: cannot start writing (%2)")
                                 .arg(db.databaseName(), query.lastError().text()));
        WriteWaitStatus status;
        status.holder = announcedWriter(db.databaseName());
        status.waited = std::chrono::milliseconds(clock.elapsed());
        status.limit = policy.limit;
        if (status.waited >= policy.limit)
            throw StoreError(QCoreApplication::translate("Storage", "%1: nothing was written: %2, "
                                                                    "still after %3 s (the longest "
                                                                    "PanelDesk waits); try again "
                                                                    "when it has finished")
                                 .arg(db.databaseName(), holderText(status.holder))
                                 .arg(QString::number(double(policy.limit.count()) / 1000.0, 'g', 4)));
        end.began = true;
        if (policy.waiting && !policy.waiting(status))
            throw Cancelled(QCoreApplication::translate("Storage", "%1: nothing was written: you "
                                                                   "stopped waiting (%2)")
                                .arg(db.databaseName(), holderText(status.holder)));
    }
}

} // namespace pd
