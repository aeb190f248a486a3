#pragma once
// A connection to a PostgreSQL server through Qt's QPSQL driver, from a libpq connection
// string: key/value ("host=db.example port=5432 dbname=panel user=x sslmode=verify-full") or a
// URL ("postgresql://user@db.example:5432/panel?sslmode=verify-full"). No widgets.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace pd::server {

struct ConnInfo {
    QString host;       // a host name, an address, or a Unix socket folder (starts with '/')
    int port = -1;      // -1: libpq's default
    QString user;
    QString password;   // empty: none given (libpq may still use PGPASSWORD or ~/.pgpass)
    QString dbname;
    QStringList options;   // every other key=value (sslmode, sslrootcert, ...), as given

    // The libpq key/value form, without the password: what a member types into the window.
    QString toKeyValue() const;
};

// InputError naming the problem on a string that is neither form, or an unknown URL scheme.
ConnInfo parseConnInfo(const QString &text);

// Opens a QPSQL connection registered under `connectionName` (replacing one of that name).
// StoreError (the server's message) when it cannot connect.
QSqlDatabase openServer(const ConnInfo &info, const QString &connectionName);

// Closes and removes the connection `connectionName`, if any.
void closeServer(const QString &connectionName);

// A quoted SQL identifier ("a""b") and literal ('it''s').
QString quoteIdent(const QString &name);
QString quoteLiteral(const QString &text);

// Runs one statement with positional (?) bindings; the server's refusal is thrown as the
// error of its SQLSTATE (ServerErrors.h).
void execServer(QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});

} // namespace pd::server
