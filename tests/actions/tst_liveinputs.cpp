// The inputs a window keeps follow a change made in it: after one sheet or one team's
// findings are read again, the standings equal those of a whole new read of the store, and
// the change shows (the figures move). Without a first read, a change reads everything.
#include "../itemmodels/SheetFixture.h"

#include "actions/LiveInputs.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const QString kChair = QStringLiteral("chair");

QByteArray standingsOf(const ScoringInputs &inputs)
{
    return standingsJson(computeStandings(inputs.panel, inputs.ratingTallies));
}

const TeamStanding &row(const Standings &standings, const QString &team)
{
    const TeamStanding *found = standings.find(team);
    Q_ASSERT(found);
    return *found;
}

const Category &expertCategory(const Panel &panel)
{
    for (const Category &c : panel.categories)
        if (c.kind == CategoryKind::Expert)
            return c;
    Q_ASSERT(false);
    return panel.categories.front();
}

} // namespace

class TestLiveInputs : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    int m_file = 0;

private Q_SLOTS:
    void init()
    {
        m_store = createSheetDatabase(m_dir.filePath(QStringLiteral("live%1.db").arg(++m_file)));
    }

    void followsADraftAndItsSubmit()
    {
        LiveInputs live;
        live.reload(*m_store);
        const Standings before = computeStandings(live.inputs().panel, live.inputs().ratingTallies);
        const Category &expert = expertCategory(live.inputs().panel);
        for (const RubricItem &item : expert.rubric)
            m_store->setExpertScore({kExpert, kTeam, item.id, item.points, false, QString()}, kExpert);

        // a draft: read again, it is there, but the standings ignore it (R3)
        live.sheetChanged(*m_store, kExpert, kTeam);
        QCOMPARE(standingsOf(live.inputs()), standingsOf(m_store->loadScoringInputs()));
        QCOMPARE(standingsOf(live.inputs()), standingsJson(before));
        QCOMPARE(live.inputs().panel.expertScores.size(), m_store->loadPanel().expertScores.size());

        m_store->submitSheet(kExpert, kTeam, kExpert);
        live.sheetChanged(*m_store, kExpert, kTeam);
        QCOMPARE(standingsOf(live.inputs()), standingsOf(m_store->loadScoringInputs()));
        const Standings after = computeStandings(live.inputs().panel, live.inputs().ratingTallies);
        QVERIFY(row(after, kTeam).categoryScore(expert.id) > row(before, kTeam).categoryScore(expert.id));
    }

    void followsAReopenedSheet()
    {
        LiveInputs live;
        live.reload(*m_store);
        const Standings before = computeStandings(live.inputs().panel, live.inputs().ratingTallies);
        const QString e01 = QStringLiteral("e01");
        m_store->reopenSheet(e01, kTeam, QStringLiteral("a second look"), kChair);
        live.sheetChanged(*m_store, e01, kTeam);
        QCOMPARE(standingsOf(live.inputs()), standingsOf(m_store->loadScoringInputs()));
        const Standings after = computeStandings(live.inputs().panel, live.inputs().ratingTallies);
        const QString expert = expertCategory(live.inputs().panel).id;
        QVERIFY(row(after, kTeam).categoryScore(expert) != row(before, kTeam).categoryScore(expert));
    }

    void followsARecordedVerdict()
    {
        LiveInputs live;
        live.reload(*m_store);
        const QString naver = QStringLiteral("naver");
        QCOMPARE(toString(row(computeStandings(live.inputs().panel, live.inputs().ratingTallies), naver).outcome),
                 toString(Outcome::Disqualified));
        m_store->recordVerdict(naver, Verdict::Pass, QStringLiteral("the encoder was retrained"), kChair);
        live.findingsChanged(*m_store, naver);
        QCOMPARE(standingsOf(live.inputs()), standingsOf(m_store->loadScoringInputs()));
        const TeamStanding &after = row(computeStandings(live.inputs().panel, live.inputs().ratingTallies), naver);
        QVERIFY(after.outcome != Outcome::Disqualified);
        QVERIFY(after.flags.contains(QStringLiteral("verdict_differs_from_rules")));
    }

    void aChangeBeforeAnyReadReadsEverything()
    {
        LiveInputs live;
        QVERIFY(!live.isLoaded());
        QVERIFY(live.inputs().panel.teams.empty());
        live.sheetChanged(*m_store, kExpert, kTeam);
        QVERIFY(live.isLoaded());
        QCOMPARE(standingsOf(live.inputs()), standingsOf(m_store->loadScoringInputs()));
        live.clear();
        live.findingsChanged(*m_store, QStringLiteral("naver"));
        QCOMPARE(standingsOf(live.inputs()), standingsOf(m_store->loadScoringInputs()));
    }

    void replacingKeepsTheSheetsPlace()
    {
        Panel panel;
        const auto score = [](const char *reviewer, const char *team, double value) {
            return ExpertScore{QString::fromLatin1(reviewer), QString::fromLatin1(team), QStringLiteral("i"),
                               value, true, QString()};
        };
        panel.expertScores = {score("a", "x", 1), score("b", "x", 2), score("b", "x", 3), score("c", "y", 4)};
        replaceSheetScores(panel, QStringLiteral("b"), QStringLiteral("x"), {score("b", "x", 9)});
        QCOMPARE(panel.expertScores.size(), 3u);
        QCOMPARE(panel.expertScores[1].score, 9.0);
        QCOMPARE(panel.expertScores[2].reviewer, QStringLiteral("c"));
        // a sheet that had no score goes to the end; an emptied sheet disappears
        replaceSheetScores(panel, QStringLiteral("d"), QStringLiteral("y"), {score("d", "y", 5)});
        QCOMPARE(panel.expertScores.back().reviewer, QStringLiteral("d"));
        replaceSheetScores(panel, QStringLiteral("a"), QStringLiteral("x"), {});
        QCOMPARE(panel.expertScores.size(), 3u);
        QCOMPARE(panel.expertScores.front().reviewer, QStringLiteral("b"));

        replaceIndependence(panel, Independence{QStringLiteral("x"), Verdict::Fail, QStringLiteral("r"), {}});
        replaceIndependence(panel, Independence{QStringLiteral("x"), Verdict::Pass, QStringLiteral("s"), {}});
        QCOMPARE(panel.independence.size(), 1u);
        QVERIFY(panel.independence.front().verdict == Verdict::Pass);
    }
};

QTEST_MAIN(TestLiveInputs)
#include "tst_liveinputs.moc"
