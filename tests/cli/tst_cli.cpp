// paneldesk-cli end to end, as a user runs it: exit codes, messages, files left behind.

#include "CliTestSupport.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void demoStandingsJson();
    void demoStandingsTable();
    void exportImportIsByteIdentical();
    void scoreAboveItemPointsIsRefused();
    void syntaxErrorNamesLineAndColumn();
    void existingDatabaseNeedsReplace();
    void notAPanelDatabase();
    void helpAndUsage_data();
    void helpAndUsage();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QByteArray demoJson() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

TestCli::Run TestCli::cli(const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(PANELDESK_CLI_PATH), arguments);
    process.write(pd::test::demoSignIn(arguments));
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCli::init() { m_dir = std::make_unique<QTemporaryDir>(); }

QByteArray TestCli::demoJson() const
{
    const Run demo = cli({u"demo"_qs, u"--db"_qs, path(u"demo.paneldesk"_qs)});
    if (demo.code != 0)
        return demo.err;
    return cli({u"standings"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, path(u"demo.paneldesk"_qs), u"--json"_qs}).out;
}

void TestCli::demoStandingsJson()
{
    const QByteArray json = demoJson();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, json.constData());
    QCOMPARE(root.value(u"format").toString(), u"paneldesk-standings"_qs);
    QCOMPARE(root.value(u"version").toInt(), 1);
    QCOMPARE(root.value(u"round").toString(), u"R1"_qs);
    QVERIFY(root.value(u"complete").toBool());

    struct Expected { const char *team; double benchmark, expert, user, total; const char *outcome; };
    const Expected expected[] = {
        {"lg", 33.6, 31.6, 25.0, 90.2, "advance"},
        {"skt", 31.2, 29.4, 21.6, 82.2, "advance"},
        {"upstage", 30.5, 28.9, 21.2, 80.6, "advance"},
        {"naver", 30.1, 28.4, 19.5, 78.0, "disqualified"},
        {"nc", 26.5, 24.5, 16.5, 67.5, "eliminated_score"},
    };
    const QJsonArray teams = root.value(u"teams").toArray();
    QCOMPARE(teams.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const QJsonObject t = teams.at(i).toObject();
        const Expected &e = expected[i];
        QCOMPARE(t.value(u"team").toString(), QString::fromLatin1(e.team));
        const QJsonObject categories = t.value(u"categories").toObject();
        QVERIFY(qAbs(categories.value(u"benchmark").toDouble() - e.benchmark) < 1e-6);
        QVERIFY(qAbs(categories.value(u"expert").toDouble() - e.expert) < 1e-6);
        QVERIFY(qAbs(categories.value(u"user").toDouble() - e.user) < 1e-6);
        QVERIFY(qAbs(t.value(u"total").toDouble() - e.total) < 1e-6);
        QCOMPARE(t.value(u"outcome").toString(), QString::fromLatin1(e.outcome));
        QCOMPARE(t.value(u"score_rank").toInt(), i + 1);
    }
    QVERIFY(teams.at(3).toObject().value(u"eligible_rank").isNull());
    const QJsonObject lgGroups = teams.at(0).toObject().value(u"groups").toObject();
    QVERIFY(qAbs(lgGroups.value(u"nia").toDouble() - 9.2) < 1e-6);
    QVERIFY(qAbs(lgGroups.value(u"common").toDouble() - 14.4) < 1e-6);
    // Key order is the specification's, not alphabetical.
    QVERIFY(json.indexOf("\"format\"") < json.indexOf("\"version\""));
    QVERIFY(json.indexOf("\"version\"") < json.indexOf("\"round\""));
    QVERIFY(json.indexOf("\"complete\"") < json.indexOf("\"teams\""));
}

void TestCli::demoStandingsTable()
{
    QCOMPARE(cli({u"demo"_qs, u"--db"_qs, path(u"d.paneldesk"_qs)}).code, 0);
    const Run run = cli({u"standings"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, path(u"d.paneldesk"_qs)});
    QCOMPARE(run.code, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(u"demo data: illustrative figures"));
    const QStringList lines = text.split(u'\n');
    // Korean and Latin names are padded to the same display width: the totals line up.
    qsizetype lgColumn = -1, ncColumn = -1;
    for (const QString &line : lines) {
        if (line.contains(u"LG AI연구원") && line.contains(u"90.2"))
            lgColumn = line.indexOf(u"90.2") + line.count(QRegularExpression(u"[가-힣]"_qs));
        if (line.contains(u"NC AI") && line.contains(u"67.5"))
            ncColumn = line.indexOf(u"67.5");
    }
    QVERIFY(lgColumn > 0);
    QCOMPARE(lgColumn, ncColumn);
}

void TestCli::exportImportIsByteIdentical()
{
    const QByteArray before = demoJson();
    QVERIFY(before.startsWith('{'));
    Run run = cli({u"export-panel"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, path(u"demo.paneldesk"_qs), u"--out"_qs,
                   path(u"panel.json"_qs)});
    QVERIFY2(run.code == 0, run.err.constData());
    run = cli({u"import-panel"_qs, u"--chair"_qs, u"chair"_qs, path(u"panel.json"_qs), u"--db"_qs, path(u"copy.paneldesk"_qs)});
    QVERIFY2(run.code == 0, run.err.constData());
    const QByteArray after =
        cli({u"standings"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, path(u"copy.paneldesk"_qs), u"--json"_qs}).out;
    QCOMPARE(after, before);
}

