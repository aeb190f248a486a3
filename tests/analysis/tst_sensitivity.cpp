// Sensitivity of the cut (models/analysis/Sensitivity.h): weights, aggregation switch and
// leave-one-expert-out, on small panels computed by hand and on the demo panel. Every
// figure is checked against the scoring engine; none is re-scored here.

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

// Two teams, two user categories (absolute, scale 1..5), cut "eliminate 1".
//   category a: 60 points; b: 40 points.
//   x: a all 5 (index 1.0), b all 1 (index 0.0) -> 60 + 0  = 60
//   y: a all 3 (index 0.5), b all 5 (index 1.0) -> 30 + 40 = 70
// y advances, x is eliminated on score.
Panel twoTeamPanel()
{
    Panel panel = panelWithTeams({s("x"), s("y")});
    panel.categories.push_back(userCategory(s("a"), 60.0, {userItem(s("qa"))}));
    panel.categories.push_back(userCategory(s("b"), 40.0, {userItem(s("qb"))}));
    addRatings(panel, s("x"), s("qa"), {5, 5});
    addRatings(panel, s("x"), s("qb"), {1, 1});
    addRatings(panel, s("y"), s("qa"), {3, 3});
    addRatings(panel, s("y"), s("qb"), {5, 5});
    panel.round.cut.eliminate = 1;
    setVerdict(panel, s("x"), Verdict::Pass);
    setVerdict(panel, s("y"), Verdict::Pass);
    return panel;
}

// Two teams, one expert category (item q, 10 points) and one user category u (10 points,
// both teams index 0.5 -> 5 points each), cut "eliminate 1". Sheets (all submitted but r4):
//         r1  r2  r3  | mean  median
//   x     10   2   3  |  5      3
//   y      4   4   4  |  4      4
// r4 has a DRAFT sheet of 0 for x: it never counts (R3).
Panel expertPanel()
{
    Panel panel = panelWithTeams({s("x"), s("y")});
    panel.categories.push_back(expertCategory(s("e"), 10.0, {rubricItem(s("q"), 10.0)}));
    panel.categories.push_back(userCategory(s("u"), 10.0, {userItem(s("qu"))}));
    for (const char *r : {"r1", "r2", "r3", "r4"})
        addReviewer(panel, s(r));
    addSheet(panel, s("r1"), s("x"), {{s("q"), 10.0}});
    addSheet(panel, s("r2"), s("x"), {{s("q"), 2.0}});
    addSheet(panel, s("r3"), s("x"), {{s("q"), 3.0}});
    addSheet(panel, s("r4"), s("x"), {{s("q"), 0.0}}, false);
    for (const char *r : {"r1", "r2", "r3"})
        addSheet(panel, s(r), s("y"), {{s("q"), 4.0}});
    addRatings(panel, s("x"), s("qu"), {3});
    addRatings(panel, s("y"), s("qu"), {3});
    panel.round.cut.eliminate = 1;
    setVerdict(panel, s("x"), Verdict::Pass);
    setVerdict(panel, s("y"), Verdict::Pass);
    return panel;
}

Outcome outcomeOf(const Standings &standings, const QString &team)
{
    const TeamStanding *t = standings.find(team);
    return t ? t->outcome : Outcome::Pending;
}

const TeamSensitivity *teamIn(const SensitivityReport &report, const QString &team)
{
    for (const TeamSensitivity &t : report.teams)
        if (t.team == team)
            return &t;
    return nullptr;
}

const WeightFlip *flipFor(const TeamSensitivity &team, const QString &category)
{
    for (const WeightFlip &f : team.flips)
        if (f.category == category)
            return &f;
    return nullptr;
}

SensitivityScenario withWeight(const Panel &panel, const QString &category, double points)
{
    SensitivityScenario scenario;
    scenario.weights = rescaleWeights(storedWeights(panel), category, points);
    return scenario;
}

} // namespace

