// Connection strings (server/ServerConnection.h) and the mapping of the server's refusals by
// SQLSTATE to the project's error types (server/ServerErrors.h), on the throwaway cluster.
#include "ServerPanelSupport.h"

#include "server/ServerErrors.h"

#include <QTest>

using namespace pd;

class TestConnInfo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keyValue()
    {
        const server::ConnInfo info = server::parseConnInfo(QStringLiteral(
            "host=db.example.org port=5433 dbname=panel user='panel.e01' password='it\\'s' sslmode=verify-full"));
        QCOMPARE(info.host, QStringLiteral("db.example.org"));
        QCOMPARE(info.port, 5433);
        QCOMPARE(info.dbname, QStringLiteral("panel"));
        QCOMPARE(info.user, QStringLiteral("panel.e01"));
        QCOMPARE(info.password, QStringLiteral("it's"));
        QCOMPARE(info.options, QStringList{QStringLiteral("sslmode=verify-full")});
        // The password is never part of the form shown to a member.
        QCOMPARE(info.toKeyValue(), QStringLiteral("host=db.example.org port=5433 dbname=panel user=panel.e01 sslmode=verify-full"));
        QCOMPARE(server::parseConnInfo(QStringLiteral("host='/tmp/a dir' dbname=x")).toKeyValue(),
                 QStringLiteral("host='/tmp/a dir' dbname=x"));
    }

    void url()
    {
        const server::ConnInfo info = server::parseConnInfo(QStringLiteral(
            "postgresql://panel.e01:secret@db.example.org:5432/panel2026?sslmode=verify-full&sslrootcert=/etc/ca.crt"));
        QCOMPARE(info.host, QStringLiteral("db.example.org"));
        QCOMPARE(info.port, 5432);
        QCOMPARE(info.user, QStringLiteral("panel.e01"));
        QCOMPARE(info.password, QStringLiteral("secret"));
        QCOMPARE(info.dbname, QStringLiteral("panel2026"));
        QCOMPARE(info.options, (QStringList{QStringLiteral("sslmode=verify-full"), QStringLiteral("sslrootcert=/etc/ca.crt")}));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("other scheme") << QStringLiteral("mysql://db/panel");
        QTest::newRow("no key") << QStringLiteral("just-a-name");
        QTest::newRow("bad port") << QStringLiteral("host=x port=99999");
        QTest::newRow("open quote") << QStringLiteral("host='x");
        QTest::newRow("empty key") << QStringLiteral("=x");
    }

    void refused()
    {
        QFETCH(QString, text);
        QVERIFY_THROWS_EXCEPTION(InputError, server::parseConnInfo(text));
    }

    void errorsBySqlState()
    {
        QSqlDatabase db = server::openServer(test::adminConnInfo(), QStringLiteral("conninfo"));
        server::execServer(db, QStringLiteral("CREATE TABLE probe (id INT PRIMARY KEY CHECK (id > 0))"));
        server::execServer(db, QStringLiteral("INSERT INTO probe VALUES (1)"));
        server::execServer(db, QStringLiteral("CREATE ROLE probe_reader LOGIN PASSWORD 'pw'"));
        auto state = [&](QSqlDatabase &on, const QString &sql) -> QString {
            try {
                server::execServer(on, sql);
            } catch (const server::ServerRefused &e) {
                return QStringLiteral("refused ") + e.sqlState();
            } catch (const server::ServerRejected &e) {
                return QStringLiteral("rejected ") + e.sqlState();
            } catch (const server::ServerRetry &e) {
                return QStringLiteral("retry ") + e.sqlState();
            } catch (const server::ServerFailure &e) {
                return QStringLiteral("failure ") + e.sqlState();
            }
            return QStringLiteral("ok");
        };
        QCOMPARE(state(db, QStringLiteral("INSERT INTO probe VALUES (1)")), QStringLiteral("rejected 23505"));
        QCOMPARE(state(db, QStringLiteral("INSERT INTO probe VALUES (-1)")), QStringLiteral("rejected 23514"));
        QCOMPARE(state(db, QStringLiteral("SELECT 1/0")), QStringLiteral("rejected 22012"));
        QCOMPARE(state(db, QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'locked' USING ERRCODE = '55000'; END $$")), QStringLiteral("rejected 55000"));
        QCOMPARE(state(db, QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'again' USING ERRCODE = '40001'; END $$")), QStringLiteral("retry 40001"));
        QCOMPARE(state(db, QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'again' USING ERRCODE = '40P01'; END $$")), QStringLiteral("retry 40P01"));
        QCOMPARE(state(db, QStringLiteral("SELECT * FROM no_such_table")), QStringLiteral("failure 42P01"));
        {
            QSqlDatabase reader = server::openServer(test::memberConnInfo(QStringLiteral("postgres"), QStringLiteral("probe_reader"), QStringLiteral("pw")),
                                                     QStringLiteral("conninfo-reader"));
            QCOMPARE(state(reader, QStringLiteral("SELECT * FROM probe")), QStringLiteral("refused 42501"));
        }
        server::closeServer(QStringLiteral("conninfo-reader"));
        // A refused login is a StoreError naming where it tried.
        try {
            server::openServer(test::memberConnInfo(QStringLiteral("postgres"), QStringLiteral("probe_reader"), QStringLiteral("wrong")),
                               QStringLiteral("conninfo-wrong"));
            QFAIL("a wrong password connected");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("user=probe_reader")), qPrintable(e.message()));
            QVERIFY(!e.message().contains(QStringLiteral("wrong")) || e.message().contains(QStringLiteral("password authentication failed")));
        }
        server::execServer(db, QStringLiteral("DROP TABLE probe"));
        server::execServer(db, QStringLiteral("DROP ROLE probe_reader"));
    }
};

QTEST_GUILESS_MAIN(TestConnInfo)
#include "tst_conninfo.moc"
