// paneldesk-cli import-ratings | import-benchmarks | export-sheets | import-sheets, as a
// user runs them: exit codes (0, 2 with file:line:column or the JSON path), messages, and
// the database unchanged after a refusal. Signed sheets make the round trip export-sheets ->
// filled and signed elsewhere -> import-sheets -> verify; an imported sheet, ratings or a
// benchmark result edited with SQL afterwards fails verify (exit 3) naming it.

#include "CliTestSupport.h"
#include "../importers/ImportTestSupport.h"
#include "../importers/SignedSheetsSupport.h"
#include "../trust/SignAs.h"

#include "demo/DemoPassphrases.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestImportCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importRatings();
    void importBenchmarksCsvDryRunThenWrite();
    void importBenchmarksLmEval();
    void exportAndImportSheets();
    void signedSheetsRoundTrip();
    void importDigestsVerify_data();
    void importDigestsVerify();
    void help_data();
    void help();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
};

TestImportCli::Run TestImportCli::cli(const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(PANELDESK_CLI_PATH), arguments);
    process.write(pd::test::demoSignIn(arguments));
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestImportCli::initTestCase()
{
    m_db = path(u"demo.paneldesk"_qs);
    QCOMPARE(cli({u"demo"_qs, u"--db"_qs, m_db}).code, 0);
}

void TestImportCli::importRatings()
{
    writeFile(path(u"ratings.csv"_qs), "evaluator,team,item,rating\nz1,lg,usability,5\nz1,nc,usability,0\n");
    const QByteArray before = databaseFingerprint(m_db);
    Run run = cli({u"import-ratings"_qs, u"--as"_qs, u"secretariat"_qs, u"ratings.csv"_qs, u"--db"_qs, m_db});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(u"ratings.csv:3:17: rating: 0 is outside the scale 1-5"_qs), qPrintable(run.err));
    QVERIFY(run.err.contains(u"nothing imported"));
    QCOMPARE(databaseFingerprint(m_db), before);
    writeFile(path(u"ratings.csv"_qs), "\xEF\xBB\xBF" "evaluator,team,item,rating\r\nz1,lg,usability,5\r\nz1,nc,usability,1\r\n");
    run = cli({u"import-ratings"_qs, u"--as"_qs, u"secretariat"_qs, u"ratings.csv"_qs, u"--db"_qs, m_db});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"imported 2 ratings from ratings.csv"));
    run = cli({u"import-ratings"_qs, u"--as"_qs, u"secretariat"_qs, u"ratings.csv"_qs, u"--db"_qs, m_db});   // again: duplicates
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(u"already stored"));
    run = cli({u"import-ratings"_qs, u"--as"_qs, u"secretariat"_qs, u"missing.csv"_qs, u"--db"_qs, m_db});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(u"missing.csv"));
}

void TestImportCli::importBenchmarksCsvDryRunThenWrite()
{
    writeFile(path(u"results.csv"_qs), "team,benchmark,score,target\nlg,nia-math,88.25,90\n");
    const QByteArray before = databaseFingerprint(m_db);
    Run run = cli({u"import-benchmarks"_qs, u"--as"_qs, u"secretariat"_qs, u"results.csv"_qs, u"--db"_qs, m_db, u"--dry-run"_qs});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"lg / nia-math: "_qs) && run.out.contains(u"-> 88.25 (target 90)"_qs), qPrintable(run.out));
    QVERIFY(run.out.contains(u"dry run"));
    QCOMPARE(databaseFingerprint(m_db), before);
    run = cli({u"import-benchmarks"_qs, u"--as"_qs, u"secretariat"_qs, u"results.csv"_qs, u"--db"_qs, m_db});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"imported 1 result from"));
    writeFile(path(u"bad.csv"_qs), "team,benchmark,score,target\nlg,nia-math,88.25,90\nlg,nope,1,2\n");
    run = cli({u"import-benchmarks"_qs, u"--as"_qs, u"secretariat"_qs, u"bad.csv"_qs, u"--db"_qs, m_db});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(u"bad.csv:3:1: unknown benchmark \"nope\""_qs), qPrintable(run.err));
}

