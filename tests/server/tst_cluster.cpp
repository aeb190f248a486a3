// The throwaway cluster of tests/server/with-cluster.sh: reachable as its superuser with
// QPSQL, a database can be created and dropped, and a role without a password cannot log in
// over TCP (members must give their password).
#include "ServerTestSupport.h"

#include "domain/Errors.h"
#include "server/ServerConnection.h"

#include <QTest>

using namespace pd;

class TestCluster : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { server::closeServer(QStringLiteral("admin")); }

    void adminConnects()
    {
        QSqlDatabase db = server::openServer(test::adminConnInfo(), QStringLiteral("admin"));
        QVERIFY(test::scalarOf(db, QStringLiteral("SELECT version()")).toString().startsWith(QLatin1String("PostgreSQL 15")));
        QVERIFY(test::scalarOf(db, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toBool());
    }

    void createAndDropDatabase()
    {
        QSqlDatabase db = server::openServer(test::adminConnInfo(), QStringLiteral("admin"));
        server::execServer(db, QStringLiteral("CREATE DATABASE cluster_probe"));
        QCOMPARE(test::scalarOf(db, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'cluster_probe'")).toInt(), 1);
        server::execServer(db, QStringLiteral("DROP DATABASE cluster_probe"));
        QCOMPARE(test::scalarOf(db, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'cluster_probe'")).toInt(), 0);
    }

    void loginNeedsPassword()
    {
        QSqlDatabase db = server::openServer(test::adminConnInfo(), QStringLiteral("admin"));
        server::execServer(db, QStringLiteral("CREATE ROLE cluster_probe LOGIN PASSWORD 'right-one'"));
        auto cleanupRole = qScopeGuard([&] { server::execServer(db, QStringLiteral("DROP ROLE cluster_probe")); });
        QVERIFY_THROWS_EXCEPTION(StoreError, server::openServer(test::memberConnInfo(QStringLiteral("postgres"), QStringLiteral("cluster_probe"), QStringLiteral("wrong")), QStringLiteral("probe")));
        QVERIFY_THROWS_EXCEPTION(StoreError, server::openServer(test::memberConnInfo(QStringLiteral("postgres"), QStringLiteral("postgres"), QString()), QStringLiteral("probe")));
        {
            QSqlDatabase probe = server::openServer(test::memberConnInfo(QStringLiteral("postgres"), QStringLiteral("cluster_probe"), QStringLiteral("right-one")), QStringLiteral("probe"));
            QCOMPARE(test::scalarOf(probe, QStringLiteral("SELECT session_user")).toString(), QStringLiteral("cluster_probe"));
        }
        server::closeServer(QStringLiteral("probe"));
    }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
