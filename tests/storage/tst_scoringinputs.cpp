// Scoring from the store's tallies (SQL GROUP BY) gives exactly the standings of the raw
// ratings, and the tallies are the sums of the stored ratings.

#include "demo/DemoPanel.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/SqliteStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace pd;

class TestScoringInputs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void talliesMatchRawRatings();
    void standingsFromTalliesEqualRawStandings();
    void missingRatingsStayMissing();
};

namespace {
std::vector<RatingTally> sorted(std::vector<RatingTally> tallies)
{
    std::sort(tallies.begin(), tallies.end(), [](const RatingTally &a, const RatingTally &b) {
        return std::tie(a.team, a.item) < std::tie(b.team, b.item);
    });
    return tallies;
}
} // namespace

void TestScoringInputs::talliesMatchRawRatings()
{
    QTemporaryDir dir;
    auto store = SqliteStore::create(dir.filePath(u"t.paneldesk"_qs));
    const Panel demo = buildDemoPanel();
    store->replacePanel(demo, u"test"_qs);
    const ScoringInputs inputs = store->loadScoringInputs();
    QVERIFY(inputs.panel.userRatings.empty());
    QCOMPARE(inputs.panel.expertScores.size(), demo.expertScores.size());
    QCOMPARE(inputs.ratingTallies.size(), 10u);   // 5 teams x 2 items
    QVERIFY(sorted(inputs.ratingTallies) == sorted(tallyRatings(demo.userRatings)));
    const auto lg = std::find_if(inputs.ratingTallies.begin(), inputs.ratingTallies.end(),
                                 [](const RatingTally &t) { return t.team == u"lg" && t.item == u"usability"; });
    QVERIFY(lg != inputs.ratingTallies.end());
    QCOMPARE(lg->count, 49);
    QCOMPARE(lg->sum, 150 + 49);   // sum of (rating - 1) is 150 by construction
}

void TestScoringInputs::standingsFromTalliesEqualRawStandings()
{
    QTemporaryDir dir;
    auto store = SqliteStore::create(dir.filePath(u"t.paneldesk"_qs));
    store->replacePanel(buildDemoPanel(), u"test"_qs);
    const ScoringInputs inputs = store->loadScoringInputs();
    const QByteArray fromTallies = standingsJson(computeStandings(inputs.panel, inputs.ratingTallies));
    const QByteArray fromRaw = standingsJson(computeStandings(store->loadPanel()));
    QCOMPARE(fromTallies, fromRaw);
}

void TestScoringInputs::missingRatingsStayMissing()
{
    QTemporaryDir dir;
    auto store = SqliteStore::create(dir.filePath(u"t.paneldesk"_qs));
    Panel panel = buildDemoPanel();
    std::erase_if(panel.userRatings, [](const UserRating &r) {
        return r.team == u"nc" && r.item == u"cost_efficiency";
    });
    store->replacePanel(panel, u"test"_qs);
    const ScoringInputs inputs = store->loadScoringInputs();
    const Standings standings = computeStandings(inputs.panel, inputs.ratingTallies);
    QVERIFY(standings.find(u"nc"_qs)->hasFlag(flags::IncompleteUser));
    QVERIFY(!standings.complete);
}

QTEST_GUILESS_MAIN(TestScoringInputs)
#include "tst_scoringinputs.moc"