class TestSensitivity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rescaleKeepsCapAndProportions_data();
    void rescaleKeepsCapAndProportions();
    void rescaleSeveralAndErrors();
    void categoryScoresScaleWithWeights_data();
    void categoryScoresScaleWithWeights();
    void unchangedScenarioIsBaseline();
    void weightChangeFlipsTwoTeamCut();
    void flipPointIsTheSmallest_data();
    void flipPointIsTheSmallest();
    void medianFlips();
    void leaveOutCandidates_data();
    void leaveOutCandidates();
    void leaveOneExpertOutFlips();
    void leaveOneOutIsTheEngineWithoutTheExpert_data();
    void leaveOneOutIsTheEngineWithoutTheExpert();
    void disqualifiedAndPendingNeverFlip();
    void minTotalCrossing();
    void storedPanelIsNotModified();
    void badScenariosAreRefused();
    void demoPanel();
};

void TestSensitivity::rescaleKeepsCapAndProportions_data()
{
    QTest::addColumn<QString>("moved");
    QTest::addColumn<double>("points");
    QTest::addColumn<QList<double>>("expected");   // benchmark, expert, user

    // 40/35/25. Benchmark to 50: the other 60 become 50, split 35:25 -> 29.1667 / 20.8333.
    QTest::newRow("benchmark up") << s("benchmark") << 50.0
                                  << QList<double>{50.0, 50.0 * 35 / 60, 50.0 * 25 / 60};
    // Expert to 20: the other 65 become 80, split 40:25 -> 49.2308 / 30.7692.
    QTest::newRow("expert down") << s("expert") << 20.0
                                 << QList<double>{80.0 * 40 / 65, 20.0, 80.0 * 25 / 65};
    QTest::newRow("user to 0") << s("user") << 0.0 << QList<double>{100.0 * 40 / 75, 100.0 * 35 / 75, 0.0};
    QTest::newRow("user whole cap") << s("user") << 100.0 << QList<double>{0.0, 0.0, 100.0};
    QTest::newRow("clamped above cap") << s("user") << 130.0 << QList<double>{0.0, 0.0, 100.0};
    QTest::newRow("clamped below 0") << s("expert") << -5.0 << QList<double>{100.0 * 40 / 65, 0.0, 100.0 * 25 / 65};
    QTest::newRow("unchanged") << s("benchmark") << 40.0 << QList<double>{40.0, 35.0, 25.0};
}

void TestSensitivity::rescaleKeepsCapAndProportions()
{
    QFETCH(QString, moved);
    QFETCH(double, points);
    QFETCH(QList<double>, expected);
    const CategoryWeights stored{{s("benchmark"), 40.0}, {s("expert"), 35.0}, {s("user"), 25.0}};
    const CategoryWeights out = rescaleWeights(stored, moved, points);
    QCOMPARE(out.size(), std::size_t(3));
    PD_COMPARE_SCORE(totalPoints(out), 100.0);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(out[std::size_t(i)].category, stored[std::size_t(i)].category);
        PD_COMPARE_SCORE(out[std::size_t(i)].points, expected.at(i));
    }
    // The categories not moved keep their proportions to each other.
    QStringList others;
    for (const CategoryWeight &w : stored)
        if (w.category != moved)
            others << w.category;
    const double before = weightOf(stored, others[0]) / weightOf(stored, others[1]);
    if (weightOf(out, others[1]) > 0.0)
        PD_COMPARE_SCORE(weightOf(out, others[0]) / weightOf(out, others[1]), before);

    // From the whole cap back down: the others share the remainder equally.
    const CategoryWeights all = rescaleWeights(rescaleWeights(stored, s("user"), 100.0), s("user"), 80.0);
    PD_COMPARE_SCORE(weightOf(all, s("benchmark")), 10.0);
    PD_COMPARE_SCORE(weightOf(all, s("expert")), 10.0);
}

void TestSensitivity::rescaleSeveralAndErrors()
{
    const CategoryWeights stored{{s("benchmark"), 40.0}, {s("expert"), 35.0}, {s("user"), 25.0}};
    // benchmark 50 and user 20 fixed: expert takes the rest, 30.
    QHash<QString, double> fixed{{s("benchmark"), 50.0}, {s("user"), 20.0}};
    const CategoryWeights out = rescaleWeights(stored, fixed);
    PD_COMPARE_SCORE(weightOf(out, s("expert")), 30.0);
    PD_COMPARE_SCORE(totalPoints(out), 100.0);

    QVERIFY_THROWS_EXCEPTION(InputError, rescaleWeights(stored, QHash<QString, double>{{s("nope"), 1.0}}));
    QVERIFY_THROWS_EXCEPTION(InputError, rescaleWeights(stored, QHash<QString, double>{{s("user"), -1.0}}));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             rescaleWeights(stored, QHash<QString, double>{{s("user"), 60.0}, {s("expert"), 50.0}}));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             rescaleWeights(stored, QHash<QString, double>{
                                 {s("benchmark"), 40.0}, {s("expert"), 35.0}, {s("user"), 20.0}}));
}

