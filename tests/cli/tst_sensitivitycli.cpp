// paneldesk-cli sensitivity on the demo database: JSON structure and figures, the table,
// scenario options, exit codes, and the database left unchanged (an analysis only).

#include "CliTestSupport.h"
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSensitivityCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoJson();
    void demoTable();
    void scenarioOptions();
    void databaseUnchanged();
    void invalidInput_data();
    void invalidInput();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments) const;
    QJsonObject json(const QStringList &extra) const;
    QString db() const { return m_dir.filePath(QStringLiteral("demo.paneldesk")); }

    QTemporaryDir m_dir;
};

TestSensitivityCli::Run TestSensitivityCli::cli(const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(PANELDESK_CLI_PATH), arguments);
    process.write(pd::test::demoSignIn(arguments));
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject TestSensitivityCli::json(const QStringList &extra) const
{
    const Run run = cli(QStringList{u"sensitivity"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, db(), u"--json"_qs} + extra);
    if (run.code != 0)
        qWarning("%s", run.err.constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", run.out.constData());
    return root;
}

static QJsonObject teamOf(const QJsonObject &root, const QString &id)
{
    for (const QJsonValue &v : root.value(u"teams").toArray())
        if (v.toObject().value(u"team").toString() == id)
            return v.toObject();
    return {};
}

void TestSensitivityCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run demo = cli({u"demo"_qs, u"--db"_qs, db()});
    QVERIFY2(demo.code == 0, demo.err.constData());
}

void TestSensitivityCli::demoJson()
{
    const QJsonObject root = json({});
    QCOMPARE(root.value(u"format").toString(), u"paneldesk-sensitivity"_qs);
    QCOMPARE(root.value(u"version").toInt(), 1);
    QCOMPARE(root.value(u"round").toString(), u"R1"_qs);
    QVERIFY(root.value(u"analysis_only").toBool());
    QCOMPARE(root.value(u"total_points").toDouble(), 100.0);
    const QJsonObject scenario = root.value(u"scenario").toObject();
    QVERIFY(scenario.value(u"aggregation").isNull());
    QVERIFY(scenario.value(u"leave_out").isNull());
    QCOMPARE(scenario.value(u"weights").toArray().size(), 3);

    const QList<QPair<QString, QString>> expected{
        {u"lg"_qs, u"advance"_qs}, {u"skt"_qs, u"advance"_qs}, {u"upstage"_qs, u"advance"_qs},
        {u"naver"_qs, u"disqualified"_qs}, {u"nc"_qs, u"eliminated_score"_qs}};
    const QJsonArray teams = root.value(u"teams").toArray();
    QCOMPARE(teams.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const QJsonObject t = teams.at(i).toObject();
        QCOMPARE(t.value(u"team").toString(), expected.at(i).first);
        QCOMPARE(t.value(u"baseline").toObject().value(u"outcome").toString(), expected.at(i).second);
        QCOMPARE(t.value(u"scenario").toObject().value(u"outcome").toString(), expected.at(i).second);
        QVERIFY(!t.value(u"changed").toBool());
        QCOMPARE(t.value(u"flips").toArray().size(), 3);
    }
    // The totals are the standings' (full precision).
    QVERIFY(std::abs(teamOf(root, u"lg"_qs).value(u"baseline").toObject().value(u"total").toDouble() - 90.2) < 0.05);
    // Naver Cloud is disqualified: it never flips by weights. NC AI: none within [0, 100].
    for (const QJsonValue &f : teamOf(root, u"naver"_qs).value(u"flips").toArray())
        QCOMPARE(f.toObject().value(u"status").toString(), u"not_eligible"_qs);
    for (const QJsonValue &f : teamOf(root, u"nc"_qs).value(u"flips").toArray()) {
        QCOMPARE(f.toObject().value(u"status").toString(), u"none_in_range"_qs);
        QVERIFY(f.toObject().value(u"smallest").isNull());
    }
    const QJsonArray loo = root.value(u"leave_one_out").toArray();
    QCOMPARE(loo.size(), 10);
    for (const QJsonValue &l : loo) {
        QCOMPARE(l.toObject().value(u"sheets").toInt(), 5);
        QVERIFY(l.toObject().value(u"changes").toArray().isEmpty());
    }
}

