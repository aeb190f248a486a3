// paneldesk-cli's decision steps end to end on the demo (docs/decision.md): the chair signs
// in with --as and a passphrase on standard input; every refusal exits with 2 and changes
// nothing; the fingerprint can be checked with any SHA-256 tool and catches tampering.
#include "../storage/StorageTestSupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kChairPass = "chair-demo-2026\n";
const QByteArray kExpertPass = "expert-demo-2026\n";
} // namespace

class TestDecisionCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void chairStepsRefusedForOthers_data();
    void chairStepsRefusedForOthers();
    void demoLifecycleToFinal();
    void fingerprintCatchesTampering();
    void exportFormats();
    void nextRoundFromFinal();
    void nextRoundWithItsOwnCut();
    void malformedDatesAreInvalidInput_data();
    void malformedDatesAreInvalidInput();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(QStringList arguments, const QByteArray &input = kChairPass) const;
    Run chair(const QString &command, QStringList arguments) const;
    QString db() const { return m_dir->filePath(QStringLiteral("demo.paneldesk")); }
    QByteArray fileBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

TestDecisionCli::Run TestDecisionCli::cli(QStringList arguments, const QByteArray &input) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(PANELDESK_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

TestDecisionCli::Run TestDecisionCli::chair(const QString &command, QStringList arguments) const
{
    QStringList all = command.split(QLatin1Char(' '));
    all << u"--db"_qs << db() << u"--as"_qs << u"chair"_qs << arguments;
    return cli(all);
}

QByteArray TestDecisionCli::fileBytes() const
{
    // the tables' contents, through the CLI's own status and standings
    const Run status = cli({u"decision"_qs, u"--db"_qs, db(), u"--json"_qs, u"--as"_qs, u"chair"_qs});
    const Run standings = cli({u"standings"_qs, u"--db"_qs, db(), u"--json"_qs, u"--as"_qs, u"chair"_qs});
    return (status.out + standings.out).toUtf8();
}

void TestDecisionCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(cli({u"demo"_qs, u"--db"_qs, db()}).code, 0);
}

void TestDecisionCli::chairStepsRefusedForOthers_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString date = u"--today=2026-01-20"_qs;
    QTest::newRow("lock") << QStringList{u"lock"_qs};
    QTest::newRow("reopen") << QStringList{u"reopen"_qs, u"--reason=x"_qs, date};
    QTest::newRow("decide") << QStringList{u"decide"_qs, u"--reason=nc=x"_qs, u"--reason=naver=y"_qs};
    QTest::newRow("announce") << QStringList{u"announce"_qs, u"--date=2026-01-15"_qs, date};
    QTest::newRow("appeal add") << QStringList{u"appeal"_qs, u"add"_qs, u"--team=nc"_qs,
                                               u"--grounds=g"_qs, date};
    QTest::newRow("appeal rule") << QStringList{u"appeal"_qs, u"rule"_qs, u"--id=1"_qs,
                                                u"--ruling=rejected"_qs, u"--reason=r"_qs, date};
    QTest::newRow("finalize") << QStringList{u"finalize"_qs, u"--today=2026-01-26"_qs};
}

void TestDecisionCli::chairStepsRefusedForOthers()
{
    QFETCH(QStringList, arguments);
    const QByteArray before = fileBytes();
    QStringList asExpert = arguments;
    asExpert << u"--db"_qs << db() << u"--as"_qs << u"e01"_qs;
    const Run expert = cli(asExpert, kExpertPass);
    QCOMPARE(expert.code, 2);
    QVERIFY2(expert.err.contains(u"needs the chair"_qs), qPrintable(expert.err));
    // nobody signed in
    QStringList asNobody = arguments;
    asNobody << u"--db"_qs << db();
    const Run nobody = cli(asNobody, {});
    QCOMPARE(nobody.code, 2);
    QVERIFY2(nobody.err.contains(u"needs the chair"_qs), qPrintable(nobody.err));
    // the chair with a wrong passphrase
    QStringList asChair = arguments;
    asChair << u"--db"_qs << db() << u"--as"_qs << u"chair"_qs;
    const Run wrong = cli(asChair, "not-the-passphrase\n");
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains(u"wrong passphrase"_qs), qPrintable(wrong.err));
    QCOMPARE(fileBytes(), before);
}