void TestSensitivity::categoryScoresScaleWithWeights_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<double>("points");
    QTest::newRow("benchmark 55") << s("benchmark") << 55.0;
    QTest::newRow("benchmark 10") << s("benchmark") << 10.0;
    QTest::newRow("expert 50") << s("expert") << 50.0;
    QTest::newRow("expert 0") << s("expert") << 0.0;
    QTest::newRow("user 40") << s("user") << 40.0;
    QTest::newRow("user 100") << s("user") << 100.0;
}

// The engine on the scaled copy: every category score is the stored one times new/old
// points (the achievements are unchanged), and the total is their sum.
void TestSensitivity::categoryScoresScaleWithWeights()
{
    QFETCH(QString, category);
    QFETCH(double, points);
    const Panel panel = buildDemoPanel();
    const Standings base = computeStandings(panel);
    const SensitivityScenario scenario = withWeight(panel, category, points);
    const Standings moved = scenarioStandings(panel, scenario);
    for (const TeamStanding &b : base.teams) {
        const TeamStanding *m = moved.find(b.team);
        QVERIFY(m);
        double total = 0.0;
        for (const Category &c : panel.categories) {
            const double factor = weightOf(scenario.weights, c.id) / c.points;
            PD_COMPARE_NEAR(m->categoryScore(c.id), b.categoryScore(c.id) * factor, 1e-9);
            total += b.categoryScore(c.id) * factor;
        }
        PD_COMPARE_NEAR(m->total, total, 1e-9);
    }
}

void TestSensitivity::unchangedScenarioIsBaseline()
{
    for (const Panel &panel : {twoTeamPanel(), expertPanel(), buildDemoPanel()}) {
        for (const SensitivityScenario &scenario :
             {SensitivityScenario{}, SensitivityScenario{storedWeights(panel), std::nullopt, 1, {}}}) {
            const SensitivityReport report = analyseSensitivity(panel, scenario);
            QCOMPARE(report.teams.size(), panel.teams.size());
            for (const TeamSensitivity &t : report.teams) {
                QVERIFY(!t.changed);
                QCOMPARE(toString(t.scenarioOutcome), toString(t.baselineOutcome));
                PD_COMPARE_SCORE(t.scenarioTotal, t.baselineTotal);
                QCOMPARE(t.scenarioRank, t.baselineRank);
            }
            QCOMPARE(outcomeSummary(report.scenarioStandings), outcomeSummary(computeStandings(panel)));
        }
    }
}

