// The life of a score sheet in the store: submit (only its reviewer, only when complete —
// the message names the missing items), locked once submitted, reopened only by the chair
// with a reason that is audited; the overall opinion; clearing one score (the undo of a
// first entry). Every refusal changes nothing, not even the audit log.
#include "services/SheetService.h"
#include "StorageTestSupport.h"

#include "domain/Errors.h"
#include "storage/SqliteStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace pd;
using namespace pd::test;

namespace {

const QString e01 = QStringLiteral("e01");   // chair, holds a submitted sheet for lg
const QString e02 = QStringLiteral("e02");   // expert, a draft for lg (strategy only), conflict nc
const QString e03 = QStringLiteral("e03");   // expert, a submitted sheet for upstage
const QString lg = QStringLiteral("lg");

ExpertScore draft(const QString &reviewer, const QString &team, const char *item, double score)
{
    return ExpertScore{reviewer, team, QString::fromLatin1(item), score, false, {}};
}

// The InputError message of `action`, or "" when it did not throw one.
QString refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const InputError &error) {
        return error.message();
    }
    return {};
}

QJsonObject object(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

class TestSheets : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;

    QString state(const QString &reviewer, const QString &team)
    {
        RawDb raw(m_path);
        QSqlQuery q(raw.db());
        q.prepare(QStringLiteral("SELECT state FROM sheets WHERE reviewer_id = ? AND team_id = ?"));
        q.addBindValue(reviewer);
        q.addBindValue(team);
        if (!q.exec() || !q.next())
            return QStringLiteral("none");
        return q.value(0).toString();
    }

    void completeE02Lg()
    {
        m_store->setExpertScore(draft(e02, lg, "technology", 10), e02);
        m_store->setExpertScore(draft(e02, lg, "impact", 5.5), e02);
    }

    // Runs `action`, expects an InputError containing `expected` and no change at all.
    void expectRefused(const std::function<void()> &action, const QString &expected)
    {
        const Panel before = m_store->loadPanel();
        const std::vector<SheetRecord> sheetsBefore = m_store->loadSheets();
        const auto auditBefore = m_store->auditLog().size();
        const QString message = refusal(action);
        QVERIFY2(!message.isEmpty(), "not refused");
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(firstDifference(m_store->loadPanel(), before), QString());
        QVERIFY(m_store->loadSheets() == sheetsBefore);
        QCOMPARE(m_store->auditLog().size(), auditBefore);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("sheets%1.db").arg(++m_counter));
        m_store = SqliteStore::create(m_path);
        m_store->replacePanel(fullPanel(), QStringLiteral("cli"));
    }

    void cleanup() { m_store.reset(); }

    void loadSheetsInMemberThenTeamOrder()
    {
        const std::vector<SheetRecord> sheets = m_store->loadSheets();
        QCOMPARE(sheets.size(), size_t(3));
        QVERIFY((sheets[0] == SheetRecord{e03, QStringLiteral("upstage"), true, {}}));
        QVERIFY((sheets[1] == SheetRecord{e01, lg, true, {}}));
        QVERIFY((sheets[2] == SheetRecord{e02, lg, false, {}}));
    }

    void loadExpertScore()
    {
        const auto stored = m_store->loadExpertScore(e02, lg, QStringLiteral("strategy"));
        QVERIFY(stored);
        QCOMPARE(stored->score, 7.5);
        QCOMPARE(stored->comment, QStringLiteral("초안: 다시 볼 것"));
        QVERIFY(!stored->submitted);
        QVERIFY(m_store->loadExpertScore(e01, lg, QStringLiteral("technology"))->submitted);
        QVERIFY(!m_store->loadExpertScore(e02, lg, QStringLiteral("impact")));
        QVERIFY(!m_store->loadExpertScore(QStringLiteral("nobody"), lg, QStringLiteral("impact")));
    }

    void submitIncompleteNamesMissingItems()
    {
        expectRefused([this] { m_store->submitSheet(e02, lg, e02); },
                      QStringLiteral("score these items first: 기술 (technology), "
                                     "파급 효과 (impact)"));
        QCOMPARE(state(e02, lg), QStringLiteral("draft"));
        // one item left
        m_store->setExpertScore(draft(e02, lg, "technology", 10), e02);
        const QString message = refusal([this] { m_store->submitSheet(e02, lg, e02); });
        QVERIFY2(message.endsWith(QStringLiteral("first: 파급 효과 (impact)")), qPrintable(message));
    }

    void submitNotStartedNamesEveryItem()
    {
        expectRefused([this] { m_store->submitSheet(e02, QStringLiteral("skt"), e02); },
                      QStringLiteral("개발 전략 (strategy), 기술 (technology), 파급 효과 (impact)"));
        QCOMPARE(state(e02, QStringLiteral("skt")), QStringLiteral("none"));
    }

    void submitRefusals_data()
    {
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<QString>("team");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("expected");
        QTest::newRow("another member") << e02 << lg << e01 << "only e02 can submit";
        QTest::newRow("the secretariat") << e02 << lg << "s01" << "only e02 can submit";
        QTest::newRow("already submitted") << e01 << lg << e01 << "already submitted";
        QTest::newRow("conflicted") << e02 << "nc" << e02 << "conflict of interest with team nc";
        QTest::newRow("unknown reviewer") << "e99" << lg << "e99" << "unknown reviewer \"e99\"";
        QTest::newRow("unknown team") << e02 << "xx" << e02 << "unknown team \"xx\"";
        QTest::newRow("no actor") << e02 << lg << "" << "needs an actor";
    }

    void submitRefusals()
    {
        QFETCH(QString, reviewer);
        QFETCH(QString, team);
        QFETCH(QString, actor);
        QFETCH(QString, expected);
        completeE02Lg();   // complete, so that only the tested reason refuses it
        expectRefused([&] { m_store->submitSheet(reviewer, team, actor); }, expected);
    }

    void submitLocksTheSheet()
    {
        completeE02Lg();
        m_store->setSheetOpinion(e02, lg, QStringLiteral("solid work"), e02);
        const auto auditBefore = m_store->auditLog().size();
        m_store->submitSheet(e02, lg, e02);
        QCOMPARE(state(e02, lg), QStringLiteral("submitted"));
        for (const ExpertScore &s : m_store->loadPanel().expertScores)
            if (s.reviewer == e02 && s.team == lg)
                QVERIFY(s.submitted);

        const auto log = m_store->auditLog();
        QCOMPARE(log.size(), auditBefore + 1);
        QCOMPARE(log.back().action, QStringLiteral("submit-sheet"));
        QCOMPARE(log.back().actor, e02);
        QCOMPARE(log.back().entity, QStringLiteral("sheets/R1/e02/lg"));
        QCOMPARE(object(log.back().oldValue).value(QStringLiteral("state")).toString(),
                 QStringLiteral("draft"));
        QCOMPARE(object(log.back().newValue).value(QStringLiteral("state")).toString(),
                 QStringLiteral("submitted"));
        QCOMPARE(object(log.back().newValue).value(QStringLiteral("total")).toDouble(), 23.0);

        // locked: scores, comments, the opinion, clearing
        expectRefused([this] { m_store->setExpertScore(draft(e02, lg, "strategy", 8), e02); },
                      QStringLiteral("is submitted"));
        expectRefused([this] { m_store->setSheetOpinion(e02, lg, QStringLiteral("changed"), e02); },
                      QStringLiteral("its opinion can no longer change"));
        expectRefused([this] { m_store->clearExpertScore(e02, lg, QStringLiteral("impact"), e02); },
                      QStringLiteral("its scores can no longer change"));
        // and visible to a second connection at once
        QCOMPARE(SqliteStore::open(m_path)->loadSheets().back().submitted, true);
    }

    void reopenByNonChairRefused_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::newRow("the reviewer") << e03;
        QTest::newRow("another expert") << e02;
        QTest::newRow("secretariat") << "s01";
        QTest::newRow("observer") << "o01";
        QTest::newRow("unknown") << "e99";
        QTest::newRow("cli") << "cli";
    }

    void reopenByNonChairRefused()
    {
        QFETCH(QString, actor);
        expectRefused([&] { reopenSheetAs(*m_store, e03, QStringLiteral("upstage"),
                                          QStringLiteral("a reason"), actor); },
                      QStringLiteral("only the chair can reopen"));
        QCOMPARE(state(e03, QStringLiteral("upstage")), QStringLiteral("submitted"));
    }

    void reopenWithoutReasonRefused_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::newRow("null") << QString();
        QTest::newRow("empty") << QStringLiteral("");
        QTest::newRow("blank") << QStringLiteral(" \t\n");
    }

    void reopenWithoutReasonRefused()
    {
        QFETCH(QString, reason);
        expectRefused([&] { m_store->reopenSheet(e03, QStringLiteral("upstage"), reason, e01); },
                      QStringLiteral("needs a reason"));
    }

    void reopenOfDraftOrMissingSheetRefused()
    {
        expectRefused([this] { m_store->reopenSheet(e02, lg, QStringLiteral("why"), e01); },
                      QStringLiteral("is not submitted"));
        expectRefused([this] { m_store->reopenSheet(e02, QStringLiteral("skt"),
                                                    QStringLiteral("why"), e01); },
                      QStringLiteral("is not submitted"));
    }

    void reopenByChairLoggedWithReason()
    {
        const QString upstage = QStringLiteral("upstage");
        const QString reason = QStringLiteral("기술 점수 입력 오류 (typo)");
        m_store->reopenSheet(e03, upstage, reason, e01);
        QCOMPARE(state(e03, upstage), QStringLiteral("draft"));
        const AuditEntry entry = m_store->auditLog().back();
        QCOMPARE(entry.action, QStringLiteral("reopen-sheet"));
        QCOMPARE(entry.actor, e01);
        QCOMPARE(entry.entity, QStringLiteral("sheets/R1/e03/upstage"));
        QCOMPARE(entry.reason, reason);
        QCOMPARE(object(entry.newValue).value(QStringLiteral("state")).toString(),
                 QStringLiteral("draft"));
        // editable again, and it can be submitted again by its reviewer
        m_store->setExpertScore(draft(e03, upstage, "technology", 14), e03);
        m_store->submitSheet(e03, upstage, e03);
        QCOMPARE(state(e03, upstage), QStringLiteral("submitted"));
    }

    void opinionIsStoredAndAudited()
    {
        m_store->setSheetOpinion(e02, lg, QStringLiteral("전략이 구체적임"), e02);
        QCOMPARE(m_store->loadSheets().back().opinion, QStringLiteral("전략이 구체적임"));
        AuditEntry entry = m_store->auditLog().back();
        QCOMPARE(entry.action, QStringLiteral("sheet-opinion"));
        QCOMPARE(entry.entity, QStringLiteral("sheets/R1/e02/lg"));
        QVERIFY(entry.oldValue.isEmpty());   // a draft edit: no values (trust.md)
        QVERIFY(entry.newValue.isEmpty());

        // the same text again: nothing written
        const auto count = m_store->auditLog().size();
        m_store->setSheetOpinion(e02, lg, QStringLiteral("전략이 구체적임"), e02);
        QCOMPARE(m_store->auditLog().size(), count);

        m_store->setSheetOpinion(e02, lg, QString(), e02);
        QCOMPARE(m_store->loadSheets().back().opinion, QString());
        entry = m_store->auditLog().back();
        QCOMPARE(entry.action, QStringLiteral("sheet-opinion"));
        QVERIFY(!entry.oldValue.contains(QStringLiteral("전략")));
    }

    void opinionStartsADraftSheet()
    {
        const QString skt = QStringLiteral("skt");
        m_store->setSheetOpinion(e02, skt, QString(), e02);   // nothing to store
        QCOMPARE(state(e02, skt), QStringLiteral("none"));
        m_store->setSheetOpinion(e02, skt, QStringLiteral("first thoughts"), e02);
        QCOMPARE(state(e02, skt), QStringLiteral("draft"));
        QVERIFY(m_store->auditLog().back().oldValue.isEmpty());
        // the sheet has no score: the panel has no row for it
        for (const ExpertScore &s : m_store->loadPanel().expertScores)
            QVERIFY(!(s.reviewer == e02 && s.team == skt));
    }

    void opinionRefusals()
    {
        expectRefused([this] { m_store->setSheetOpinion(e02, QStringLiteral("nc"),
                                                        QStringLiteral("x"), e02); },
                      QStringLiteral("conflict of interest"));
        expectRefused([this] { m_store->setSheetOpinion(e01, lg, QStringLiteral("x"), e01); },
                      QStringLiteral("is submitted"));
        expectRefused([this] { m_store->setSheetOpinion(e02, lg, QStringLiteral("x"), QString()); },
                      QStringLiteral("needs an actor"));
    }

    void clearScoreOfADraft()
    {
        const QString strategy = QStringLiteral("strategy");
        m_store->clearExpertScore(e02, lg, strategy, e02);
        QVERIFY(!m_store->loadExpertScore(e02, lg, strategy));
        // the sheet held nothing else: gone, i.e. not started again
        QCOMPARE(state(e02, lg), QStringLiteral("none"));
        const AuditEntry entry = m_store->auditLog().back();
        QCOMPARE(entry.action, QStringLiteral("clear-expert-score"));
        QCOMPARE(entry.entity, QStringLiteral("expert_scores/R1/e02/lg/strategy"));
        QVERIFY(entry.oldValue.isEmpty());   // no values
        QVERIFY(entry.newValue.isEmpty());
        // clearing what is not there changes nothing
        const auto count = m_store->auditLog().size();
        m_store->clearExpertScore(e02, lg, strategy, e02);
        QCOMPARE(m_store->auditLog().size(), count);
    }

    void clearKeepsASheetWithAnOpinionOrOtherScores()
    {
        m_store->setExpertScore(draft(e02, lg, "impact", 1), e02);
        m_store->clearExpertScore(e02, lg, QStringLiteral("impact"), e02);
        QCOMPARE(state(e02, lg), QStringLiteral("draft"));   // strategy is still there
        m_store->setSheetOpinion(e02, lg, QStringLiteral("keep me"), e02);
        m_store->clearExpertScore(e02, lg, QStringLiteral("strategy"), e02);
        QCOMPARE(state(e02, lg), QStringLiteral("draft"));
        QCOMPARE(m_store->loadSheets().back().opinion, QStringLiteral("keep me"));
    }

    void clearRefusals()
    {
        expectRefused([this] { m_store->clearExpertScore(e01, lg, QStringLiteral("impact"), e01); },
                      QStringLiteral("is submitted"));
        expectRefused([this] { m_store->clearExpertScore(e02, lg, QStringLiteral("charm"), e02); },
                      QStringLiteral("unknown rubric item \"charm\""));
        expectRefused([this] { m_store->clearExpertScore(e02, QStringLiteral("xx"),
                                                         QStringLiteral("impact"), e02); },
                      QStringLiteral("unknown team \"xx\""));
    }

    void noRoundYet()
    {
        auto empty = SqliteStore::create(m_dir.filePath(QStringLiteral("empty%1.db").arg(m_counter)));
        QVERIFY(empty->loadSheets().empty());
        QVERIFY(!empty->loadExpertScore(e02, lg, QStringLiteral("impact")));
        QVERIFY(refusal([&] { empty->submitSheet(e02, lg, e02); }).contains(QLatin1String("no round")));
        QVERIFY(refusal([&] { empty->setSheetOpinion(e02, lg, QStringLiteral("x"), e02); })
                    .contains(QLatin1String("no round")));
    }
};

QTEST_GUILESS_MAIN(TestSheets)
#include "tst_sheets.moc"
