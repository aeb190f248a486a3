// paneldesk-cli server deploy against the throwaway cluster: from a panel JSON file and from a
// .paneldesk file; what it prints lets each member log in with their password; the clear
// passwords never reach the server (its log of every statement is searched); a second deploy
// under the same name, or a bad address, is refused (exit code 2).
#include "../cli/CliTestSupport.h"
#include "ServerPanelSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

QStringList deployArguments(const QString &database, const QString &from)
{
    return {QStringLiteral("server"), QStringLiteral("deploy"), QStringLiteral("--admin-url"),
            qEnvironmentVariable("PANELDESK_TEST_PG_ADMIN"), QStringLiteral("--db"),
            QStringLiteral("postgresql://%1:%2/%3?sslmode=disable")
                .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"), qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database),
            QStringLiteral("--from"), from};
}

// member -> (login, password) from the table the command prints.
std::map<QString, std::pair<QString, QString>> printedLogins(const QString &out)
{
    std::map<QString, std::pair<QString, QString>> logins;
    static const QRegularExpression row(QStringLiteral("^(\\S+)\\s+(chair|expert|secretariat|observer)\\s+(\\S+)\\s+(\\S+)\\s*$"),
                                        QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        logins[m.captured(1)] = {m.captured(3), m.captured(4)};
    }
    return logins;
}

QString serverLog()
{
    QFile log(test::adminConnInfo().host + QStringLiteral("/server.log"));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

} // namespace

class TestDeployCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Every statement the server runs goes to its log: the passwords must not be there.
        QSqlDatabase admin = server::openServer(test::adminConnInfo(), QStringLiteral("deploycli-admin"));
        server::execServer(admin, QStringLiteral("ALTER SYSTEM SET log_statement = 'all'"));
        server::execServer(admin, QStringLiteral("SELECT pg_reload_conf()"));
    }

    void deployFromPanelJson()
    {
        const test::CliRun run = test::runCli(m_dir.path(), deployArguments(
            QStringLiteral("fromjson"), QStringLiteral(PANELDESK_TEST_DATA "/panels/full.json")));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const auto logins = printedLogins(run.out);
        QCOMPARE(logins.size(), std::size_t(5));
        QVERIFY(run.out.contains(QStringLiteral("dbname=fromjson user=fromjson.o01 sslmode=disable")));
        for (const auto &[member, login] : logins) {
            QCOMPARE(login.first, QStringLiteral("fromjson.") + member);
            QSqlDatabase db = server::openServer(test::memberConnInfo(QStringLiteral("fromjson"), login.first, login.second),
                                                 QStringLiteral("deploycli-") + member);
            QCOMPARE(test::scalarOf(db, QStringLiteral("SELECT pd_me()")).toString(), member);
            server::closeServer(QStringLiteral("deploycli-") + member);
            QVERIFY_THROWS_EXCEPTION(StoreError, server::openServer(
                test::memberConnInfo(QStringLiteral("fromjson"), login.first, login.second + QLatin1Char('x')),
                QStringLiteral("deploycli-wrong")));
        }
        const QString log = serverLog();
        QVERIFY2(log.contains(QStringLiteral("CREATE ROLE")), "the server log holds no statements");
        QVERIFY(log.contains(QStringLiteral("SCRAM-SHA-256$")));
        for (const auto &[member, login] : logins)
            QVERIFY2(!log.contains(login.second), qPrintable(member));
    }

    // A .paneldesk file: the server holds the same rows as the file.
    void deployFromPaneldeskFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.paneldesk"));
        QCOMPARE(test::runCli(m_dir.path(), {QStringLiteral("demo"), QStringLiteral("--db"), file}).code, 0);
        const test::CliRun run = test::runCli(m_dir.path(), deployArguments(QStringLiteral("fromfile"), file));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(printedLogins(run.out).size(), std::size_t(12));
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("deploycli-file"));
        sqlite.setDatabaseName(file);
        QVERIFY(sqlite.open());
        QSqlDatabase admin = test::panelAdmin(QStringLiteral("fromfile"));
        for (const char *sql : {"SELECT reviewer_id, team_id, state FROM sheets ORDER BY 1, 2",
                                "SELECT reviewer_id, team_id, item_id, score, comment FROM expert_scores ORDER BY 1, 2, 3",
                                "SELECT id, name, role FROM members ORDER BY seq",
                                "SELECT count(*), sum(rating) FROM user_ratings",
                                "SELECT team_id, benchmark_id, score, target FROM benchmark_results ORDER BY 1, 2",
                                "SELECT team_id, component, origin FROM component_findings ORDER BY seq"})
            QCOMPARE(test::rowsOf(admin, QString::fromLatin1(sql)), test::rowsOf(sqlite, QString::fromLatin1(sql)));
        sqlite.close();
        sqlite = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("deploycli-file"));
    }

    void refusals()
    {
        const test::CliRun again = test::runCli(m_dir.path(), deployArguments(
            QStringLiteral("fromjson"), QStringLiteral(PANELDESK_TEST_DATA "/panels/full.json")));
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(QStringLiteral("the database fromjson")), qPrintable(again.err));
        QStringList badAdmin = deployArguments(QStringLiteral("other"), QStringLiteral(PANELDESK_TEST_DATA "/panels/full.json"));
        badAdmin[3] = QStringLiteral("mysql://nowhere");
        QCOMPARE(test::runCli(m_dir.path(), badAdmin).code, 2);
        const test::CliRun missing = test::runCli(m_dir.path(), {QStringLiteral("server"), QStringLiteral("deploy")});
        QCOMPARE(missing.code, 2);
        const test::CliRun help = test::runCli(m_dir.path(), {QStringLiteral("server"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("deploy")));
    }
};

QTEST_GUILESS_MAIN(TestDeployCli)
#include "tst_deploycli.moc"