// twoTeamPanel: moving a by d (b = 40 - d):
//   x = 1.0 (60 + d)                 = 60 + d
//   y = 0.5 (60 + d) + 1.0 (40 - d)  = 70 - 0.5 d
// equal at 60 + d = 70 - 0.5 d  ->  d = 20/3 = 6.667 (a = 66.667, b = 33.333).
// Beyond it x advances and y is eliminated. Lowering a only widens y's lead: no flip down.
// Symmetrically b: x = 60 - d, y = 70 + 0.5 d -> d = -20/3 flips (b = 33.333).
void TestSensitivity::weightChangeFlipsTwoTeamCut()
{
    const Panel panel = twoTeamPanel();
    const SensitivityReport base = analyseSensitivity(panel, {});
    QCOMPARE(outcomeSummary(base.baseline), s("y:advance,x:eliminated_score"));

    const TeamSensitivity *x = teamIn(base, s("x"));
    QVERIFY(x);
    const WeightFlip *a = flipFor(*x, s("a"));
    QVERIFY(a && a->up && !a->down);
    QCOMPARE(a->status, WeightFlip::Status::Found);
    PD_COMPARE_NEAR(a->up->delta, 20.0 / 3.0, 1e-9);
    PD_COMPARE_NEAR(a->up->weight, 60.0 + 20.0 / 3.0, 1e-9);
    QCOMPARE(toString(a->up->outcome), toString(Outcome::Advance));
    QVERIFY(a->smallest());
    PD_COMPARE_NEAR(a->smallest()->delta, 20.0 / 3.0, 1e-9);

    const WeightFlip *b = flipFor(*x, s("b"));
    QVERIFY(b && b->down && !b->up);
    PD_COMPARE_NEAR(b->down->delta, -20.0 / 3.0, 1e-9);

    // y flips at the same points, the other way.
    const TeamSensitivity *y = teamIn(base, s("y"));
    QVERIFY(y);
    QVERIFY(flipFor(*y, s("a"))->up);
    PD_COMPARE_NEAR(flipFor(*y, s("a"))->up->delta, 20.0 / 3.0, 1e-9);
    QCOMPARE(toString(flipFor(*y, s("a"))->up->outcome), toString(Outcome::EliminatedScore));

    // The scenario a = 70 (d = 10): x = 70, y = 65 -> x advances.
    const SensitivityReport moved = analyseSensitivity(panel, withWeight(panel, s("a"), 70.0));
    QVERIFY(teamIn(moved, s("x"))->changed);
    QCOMPARE(toString(teamIn(moved, s("x"))->scenarioOutcome), toString(Outcome::Advance));
    PD_COMPARE_SCORE(teamIn(moved, s("x"))->scenarioTotal, 70.0);
    PD_COMPARE_SCORE(teamIn(moved, s("y"))->scenarioTotal, 65.0);
    QCOMPARE(toString(teamIn(moved, s("y"))->scenarioOutcome), toString(Outcome::EliminatedScore));
    // Around that scenario the flip back is 10 - 20/3 = 3.333 points down.
    const WeightFlip *back = flipFor(*teamIn(moved, s("x")), s("a"));
    QVERIFY(back->down);
    PD_COMPARE_NEAR(back->down->delta, 20.0 / 3.0 - 10.0, 1e-9);
}

void TestSensitivity::flipPointIsTheSmallest_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<double>("flip");   // hand-computed, see weightChangeFlipsTwoTeamCut
    QTest::newRow("a up") << s("a") << 20.0 / 3.0;
    QTest::newRow("b down") << s("b") << -20.0 / 3.0;
}

void TestSensitivity::flipPointIsTheSmallest()
{
    QFETCH(QString, category);
    QFETCH(double, flip);
    const Panel panel = twoTeamPanel();
    const double stored = panel.category(category)->points;
    const auto xAt = [&](double delta) {
        return outcomeOf(scenarioStandings(panel, withWeight(panel, category, stored + delta)), s("x"));
    };
    for (double margin : {1e-3, 1e-5}) {
        QCOMPARE(toString(xAt(flip * (1.0 - margin))), toString(Outcome::EliminatedScore));
        QCOMPARE(toString(xAt(flip * (1.0 + margin))), toString(Outcome::Advance));
    }
    const auto flips = weightFlips(panel, {});
    for (const WeightFlip &f : flips.value(s("x")))
        if (f.category == category) {
            QVERIFY(f.smallest());
            PD_COMPARE_NEAR(f.smallest()->delta, flip, 1e-9);
        }
}

