#include "storage/SqliteTransaction.h"
#include <QCoreApplication>

#include "domain/Errors.h"
#include "storage/SqliteDiskFull.h"
#include "storage/SqliteWriteWait.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

WriteTransaction::WriteTransaction(QSqlDatabase &db) : m_db(db)
{
    beginImmediate(m_db);   // waits for another writer as the connection's policy says
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));   // nothing sensible to do if this fails
}

void WriteTransaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        throwIfOutOfSpace(query);   // "disk full (FILE)": SQLite rolled back, nothing is in the file
        throw StoreError(QCoreApplication::translate("Storage", "%1: the changes could not be saved (%2)")
                             .arg(m_db.databaseName(), query.lastError().text()));
    }
    m_open = false;
}

ReadTransaction::ReadTransaction(const QSqlDatabase &db) : m_db(db)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN")))
        throw StoreError(QCoreApplication::translate("Storage", "%1: cannot start reading (%2)")
                             .arg(m_db.databaseName(), query.lastError().text()));
}

ReadTransaction::~ReadTransaction()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("COMMIT"));   // ends the snapshot; there is nothing to keep
}

} // namespace pd
