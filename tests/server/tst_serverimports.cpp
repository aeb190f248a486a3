// Imports into a panel on the server (docs/server.md, "Imports on a server"), through
// paneldesk-cli as a user runs them: user ratings (COPY into a TEMP table, then INSERT under
// the policies), benchmark results (CSV and lm-eval with a mapping). The same imports into the
// .paneldesk file the panel was deployed from give byte-identical `standings --json`; a refused
// import (a bad row, a duplicate, the wrong role, a locked round) changes nothing on the server
// (a dump of every table and of the panel's roles, read as the cluster's superuser, compared
// before and after).
#include "ServerCliSupport.h"

#include "server/ServerSchema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

// `rows` ratings of new evaluators (z0001 ...) for every demo team and user item, in a
// shuffled but fixed order.
QByteArray ratingsCsv(int evaluators, int seed)
{
    static const char *const teams[] = {"lg", "skt", "upstage", "naver", "nc"};
    static const char *const items[] = {"usability", "cost_efficiency"};
    QByteArray csv = "evaluator,team,item,rating\n";
    quint32 state = quint32(seed);
    for (int e = 0; e < evaluators; ++e)
        for (const char *team : teams)
            for (const char *item : items) {
                state = state * 1664525u + 1013904223u;
                csv += QByteArray("z") + QByteArray::number(e).rightJustified(4, '0') + ',' + team + ','
                     + item + ',' + QByteArray::number(1 + (state >> 16) % 5) + '\n';
            }
    return csv;
}

} // namespace