void TestSensitivityCli::demoTable()
{
    const Run run = cli({u"sensitivity"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, db()});
    QCOMPARE(run.code, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(u"analysis only"_qs), run.out.constData());
    QVERIFY(text.contains(u"demo data: illustrative figures"_qs));
    QVERIFY(text.contains(u"NC AI"_qs));
    QVERIFY(text.contains(u"never (independence)"_qs));
    QVERIFY(text.contains(u"Leave one expert out"_qs));
    QVERIFY(text.contains(u"eliminated_score"_qs));

    const Run help = cli({u"sensitivity"_qs, u"--help"_qs});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("--weight"));
    QVERIFY(help.out.contains("--leave-out"));
    QCOMPARE(cli({u"sensitivity"_qs}).code, 2);   // --db is required
    QVERIFY(cli({u"--help"_qs}).out.contains("sensitivity"));
}

void TestSensitivityCli::scenarioOptions()
{
    // Benchmark 70: the others (60) become 30, split 35:25 -> 17.5 and 12.5.
    const QJsonObject root = json({u"--weight"_qs, u"benchmark=70"_qs, u"--aggregation"_qs,
                                   u"trimmed_mean"_qs, u"--trim"_qs, u"2"_qs, u"--leave-out"_qs,
                                   u"e01"_qs});
    const QJsonObject scenario = root.value(u"scenario").toObject();
    QCOMPARE(scenario.value(u"aggregation").toString(), u"trimmed_mean"_qs);
    QCOMPARE(scenario.value(u"trim").toInt(), 2);
    QCOMPARE(scenario.value(u"leave_out").toString(), u"e01"_qs);
    double sum = 0.0;
    for (const QJsonValue &w : scenario.value(u"weights").toArray()) {
        const QJsonObject o = w.toObject();
        sum += o.value(u"points").toDouble();
        if (o.value(u"category").toString() == u"expert"_qs)
            QVERIFY(std::abs(o.value(u"points").toDouble() - 17.5) < 1e-9);
        if (o.value(u"category").toString() == u"user"_qs)
            QVERIFY(std::abs(o.value(u"points").toDouble() - 12.5) < 1e-9);
    }
    QVERIFY(std::abs(sum - 100.0) < 1e-9);
    // Scenario totals differ from the baseline, outcomes still reported for every team.
    const QJsonObject lg = teamOf(root, u"lg"_qs);
    QVERIFY(lg.value(u"scenario").toObject().value(u"total").toDouble()
            != lg.value(u"baseline").toObject().value(u"total").toDouble());
    QCOMPARE(lg.value(u"baseline").toObject().value(u"outcome").toString(), u"advance"_qs);
}

void TestSensitivityCli::databaseUnchanged()
{
    QFile file(db());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    file.close();
    QCOMPARE(cli({u"sensitivity"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, db(), u"--weight"_qs, u"user=50"_qs}).code, 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
}

void TestSensitivityCli::invalidInput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown category") << QStringList{u"--weight"_qs, u"nope=10"_qs} << 2 << u"nope"_qs;
    QTest::newRow("not CATEGORY=POINTS") << QStringList{u"--weight"_qs, u"user"_qs} << 2 << u"CATEGORY=POINTS"_qs;
    QTest::newRow("above the total") << QStringList{u"--weight"_qs, u"user=120"_qs} << 2 << u"120"_qs;
    QTest::newRow("aggregation") << QStringList{u"--aggregation"_qs, u"mode"_qs} << 2 << u"mode"_qs;
    QTest::newRow("trim without trimmed_mean") << QStringList{u"--trim"_qs, u"1"_qs} << 2 << u"trimmed_mean"_qs;
    QTest::newRow("unknown expert") << QStringList{u"--leave-out"_qs, u"zz"_qs} << 2 << u"zz"_qs;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_qs} << 2 << u"frobnicate"_qs;
}

void TestSensitivityCli::invalidInput()
{
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run run = cli(QStringList{u"sensitivity"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, db()} + extra);
    QCOMPARE(run.code, code);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());

    const Run missing = cli({u"sensitivity"_qs, u"--db"_qs, m_dir.filePath(u"missing.paneldesk"_qs)});
    QVERIFY(missing.code != 0);
}

QTEST_GUILESS_MAIN(TestSensitivityCli)
#include "tst_sensitivitycli.moc"
