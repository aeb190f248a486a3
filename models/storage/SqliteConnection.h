#pragma once
// One named QSqlDatabase connection to an SQLite file, owned for its whole life: a unique
// name (QUuid) so that stores never share a connection, and removal from Qt's registry in
// the destructor. Use it from the thread that created it (a Qt SQL rule).

#include <QSqlDatabase>
#include <QString>

namespace pd {

class SqliteConnection {
public:
    enum class Mode { ReadOnly, ReadWrite };

    // Opens `path`. ReadOnly never writes or creates the file, nor a -wal or -shm beside it
    // (QSQLITE_OPEN_READONLY; without a -wal beside it the file is opened `immutable`, so a
    // writer that opens it meanwhile is not seen: check again if that matters).
    // ReadWrite then applies the connection pragmas (see applyWritePragmas). StoreError on
    // failure.
    SqliteConnection(const QString &path, Mode mode);
    ~SqliteConnection();

    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    QSqlDatabase &db() { return m_db; }
    const QSqlDatabase &db() const { return m_db; }
    const QString &path() const { return m_path; }

private:
    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
};

// The pragmas every read-write connection runs with: busy_timeout=5000 (wait for another
// writer instead of failing), journal_mode=WAL (readers never block the writer),
// synchronous=FULL (an acknowledged commit survives power loss; NORMAL may lose the last
// ones), foreign_keys=ON (off by default in SQLite, per connection), cache_size 64 MiB.
// StoreError if WAL cannot be enabled.
void applyWritePragmas(QSqlDatabase &db, const QString &path);

} // namespace pd
