// COPY through libpq (PgCopy.h).
#include "server/PgCopy.h"

#include "domain/Errors.h"
#include "server/ServerErrors.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <cstring>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

constexpr qsizetype kCopyChunk = 256 * 1024;   // bytes handed to PQputCopyData at a time
constexpr size_t kNull = size_t(-1);

// The error of a failed libpq result, as ServerErrors.h maps its SQLSTATE.
[[noreturn]] void throwResult(PGconn *conn, PGresult *result, const QString &context)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString message = QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).trimmed();
    const QString sqlState = QString::fromLatin1(state ? state : "");
    if (result)
        PQclear(result);
    throwServerError(QSqlError(QString(), message, QSqlError::StatementError, sqlState), context);
}

void requireIdle(PGconn *conn)
{
    if (PQtransactionStatus(conn) != PQTRANS_INTRANS)
        throw StoreError(Tr::tr("the server connection is busy: COPY cannot start"));
}

// The results after a COPY: the first failure thrown.
void drainResults(PGconn *conn, const QString &context)
{
    PGresult *failed = nullptr;
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !failed)
            failed = result;
        else
            PQclear(result);
    }
    if (failed)
        throwResult(conn, failed, context);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

PGconn *libpqOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0
                             || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        return *static_cast<PGconn *const *>(handle.data());
    throw StoreError(Tr::tr("the server connection gives no libpq handle for COPY (%1)")
                         .arg(QString::fromLatin1(handle.typeName())));
}

void appendCopyField(QByteArray &out, const char *text, size_t size)
{
    for (size_t i = 0; i < size; ++i) {
        const char c = text[i];
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

CopyIn::CopyIn(PGconn *conn, const char *sql, QString context) : m_conn(conn), m_context(std::move(context))
{
    requireIdle(conn);
    PGresult *result = PQexec(conn, sql);
    if (PQresultStatus(result) != PGRES_COPY_IN)
        throwResult(conn, result, m_context);
    PQclear(result);
    m_buffer.reserve(kCopyChunk + 1024);
}

CopyIn::~CopyIn()
{
    if (m_open) {   // an exception on the way: end the COPY (the transaction is rolled back)
        PQputCopyEnd(m_conn, "cancelled");
        while (PGresult *result = PQgetResult(m_conn))
            PQclear(result);
    }
}

void CopyIn::flushIfFull()
{
    if (m_buffer.size() >= kCopyChunk)
        flush();
}

void CopyIn::finish()
{
    flush();
    m_open = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        throwResult(m_conn, nullptr, m_context);
    drainResults(m_conn, m_context);
}

void CopyIn::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1)
        throwResult(m_conn, nullptr, m_context);
    m_buffer.clear();
}

CopyOut::CopyOut(PGconn *conn, const QByteArray &sql, QString context) : m_conn(conn), m_context(std::move(context))
{
    requireIdle(conn);
    PGresult *result = PQexec(conn, sql.constData());
    if (PQresultStatus(result) != PGRES_COPY_OUT)
        throwResult(conn, result, m_context);
    PQclear(result);
}

CopyOut::~CopyOut()
{
    if (m_row)
        PQfreemem(m_row);
    if (m_open) {   // not read to its end (an exception on the way): read and drop the rest
        char *row = nullptr;
        while (PQgetCopyData(m_conn, &row, 0) > 0)
            PQfreemem(row);
        while (PGresult *result = PQgetResult(m_conn))
            PQclear(result);
    }
}

bool CopyOut::next(std::vector<std::string_view> &fields)
{
    fields.clear();
    if (!m_open)
        return false;
    if (m_row) {
        PQfreemem(m_row);
        m_row = nullptr;
    }
    const int size = PQgetCopyData(m_conn, &m_row, 0);
    if (size == -1) {   // the end: the COPY's own result follows
        m_open = false;
        drainResults(m_conn, m_context);
        return false;
    }
    if (size < 0) {
        m_open = false;
        drainResults(m_conn, m_context);
        throwResult(m_conn, nullptr, m_context);
    }
    // One row: fields separated by tabs, ended by a newline; "\N" alone is NULL; backslash
    // escapes (\b \f \n \r \t \v, octal \ddd, hex \xhh; any other character after a backslash
    // stands for itself).
    const char *p = m_row;
    const char *end = m_row + size;
    if (end > p && end[-1] == '\n')
        --end;
    if (!memchr(p, '\\', size_t(end - p))) {
        // No escape in the row (the common case): the fields are the row's own bytes.
        while (true) {
            const char *tab = static_cast<const char *>(memchr(p, '\t', size_t(end - p)));
            const char *fieldEnd = tab ? tab : end;
            fields.emplace_back(p, size_t(fieldEnd - p));
            if (!tab)
                return true;
            p = tab + 1;
        }
    }
    m_decoded.clear();
    m_decoded.reserve(size_t(size));
    m_spans.clear();
    size_t start = 0;
    const char *fieldStart = p;
    const auto endField = [&](const char *at) {
        if (at - fieldStart == 2 && fieldStart[0] == '\\' && fieldStart[1] == 'N')
            m_spans.emplace_back(0, kNull);
        else
            m_spans.emplace_back(start, m_decoded.size() - start);
        start = m_decoded.size();
    };
    while (p < end) {
        const char c = *p++;
        if (c == '\t') {
            endField(p - 1);
            fieldStart = p;
            continue;
        }
        if (c != '\\' || p == end) {
            m_decoded += c;
            continue;
        }
        const char e = *p++;
        switch (e) {
        case 'b': m_decoded += '\b'; break;
        case 'f': m_decoded += '\f'; break;
        case 'n': m_decoded += '\n'; break;
        case 'r': m_decoded += '\r'; break;
        case 't': m_decoded += '\t'; break;
        case 'v': m_decoded += '\v'; break;
        case 'x':
            if (p < end && hexValue(*p) >= 0) {
                int value = hexValue(*p++);
                if (p < end && hexValue(*p) >= 0)
                    value = value * 16 + hexValue(*p++);
                m_decoded += char(value);
            } else {
                m_decoded += 'x';
            }
            break;
        default:
            if (e >= '0' && e <= '7') {
                int value = e - '0';
                for (int i = 0; i < 2 && p < end && *p >= '0' && *p <= '7'; ++i)
                    value = value * 8 + (*p++ - '0');
                m_decoded += char(value);
            } else {
                m_decoded += e;
            }
        }
    }
    endField(end);
    for (const auto &[offset, length] : m_spans)
        fields.push_back(length == kNull ? std::string_view() : std::string_view(m_decoded.data() + offset, length));
    return true;
}

} // namespace pd::server
