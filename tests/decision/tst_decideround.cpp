// The chair's "decide the round" use case (decision/DecideRound.h) without widgets: only the
// chair may; the plan names the teams that need a reason, in standings order; incomplete
// standings are refused before anything is asked; a refusal changes nothing; the decision
// is recorded as version 1 with the chair's reasons. (The tie at the cut is driven through
// the Decision tab in gui.decisionpage.)

#include "actions/PanelDatabase.h"
#include "decision/DecideRound.h"
#include "domain/Errors.h"
#include "storage/SqliteStore.h"
#include "../trust/SignAs.h"
#include "demo/DemoPassphrases.h"

#include <QtTest>

using namespace pd;

class TestDecideRound : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    const Member m_chair{u"chair"_qs, u"위원장"_qs, Role::Chair, {}, true};
    int m_count = 0;

    static std::optional<TieResolution> noTieExpected(const TeamNames &tied)
    {
        QTest::qFail("no tie expected in the demo", __FILE__, __LINE__);
        return TieResolution{{tied.constFirst().first}, {}};
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.paneldesk").arg(++m_count));
        createDemoDatabase(path, {false, u"demo"_qs});
        m_store = SqliteStore::open(path);
        pd::test::signAs(*m_store, m_chair.id, demoPassphrase(Role::Chair));
    }
    void cleanup() { m_store.reset(); }

    void onlyTheChairDecides_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("expert") << int(Role::Expert);
        QTest::newRow("secretariat") << int(Role::Secretariat);
        QTest::newRow("observer") << int(Role::Observer);
    }
    void onlyTheChairDecides()
    {
        QFETCH(int, role);
        m_store->lockRound(m_chair.id);
        const Member other{u"e01"_qs, u"전문가 1"_qs, Role(role), {}, true};
        QVERIFY_THROWS_EXCEPTION(InputError, prepareDecision(*m_store, other, noTieExpected));
        const std::optional<DecisionPlan> plan = prepareDecision(*m_store, m_chair, noTieExpected);
        QVERIFY(plan);
        QVERIFY_THROWS_EXCEPTION(InputError, recordDecision(*m_store, *plan, {}, QDate(2026, 1, 14), other));
        QVERIFY(m_store->loadRoundStatus().versions.empty());
    }

    void planNamesTheTeamsThatNeedAReason()
    {
        m_store->lockRound(m_chair.id);
        const std::optional<DecisionPlan> plan = prepareDecision(*m_store, m_chair, noTieExpected);
        QVERIFY(plan);
        QVERIFY(plan->ties.empty());
        QVERIFY(plan->standings.complete);
        QCOMPARE(plan->needReasons.size(), size_t(2));
        QCOMPARE(plan->needReasons[0].first, u"naver"_qs);   // standings order: rank 4, then 5
        QCOMPARE(int(plan->needReasons[0].second), int(Outcome::Disqualified));
        QCOMPARE(plan->needReasons[1].first, u"nc"_qs);
        QCOMPARE(int(plan->needReasons[1].second), int(Outcome::EliminatedScore));

        // a missing reason is refused by the store and changes nothing
        QVERIFY_THROWS_EXCEPTION(InputError, recordDecision(*m_store, *plan, {{u"nc"_qs, u"lowest"_qs}},
                                                            QDate(2026, 1, 14), m_chair));
        QVERIFY(m_store->loadRoundStatus().versions.empty());

        QCOMPARE(recordDecision(*m_store, *plan, {{u"nc"_qs, u"lowest total"_qs}, {u"naver"_qs, u"independence"_qs}},
                                QDate(2026, 1, 14), m_chair),
                 1);
        const RoundStatus status = m_store->loadRoundStatus();
        QCOMPARE(int(status.state), int(RoundState::Decided));
        QCOMPARE(status.latest()->outcomeOf(u"nc"_qs)->reason, u"lowest total"_qs);
        QCOMPARE(status.latest()->decidedBy, m_chair.id);
    }

    void incompleteStandingsAreRefusedFirst()
    {
        m_store->recordVerdict(u"skt"_qs, Verdict::Pending, {}, m_chair.id);
        m_store->lockRound(m_chair.id);
        try {
            prepareDecision(*m_store, m_chair, noTieExpected);
            QFAIL("incomplete standings were not refused");
        } catch (const InputError &e) {
            QVERIFY2(e.message().contains(u"not complete"), qPrintable(e.message()));
        }
        QVERIFY(m_store->loadRoundStatus().versions.empty());
    }
};

QTEST_GUILESS_MAIN(TestDecideRound)
#include "tst_decideround.moc"