class TestServerImports : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_url;
    std::map<QString, QString> m_passwords;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The command on the file (demo passphrases) and on the server (server passwords), as `as`.
    test::CliRun onFile(QStringList arguments, const QString &as) const
    {
        arguments << QStringLiteral("--db") << m_file << QStringLiteral("--as") << as;
        return test::runCli(m_dir.path(), arguments, test::demoSignIn(arguments));
    }
    test::CliRun onServer(QStringList arguments, const QString &as) const
    {
        arguments << QStringLiteral("--db") << m_url << QStringLiteral("--as") << as;
        return test::runCli(m_dir.path(), arguments, m_passwords.at(as).toUtf8() + '\n');
    }

    void compareStandings()
    {
        const test::CliRun file = onFile({QStringLiteral("standings"), QStringLiteral("--json")}, QStringLiteral("chair"));
        const test::CliRun server = onServer({QStringLiteral("standings"), QStringLiteral("--json")}, QStringLiteral("chair"));
        QVERIFY2(file.code == 0, qPrintable(file.err));
        QVERIFY2(server.code == 0, qPrintable(server.err));
        QVERIFY(file.out.size() > 100);
        QCOMPARE(server.out, file.out);   // byte for byte
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = path(QStringLiteral("demo.paneldesk"));
        QCOMPARE(test::runCli(m_dir.path(), {QStringLiteral("demo"), QStringLiteral("--db"), m_file}).code, 0);
        m_url = QStringLiteral("postgresql://%1:%2/imports?sslmode=disable")
                    .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"), qEnvironmentVariable("PANELDESK_TEST_PG_PORT"));
        const test::CliDeploy deploy = test::deployThroughCli(m_dir.path(), m_url, QStringLiteral("imports"), m_file);
        QVERIFY2(deploy.run.code == 0, qPrintable(deploy.run.err));
        m_passwords = deploy.passwords;
        QVERIFY(m_passwords.count(QStringLiteral("secretariat")));
        compareStandings();   // the starting point: the same panel
    }

    // Added ratings, then ratings replacing them all: the standings stay the file's.
    void ratingsEqualTheFile_data()
    {
        QTest::addColumn<int>("evaluators");
        QTest::addColumn<bool>("replace");
        QTest::newRow("add 2,000 ratings") << 200 << false;
        QTest::newRow("replace with 5,000") << 500 << true;
    }
    void ratingsEqualTheFile()
    {
        QFETCH(int, evaluators);
        QFETCH(bool, replace);
        writeFile(path(QStringLiteral("ratings.csv")), ratingsCsv(evaluators, evaluators));
        QStringList arguments{QStringLiteral("import-ratings"), QStringLiteral("ratings.csv")};
        if (replace)
            arguments << QStringLiteral("--replace");
        const QByteArray before = test::adminDump(QStringLiteral("imports"));
        const test::CliRun file = onFile(arguments, QStringLiteral("secretariat"));
        const test::CliRun server = onServer(arguments, QStringLiteral("secretariat"));
        QVERIFY2(file.code == 0, qPrintable(file.err));
        QVERIFY2(server.code == 0, qPrintable(server.err));
        QCOMPARE(server.out, file.out);
        QVERIFY(test::adminDump(QStringLiteral("imports")) != before);
        compareStandings();
        // One audit entry, by the secretariat, with the tallies' digest.
        QSqlDatabase admin = test::panelAdmin(QStringLiteral("imports"));
        QSqlQuery audit(admin);
        QVERIFY(audit.exec(QStringLiteral("SELECT actor, new_value FROM audit_log WHERE action = 'import-ratings' "
                                          "ORDER BY id DESC LIMIT 1")) && audit.next());
        QCOMPARE(audit.value(0).toString(), QStringLiteral("secretariat"));
        QVERIFY(audit.value(1).toString().contains(QStringLiteral("tallies_sha256")));
    }

    // Refused imports change nothing; the message names the file and line as for a file.
    void ratingRefusals_data()
    {
        QTest::addColumn<QString>("as");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::newRow("a repeated row") << QStringLiteral("secretariat")
            << QByteArray("evaluator,team,item,rating\ny1,lg,usability,5\ny2,lg,usability,4\ny1,lg,usability,3\n")
            << QStringLiteral("ratings.csv:4:1: duplicate rating: evaluator, team and item (y1/lg/usability) are those of line 2");
        QTest::newRow("a stored rating") << QStringLiteral("chair")
            << QByteArray("evaluator,team,item,rating\ny1,lg,usability,5\nz0001,nc,cost_efficiency,2\n")
            << QStringLiteral("ratings.csv:3:1: duplicate rating: z0001/nc/cost_efficiency is already stored");
        QTest::newRow("outside the scale") << QStringLiteral("secretariat")
            << QByteArray("evaluator,team,item,rating\ny1,lg,usability,5\ny1,nc,usability,0\n")
            << QStringLiteral("ratings.csv:3:17: rating: 0 is outside the scale 1-5");
        QTest::newRow("an expert") << QStringLiteral("e01")
            << QByteArray("evaluator,team,item,rating\ny1,lg,usability,5\n") << QStringLiteral("secretariat");
    }
    void ratingRefusals()
    {
        QFETCH(QString, as);
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        writeFile(path(QStringLiteral("ratings.csv")), csv);
        test::signInOnce(m_url, as, m_passwords.at(as));
        const QByteArray before = test::adminDump(QStringLiteral("imports"));
        const test::CliRun run = onServer({QStringLiteral("import-ratings"), QStringLiteral("ratings.csv")}, as);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(test::adminDump(QStringLiteral("imports")), before);
    }

    // The server itself refuses anyone but the chair and the secretariat, whatever the client
    // checks: a member's own connection may create no TEMP table and write no rating.
    void ratingsOnlyForChairAndSecretariat_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("temp");
        QTest::addColumn<QString>("insert");
        QTest::addColumn<QString>("benchmark");
        QTest::newRow("expert") << QStringLiteral("e01") << QStringLiteral("42501") << QStringLiteral("42501")
                                << QStringLiteral("42501");
        QTest::newRow("secretariat") << QStringLiteral("secretariat") << QStringLiteral("ok:0") << QStringLiteral("ok:1")
                                     << QStringLiteral("ok:1");
    }
    void ratingsOnlyForChairAndSecretariat()
    {
        QFETCH(QString, member);
        QFETCH(QString, temp);
        QFETCH(QString, insert);
        QFETCH(QString, benchmark);
        server::ConnInfo info = test::memberConnInfo(QStringLiteral("imports"), QStringLiteral("imports.") + member,
                                                    m_passwords.at(member));
        QSqlDatabase db = server::openServer(info, QStringLiteral("imports-direct-") + member);
        // Closed on every way out: a failed comparison must not leave a transaction holding locks.
        const auto closeAtEnd = qScopeGuard([&db, member] {
            db = QSqlDatabase();
            server::closeServer(QStringLiteral("imports-direct-") + member);
        });
        const QByteArray before = test::adminDump(QStringLiteral("imports"));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN")));
        QCOMPARE(test::outcomeOf(db, QStringLiteral("CREATE TEMP TABLE t (x int) ON COMMIT DROP")), temp);
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("ROLLBACK")));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN")));
        QCOMPARE(test::outcomeOf(db, QStringLiteral(
            "INSERT INTO user_ratings (round_id, seq, evaluator, team_id, item_id, rating, scale_min, scale_max) "
            "VALUES ('R1', 999999, 'y9', 'lg', 'usability', 3, 1, 5)")), insert);
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("ROLLBACK")));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN")));
        QCOMPARE(test::outcomeOf(db, QStringLiteral(
            "INSERT INTO benchmark_results (round_id, team_id, benchmark_id, seq, score, target) "
            "VALUES ('R1', 'lg', 'nia-math', 999999, 50, 90) ON CONFLICT (round_id, team_id, benchmark_id) "
            "DO UPDATE SET score = 50")), benchmark);
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("ROLLBACK")));
        // COPY straight into the table is PostgreSQL's refusal under row-level security.
        if (member == QLatin1String("secretariat")) {
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN")));
            QCOMPARE(test::outcomeOf(db, QStringLiteral("COPY user_ratings FROM STDIN")), QStringLiteral("0A000"));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("ROLLBACK")));
        }
        QCOMPARE(test::adminDump(QStringLiteral("imports")), before);
    }

    void benchmarksEqualTheFile()
    {
        writeFile(path(QStringLiteral("results.csv")), "team,benchmark,score,target\nlg,nia-math,88.25,90\nnc,nia-math,71.5,90\n");
        const QStringList csv{QStringLiteral("import-benchmarks"), QStringLiteral("results.csv")};
        test::CliRun file = onFile(csv, QStringLiteral("secretariat"));
        test::CliRun server = onServer(csv, QStringLiteral("secretariat"));
        QVERIFY2(file.code == 0, qPrintable(file.err));
        QVERIFY2(server.code == 0, qPrintable(server.err));
        QCOMPARE(server.out, file.out);
        compareStandings();

        writeFile(path(QStringLiteral("results.json")), R"({"results": {"kmmlu": {"alias": "kmmlu", "acc,none": 0.5}}, "config": {"model_args": "pretrained=x"}})");
        writeFile(path(QStringLiteral("mapping.json")), R"({"format": "paneldesk-benchmark-mapping", "version": 1, "mappings": [{"task": "kmmlu", "metric": "acc", "benchmark": "common-kmmlu", "scale": 100}]})");
        const QStringList lmEval{QStringLiteral("import-benchmarks"), QStringLiteral("results.json"),
                                 QStringLiteral("--mapping"), QStringLiteral("mapping.json"),
                                 QStringLiteral("--team"), QStringLiteral("nc")};
        file = onFile(lmEval, QStringLiteral("chair"));
        server = onServer(lmEval, QStringLiteral("chair"));
        QVERIFY2(file.code == 0, qPrintable(file.err));
        QVERIFY2(server.code == 0, qPrintable(server.err));
        QCOMPARE(server.out, file.out);
        compareStandings();
        // The mapping is kept on the server: the next file needs only the team.
        const QStringList again{QStringLiteral("import-benchmarks"), QStringLiteral("results.json"),
                                QStringLiteral("--team"), QStringLiteral("lg")};
        file = onFile(again, QStringLiteral("secretariat"));
        server = onServer(again, QStringLiteral("secretariat"));
        QVERIFY2(server.code == 0, qPrintable(server.err));
        QCOMPARE(server.out, file.out);
        compareStandings();
    }

    void benchmarkRefusals_data()
    {
        QTest::addColumn<QString>("as");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::newRow("an unknown benchmark") << QStringLiteral("secretariat")
            << QByteArray("team,benchmark,score,target\nlg,nia-math,60,90\nlg,nope,1,2\n")
            << QStringLiteral("bad.csv:3:1: unknown benchmark \"nope\"");
        QTest::newRow("an expert") << QStringLiteral("e01")
            << QByteArray("team,benchmark,score,target\nlg,nia-math,60,90\n") << QStringLiteral("secretariat");
    }
    void benchmarkRefusals()
    {
        QFETCH(QString, as);
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        writeFile(path(QStringLiteral("bad.csv")), csv);
        const QByteArray before = test::adminDump(QStringLiteral("imports"));
        const test::CliRun run = onServer({QStringLiteral("import-benchmarks"), QStringLiteral("bad.csv")}, as);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(test::adminDump(QStringLiteral("imports")), before);
    }

    // Last: the chair locks the round; ratings and benchmark results no longer change.
    void lockedRoundRefusesImports()
    {
        QCOMPARE(onServer({QStringLiteral("lock")}, QStringLiteral("chair")).code, 0);
        writeFile(path(QStringLiteral("ratings.csv")), "evaluator,team,item,rating\ny7,lg,usability,5\n");
        writeFile(path(QStringLiteral("results.csv")), "team,benchmark,score,target\nlg,nia-math,61,90\n");
        const QByteArray before = test::adminDump(QStringLiteral("imports"));
        const test::CliRun ratings = onServer({QStringLiteral("import-ratings"), QStringLiteral("ratings.csv")},
                                              QStringLiteral("secretariat"));
        QCOMPARE(ratings.code, 2);
        QVERIFY2(ratings.err.contains(QStringLiteral("locked")), qPrintable(ratings.err));
        const test::CliRun results = onServer({QStringLiteral("import-benchmarks"), QStringLiteral("results.csv")},
                                              QStringLiteral("secretariat"));
        QCOMPARE(results.code, 2);
        QCOMPARE(test::adminDump(QStringLiteral("imports")), before);
        // Around the client: the server's statement trigger refuses a locked round's ratings.
        server::ConnInfo info = test::memberConnInfo(QStringLiteral("imports"), QStringLiteral("imports.secretariat"),
                                                    m_passwords.at(QStringLiteral("secretariat")));
        QSqlDatabase db = server::openServer(info, QStringLiteral("imports-locked"));
        QCOMPARE(test::outcomeOf(db, QStringLiteral("DELETE FROM user_ratings")), QStringLiteral("55000"));
        QCOMPARE(test::adminDump(QStringLiteral("imports")), before);
    }
};

QTEST_GUILESS_MAIN(TestServerImports)
#include "tst_serverimports.moc"
