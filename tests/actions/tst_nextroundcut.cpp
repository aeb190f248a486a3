// The next round's own cut (actions/NextRound.h, R10: each round has its own cut): the
// second evaluation's "4 teams, eliminate 1" after a re-call replaces the copied cut; a cut
// larger than the field, a negative one, or both of eliminate and advance are refused with
// the message of the rule; without a cut the copied one stays; the new panel passes
// validatePanel (a re-called team's bad id is named as such).
#include "actions/NextRound.h"
#include "actions/PanelDatabase.h"
#include "decision/ComposeDecision.h"
#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "domain/PanelValidator.h"
#include "storage/SqliteStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

namespace {
const QString kChair = QStringLiteral("chair");
} // namespace

class TestNextRoundCut : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Panel m_final;
    RoundStatus m_status;

    NextRoundRequest recallKt(std::optional<Cut> cut) const
    {
        NextRoundRequest request;
        request.roundId = u"R2"_qs;
        request.roundName = u"2차 평가"_qs;
        request.recalled.push_back({u"kt"_qs, u"KT"_qs, u"Mi:dm"_qs, {}});
        request.cut = cut;
        return request;
    }
    static Cut eliminate(int n)
    {
        Cut cut;
        cut.eliminate = n;
        return cut;
    }
    static Cut advance(int n)
    {
        Cut cut;
        cut.advance = n;
        return cut;
    }
    QString refusal(const NextRoundRequest &request) const
    {
        try {
            buildNextRound(m_final, m_status, request);
        } catch (const InputError &e) {
            return e.message();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"r1.paneldesk"_qs);
        createDemoDatabase(path, {false, u"demo"_qs});
        auto store = SqliteStore::open(path);
        store->lockRound(kChair);
        decideRound(*store, QDate(2026, 1, 14), {{u"nc"_qs, u"lowest total"_qs},
                                                {u"naver"_qs, u"independence (R5)"_qs}}, {}, kChair);
        store->announceDecision(QDate(2026, 1, 15), QDate(2026, 1, 15), kChair);
        store->finalizeDecision(QDate(2026, 1, 26), kChair);
        m_final = store->loadPanel();
        m_status = store->loadRoundStatus();
    }

    void fieldSizeCountsAdvancingReenteringAndRecalled()
    {
        QCOMPARE(nextRoundFieldSize(m_status, recallKt(std::nullopt)), 4);
        NextRoundRequest request = recallKt(std::nullopt);
        request.reentering << u"nc"_qs;
        QCOMPARE(nextRoundFieldSize(m_status, request), 5);
        QCOMPARE(nextRoundFieldSize(m_status, NextRoundRequest{}), 3);
    }

    void newCutReplacesTheCopiedOne()
    {
        const Panel next = buildNextRound(m_final, m_status, recallKt(eliminate(1)));
        QCOMPARE(next.teams.size(), std::size_t(4));
        QCOMPARE(next.round.cut.eliminate, std::optional<int>(1));
        QVERIFY(!next.round.cut.advance);
        const Panel advancing = buildNextRound(m_final, m_status, recallKt(advance(3)));
        QCOMPARE(advancing.round.cut.advance, std::optional<int>(3));
        QVERIFY(!advancing.round.cut.eliminate);
        validatePanel(next);   // no throw
    }

    void minimumTotalStaysAsCopied()
    {
        Panel withMinimum = m_final;
        withMinimum.round.cut.minTotal = 50.0;
        QCOMPARE(buildNextRound(withMinimum, m_status, recallKt(eliminate(1))).round.cut.minTotal,
                 std::optional<double>(50.0));
        Cut own = eliminate(1);
        own.minTotal = 60.0;
        QCOMPARE(buildNextRound(withMinimum, m_status, recallKt(own)).round.cut.minTotal,
                 std::optional<double>(60.0));
    }

    void withoutCutTheCopiedOneStays()
    {
        const Panel next = buildNextRound(m_final, m_status, recallKt(std::nullopt));
        QCOMPARE(next.round.cut, m_final.round.cut);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("eliminateN");   // -100: not set
        QTest::addColumn<int>("advanceN");
        QTest::addColumn<QString>("message");
        QTest::newRow("eliminate more than the field") << 5 << -100 << u"eliminates 5 teams, but round R2 holds only 4"_qs;
        QTest::newRow("advance more than the field") << -100 << 7 << u"advances 7 teams, but round R2 holds only 4"_qs;
        QTest::newRow("negative") << -1 << -100 << u"round.cut.eliminate: must not be negative"_qs;
        QTest::newRow("both") << 1 << 3 << u"exactly one of"_qs;
        QTest::newRow("neither") << -100 << -100 << u"exactly one of"_qs;
    }
    void refusals()
    {
        QFETCH(int, eliminateN);
        QFETCH(int, advanceN);
        QFETCH(QString, message);
        Cut cut;
        if (eliminateN != -100)
            cut.eliminate = eliminateN;
        if (advanceN != -100)
            cut.advance = advanceN;
        const QString error = refusal(recallKt(cut));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void recalledTeamBadIdNamedByTheValidator()
    {
        NextRoundRequest request = recallKt(eliminate(1));
        request.recalled.front().id = u"k t"_qs;
        const QString error = refusal(request);
        QVERIFY2(error.contains(u"re-called team id \"k t\" is not a valid id"_qs), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestNextRoundCut)
#include "tst_nextroundcut.moc"