void TestDecisionCli::demoLifecycleToFinal()
{
    QCOMPARE(chair(u"lock"_qs, {}).code, 0);
    // every eliminated or disqualified team needs the chair's reason
    Run decide = chair(u"decide"_qs, {u"--today=2026-01-14"_qs, u"--reason=nc=lowest total"_qs});
    QCOMPARE(decide.code, 2);
    QVERIFY2(decide.err.contains(u"naver"_qs), qPrintable(decide.err));
    decide = chair(u"decide"_qs, {u"--today=2026-01-14"_qs, u"--reason=nc=lowest total"_qs,
                                  u"--reason=naver=failed the independence criterion"_qs});
    QCOMPARE(decide.code, 0);
    QVERIFY2(decide.out.contains(u"version 1"_qs), qPrintable(decide.out));
    const Run announce = chair(u"announce"_qs, {u"--date=2026-01-15"_qs, u"--today=2026-01-15"_qs});
    QCOMPARE(announce.code, 0);
    QVERIFY2(announce.out.contains(u"2026-01-25"_qs), qPrintable(announce.out));
    // the window is open through 2026-01-25
    Run finalize = chair(u"finalize"_qs, {u"--today=2026-01-25"_qs});
    QCOMPARE(finalize.code, 2);
    QVERIFY2(finalize.err.contains(u"2026-01-26"_qs), qPrintable(finalize.err));
    // an advancing team cannot appeal; nc can
    QCOMPARE(chair(u"appeal add"_qs, {u"--team=lg"_qs, u"--grounds=g"_qs, u"--today=2026-01-20"_qs}).code, 2);
    const Run appeal = chair(u"appeal add"_qs, {u"--team=nc"_qs, u"--grounds=benchmark miscount"_qs,
                                                u"--today=2026-01-20"_qs});
    QCOMPARE(appeal.code, 0);
    QVERIFY2(appeal.out.contains(u"committee: chair"_qs), qPrintable(appeal.out));
    finalize = chair(u"finalize"_qs, {u"--today=2026-01-26"_qs});
    QCOMPARE(finalize.code, 2);   // the appeal awaits its ruling
    QCOMPARE(chair(u"appeal rule"_qs, {u"--id=1"_qs, u"--ruling=rejected"_qs,
                                       u"--reason=recounted: no error"_qs, u"--today=2026-01-22"_qs}).code, 0);
    finalize = chair(u"finalize"_qs, {u"--today=2026-01-26"_qs});
    QCOMPARE(finalize.code, 0);

    const Run status = cli({u"decision"_qs, u"--db"_qs, db(), u"--json"_qs, u"--as"_qs, u"chair"_qs});
    QCOMPARE(status.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(root.value(u"state").toString(), u"final"_qs);
    const QJsonObject v1 = root.value(u"versions").toArray().at(0).toObject();
    QCOMPARE(v1.value(u"appeal_closes").toString(), u"2026-01-25"_qs);
    QCOMPARE(v1.value(u"final_on").toString(), u"2026-01-26"_qs);
    QCOMPARE(root.value(u"appeals").toArray().at(0).toObject().value(u"ruling").toString(),
             u"rejected"_qs);

    // the chair can check the fingerprint with sha256sum on the canonical inputs
    const QString inputs = m_dir->filePath(u"inputs.json"_qs);
    const Run fingerprint = cli({u"fingerprint"_qs, u"--db"_qs, db(), u"--version=1"_qs,
                                 u"--inputs-out"_qs, inputs, u"--as"_qs, u"chair"_qs});
    QCOMPARE(fingerprint.code, 0);
    QFile file(inputs);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(v1.value(u"fingerprint").toString(), sha);
    QVERIFY2(fingerprint.out.contains(u"current inputs: "_qs + sha), qPrintable(fingerprint.out));
    QVERIFY2(fingerprint.out.contains(u"still holds"_qs), qPrintable(fingerprint.out));
    // a final round refuses score edits and further steps
    QCOMPARE(chair(u"lock"_qs, {}).code, 2);
    QCOMPARE(chair(u"reopen"_qs, {u"--reason=x"_qs}).code, 2);
}

void TestDecisionCli::fingerprintCatchesTampering()
{
    QCOMPARE(chair(u"lock"_qs, {}).code, 0);
    QCOMPARE(chair(u"decide"_qs, {u"--today=2026-01-14"_qs, u"--reason=nc=a"_qs, u"--reason=naver=b"_qs}).code, 0);
    QCOMPARE(cli({u"fingerprint"_qs, u"--db"_qs, db()}).code, 0);
    {
        // somebody edits a benchmark result behind PanelDesk's back (dropping the guard first)
        pd::test::RawDb raw(db());
        raw.exec(u"DROP TRIGGER lock_benchmark_results_update"_qs);
        raw.exec(u"UPDATE benchmark_results SET score = score + 1.0 WHERE team_id = 'nc'"_qs);
    }
    const Run check = cli({u"fingerprint"_qs, u"--db"_qs, db()});
    QCOMPARE(check.code, 1);
    QVERIFY2(check.out.contains(u"DIFFER"_qs), qPrintable(check.out));
}

void TestDecisionCli::exportFormats()
{
    const QString json = m_dir->filePath(u"s.json"_qs);
    QCOMPARE(cli({u"export"_qs, u"--db"_qs, db(), u"--format=json"_qs, u"--out"_qs, json,
                  u"--as"_qs, u"chair"_qs}).code, 0);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(jsonFile.readAll(), cli({u"standings"_qs, u"--db"_qs, db(), u"--json"_qs, u"--as"_qs,
                                      u"chair"_qs}).out.toUtf8());
    // nobody signed in: the public view, the same as standings shows to nobody
    const QString publicJson = m_dir->filePath(u"p.json"_qs);
    QCOMPARE(cli({u"export"_qs, u"--db"_qs, db(), u"--format=json"_qs, u"--out"_qs, publicJson}, {}).code, 0);
    QFile publicFile(publicJson);
    QVERIFY(publicFile.open(QIODevice::ReadOnly));
    const QByteArray publicBytes = publicFile.readAll();
    QCOMPARE(publicBytes, cli({u"standings"_qs, u"--db"_qs, db(), u"--json"_qs}, {}).out.toUtf8());
    QVERIFY(publicBytes.contains("\"format\": \"paneldesk-public\""));
    QVERIFY(!publicBytes.contains("total"));
    const QString csv = m_dir->filePath(u"s.csv"_qs);
    QCOMPARE(cli({u"export"_qs, u"--db"_qs, db(), u"--format=csv"_qs, u"--bom"_qs, u"--out"_qs, csv,
                  u"--as"_qs, u"chair"_qs}).code, 0);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.readAll().startsWith("\xEF\xBB\xBFscore_rank,"));
    const QString xlsx = m_dir->filePath(u"s.xlsx"_qs);
    QCOMPARE(cli({u"export"_qs, u"--db"_qs, db(), u"--format=xlsx"_qs, u"--out"_qs, xlsx}).code, 0);
    QVERIFY(QFileInfo(xlsx).size() > 1000);
    // each reviewer's totals are the chair's
    const Run expert = cli({u"export"_qs, u"--db"_qs, db(), u"--format=xlsx"_qs, u"--out"_qs, xlsx,
                            u"--with-reviewers"_qs, u"--as"_qs, u"e01"_qs}, kExpertPass);
    QCOMPARE(expert.code, 2);
    QCOMPARE(cli({u"export"_qs, u"--db"_qs, db(), u"--format=xlsx"_qs, u"--out"_qs, xlsx,
                  u"--with-reviewers"_qs, u"--as"_qs, u"chair"_qs}).code, 0);
    QCOMPARE(cli({u"export"_qs, u"--db"_qs, db(), u"--format=pdf"_qs, u"--out"_qs, xlsx}).code, 2);
}

