#pragma once
// One prepared statement of SQLite's C API, finalized with its owner: for the hot loops
// that Qt's QSqlQuery makes slow (the ratings import binds a million rows, RatingStream
// reads them). Use it on the thread of the connection whose handle it was prepared on
// (storage/SqliteHandle.h).

#include "domain/Errors.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <string_view>

#include <sqlite3.h>

namespace pd {

class SqliteStatement {
public:
    SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            throw StoreError(QCoreApplication::translate("Storage", "database error: %1 (in: %2)")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(sql)));
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // A NUL-terminated text that outlives the statement's next step. Bound with length -1,
    // SQLite knows it is terminated and need not copy it to add a NUL when an expression
    // reads it (9% of the import's instructions while SQLite evaluated the CHECKs).
    void bindText(int index, const char *value)
    {
        sqlite3_bind_text(m_stmt, index, value, -1, SQLITE_STATIC);
    }
    void bindText(int index, const QByteArray &value)   // must outlive the statement's steps
    {
        sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()), SQLITE_STATIC);
    }
    void bindInteger(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }

    // SQLite's result code of one step (SQLITE_ROW, SQLITE_DONE, a constraint, ...).
    int stepCode() { return sqlite3_step(m_stmt); }
    // True for a row, false at the end; StoreError otherwise.
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        throw StoreError(QCoreApplication::translate("Storage", "database error: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    void reset() { sqlite3_reset(m_stmt); }

    bool columnIsInteger(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER; }
    bool columnIsText(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_TEXT; }
    qint64 columnInteger(int column) const { return sqlite3_column_int64(m_stmt, column); }
    std::string_view columnText(int column) const
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return {bytes ? bytes : "", size_t(sqlite3_column_bytes(m_stmt, column))};
    }
    sqlite3 *db() const { return m_db; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace pd
