#pragma once
// Shared by the tests in tests/server/: the throwaway cluster that with-cluster.sh started
// (PANELDESK_TEST_PG_ADMIN, _HOST, _PORT) and small query helpers. Header-only.

#include "domain/Errors.h"
#include "server/ServerConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QVariant>

namespace pd::test {

// The superuser of the throwaway cluster (over its Unix socket); skips when not run through
// with-cluster.sh.
inline server::ConnInfo adminConnInfo()
{
    const QString admin = qEnvironmentVariable("PANELDESK_TEST_PG_ADMIN");
    if (admin.isEmpty())
        qFatal("PANELDESK_TEST_PG_ADMIN is not set: run this test through tests/server/with-cluster.sh");
    return server::parseConnInfo(admin);
}

// How a member reaches the cluster: TCP on 127.0.0.1, with a password.
inline server::ConnInfo memberConnInfo(const QString &dbname, const QString &role, const QString &password)
{
    server::ConnInfo info;
    info.host = qEnvironmentVariable("PANELDESK_TEST_PG_HOST");
    info.port = qEnvironmentVariable("PANELDESK_TEST_PG_PORT").toInt();
    info.dbname = dbname;
    info.user = role;
    info.password = password;
    return info;
}

// One value of a query that must succeed.
inline QVariant scalarOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0);
}

// Every row of a query as text lines (columns joined by '|'), in the order returned.
inline QStringList rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    QStringList rows;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace pd::test
