#pragma once
// COPY through libpq on a store's own QPSQL connection (its PGconn, QSqlDriver::handle()),
// in COPY's text format: rows streamed to the server (CopyIn: ratings imports, deploys) and
// rows of a query read back (CopyOut: the scores of the standings). A COPY runs inside the
// caller's transaction, under the connection's role: row-level security applies to
// COPY (query) TO as to the query; PostgreSQL 15 refuses COPY FROM into a table whose
// policies apply to the role.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <string_view>
#include <vector>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace pd::server {

// The libpq connection behind a QPSQL connection; StoreError when there is none.
PGconn *libpqOf(const QSqlDatabase &db);

// Appends `size` bytes of text as one field of COPY's text format (backslash, tab, newline
// and carriage return escaped; the connection's client encoding is UTF-8).
void appendCopyField(QByteArray &out, const char *text, size_t size);
inline void appendCopyField(QByteArray &out, const QByteArray &text)
{
    appendCopyField(out, text.constData(), size_t(text.size()));
}

// COPY ... FROM STDIN: fill buffer() with rows, flushIfFull() after each, finish() once.
// Destroyed unfinished (an exception on the way), it ends the COPY as failed. `context` names
// the step in the error a refusal throws (ServerErrors.h).
class CopyIn {
public:
    CopyIn(PGconn *conn, const char *sql, QString context);
    ~CopyIn();
    CopyIn(const CopyIn &) = delete;
    CopyIn &operator=(const CopyIn &) = delete;

    QByteArray &buffer() { return m_buffer; }
    void flushIfFull();
    void finish();

private:
    void flush();

    PGconn *m_conn;
    QString m_context;
    QByteArray m_buffer;
    bool m_open = true;
};

// COPY (query) TO STDOUT: next() gives each row's fields, unescaped; a NULL field is a view
// whose data() is nullptr. The views stay valid until the next call of next().
class CopyOut {
public:
    CopyOut(PGconn *conn, const QByteArray &sql, QString context);
    ~CopyOut();
    CopyOut(const CopyOut &) = delete;
    CopyOut &operator=(const CopyOut &) = delete;

    bool next(std::vector<std::string_view> &fields);

private:
    PGconn *m_conn;
    QString m_context;
    char *m_row = nullptr;
    std::string m_decoded;
    std::vector<std::pair<size_t, size_t>> m_spans;   // offset and length in m_decoded; npos: NULL
    bool m_open = true;
};

} // namespace pd::server
