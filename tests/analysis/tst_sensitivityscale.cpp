// Sensitivity of the cut at scale (models/analysis/Sensitivity.h): the crossing method with
// its skipped probes against a plain scan of the engine on hand-made and generated panels,
// the fast probe (rescaledStandings) against the full engine, the report from a store's
// rating tallies against the one from raw ratings, and progress with Cancel.

#include "../scoring/ScoringTestHelpers.h"

#include "analysis/Sensitivity.h"
#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "scoring/ScoringEngine.h"

#include <QTest>
#include <map>

using namespace pd;
using namespace pdtest;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

Outcome outcomeOf(const Standings &standings, const QString &team)
{
    const TeamStanding *t = standings.find(team);
    return t ? t->outcome : Outcome::Pending;
}

SensitivityScenario withWeight(const Panel &panel, const QString &category, double points)
{
    SensitivityScenario scenario;
    scenario.weights = rescaleWeights(storedWeights(panel), category, points);
    return scenario;
}

} // namespace

class TestSensitivityScale : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void flipPointsAgreeWithScan_data();
    void flipPointsAgreeWithScan();
    void rescaledStandingsEqualTheEngine_data();
    void rescaledStandingsEqualTheEngine();
    void talliesGiveTheSameReport();
    void progressCountsAndCancels();
};

// Four teams, three user categories (scale 1..5, one rating each: index (r - 1) / 4),
// cut "eliminate 1, min_total 45":
//        a (40)  b (35)  c (25) | total
//   p      5       2       3    | 40 + 8.75 + 12.5  = 61.25
//   q      3       4       4    | 20 + 26.25 + 18.75 = 65
//   r      4       3       2    | 30 + 17.5 + 6.25  = 53.75  -> eliminated_score
//   t      2       5       5    | 10 + 35 + 25     = 70
// For every team and category, the flip points found by the crossing method must agree with
// a plain scan of the engine over the whole range in steps of 0.25 points: no scanned change
// smaller than the flip point flips, and the first scanned change beyond it does. (At a
// crossing itself the teams tie and R6's tie-break decides, e.g. p and r tie at b + 15:
// p - r = 7.5 - 0.5 d, and p stays ahead on category a; at b + 15.25 r is ahead.)
// Panels for the scan: `teams` == 4 is the hand-made one below; larger ones have ratings
// from a fixed sequence (a linear congruential generator, seed 7), cut "eliminate teams/3"
// and min_total 45, so that most crossings lie far from the cut (probes skipped there).
namespace {

Panel scanPanel(int teamCount, QStringList *teams)
{
    Panel panel;
    if (teamCount == 4) {
        *teams = QStringList{s("p"), s("q"), s("r"), s("t")};
        panel = panelWithTeams(*teams);
    } else {
        for (int i = 0; i < teamCount; ++i)
            *teams << QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0'));
        panel = panelWithTeams(*teams);
    }
    panel.categories.push_back(userCategory(s("a"), 40.0, {userItem(s("ia"))}));
    panel.categories.push_back(userCategory(s("b"), 35.0, {userItem(s("ib"))}));
    panel.categories.push_back(userCategory(s("c"), 25.0, {userItem(s("ic"))}));
    QList<QList<int>> ratings{{5, 2, 3}, {3, 4, 4}, {4, 3, 2}, {2, 5, 5}};
    if (teamCount != 4) {
        ratings.clear();
        quint32 x = 7;
        const auto next = [&x] {
            x = x * 1103515245u + 12345u;
            return int((x >> 16) % 5u) + 1;
        };
        for (int i = 0; i < teamCount; ++i)
            ratings.push_back({next(), next(), next()});
    }
    for (int i = 0; i < teamCount; ++i) {
        addRatings(panel, teams->at(i), s("ia"), {ratings[i][0]});
        addRatings(panel, teams->at(i), s("ib"), {ratings[i][1]});
        addRatings(panel, teams->at(i), s("ic"), {ratings[i][2]});
        setVerdict(panel, teams->at(i), Verdict::Pass);
    }
    panel.round.cut.eliminate = teamCount == 4 ? 1 : teamCount / 3;
    panel.round.cut.minTotal = 45.0;
    return panel;
}

} // namespace

void TestSensitivityScale::flipPointsAgreeWithScan_data()
{
    QTest::addColumn<int>("teamCount");
    QTest::addColumn<int>("minimumFound");
    QTest::newRow("4 teams, by hand") << 4 << 4;
    QTest::newRow("9 teams, generated") << 9 << 6;
    QTest::newRow("15 teams, generated") << 15 << 10;
}