void TestImportCli::importBenchmarksLmEval()
{
    writeFile(path(u"results.json"_qs), R"({"results": {"kmmlu": {"alias": "kmmlu", "acc,none": 0.5}}, "config": {"model_args": "pretrained=x"}})");
    writeFile(path(u"mapping.json"_qs), R"({"format": "paneldesk-benchmark-mapping", "version": 1, "mappings": [{"task": "kmmlu", "metric": "acc", "benchmark": "common-kmmlu", "scale": 100}]})");
    Run run = cli({u"import-benchmarks"_qs, u"--as"_qs, u"secretariat"_qs, u"results.json"_qs, u"--db"_qs, m_db, u"--team"_qs, u"nc"_qs});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"no mapping"), qPrintable(run.err));
    run = cli({u"import-benchmarks"_qs, u"--as"_qs, u"secretariat"_qs, u"results.json"_qs, u"--db"_qs, m_db, u"--mapping"_qs,
               u"mapping.json"_qs});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"--team"), qPrintable(run.err));
    run = cli({u"import-benchmarks"_qs, u"--as"_qs, u"secretariat"_qs, u"results.json"_qs, u"--db"_qs, m_db, u"--mapping"_qs,
               u"mapping.json"_qs, u"--team"_qs, u"nc"_qs});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"nc / common-kmmlu: "_qs) && run.out.contains(u"-> 50 (target"_qs), qPrintable(run.out));
    // the mapping is kept: the next file needs only the team
    writeFile(path(u"results.json"_qs), R"({"results": {"kmmlu": {"acc,none": 0.55}}})");
    run = cli({u"import-benchmarks"_qs, u"--as"_qs, u"secretariat"_qs, u"results.json"_qs, u"--db"_qs, m_db, u"--team"_qs, u"nc"_qs});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"50 (target"));
    writeFile(path(u"broken.json"_qs), "{\"results\": {\"kmmlu\": {\"acc,none\": NaN}}}");
    run = cli({u"import-benchmarks"_qs, u"--as"_qs, u"secretariat"_qs, u"broken.json"_qs, u"--db"_qs, m_db, u"--team"_qs, u"nc"_qs});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(u"broken.json:1:"_qs), qPrintable(run.err));
}

void TestImportCli::exportAndImportSheets()
{
    // In the demo every sheet is submitted: the export holds them, and importing it back
    // changes nothing (locked and identical).
    Run run = cli({u"export-sheets"_qs, u"--as"_qs, u"e01"_qs, u"--db"_qs, m_db, u"--member"_qs, u"e01"_qs, u"--out"_qs,
                   u"e01.json"_qs});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QFile file(path(u"e01.json"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    QVERIFY(json.startsWith("{\n  \"format\": \"paneldesk-sheets\""));
    run = cli({u"import-sheets"_qs, u"--as"_qs, u"chair"_qs, u"e01.json"_qs, u"--db"_qs, m_db});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"5 submitted sheet(s) unchanged"), qPrintable(run.out));
    // a changed score on a submitted sheet is refused with its JSON path
    const qsizetype at = json.indexOf("\"score\": ") + 9;
    json.replace(at, json.indexOf(',', at) - at, "0.5");
    writeFile(path(u"e01.json"_qs), json);
    const QByteArray before = databaseFingerprint(m_db);
    run = cli({u"import-sheets"_qs, u"--as"_qs, u"chair"_qs, u"e01.json"_qs, u"--db"_qs, m_db});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(u"e01.json: sheets[0]: "_qs), qPrintable(run.err));
    QCOMPARE(databaseFingerprint(m_db), before);
    run = cli({u"export-sheets"_qs, u"--as"_qs, u"secretariat"_qs, u"--db"_qs, m_db, u"--member"_qs, u"secretariat"_qs, u"--out"_qs, u"s.json"_qs});
    QCOMPARE(run.code, 2);
    QVERIFY(!QFile::exists(path(u"s.json"_qs)));
}

namespace {

// Another tool at work: every trigger of `table` dropped, then `statement` (one row changed).
void editWithAnotherTool(const QString &db, const QString &table, const QString &statement)
{
    SqliteConnection connection(db, SqliteConnection::Mode::ReadWrite);
    QSqlQuery triggers = runSql(connection.db(), u"SELECT name FROM sqlite_schema WHERE "
                                                 "type = 'trigger' AND tbl_name = ?"_qs, {table});
    QStringList names;
    while (triggers.next())
        names << triggers.value(0).toString();
    triggers.finish();
    for (const QString &name : std::as_const(names))
        execSql(connection.db(), u"DROP TRIGGER "_qs + name);
    QSqlQuery edit = execSql(connection.db(), statement);
    QCOMPARE(edit.numRowsAffected(), 1);
}

} // namespace

