#include "storage/SqliteConnection.h"
#include <QCoreApplication>

#include "domain/Errors.h"
#include "storage/SqlHelpers.h"

#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace pd {

SqliteConnection::SqliteConnection(const QString &path, Mode mode)
    : m_path(path),
      m_name(QStringLiteral("paneldesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    // A read-only connection to a WAL file would create an empty -wal and a -shm beside it;
    // without a -wal there is nothing to merge, so the file is read as it is (immutable).
    const bool immutable = mode == Mode::ReadOnly && !QFileInfo::exists(path + QStringLiteral("-wal"));
    m_db.setDatabaseName(immutable ? QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                                             .toString(QUrl::FullyEncoded)
                                         + QStringLiteral("?mode=ro&immutable=1")
                                   : path);
    m_db.setConnectOptions(mode == Mode::ReadOnly
                               ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;"
                                                "QSQLITE_BUSY_TIMEOUT=5000")
                               : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString why = m_db.lastError().text();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw StoreError(QCoreApplication::translate("Storage", "%1 cannot be opened: %2").arg(path, why));
    }
    if (mode == Mode::ReadWrite) {
        try {
            applyWritePragmas(m_db, path);
        } catch (...) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
            throw;
        }
    }
}

SqliteConnection::~SqliteConnection()
{
    m_db.close();
    m_db = QSqlDatabase();   // drop our handle so that removal does not warn "still in use"
    QSqlDatabase::removeDatabase(m_name);
}

void applyWritePragmas(QSqlDatabase &db, const QString &path)
{
    execSql(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    {
        QSqlQuery q = execSql(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        const QString mode = q.next() ? q.value(0).toString() : QString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw StoreError(QCoreApplication::translate("Storage", "%1 cannot use write-ahead "
                                                                    "logging (journal mode stays "
                                                                    "\"%2\"); is it on a network "
                                                                    "or read-only file system?")
                                 .arg(path, mode));
    }
    execSql(db, QStringLiteral("PRAGMA synchronous = FULL"));
    execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // 64 MiB instead of 2 MiB, allocated only as pages are used: a panel with millions of
    // ratings in file order other than the index order inserted 3x faster (measured).
    execSql(db, QStringLiteral("PRAGMA cache_size = -65536"));
}

} // namespace pd