void TestSensitivityScale::flipPointsAgreeWithScan()
{
    QFETCH(int, teamCount);
    QFETCH(int, minimumFound);
    QStringList teams;
    Panel panel = scanPanel(teamCount, &teams);
    const Standings base = computeStandings(panel);
    if (teamCount == 4)
        QCOMPARE(outcomeSummary(base), s("t:advance,q:advance,p:advance,r:eliminated_score"));

    const auto flips = weightFlips(panel, {});
    int found = 0;
    for (const Category &c : panel.categories) {
        std::map<double, Standings> scanned;
        const double step = 0.25;
        for (double d = -c.points; d <= 100.0 - c.points + 1e-9; d += step)
            scanned.emplace(d, scenarioStandings(panel, withWeight(panel, c.id, c.points + d)));
        for (const QString &team : teams) {
            const Outcome here = base.find(team)->outcome;
            std::optional<double> firstUp;
            for (const auto &[d, st] : scanned)
                if (d > 0 && !firstUp && outcomeOf(st, team) != here)
                    firstUp = d;
            // The scanned decrease nearest to 0 that flips.
            std::optional<double> nearestDown;
            for (const auto &[d, st] : scanned)
                if (d < 0 && outcomeOf(st, team) != here)
                    nearestDown = d;
            WeightFlip flip;
            for (const WeightFlip &f : flips.value(team))
                if (f.category == c.id)
                    flip = f;
            const QString where = team + QLatin1Char('/') + c.id;
            QVERIFY2(bool(flip.up) == bool(firstUp), qPrintable(where + s(" up")));
            QVERIFY2(bool(flip.down) == bool(nearestDown), qPrintable(where + s(" down")));
            if (flip.up) {
                QVERIFY2(flip.up->delta <= *firstUp + 1e-9 && flip.up->delta >= *firstUp - step - 1e-9,
                         qPrintable(where + QString::number(flip.up->delta)));
                ++found;
            }
            if (flip.down) {
                QVERIFY2(flip.down->delta >= *nearestDown - 1e-9 && flip.down->delta <= *nearestDown + step + 1e-9,
                         qPrintable(where + QString::number(flip.down->delta)));
                ++found;
            }
        }
    }
    QVERIFY(found >= minimumFound);
}

void TestSensitivityScale::rescaledStandingsEqualTheEngine_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<double>("points");
    QTest::newRow("benchmark 10") << s("benchmark") << 10.0;
    QTest::newRow("benchmark 55.5") << s("benchmark") << 55.5;
    QTest::newRow("expert 0") << s("expert") << 0.0;
    QTest::newRow("expert 70") << s("expert") << 70.0;
    QTest::newRow("user 100") << s("user") << 100.0;
    QTest::newRow("user 12.25") << s("user") << 12.25;
}

// What weightFlips probes with (category scores scaled, then R6-R7) gives the engine's
// totals, ranks and outcomes on the rescaled inputs.
void TestSensitivityScale::rescaledStandingsEqualTheEngine()
{
    QFETCH(QString, category);
    QFETCH(double, points);
    const Panel demo = buildDemoPanel();
    const SensitivityScenario scenario = withWeight(demo, category, points);
    const Standings engine = scenarioStandings(demo, scenario);
    const Standings fast = rescaledStandings(demo, computeStandings(demo), scenario.weights);
    QCOMPARE(fast.teams.size(), engine.teams.size());
    QCOMPARE(fast.complete, engine.complete);
    for (std::size_t i = 0; i < engine.teams.size(); ++i) {
        const TeamStanding &e = engine.teams[i];
        const TeamStanding &f = fast.teams[i];
        QCOMPARE(f.team, e.team);
        QVERIFY2(std::abs(f.total - e.total) < 1e-9, qPrintable(e.team));
        for (const auto &[id, score] : e.categories)
            QVERIFY2(std::abs(f.categoryScore(id) - score) < 1e-9, qPrintable(e.team + u'/' + id));
        QCOMPARE(f.scoreRank, e.scoreRank);
        QCOMPARE(f.eligibleRank, e.eligibleRank);
        QCOMPARE(toString(f.outcome), toString(e.outcome));
    }
}

// The report from a store's tallies (the window's path) equals the one from raw ratings.
void TestSensitivityScale::talliesGiveTheSameReport()
{
    const Panel demo = buildDemoPanel();
    Panel withoutRatings = demo;
    withoutRatings.userRatings.clear();
    const std::vector<RatingTally> tallies = tallyRatings(demo.userRatings);
    for (const SensitivityScenario &scenario : {SensitivityScenario{}, withWeight(demo, s("user"), 40.0)}) {
        const QByteArray raw = sensitivityJson(demo, analyseSensitivity(demo, scenario));
        QCOMPARE(sensitivityJson(withoutRatings, analyseSensitivity(withoutRatings, tallies, scenario)), raw);
    }
    // and without the tallies the ratings are missing: the figures differ (the test can fail)
    QVERIFY(sensitivityJson(withoutRatings, analyseSensitivity(withoutRatings, {}))
            != sensitivityJson(demo, analyseSensitivity(demo, {})));
}

// Every step is reported (categories x teams for the flip points, then one per expert who
// has a counted sheet), the report does not depend on being watched, and returning false
// stops the analysis with pd::Cancelled.
void TestSensitivityScale::progressCountsAndCancels()
{
    const Panel demo = buildDemoPanel();
    const std::vector<RatingTally> tallies = tallyRatings(demo.userRatings);
    std::vector<std::pair<int, int>> seen;
    const SensitivityReport watched = analyseSensitivity(demo, tallies, {}, [&](int done, int total) {
        seen.emplace_back(done, total);
        return true;
    });
    QCOMPARE(int(seen.size()), 3 * 5 + 10);
    for (std::size_t i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen[i].first, int(i) + 1);
        QCOMPARE(seen[i].second, 25);
    }
    QCOMPARE(sensitivityJson(demo, watched), sensitivityJson(demo, analyseSensitivity(demo, {})));

    int calls = 0;
    bool cancelled = false;
    try {
        analyseSensitivity(demo, tallies, {}, [&](int, int) { return ++calls < 7; });
    } catch (const Cancelled &) {
        cancelled = true;
    }
    QVERIFY(cancelled);
    QCOMPARE(calls, 7);
}

QTEST_MAIN(TestSensitivityScale)
#include "tst_sensitivityscale.moc"
