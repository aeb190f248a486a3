// Who may see and change a team's independence findings (access/FindingsAccess.h), for
// every role with and without a conflict of interest, and what a member who may not see
// them is handed (the verdict only: no component, no note).
#include "AccessFixtures.h"

#include "access/FindingsAccess.h"

#include <QtTest>

using namespace pd;
using namespace pd::test;

class TestFindingsAccess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("team");
        QTest::addColumn<bool>("see");
        QTest::addColumn<bool>("edit");
        QTest::addColumn<bool>("verdict");
        // expert a is conflicted with z; secretariat s with x
        QTest::newRow("expert, own team") << "a" << "x" << true << true << false;
        QTest::newRow("expert, conflicted") << "a" << "z" << false << false << false;
        QTest::newRow("other expert, same team") << "b" << "z" << true << true << false;
        QTest::newRow("chair") << "h" << "x" << true << true << true;
        QTest::newRow("secretariat") << "s" << "y" << true << false << false;
        QTest::newRow("secretariat, conflicted") << "s" << "x" << false << false << false;
        QTest::newRow("observer") << "o" << "x" << false << false << false;
        QTest::newRow("unknown member") << "zz" << "x" << false << false << false;
    }

    void rules()
    {
        QFETCH(QString, member);
        QFETCH(QString, team);
        QFETCH(bool, see);
        QFETCH(bool, edit);
        QFETCH(bool, verdict);
        const Panel panel = accessPanel();
        QCOMPARE(maySeeFindings(panel, member, team), see);
        QCOMPARE(mayEditFindings(panel, member, team), edit);
        QCOMPARE(mayRecordVerdict(panel, member, team), verdict);
    }

    void conflictedChairRecordsNothing()
    {
        Panel panel = accessPanel();
        for (Reviewer &r : panel.reviewers)
            if (r.id == QLatin1String("h"))
                r.conflicts = {QStringLiteral("y")};
        QVERIFY(!mayRecordVerdict(panel, QStringLiteral("h"), QStringLiteral("y")));
        QVERIFY(!maySeeFindings(panel, QStringLiteral("h"), QStringLiteral("y")));
        QVERIFY(mayRecordVerdict(panel, QStringLiteral("h"), QStringLiteral("x")));
    }

    void hiddenFindingsKeepOnlyTheVerdict()
    {
        TeamFindings findings;
        findings.team = QStringLiteral("z");
        findings.verdict = Verdict::Fail;
        findings.rationale = QStringLiteral("weights reused");
        ComponentFinding encoder;
        encoder.component = QStringLiteral("vision encoder");
        findings.components = {{7, encoder}};
        findings.notes = {{7, QStringLiteral("b"), QStringLiteral("seen"), {}}};
        const Panel panel = accessPanel();
        QVERIFY(visibleFindings(panel, findings, QStringLiteral("b")) == findings);
        const TeamFindings hidden = visibleFindings(panel, findings, QStringLiteral("a"));
        QVERIFY(hidden.components.empty());
        QVERIFY(hidden.notes.empty());
        QCOMPARE(toString(hidden.verdict), QStringLiteral("fail"));
        QCOMPARE(hidden.rationale, findings.rationale);
        QVERIFY(visibleFindings(panel, findings, QStringLiteral("o")).components.empty());
    }
};

QTEST_GUILESS_MAIN(TestFindingsAccess)
#include "tst_findingsaccess.moc"