// expertPanel: mean x 5 > y 4 -> x advances; median x 3 < y 4 -> y advances. The user
// category is equal (5 each). The draft of r4 (a 0 for x) would have made x's mean 3.75.
void TestSensitivity::medianFlips()
{
    const Panel panel = expertPanel();
    const Standings base = computeStandings(panel);
    QCOMPARE(outcomeSummary(base), s("x:advance,y:eliminated_score"));
    PD_COMPARE_SCORE(base.find(s("x"))->total, 10.0);
    PD_COMPARE_SCORE(base.find(s("y"))->total, 9.0);

    SensitivityScenario median;
    median.aggregation = Aggregation::Median;
    const SensitivityReport report = analyseSensitivity(panel, median);
    QVERIFY(teamIn(report, s("x"))->changed);
    QCOMPARE(toString(teamIn(report, s("x"))->scenarioOutcome), toString(Outcome::EliminatedScore));
    QCOMPARE(toString(teamIn(report, s("y"))->scenarioOutcome), toString(Outcome::Advance));
    PD_COMPARE_SCORE(teamIn(report, s("x"))->scenarioTotal, 8.0);   // 3 + 5

    // trimmed mean k=1 drops 10 and 2: x = 3 -> same as the median here.
    SensitivityScenario trimmed;
    trimmed.aggregation = Aggregation::TrimmedMean;
    trimmed.trim = 1;
    QCOMPARE(toString(teamIn(analyseSensitivity(panel, trimmed), s("x"))->scenarioOutcome), toString(Outcome::EliminatedScore));
    // mean explicitly: the baseline.
    SensitivityScenario mean;
    mean.aggregation = Aggregation::Mean;
    QVERIFY(!teamIn(analyseSensitivity(panel, mean), s("x"))->changed);
}

// Who can be left out (one rule: leaveOneExpertOut and the Sensitivity tab's list): a
// reviewer with at least one counted (submitted) sheet, in panel order, with the count.
void TestSensitivity::leaveOutCandidates_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QStringList>("expected");   // "reviewer:sheets"
    QTest::newRow("as built: r4 has a draft only") << QString()
                                                   << QStringList{s("r1:2"), s("r2:2"), s("r3:2")};
    QTest::newRow("r4 submits its sheet") << s("r4 submits")
                                          << QStringList{s("r1:2"), s("r2:2"), s("r3:2"), s("r4:1")};
    QTest::newRow("r1's sheet for y back to draft") << s("r1 y draft")
                                                   << QStringList{s("r1:1"), s("r2:2"), s("r3:2")};
    QTest::newRow("r1 has no sheet at all") << s("r1 none") << QStringList{s("r2:2"), s("r3:2")};
    QTest::newRow("no expert category") << s("no expert category") << QStringList{};
}

void TestSensitivity::leaveOutCandidates()
{
    QFETCH(QString, edit);
    QFETCH(QStringList, expected);
    Panel panel = expertPanel();
    for (ExpertScore &e : panel.expertScores) {
        if (edit == s("r4 submits") && e.reviewer == s("r4"))
            e.submitted = true;
        if (edit == s("r1 y draft") && e.reviewer == s("r1") && e.team == s("y"))
            e.submitted = false;
    }
    if (edit == s("r1 none"))
        std::erase_if(panel.expertScores, [](const ExpertScore &e) { return e.reviewer == s("r1"); });
    if (edit == s("no expert category"))
        std::erase_if(panel.categories, [](const Category &c) { return c.kind == CategoryKind::Expert; });
    QStringList got;
    for (const LeaveOutCandidate &c : pd::leaveOutCandidates(panel))
        got << QStringLiteral("%1:%2").arg(c.reviewer).arg(c.sheets);
    QCOMPARE(got, expected);
    if (edit != s("no expert category")) {   // leaveOneExpertOut walks the same reviewers
        QStringList walked;
        for (const LeaveOneOut &l : leaveOneExpertOut(panel, {}))
            walked << QStringLiteral("%1:%2").arg(l.reviewer).arg(l.sheets);
        QCOMPARE(walked, expected);
    }
}

// expertPanel, mean: without r1, x = mean(2, 3) = 2.5 < y = 4 -> flips; without r2, x =
// mean(10, 3) = 6.5; without r3, x = 6: no change. r4 only has a draft: not listed.
void TestSensitivity::leaveOneExpertOutFlips()
{
    const Panel panel = expertPanel();
    const std::vector<LeaveOneOut> loo = leaveOneExpertOut(panel, {});
    QCOMPARE(loo.size(), std::size_t(3));
    QCOMPARE(loo[0].reviewer, s("r1"));
    QCOMPARE(loo[0].sheets, 2);
    QCOMPARE(loo[0].changes.size(), std::size_t(2));
    for (const OutcomeChange &c : loo[0].changes) {
        if (c.team == s("x")) {
            QCOMPARE(toString(c.from), toString(Outcome::Advance));
            QCOMPARE(toString(c.to), toString(Outcome::EliminatedScore));
        } else {
            QCOMPARE(c.team, s("y"));
            QCOMPARE(toString(c.to), toString(Outcome::Advance));
        }
    }
    QCOMPARE(loo[1].reviewer, s("r2"));
    QVERIFY(loo[1].changes.empty());
    QCOMPARE(loo[2].reviewer, s("r3"));
    QVERIFY(loo[2].changes.empty());

    // As a scenario: leave r1 out.
    SensitivityScenario without;
    without.leaveOut = s("r1");
    const SensitivityReport report = analyseSensitivity(panel, without);
    QVERIFY(teamIn(report, s("x"))->changed);
    PD_COMPARE_SCORE(teamIn(report, s("x"))->scenarioTotal, 7.5);   // 2.5 + 5
}