void TestImportCli::signedSheetsRoundTrip()
{
    const QString db = path(u"roundtrip.paneldesk"_qs);
    QCOMPARE(cli({u"demo"_qs, u"--db"_qs, db}).code, 0);
    QString team;
    {
        // the chair reopens one of e01's sheets, to be filled on another machine
        auto store = SqliteStore::open(db);
        signAs(*store, u"chair"_qs, demoPassphrase(Role::Chair));
        for (const SheetRecord &s : store->loadSheets())
            if (team.isEmpty() && s.reviewer == u"e01"_qs && s.submitted)
                team = s.team;
        QVERIFY(!team.isEmpty());
        store->reopenSheet(u"e01"_qs, team, u"to be filled offline"_qs, u"chair"_qs);
    }
    Run run = cli({u"export-sheets"_qs, u"--as"_qs, u"e01"_qs, u"--db"_qs, db, u"--out"_qs, u"e01-offline.json"_qs});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QFile file(path(u"e01-offline.json"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    // on the other machine: the passphrase opens e01's sealed key from the file, the sheet is
    // submitted and the file signed again
    const SheetsFile parsed = parseSheetsFile(bytes, u"e01-offline.json"_qs);
    const std::optional<MemberKey> key =
        MemberKey::unseal(u"e01"_qs, parsed.publicKey, parsed.sealedKey, demoPassphrase(Role::Expert));
    QVERIFY(key);
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QJsonArray sheets = root.value(u"sheets").toArray();
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        QJsonObject sheet = sheets[i].toObject();
        if (sheet.value(u"team").toString() == team)
            sheet.insert(u"state"_qs, u"submitted"_qs);
        sheets[i] = sheet;
    }
    root.insert(u"sheets"_qs, sheets);
    writeFile(path(u"e01-offline.json"_qs), QJsonDocument(signedSheetsJson(root, *key)).toJson());
    run = cli({u"import-sheets"_qs, u"--as"_qs, u"chair"_qs, u"e01-offline.json"_qs, u"--db"_qs, db});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"1 sheet(s) submitted"), qPrintable(run.out));
    run = cli({u"verify"_qs, u"--db"_qs, db});
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    // the imported sheet edited with SQL afterwards: verify fails naming it
    editWithAnotherTool(db, u"expert_scores"_qs,
                        u"UPDATE expert_scores SET comment = 'edited' WHERE reviewer_id = 'e01' AND team_id = '%1' "
                        "AND item_id = (SELECT min(item_id) FROM expert_scores WHERE reviewer_id = 'e01' AND team_id = '%1')"_qs
                            .arg(team));
    run = cli({u"verify"_qs, u"--db"_qs, db});
    QCOMPARE(run.code, 3);
    QVERIFY2(QString(run.out + run.err).contains(u"/e01/%1: differs from what e01 signed"_qs.arg(team)),
             qPrintable(run.out + run.err));
}

void TestImportCli::importDigestsVerify_data()
{
    QTest::addColumn<QString>("import");     // the file and the command
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("named");
    QTest::newRow("ratings") << u"ratings"_qs << u"user_ratings"_qs
                             << u"UPDATE user_ratings SET rating = 1 WHERE evaluator = 'z9'"_qs
                             << u"user_ratings/"_qs;
    QTest::newRow("benchmark result") << u"benchmarks"_qs << u"benchmark_results"_qs
                                      << u"UPDATE benchmark_results SET score = 99 WHERE team_id = 'lg' AND benchmark_id = 'nia-math'"_qs
                                      << u"/lg/nia-math: differs from the result imported and signed"_qs;
}

void TestImportCli::importDigestsVerify()
{
    QFETCH(QString, import);
    QFETCH(QString, table);
    QFETCH(QString, edit);
    QFETCH(QString, named);
    const QString db = path(import + u"-digest.paneldesk"_qs);
    QCOMPARE(cli({u"demo"_qs, u"--db"_qs, db}).code, 0);
    Run run;
    if (import == u"ratings") {
        writeFile(path(u"z9.csv"_qs), "evaluator,team,item,rating\nz9,lg,usability,5\n");
        run = cli({u"import-ratings"_qs, u"--as"_qs, u"secretariat"_qs, u"z9.csv"_qs, u"--db"_qs, db});
    } else {
        writeFile(path(u"lg.csv"_qs), "team,benchmark,score,target\nlg,nia-math,77.5,90\n");
        run = cli({u"import-benchmarks"_qs, u"--as"_qs, u"secretariat"_qs, u"lg.csv"_qs, u"--db"_qs, db});
    }
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = cli({u"verify"_qs, u"--db"_qs, db});
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u", 1 imports"), qPrintable(run.out));
    editWithAnotherTool(db, table, edit);
    run = cli({u"verify"_qs, u"--db"_qs, db});
    QCOMPARE(run.code, 3);
    QVERIFY2(QString(run.out + run.err).contains(named), qPrintable(run.out + run.err));
}

void TestImportCli::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("import-ratings") << u"import-ratings"_qs << u"--replace"_qs;
    QTest::newRow("import-benchmarks") << u"import-benchmarks"_qs << u"--dry-run"_qs;
    QTest::newRow("export-sheets") << u"export-sheets"_qs << u"--member"_qs;
    QTest::newRow("import-sheets") << u"import-sheets"_qs << u"--db"_qs;
}

void TestImportCli::help()
{
    QFETCH(QString, command);
    QFETCH(QString, mentions);
    const Run run = cli({command, u"--help"_qs});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(mentions));
    QVERIFY(cli({u"--help"_qs}).out.contains(command));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
