// paneldesk-cli agreement end to end on the demo database (issue 4, item 5): the JSON
// (format paneldesk-agreement v1, docs/agreement.md) carries the model's figures at full
// precision, the table prints the same figures, and the exit codes follow CliSupport.

#include "CliTestSupport.h"
#include "actions/PanelDatabase.h"
#include "analysis/Agreement.h"
#include "demo/DemoPanel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestAgreementCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void json();
    void table();
    void exitCodes();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments) const
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
    QString db() const { return m_dir.filePath(u"demo.paneldesk"_qs); }

    QTemporaryDir m_dir;
    PanelAgreement m_expected;
};

void TestAgreementCli::initTestCase()
{
    const Run demo = cli({u"demo"_qs, u"--db"_qs, db()});
    QVERIFY2(demo.code == 0, demo.err.constData());
    m_expected = computeAgreement(buildDemoPanel());
    QVERIFY(m_expected.kendall.computable());
    QVERIFY(m_expected.icc.computable());
}

void TestAgreementCli::json()
{
    const Run run = cli({u"agreement"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, db(), u"--json"_qs});
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(root.value(u"format").toString(), u"paneldesk-agreement"_qs);
    QCOMPARE(root.value(u"version").toInt(), 1);
    QCOMPARE(root.value(u"round").toString(), u"R1"_qs);
    QCOMPARE(root.value(u"notice").toString(), demoNotice());
    QCOMPARE(root.value(u"counted_sheets").toInt(), 50);
    QCOMPARE(root.value(u"table").toObject().value(u"experts").toArray().size(), 10);
    QCOMPARE(root.value(u"table").toObject().value(u"teams").toArray().size(), 5);

    // Full precision: the numbers read back are the model's doubles exactly.
    const QJsonObject w = root.value(u"kendall_w").toObject();
    QVERIFY(w.value(u"computable").toBool());
    QCOMPARE(w.value(u"w").toDouble(), m_expected.kendall.w);
    QCOMPARE(w.value(u"chi_square").toDouble(), m_expected.kendall.chiSquare);
    QCOMPARE(w.value(u"df").toInt(), 4);
    QCOMPARE(w.value(u"p_value").toDouble(), m_expected.kendall.pValue);
    QCOMPARE(w.value(u"explanation").toString(), explainKendall(m_expected.kendall));
    const QJsonObject icc = root.value(u"icc_2_1").toObject();
    QCOMPARE(icc.value(u"value").toDouble(), m_expected.icc.value);
    QCOMPARE(icc.value(u"band").toString(), toString(m_expected.icc.band));

    const QJsonArray experts = root.value(u"experts").toArray();
    QCOMPARE(experts.size(), qsizetype(m_expected.experts.size()));
    for (qsizetype i = 0; i < experts.size(); ++i) {
        const QJsonObject e = experts.at(i).toObject();
        const ExpertAgreement &x = m_expected.experts[static_cast<std::size_t>(i)];
        QCOMPARE(e.value(u"id").toString(), x.reviewer);
        QCOMPARE(e.value(u"sheets").toInt(), 5);
        QVERIFY(e.value(u"in_table").toBool());
        QCOMPARE(e.value(u"leniency").toDouble(), *x.leniency);
        QCOMPARE(e.value(u"rank_correlation").toDouble(), *x.rankCorrelation);
        QCOMPARE(e.value(u"flags").toArray().size(), qsizetype(x.flags.size()));
        QCOMPARE(e.value(u"explanation").toString(), x.explanation);
    }
}

void TestAgreementCli::table()
{
    const Run run = cli({u"agreement"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, db()});
    QCOMPARE(run.code, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(formatCoefficient(m_expected.kendall.w)), run.out.constData());
    QVERIFY(text.contains(formatPValue(m_expected.kendall.pValue)));
    QVERIFY(text.contains(formatCoefficient(m_expected.icc.value)));
    QVERIFY(text.contains(demoNotice()));
    for (const ExpertAgreement &e : m_expected.experts) {
        QVERIFY(text.contains(formatLeniency(*e.leniency, 2)));
        QVERIFY(text.contains(e.explanation));
    }
}

void TestAgreementCli::exitCodes()
{
    Run run = cli({u"agreement"_qs});
    QCOMPARE(run.code, 2);   // --db missing
    QVERIFY(run.err.contains("--db"));
    run = cli({u"agreement"_qs, u"--as"_qs, u"chair"_qs, u"--db"_qs, db(), u"--bogus"_qs});
    QCOMPARE(run.code, 2);
    run = cli({u"agreement"_qs, u"--help"_qs});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("--json"));

    QFile file(m_dir.filePath(u"notes.txt"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello\n");
    file.close();
    run = cli({u"agreement"_qs, u"--db"_qs, m_dir.filePath(u"notes.txt"_qs)});
    QCOMPARE(run.code, 1);   // not a panel database: a store error
    run = cli({u"agreement"_qs, u"--db"_qs, m_dir.filePath(u"missing.paneldesk"_qs)});
    QCOMPARE(run.code, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing.paneldesk"_qs)));
}

QTEST_GUILESS_MAIN(TestAgreementCli)
#include "tst_agreementcli.moc"