// Leave-one-out scores only the expert categories again, with the expert's scores marked
// as not submitted instead of removed: the same outcomes as the engine on the scenario
// with that expert left out (applyScenario), under weights and aggregations too.
void TestSensitivity::leaveOneOutIsTheEngineWithoutTheExpert_data()
{
    QTest::addColumn<Panel>("panel");
    QTest::addColumn<SensitivityScenario>("scenario");
    const Panel demo = buildDemoPanel();
    QTest::newRow("demo, stored") << demo << SensitivityScenario{};
    SensitivityScenario median;
    median.aggregation = Aggregation::Median;
    QTest::newRow("demo, median") << demo << median;
    for (const Category &c : demo.categories)
        if (c.kind == CategoryKind::Expert) {
            QTest::newRow("demo, expert weight 60") << demo << withWeight(demo, c.id, 60.0);
            QTest::newRow("demo, expert weight 5") << demo << withWeight(demo, c.id, 5.0);
        }
    const Panel experts = expertPanel();   // a draft sheet (r4) that never counts
    QTest::newRow("draft sheet, stored") << experts << SensitivityScenario{};
    SensitivityScenario trimmed = withWeight(experts, s("e"), 15.0);
    trimmed.aggregation = Aggregation::TrimmedMean;
    trimmed.trim = 1;
    QTest::newRow("draft sheet, trimmed mean, weights") << experts << trimmed;
    Panel conflicted = experts;
    for (Reviewer &r : conflicted.reviewers)
        if (r.id == s("r2"))
            r.conflicts << s("y");
    QTest::newRow("a conflict") << conflicted << median;
}

void TestSensitivity::leaveOneOutIsTheEngineWithoutTheExpert()
{
    QFETCH(Panel, panel);
    QFETCH(SensitivityScenario, scenario);
    const std::vector<LeaveOneOut> loo = leaveOneExpertOut(panel, scenario);
    const std::vector<LeaveOutCandidate> candidates = pd::leaveOutCandidates(panel);
    QCOMPARE(loo.size(), candidates.size());
    QVERIFY(!loo.empty());
    const Standings reference = scenarioStandings(panel, scenario);
    int changes = 0;
    for (std::size_t i = 0; i < loo.size(); ++i) {
        QCOMPARE(loo[i].reviewer, candidates[i].reviewer);
        SensitivityScenario without = scenario;
        without.leaveOut = candidates[i].reviewer;
        const Standings after = scenarioStandings(panel, without);
        std::vector<OutcomeChange> expected;
        for (const TeamStanding &t : reference.teams)
            if (outcomeOf(after, t.team) != t.outcome)
                expected.push_back({t.team, t.outcome, outcomeOf(after, t.team)});
        QCOMPARE(loo[i].changes.size(), expected.size());
        for (std::size_t k = 0; k < expected.size(); ++k) {
            QCOMPARE(loo[i].changes[k].team, expected[k].team);
            QCOMPARE(toString(loo[i].changes[k].from), toString(expected[k].from));
            QCOMPARE(toString(loo[i].changes[k].to), toString(expected[k].to));
        }
        changes += int(expected.size());
    }
    // the panel given is unchanged (the leave-out works on its own copy)
    QCOMPARE(leaveOneExpertOut(panel, scenario).size(), loo.size());
    qInfo("%d outcome changes over %d experts", changes, int(loo.size()));
}