void TestDecisionCli::nextRoundFromFinal()
{
    const QString r2 = m_dir->filePath(u"r2.paneldesk"_qs);
    const QStringList next{u"next-round"_qs, u"--db"_qs, db(), u"--as"_qs, u"chair"_qs, u"--out"_qs,
                           r2, u"--id=R2"_qs, u"--name=2차 평가"_qs, u"--recall=kt=KT"_qs};
    const Run early = cli(next);
    QCOMPARE(early.code, 2);   // the round is not final yet
    QVERIFY(!QFileInfo::exists(r2));
    QCOMPARE(chair(u"lock"_qs, {}).code, 0);
    QCOMPARE(chair(u"decide"_qs, {u"--today=2026-01-14"_qs, u"--reason=nc=a"_qs, u"--reason=naver=b"_qs}).code, 0);
    QCOMPARE(chair(u"announce"_qs, {u"--date=2026-01-15"_qs, u"--today=2026-01-15"_qs}).code, 0);
    QCOMPARE(chair(u"finalize"_qs, {u"--today=2026-01-26"_qs}).code, 0);
    const Run created = cli(next);
    QCOMPARE(created.code, 0);
    const Run exported = cli({u"export-panel"_qs, u"--db"_qs, r2, u"--out"_qs,
                              m_dir->filePath(u"r2.json"_qs), u"--as"_qs, u"chair"_qs});
    QCOMPARE(exported.code, 0);
    QFile file(m_dir->filePath(u"r2.json"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"round"_qs).toObject().value(u"id"_qs).toString(), u"R2"_qs);
    QStringList teams;
    for (const QJsonValue &t : root.value(u"teams"_qs).toArray())
        teams << t.toObject().value(u"id"_qs).toString() + u'@'
                     + t.toObject().value(u"entered_round"_qs).toString();
    QCOMPARE(teams, (QStringList{u"lg@R1"_qs, u"skt@R1"_qs, u"upstage@R1"_qs, u"kt@R2"_qs}));
}

