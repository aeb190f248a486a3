#pragma once
// The one way PanelDesk writes: BEGIN IMMEDIATE ... COMMIT.
//
// QSqlDatabase::transaction() sends a deferred BEGIN: the write lock is only requested at
// the first write, and when another connection got it first SQLite answers "database is
// locked" at once, whatever the busy timeout (a deferred reader cannot be upgraded safely).
// BEGIN IMMEDIATE takes the write lock up front and so waits for the other writer instead,
// as the connection's WriteWaitPolicy says (SqliteWriteWait.h: a visible wait with Cancel,
// up to a named limit). The destructor rolls back unless commit() succeeded, so every exception
// leaves the database as it was.

#include <QSqlDatabase>

namespace pd {

class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase &db);   // Cancelled / StoreError: see beginImmediate
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();   // StoreError on failure (the destructor then rolls back)

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

// A consistent snapshot for a series of reads: deferred BEGIN ... COMMIT (in WAL mode a
// reader never blocks a writer, nor the other way round).
class ReadTransaction {
public:
    explicit ReadTransaction(const QSqlDatabase &db);   // StoreError on failure
    ~ReadTransaction();

    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    const QSqlDatabase &m_db;
};

} // namespace pd