// A disqualified team (verdict fail) and a pending one never flip by weights, whatever the
// change: R7 rules 1-2 come before the cut.
void TestSensitivity::disqualifiedAndPendingNeverFlip()
{
    Panel panel = twoTeamPanel();
    Team z;
    z.id = s("z");
    z.name = s("Team z");
    Team w;
    w.id = s("w");
    w.name = s("Team w");
    panel.teams.push_back(z);
    panel.teams.push_back(w);
    addRatings(panel, s("z"), s("qa"), {5});
    addRatings(panel, s("z"), s("qb"), {5});   // 100: first on points
    addRatings(panel, s("w"), s("qa"), {1});
    addRatings(panel, s("w"), s("qb"), {1});   // 0: last on points
    setVerdict(panel, s("z"), Verdict::Fail);
    setVerdict(panel, s("w"), Verdict::Pending);

    const SensitivityReport report = analyseSensitivity(panel, {});
    for (const char *id : {"z", "w"}) {
        const TeamSensitivity *t = teamIn(report, s(id));
        QVERIFY(t);
        QCOMPARE(t->flips.size(), std::size_t(2));
        for (const WeightFlip &f : t->flips) {
            QCOMPARE(f.status, WeightFlip::Status::NotEligible);
            QVERIFY(!f.smallest());
        }
    }
    QCOMPARE(toString(teamIn(report, s("z"))->baselineOutcome), toString(Outcome::Disqualified));
    QCOMPARE(toString(teamIn(report, s("w"))->baselineOutcome), toString(Outcome::Pending));
    for (double a : {0.0, 30.0, 100.0}) {
        const Standings st = scenarioStandings(panel, withWeight(panel, s("a"), a));
        QCOMPARE(toString(outcomeOf(st, s("z"))), toString(Outcome::Disqualified));
        QCOMPARE(toString(outcomeOf(st, s("w"))), toString(Outcome::Pending));
    }
    // x still flips against y at a = 66.667.
    PD_COMPARE_NEAR(flipFor(*teamIn(report, s("x")), s("a"))->up->delta, 20.0 / 3.0, 1e-9);
}

// twoTeamPanel with "advance 2, min_total 58": both advance (60, 70). Lowering a by d
// (b = 40 + d): x = 60 - d falls below 58 at d = 2 -> x eliminated_score. y = 70 + 0.5 d.
// Raising a: y = 70 - 0.5 d < 58 at d = 24 (a = 84).
void TestSensitivity::minTotalCrossing()
{
    Panel panel = twoTeamPanel();
    panel.round.cut.eliminate.reset();
    panel.round.cut.advance = 2;
    panel.round.cut.minTotal = 58.0;
    const auto flips = weightFlips(panel, {});
    const std::vector<WeightFlip> xFlips = flips.value(s("x"));
    const std::vector<WeightFlip> yFlips = flips.value(s("y"));
    const WeightFlip *xa = nullptr;
    const WeightFlip *ya = nullptr;
    for (const WeightFlip &f : xFlips)
        if (f.category == s("a"))
            xa = &f;
    for (const WeightFlip &f : yFlips)
        if (f.category == s("a"))
            ya = &f;
    QVERIFY(xa && ya);
    QVERIFY2(xa->down && !xa->up, qPrintable(QStringLiteral("up %1 down %2 status %3")
                                                 .arg(xa->up ? xa->up->delta : -999.0)
                                                 .arg(xa->down ? xa->down->delta : -999.0)
                                                 .arg(int(xa->status))));
    PD_COMPARE_NEAR(xa->down->delta, -2.0, 1e-9);
    QCOMPARE(toString(xa->down->outcome), toString(Outcome::EliminatedScore));
    QVERIFY(ya->up && !ya->down);
    PD_COMPARE_NEAR(ya->up->delta, 24.0, 1e-9);
}

void TestSensitivity::storedPanelIsNotModified()
{
    for (const Panel &panel : {expertPanel(), buildDemoPanel()}) {
        const Panel copy = panel;
        SensitivityScenario scenario = withWeight(panel, panel.categories[0].id, 5.0);
        scenario.aggregation = Aggregation::TrimmedMean;
        scenario.trim = 1;
        scenario.leaveOut = panel.reviewers.front().id;
        const SensitivityReport report = analyseSensitivity(panel, scenario);
        (void)sensitivityJson(panel, report);
        QVERIFY(panel == copy);
        QCOMPARE(outcomeSummary(report.baseline), outcomeSummary(computeStandings(copy)));
    }
}