// --eliminate / --advance: the second evaluation's "4 teams, eliminate 1"; a cut larger than
// the field, both options, or a bad number are refused with 2 and no file.
void TestDecisionCli::nextRoundWithItsOwnCut()
{
    QCOMPARE(chair(u"lock"_qs, {}).code, 0);
    QCOMPARE(chair(u"decide"_qs, {u"--today=2026-01-14"_qs, u"--reason=nc=a"_qs, u"--reason=naver=b"_qs}).code, 0);
    QCOMPARE(chair(u"announce"_qs, {u"--date=2026-01-15"_qs, u"--today=2026-01-15"_qs}).code, 0);
    QCOMPARE(chair(u"finalize"_qs, {u"--today=2026-01-26"_qs}).code, 0);
    const QString r2 = m_dir->filePath(u"r2.paneldesk"_qs);
    const auto next = [&](const QStringList &more) {
        QStringList arguments{u"next-round"_qs, u"--db"_qs, db(), u"--as"_qs, u"chair"_qs, u"--out"_qs,
                              r2, u"--id=R2"_qs, u"--recall=kt=KT"_qs};
        return cli(arguments << more);
    };
    for (const QStringList &refused : {QStringList{u"--eliminate=5"_qs}, QStringList{u"--advance=9"_qs},
                                       QStringList{u"--eliminate=1"_qs, u"--advance=3"_qs},
                                       QStringList{u"--eliminate=one"_qs}, QStringList{u"--eliminate=-1"_qs}}) {
        const Run run = next(refused);
        QVERIFY2(run.code == 2, qPrintable(refused.join(u' ') + u": "_qs + run.err));
        QVERIFY(!QFileInfo::exists(r2));
    }
    QVERIFY2(next({u"--eliminate=5"_qs}).err.contains(u"holds only 4"_qs), "the field is named");
    const Run created = next({u"--eliminate=1"_qs});
    QCOMPARE(created.code, 0);
    QCOMPARE(cli({u"export-panel"_qs, u"--db"_qs, r2, u"--out"_qs, m_dir->filePath(u"r2.json"_qs),
                  u"--as"_qs, u"chair"_qs}).code, 0);
    QFile file(m_dir->filePath(u"r2.json"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject cut = QJsonDocument::fromJson(file.readAll()).object().value(u"round"_qs)
                                .toObject().value(u"cut"_qs).toObject();
    QCOMPARE(cut.value(u"eliminate"_qs).toInt(-1), 1);
    QVERIFY(!cut.contains(u"advance"_qs));
    QVERIFY(cli({u"next-round"_qs, u"--help"_qs}, {}).out.contains(u"--eliminate <N>"_qs));
}

void TestDecisionCli::malformedDatesAreInvalidInput_data()
{
    QTest::addColumn<QString>("today");
    QTest::newRow("text") << u"yesterday"_qs;
    QTest::newRow("no such day") << u"2026-02-30"_qs;
    QTest::newRow("short") << u"2026-1-5"_qs;
}

void TestDecisionCli::malformedDatesAreInvalidInput()
{
    QFETCH(QString, today);
    const Run run = chair(u"announce"_qs, {u"--date=2026-01-15"_qs, u"--today="_qs + today});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"--today"_qs), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestDecisionCli)
#include "tst_decisioncli.moc"