void TestCli::scoreAboveItemPointsIsRefused()
{
    demoJson();
    QCOMPARE(cli({u"export-panel"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, path(u"demo.paneldesk"_qs), u"--out"_qs,
                  path(u"panel.json"_qs)}).code, 0);
    QFile file(path(u"panel.json"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray scores = root.value(u"expert_scores").toArray();
    QJsonObject score = scores.at(17).toObject();
    QCOMPARE(score.value(u"item").toString(), u"impact"_qs);   // a 10-point item
    score.insert(u"score"_qs, 12.0);
    scores.replace(17, score);
    root.insert(u"expert_scores"_qs, scores);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    const Run run = cli({u"import-panel"_qs, u"--chair"_qs, u"chair"_qs, path(u"panel.json"_qs), u"--db"_qs, path(u"bad.paneldesk"_qs)});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("expert_scores[17].score"), run.err.constData());
    QVERIFY2(run.err.contains("panel.json"), run.err.constData());
    QVERIFY(!QFile::exists(path(u"bad.paneldesk"_qs)));
    // Nothing else left behind either: only the demo, the panel file and nothing temporary.
    QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    QCOMPARE(left, (QStringList{u"demo.paneldesk"_qs, u"panel.json"_qs}));
}

void TestCli::syntaxErrorNamesLineAndColumn()
{
    QFile file(path(u"broken.json"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"paneldesk-panel\",\n  \"version\": 1,,\n}\n");
    file.close();
    const Run run = cli({u"import-panel"_qs, u"--chair"_qs, u"chair"_qs, path(u"broken.json"_qs), u"--db"_qs, path(u"x.paneldesk"_qs)});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("broken.json:3:17:"), run.err.constData());
    QVERIFY(!QFile::exists(path(u"x.paneldesk"_qs)));
}

void TestCli::existingDatabaseNeedsReplace()
{
    demoJson();
    QCOMPARE(cli({u"export-panel"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, path(u"demo.paneldesk"_qs), u"--out"_qs,
                  path(u"panel.json"_qs)}).code, 0);
    QFile db(path(u"demo.paneldesk"_qs));
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray before = db.readAll();
    db.close();
    Run run = cli({u"import-panel"_qs, u"--chair"_qs, u"chair"_qs, path(u"panel.json"_qs), u"--db"_qs, path(u"demo.paneldesk"_qs)});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("--replace"), run.err.constData());
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), before);
    db.close();
    // replacing a panel is its chair's: nobody signed in is refused, nothing changes
    run = cli({u"import-panel"_qs, u"--chair"_qs, u"chair"_qs, path(u"panel.json"_qs), u"--db"_qs, path(u"demo.paneldesk"_qs),
               u"--replace"_qs});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("needs the chair"), run.err.constData());
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), before);
    db.close();
    run = cli({u"import-panel"_qs, u"--chair"_qs, u"chair"_qs, path(u"panel.json"_qs), u"--db"_qs, path(u"demo.paneldesk"_qs),
               u"--replace"_qs, u"--as"_qs, u"chair"_qs});
    QVERIFY2(run.code == 0, run.err.constData());
}

void TestCli::notAPanelDatabase()
{
    QFile file(path(u"notes.txt"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello\n");
    file.close();
    Run run = cli({u"standings"_qs, u"--db"_qs, path(u"notes.txt"_qs)});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains("notes.txt"), run.err.constData());
    run = cli({u"standings"_qs, u"--db"_qs, path(u"missing.paneldesk"_qs)});
    QCOMPARE(run.code, 1);
    QVERIFY(!QFile::exists(path(u"missing.paneldesk"_qs)));
}

void TestCli::helpAndUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList{} << 2 << u"Usage"_qs;
    QTest::newRow("--help") << QStringList{u"--help"_qs} << 0 << u"import-panel"_qs;
    QTest::newRow("unknown") << QStringList{u"frobnicate"_qs} << 2 << u"unknown command"_qs;
    QTest::newRow("demo --help") << QStringList{u"demo"_qs, u"--help"_qs} << 0 << u"--db"_qs;
    QTest::newRow("import --help") << QStringList{u"import-panel"_qs, u"--help"_qs} << 0 << u"--replace"_qs;
    QTest::newRow("export --help") << QStringList{u"export-panel"_qs, u"--help"_qs} << 0 << u"--out"_qs;
    QTest::newRow("standings --help") << QStringList{u"standings"_qs, u"--help"_qs} << 0 << u"--json"_qs;
    // the usage line names the command as typed, not the program's path
    QTest::newRow("standings usage") << QStringList{u"standings"_qs, u"--help"_qs} << 0
                                     << u"Usage: paneldesk-cli standings [options]"_qs;
    QTest::newRow("sheet set usage") << QStringList{u"sheet"_qs, u"set"_qs, u"--help"_qs} << 0
                                     << u"Usage: paneldesk-cli sheet set [options]"_qs;
    QTest::newRow("member add usage") << QStringList{u"member"_qs, u"add"_qs, u"--help"_qs} << 0
                                      << u"Usage: paneldesk-cli member add [options]"_qs;
    QTest::newRow("missing --db") << QStringList{u"standings"_qs} << 2 << u"--db"_qs;
    QTest::newRow("bad option") << QStringList{u"standings"_qs, u"--jsn"_qs} << 2 << u"jsn"_qs;
}

void TestCli::helpAndUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const Run run = cli(arguments);
    QCOMPARE(run.code, code);
    const QByteArray all = run.out + run.err;
    QVERIFY2(QString::fromUtf8(all).contains(mentions), all.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