void TestSensitivity::badScenariosAreRefused()
{
    const Panel panel = twoTeamPanel();
    SensitivityScenario unknownCategory;
    unknownCategory.weights = {{s("nope"), 10.0}};
    QVERIFY_THROWS_EXCEPTION(InputError, applyScenario(panel, unknownCategory));
    SensitivityScenario capNotKept;
    capNotKept.weights = {{s("a"), 70.0}, {s("b"), 40.0}};
    QVERIFY_THROWS_EXCEPTION(InputError, applyScenario(panel, capNotKept));
    SensitivityScenario unknownExpert;
    unknownExpert.leaveOut = s("nobody");
    QVERIFY_THROWS_EXCEPTION(InputError, applyScenario(panel, unknownExpert));
}

// The demo panel: the reference outcomes, and how far NC AI is from the cut by weights.
// NC AI's achievements (score / points) are below Upstage's in every category (benchmark
// 26.5/40 < 30.5/40, expert 24.5/35 < 28.9/35, user 16.5/25 < 21.2/25), so no weighting
// within [0, 100] can lift it above Upstage: "none within the possible range" for each
// category, confirmed by the engine at the extreme weights.
void TestSensitivity::demoPanel()
{
    const Panel panel = buildDemoPanel();
    const SensitivityReport report = analyseSensitivity(panel, {});
    const QList<QPair<QString, Outcome>> expected{
        {s("lg"), Outcome::Advance},          {s("skt"), Outcome::Advance},
        {s("upstage"), Outcome::Advance},     {s("naver"), Outcome::Disqualified},
        {s("nc"), Outcome::EliminatedScore},
    };
    for (const auto &[team, outcome] : expected) {
        const TeamSensitivity *t = teamIn(report, team);
        QVERIFY2(t, qPrintable(team));
        QCOMPARE(toString(t->baselineOutcome), toString(outcome));
        QCOMPARE(toString(t->scenarioOutcome), toString(outcome));
    }

    const TeamSensitivity *nc = teamIn(report, s("nc"));
    QCOMPARE(nc->flips.size(), std::size_t(3));
    for (const WeightFlip &f : nc->flips) {
        const QString up = f.up ? QString::number(f.up->delta, 'f', 3) : s("none");
        const QString down = f.down ? QString::number(f.down->delta, 'f', 3) : s("none");
        qInfo("NC AI, %s (%g points): smallest flipping change up %s, down %s",
              qPrintable(f.category), f.weight, qPrintable(up), qPrintable(down));
        QCOMPARE(f.status, WeightFlip::Status::NoneInRange);
    }
    for (const Category &c : panel.categories)
        for (double points : {0.0, 100.0}) {
            const Standings st = scenarioStandings(panel, withWeight(panel, c.id, points));
            QCOMPARE(toString(outcomeOf(st, s("nc"))), toString(Outcome::EliminatedScore));
        }
    for (const WeightFlip &f : teamIn(report, s("naver"))->flips)
        QCOMPARE(f.status, WeightFlip::Status::NotEligible);

    // Leave-one-expert-out: the ten experts each counted for five teams.
    QCOMPARE(report.leaveOneOut.size(), std::size_t(10));
    for (const LeaveOneOut &l : report.leaveOneOut) {
        QCOMPARE(l.sheets, 5);
        QVERIFY2(l.changes.empty(), qPrintable(l.reviewer));
    }
    for (const TeamSensitivity &t : report.teams) {
        QStringList parts;
        for (const WeightFlip &f : t.flips) {
            const auto sm = f.smallest();
            parts << f.category + QLatin1Char('=')
                    + (sm ? QString::number(sm->delta, 'f', 3) : s("none"));
        }
        qInfo("%s: %s -> %s", qPrintable(t.team), qPrintable(toString(t.baselineOutcome)),
              qPrintable(parts.join(s(", "))));
    }
}

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
