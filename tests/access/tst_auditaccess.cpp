// What the audit log shows of each entry (access/AuditAccess.h): a draft edit's values and
// item only to the member who made it on their own sheet; to everyone else, the chair
// included, that the sheet was edited, with no value. Submitting, reopening and every other
// entry are shown as written.

#include "access/AuditAccess.h"

#include <QtTest>

using namespace pd;

namespace {

AuditEntry entry(const char *actor, const char *action, const char *entity, const char *oldValue,
                 const char *newValue)
{
    AuditEntry e;
    e.id = 1;
    e.at = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
    e.actor = QString::fromLatin1(actor);
    e.action = QString::fromLatin1(action);
    e.entity = QString::fromLatin1(entity);
    e.oldValue = QString::fromLatin1(oldValue);
    e.newValue = QString::fromLatin1(newValue);
    e.reason = u"why"_qs;
    return e;
}

} // namespace

class TestAuditAccess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<AuditEntry>("entry");
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<bool>("hidden");
        QTest::addColumn<QString>("entity");   // as shown
        const AuditEntry score = entry("e02", "expert-score", "expert_scores/R1/e02/lg/technology",
                                       R"({"comment":"","score":12})", R"({"comment":"MARK","score":14.5})");
        const AuditEntry cleared = entry("e02", "clear-expert-score", "expert_scores/R1/e02/lg/impact",
                                         R"({"comment":"","score":7})", "");
        const AuditEntry opinion = entry("e02", "sheet-opinion", "sheets/R1/e02/lg", "",
                                         R"({"opinion":"MARK"})");
        const AuditEntry submit = entry("e02", "submit-sheet", "sheets/R1/e02/lg", R"({"state":"draft"})",
                                        R"({"state":"submitted","total":30})");
        const AuditEntry reopen = entry("chair", "reopen-sheet", "sheets/R1/e02/lg",
                                        R"({"state":"submitted"})", R"({"state":"draft"})");
        const AuditEntry verdict = entry("chair", "record-verdict", "independence/R1/lg",
                                         R"({"verdict":"pending"})", R"({"verdict":"pass"})");
        // a score written into e02's sheet by someone else (the CLI): e02 did not write it
        const AuditEntry byCli = entry("cli", "expert-score", "expert_scores/R1/e02/lg/strategy", "",
                                       R"({"comment":"","score":5})");
        const QString sheet = u"expert_scores/R1/e02/lg"_qs;
        QTest::newRow("own score edit") << score << u"e02"_qs << false << score.entity;
        QTest::newRow("score edit, chair") << score << u"chair"_qs << true << sheet;
        QTest::newRow("score edit, other expert") << score << u"e01"_qs << true << sheet;
        QTest::newRow("score edit, nobody") << score << QString() << true << sheet;
        QTest::newRow("own clear") << cleared << u"e02"_qs << false << cleared.entity;
        QTest::newRow("clear, chair") << cleared << u"chair"_qs << true << sheet;
        QTest::newRow("own opinion") << opinion << u"e02"_qs << false << opinion.entity;
        QTest::newRow("opinion, chair") << opinion << u"chair"_qs << true << opinion.entity;
        QTest::newRow("submit, chair") << submit << u"chair"_qs << false << submit.entity;
        QTest::newRow("reopen, chair") << reopen << u"chair"_qs << false << reopen.entity;
        QTest::newRow("verdict, expert") << verdict << u"e01"_qs << false << verdict.entity;
        QTest::newRow("written by the cli, owner") << byCli << u"e02"_qs << true << sheet;
        QTest::newRow("written by the cli, cli") << byCli << u"cli"_qs << true << sheet;
    }
    void values()
    {
        QFETCH(AuditEntry, entry);
        QFETCH(QString, viewer);
        QFETCH(bool, hidden);
        QFETCH(QString, entity);
        QCOMPARE(maySeeAuditValues(entry, viewer), !hidden);
        const std::vector<ShownAuditEntry> shown = visibleAuditLog({entry}, viewer);
        QCOMPARE(shown.size(), size_t(1));
        QCOMPARE(shown[0].valuesHidden, hidden);
        QCOMPARE(shown[0].entry.entity, entity);
        QCOMPARE(shown[0].entry.actor, entry.actor);
        QCOMPARE(shown[0].entry.action, entry.action);
        QCOMPARE(shown[0].entry.at, entry.at);
        if (hidden) {
            QVERIFY(shown[0].entry.oldValue.isEmpty());
            QVERIFY(shown[0].entry.newValue.isEmpty());
        } else {
            QCOMPARE(shown[0].entry.oldValue, entry.oldValue);
            QCOMPARE(shown[0].entry.newValue, entry.newValue);
        }
    }

    void draftEditsAndOwners()
    {
        QVERIFY(isDraftEdit(entry("e", "expert-score", "expert_scores/R1/e/t/i", "", "")));
        QVERIFY(isDraftEdit(entry("e", "clear-expert-score", "expert_scores/R1/e/t/i", "", "")));
        QVERIFY(isDraftEdit(entry("e", "sheet-opinion", "sheets/R1/e/t", "", "")));
        QVERIFY(!isDraftEdit(entry("e", "submit-sheet", "sheets/R1/e/t", "", "")));
        QVERIFY(!isDraftEdit(entry("e", "import-sheets", "sheets/R1/e", "", "")));
        QCOMPARE(draftOwner(entry("x", "expert-score", "expert_scores/R1/e07/t/i", "", "")), u"e07"_qs);
        QCOMPARE(draftOwner(entry("x", "sheet-opinion", "sheets/R1/e07/t", "", "")), u"e07"_qs);
        QCOMPARE(draftOwner(entry("x", "submit-sheet", "sheets/R1/e07/t", "", "")), QString());
        // a malformed entity has no owner: nobody sees its values
        QVERIFY(!maySeeAuditValues(entry("e", "expert-score", "expert_scores", "1", "2"), u"e"_qs));
    }

    void orderAndCountKept()
    {
        std::vector<AuditEntry> log;
        for (int i = 0; i < 5; ++i) {
            AuditEntry e = entry(i % 2 ? "e01" : "e02", "expert-score", "expert_scores/R1/e02/lg/strategy", "", "{}");
            e.id = i + 1;
            log.push_back(e);
        }
        const std::vector<ShownAuditEntry> shown = visibleAuditLog(log, u"chair"_qs);
        QCOMPARE(shown.size(), log.size());
        for (size_t i = 0; i < log.size(); ++i)
            QCOMPARE(shown[i].entry.id, log[i].id);
    }
};

QTEST_GUILESS_MAIN(TestAuditAccess)
#include "tst_auditaccess.moc"
