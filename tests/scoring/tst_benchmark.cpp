// R2: benchmark achievements, group scores, weights, team-restricted benchmarks, missing
// results and the benchmark category score. Every expectation is computed by hand from the
// rule text (shared spec scoring-rules.md, R2); the arithmetic is in the comment of the row.

#include "ScoringTestHelpers.h"
#include "scoring/BenchmarkScoring.h"
#include "scoring/ScoringEngine.h"

#include <QObject>
#include <QTest>
#include <limits>

using pd::Normalization;

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();   // no result / no target

QStringList teamIds(qsizetype n)
{
    QStringList ids;
    for (qsizetype i = 1; i <= n; ++i)
        ids << QStringLiteral("t%1").arg(i);
    return ids;
}

} // namespace

class TestBenchmark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleBenchmarkGroup_data();
    void singleBenchmarkGroup();
    void targetSources_data();
    void targetSources();
    void configuredTargetIsPerTeam();
    void achievementCap_data();
    void achievementCap();
    void weights_data();
    void weights();
    void teamRestrictedBenchmarks();
    void individualBenchmarksFivePerTeam();
    void resultsOfTeamsOutsideTheRoundAreIgnored();
    void groupWithoutApplicableBenchmark();
    void categoryIsSumOfGroups();
    void groupsAppearInStandingsInConfigurationOrder();
};

// One group of 10 points holding one benchmark "b"; teams t1..tn with the given scores
// (NaN: no result) and targets (NaN: no target). Group score = 10 * a(t, b).
void TestBenchmark::singleBenchmarkGroup_data()
{
    QTest::addColumn<Normalization>("normalization");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addColumn<double>("cap");
    QTest::addColumn<double>("scaleMax");
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<QList<double>>("targets");
    QTest::addColumn<QList<double>>("expected");
    QTest::addColumn<QList<bool>>("incomplete");

    const QList<double> noTargets{kNone, kNone, kNone, kNone};

    // ---- target_ratio -----------------------------------------------------------------
    // higher: a = min(1, s/target): 80/100=0.8 -> 8; 120/100 capped 1 -> 10; 50/40 -> 10;
    // 0/50 = 0 -> 0.
    QTest::newRow("target_ratio higher, cap 1")
        << Normalization::TargetRatio << true << 1.0 << 100.0
        << QList<double>{80, 120, 50, 0} << QList<double>{100, 100, 40, 50}
        << QList<double>{8, 10, 10, 0} << QList<bool>{false, false, false, false};
    // lower: a = min(1, target/s): 1.5/2 = 0.75 -> 7.5; 1.5/1 capped 1 -> 10;
    // s = 0 -> cap 1 -> 10; s = -1 (<= 0) -> cap -> 10.
    QTest::newRow("target_ratio lower, cap 1, score <= 0 gives cap")
        << Normalization::TargetRatio << false << 1.0 << 100.0
        << QList<double>{2.0, 1.0, 0.0, -1.0} << QList<double>{1.5, 1.5, 1.5, 1.5}
        << QList<double>{7.5, 10, 10, 10} << QList<bool>{false, false, false, false};
    // lower: 3/4 = 0.75 -> 7.5; 3/12 = 0.25 -> 2.5.
    QTest::newRow("target_ratio lower, partial achievements")
        << Normalization::TargetRatio << false << 1.0 << 100.0
        << QList<double>{4.0, 12.0} << QList<double>{3.0, 3.0}
        << QList<double>{7.5, 2.5} << QList<bool>{false, false};
    // Missing target: the result cannot be scored -> a = 0 and incomplete_benchmark.
    // t1: 90/100 = 0.9 -> 9; t2 has a score but no target -> 0, incomplete.
    QTest::newRow("target_ratio missing target -> incomplete")
        << Normalization::TargetRatio << true << 1.0 << 100.0
        << QList<double>{90, 90} << QList<double>{100, kNone}
        << QList<double>{9, 0} << QList<bool>{false, true};
    // Our choice: a target that is not > 0 (the spec requires > 0) counts as missing.
    QTest::newRow("target_ratio target 0 -> incomplete (our choice)")
        << Normalization::TargetRatio << true << 1.0 << 100.0
        << QList<double>{50, 50} << QList<double>{0, 100}
        << QList<double>{0, 5} << QList<bool>{true, false};
    // Missing result: a = 0 and incomplete_benchmark. t1 60/100 -> 6.
    QTest::newRow("target_ratio missing result -> 0 + incomplete")
        << Normalization::TargetRatio << true << 1.0 << 100.0
        << QList<double>{60, kNone} << QList<double>{100, kNone}
        << QList<double>{6, 0} << QList<bool>{false, true};

    // ---- best_ratio -------------------------------------------------------------------
    // higher: max = 100: 80/100 -> 8, 40/100 -> 4, 100/100 -> 10, 0/100 -> 0.
    QTest::newRow("best_ratio higher")
        << Normalization::BestRatio << true << 1.0 << 100.0
        << QList<double>{80, 40, 100, 0} << noTargets
        << QList<double>{8, 4, 10, 0} << QList<bool>{false, false, false, false};
    // lower: min = 1: 1/2 -> 5, 1/4 -> 2.5, 1/1 -> 10, 1/5 -> 2.
    QTest::newRow("best_ratio lower")
        << Normalization::BestRatio << false << 1.0 << 100.0
        << QList<double>{2, 4, 1, 5} << noTargets
        << QList<double>{5, 2.5, 10, 2} << QList<bool>{false, false, false, false};
    // higher with max 0: "A max of 0 gives 0 for all".
    QTest::newRow("best_ratio higher, max 0 -> all 0")
        << Normalization::BestRatio << true << 1.0 << 100.0
        << QList<double>{0, 0, 0} << noTargets.mid(0, 3)
        << QList<double>{0, 0, 0} << QList<bool>{false, false, false};
    // lower with a score <= 0: that team gets 1 -> 10; the min over teams is then 0, so the
    // others get 0/2 = 0 and 0/4 = 0.
    QTest::newRow("best_ratio lower, score 0 gives 1")
        << Normalization::BestRatio << false << 1.0 << 100.0
        << QList<double>{0, 2, 4} << noTargets.mid(0, 3)
        << QList<double>{10, 0, 0} << QList<bool>{false, false, false};
    // The max is over teams with a result: t2 has none (0, incomplete); max = 80:
    // 80/80 -> 10, 40/80 -> 5.
    QTest::newRow("best_ratio max over teams with a result")
        << Normalization::BestRatio << true << 1.0 << 100.0
        << QList<double>{80, kNone, 40} << noTargets.mid(0, 3)
        << QList<double>{10, 0, 5} << QList<bool>{false, true, false};

    // ---- min_max ----------------------------------------------------------------------
    // higher: min 10, max 30, span 20: (10-10)/20=0, (20-10)/20=0.5, 1, (15-10)/20=0.25.
    QTest::newRow("min_max higher")
        << Normalization::MinMax << true << 1.0 << 100.0
        << QList<double>{10, 20, 30, 15} << noTargets
        << QList<double>{0, 5, 10, 2.5} << QList<bool>{false, false, false, false};
    // lower (inverted): (30-s)/20: 1, 0.5, 0, 0.75.
    QTest::newRow("min_max lower")
        << Normalization::MinMax << false << 1.0 << 100.0
        << QList<double>{10, 20, 30, 15} << noTargets
        << QList<double>{10, 5, 0, 7.5} << QList<bool>{false, false, false, false};
    // max == min: every team gets 1.
    QTest::newRow("min_max higher, max == min -> all 1")
        << Normalization::MinMax << true << 1.0 << 100.0
        << QList<double>{7, 7, 7} << noTargets.mid(0, 3)
        << QList<double>{10, 10, 10} << QList<bool>{false, false, false};
    QTest::newRow("min_max lower, max == min -> all 1")
        << Normalization::MinMax << false << 1.0 << 100.0
        << QList<double>{7, 7} << noTargets.mid(0, 2)
        << QList<double>{10, 10} << QList<bool>{false, false};
    // Over teams with a result: t2 missing (0, incomplete); min 10 max 30 -> 0 and 1.
    QTest::newRow("min_max over teams with a result")
        << Normalization::MinMax << true << 1.0 << 100.0
        << QList<double>{10, kNone, 30} << noTargets.mid(0, 3)
        << QList<double>{0, 0, 10} << QList<bool>{false, true, false};

    // ---- absolute ---------------------------------------------------------------------
    // default scale_max 100: 45/100 -> 4.5; 100 -> 10; 130 clamped to 1 -> 10; -5 clamped
    // to 0 -> 0.
    QTest::newRow("absolute default scale 100, clamped")
        << Normalization::Absolute << true << 1.0 << 100.0
        << QList<double>{45, 100, 130, -5} << noTargets
        << QList<double>{4.5, 10, 10, 0} << QList<bool>{false, false, false, false};
    // scale_max 10: 7.5/10 -> 7.5; 12/10 clamped -> 10; 0 -> 0; 2.5/10 -> 2.5.
    QTest::newRow("absolute custom scale 10")
        << Normalization::Absolute << true << 1.0 << 10.0
        << QList<double>{7.5, 12, 0, 2.5} << noTargets
        << QList<double>{7.5, 10, 0, 2.5} << QList<bool>{false, false, false, false};
    // Our choice: lower-is-better on an absolute scale a = 1 - s/scale_max, clamped:
    // 1-20/100 = 0.8 -> 8; 1-0 -> 10; 1-150/100 < 0 -> 0; 1-100/100 -> 0.
    QTest::newRow("absolute lower-is-better: 1 - s/scale (our choice)")
        << Normalization::Absolute << false << 1.0 << 100.0
        << QList<double>{20, 0, 150, 100} << noTargets
        << QList<double>{8, 10, 0, 0} << QList<bool>{false, false, false, false};
    // Missing result on absolute: 0 + incomplete.
    QTest::newRow("absolute missing result")
        << Normalization::Absolute << true << 1.0 << 100.0
        << QList<double>{kNone, 70} << noTargets.mid(0, 2)
        << QList<double>{0, 7} << QList<bool>{true, false};
}

void TestBenchmark::singleBenchmarkGroup()
{
    QFETCH(Normalization, normalization);
    QFETCH(bool, higherIsBetter);
    QFETCH(double, cap);
    QFETCH(double, scaleMax);
    QFETCH(QList<double>, scores);
    QFETCH(QList<double>, targets);
    QFETCH(QList<double>, expected);
    QFETCH(QList<bool>, incomplete);
    QCOMPARE(targets.size(), scores.size());
    QCOMPARE(expected.size(), scores.size());
    QCOMPARE(incomplete.size(), scores.size());

    const QStringList ids = teamIds(scores.size());
    pd::Panel panel = pdtest::panelWithTeams(ids);
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench"), 10,
        {pdtest::group(QStringLiteral("g"), 10, normalization,
                       {pdtest::benchmark(QStringLiteral("b"), higherIsBetter)}, cap, scaleMax)}));
    for (qsizetype i = 0; i < scores.size(); ++i) {
        if (std::isnan(scores[i]))
            continue;
        pdtest::addResult(panel, ids[i], QStringLiteral("b"), scores[i],
                          std::isnan(targets[i]) ? std::nullopt : std::optional<double>(targets[i]));
    }

    const pd::CategoryResults results = pd::scoreBenchmarkCategory(panel.categories[0], panel);
    QCOMPARE(results.size(), ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const pd::CategoryResult r = results.value(ids[i]);
        QVERIFY2(results.contains(ids[i]), qPrintable(ids[i]));
        PD_COMPARE_SCORE(r.score, expected[i]);
        QCOMPARE(r.groups.size(), std::size_t(1));
        QCOMPARE(r.groups[0].first, QStringLiteral("g"));
        PD_COMPARE_SCORE(r.groups[0].second, expected[i]);
        QVERIFY2(r.flags.contains(QLatin1String(pd::flags::IncompleteBenchmark)) == incomplete[i],
                 qPrintable(ids[i] + QStringLiteral(" incomplete_benchmark flag")));
    }
}

// Issue 16: a target configured on the benchmark for the team (Benchmark::targets) stands in
// for a result without its own target; a result's own target takes precedence. One
// target_ratio group of 10 points with one benchmark "b", one team t1 (cap 1).
void TestBenchmark::targetSources_data()
{
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("resultTarget");       // NaN: the result has none
    QTest::addColumn<double>("configuredTarget");   // NaN: none configured for t1
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("incomplete");

    // 80/100 = 0.8 -> 8.
    QTest::newRow("result target only") << true << 80.0 << 100.0 << kNone << 8.0 << false;
    // 80/100 = 0.8 -> 8.
    QTest::newRow("configured target only") << true << 80.0 << kNone << 100.0 << 8.0 << false;
    // lower: 1.5/2 = 0.75 -> 7.5.
    QTest::newRow("configured target only, lower is better")
        << false << 2.0 << kNone << 1.5 << 7.5 << false;
    // The result's 100 wins: 80/100 = 0.8 -> 8 (the configured 80 would give 10).
    QTest::newRow("both: the result's target wins") << true << 80.0 << 100.0 << 80.0 << 8.0 << false;
    // The result's 160 wins: 80/160 = 0.5 -> 5 (the configured 100 would give 8).
    QTest::newRow("both: the result's higher target wins")
        << true << 80.0 << 160.0 << 100.0 << 5.0 << false;
    // lower: the result's 1.5 wins: 1.5/2 -> 7.5 (the configured 1 would give 5).
    QTest::newRow("both, lower is better: the result's target wins")
        << false << 2.0 << 1.5 << 1.0 << 7.5 << false;
    // Configured target and score <= 0, lower is better: a = cap -> 10.
    QTest::newRow("configured target, lower, score 0 gives cap")
        << false << 0.0 << kNone << 1.5 << 10.0 << false;
    // Neither: not scorable -> 0 and incomplete (as before issue 16).
    QTest::newRow("neither target -> incomplete") << true << 80.0 << kNone << kNone << 0.0 << true;
    // Our choice: a result's own target is taken as it is, even one a file would refuse (0);
    // the configured target does not replace it -> not scorable, incomplete.
    QTest::newRow("result target 0 is not replaced by the configured one")
        << true << 80.0 << 0.0 << 100.0 << 0.0 << true;
}

void TestBenchmark::targetSources()
{
    QFETCH(bool, higherIsBetter);
    QFETCH(double, score);
    QFETCH(double, resultTarget);
    QFETCH(double, configuredTarget);
    QFETCH(double, expected);
    QFETCH(bool, incomplete);

    pd::Panel panel = pdtest::panelWithTeams({QStringLiteral("t1")});
    pd::Benchmark b = pdtest::benchmark(QStringLiteral("b"), higherIsBetter);
    if (!std::isnan(configuredTarget))
        b.targets.push_back({QStringLiteral("t1"), configuredTarget});
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench"), 10,
        {pdtest::group(QStringLiteral("g"), 10, Normalization::TargetRatio, {b})}));
    pdtest::addResult(panel, QStringLiteral("t1"), QStringLiteral("b"), score,
                      std::isnan(resultTarget) ? std::nullopt : std::optional<double>(resultTarget));

    const pd::BenchmarkResult &result = panel.benchmarkResults.front();
    const std::optional<double> target = pd::targetFor(b, result);
    if (!std::isnan(resultTarget))
        QCOMPARE(target, std::optional<double>(resultTarget));
    else if (!std::isnan(configuredTarget))
        QCOMPARE(target, std::optional<double>(configuredTarget));
    else
        QVERIFY(!target);

    const pd::CategoryResult r = pd::scoreBenchmarkCategory(panel.categories[0], panel)
                                     .value(QStringLiteral("t1"));
    PD_COMPARE_SCORE(r.score, expected);
    QCOMPARE(r.flags.contains(QLatin1String(pd::flags::IncompleteBenchmark)), incomplete);
}

// A configured target is the team's own: t1's 100 gives t2 nothing. t1: 80/100 -> 8; t2
// without a target of either kind -> 0 and incomplete; t3's result target 50: 80/50 capped
// 1 -> 10.
void TestBenchmark::configuredTargetIsPerTeam()
{
    pd::Panel panel = pdtest::panelWithTeams({QStringLiteral("t1"), QStringLiteral("t2"),
                                              QStringLiteral("t3")});
    pd::Benchmark b = pdtest::benchmark(QStringLiteral("b"));
    b.targets = {{QStringLiteral("t1"), 100.0}};
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench"), 10,
        {pdtest::group(QStringLiteral("g"), 10, Normalization::TargetRatio, {b})}));
    pdtest::addResult(panel, QStringLiteral("t1"), QStringLiteral("b"), 80.0);
    pdtest::addResult(panel, QStringLiteral("t2"), QStringLiteral("b"), 80.0);
    pdtest::addResult(panel, QStringLiteral("t3"), QStringLiteral("b"), 80.0, 50.0);

    const pd::CategoryResults results = pd::scoreBenchmarkCategory(panel.categories[0], panel);
    PD_COMPARE_SCORE(results.value(QStringLiteral("t1")).score, 8.0);
    PD_COMPARE_SCORE(results.value(QStringLiteral("t2")).score, 0.0);
    PD_COMPARE_SCORE(results.value(QStringLiteral("t3")).score, 10.0);
    QVERIFY(!results.value(QStringLiteral("t1")).flags.contains(QLatin1String(pd::flags::IncompleteBenchmark)));
    QVERIFY(results.value(QStringLiteral("t2")).flags.contains(QLatin1String(pd::flags::IncompleteBenchmark)));
}

// target_ratio with two benchmarks (weight 1 each) in a 10-point group: the cap lets one
// benchmark's over-achievement compensate another. R2's formula has no group clamp: the
// group may exceed its points; only the category is held to its points (R1).
void TestBenchmark::achievementCap_data()
{
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addColumn<double>("cap");
    QTest::addColumn<double>("score1");
    QTest::addColumn<double>("target1");
    QTest::addColumn<double>("score2");
    QTest::addColumn<double>("target2");
    QTest::addColumn<double>("expected");

    // 130/100 capped 1, 70/100 = 0.7: (1 + 0.7)/2 * 10 = 8.5
    QTest::newRow("higher, default cap 1") << true << 1.0 << 130.0 << 100.0 << 70.0 << 100.0 << 8.5;
    // 130/100 capped 1.2, 0.7: (1.2 + 0.7)/2 * 10 = 9.5
    QTest::newRow("higher, cap 1.2 limits 1.3") << true << 1.2 << 130.0 << 100.0 << 70.0 << 100.0 << 9.5;
    // 110/100 = 1.1 under the cap, 0.7: (1.1 + 0.7)/2 * 10 = 9
    QTest::newRow("higher, cap 1.2 keeps 1.1") << true << 1.2 << 110.0 << 100.0 << 70.0 << 100.0 << 9.0;
    // 150/100 capped 1.2, 110/100 = 1.1: (1.2 + 1.1)/2 * 10 = 11.5 (above the group's 10)
    QTest::newRow("higher, cap 1.2, group above its points")
        << true << 1.2 << 150.0 << 100.0 << 110.0 << 100.0 << 11.5;
    // 150/100 = 1.5 at cap 1.5, 40/100 = 0.4: (1.5 + 0.4)/2 * 10 = 9.5
    QTest::newRow("higher, cap 1.5") << true << 1.5 << 150.0 << 100.0 << 40.0 << 100.0 << 9.5;
    // lower: 1.5/1.0 = 1.5 capped 1 ; 1.0/2.0 = 0.5: (1 + 0.5)/2 * 10 = 7.5
    QTest::newRow("lower, default cap 1") << false << 1.0 << 1.0 << 1.5 << 2.0 << 1.0 << 7.5;
    // lower: 1.5 capped 1.2 ; 0.5: (1.2 + 0.5)/2 * 10 = 8.5
    QTest::newRow("lower, cap 1.2") << false << 1.2 << 1.0 << 1.5 << 2.0 << 1.0 << 8.5;
    // lower: score 0 gives the cap 1.2 ; 0.5: 8.5
    QTest::newRow("lower, score 0 gives cap 1.2") << false << 1.2 << 0.0 << 1.5 << 2.0 << 1.0 << 8.5;
}

void TestBenchmark::achievementCap()
{
    QFETCH(bool, higherIsBetter);
    QFETCH(double, cap);
    QFETCH(double, score1);
    QFETCH(double, target1);
    QFETCH(double, score2);
    QFETCH(double, target2);
    QFETCH(double, expected);

    // A second group "other" (10 points, absolute, a = 0.5 -> 5) keeps the category (20
    // points) from hiding the group's value.
    pd::Panel panel = pdtest::panelWithTeams({QStringLiteral("a")});
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench"), 20,
        {pdtest::group(QStringLiteral("g"), 10, Normalization::TargetRatio,
                       {pdtest::benchmark(QStringLiteral("b1"), higherIsBetter),
                        pdtest::benchmark(QStringLiteral("b2"), higherIsBetter)},
                       cap),
         pdtest::group(QStringLiteral("other"), 10, Normalization::Absolute,
                       {pdtest::benchmark(QStringLiteral("o"))})}));
    pdtest::addResult(panel, QStringLiteral("a"), QStringLiteral("b1"), score1, target1);
    pdtest::addResult(panel, QStringLiteral("a"), QStringLiteral("b2"), score2, target2);
    pdtest::addResult(panel, QStringLiteral("a"), QStringLiteral("o"), 50);

    const pd::CategoryResult r =
        pd::scoreBenchmarkCategory(panel.categories[0], panel).value(QStringLiteral("a"));
    QCOMPARE(r.groups.size(), std::size_t(2));
    PD_COMPARE_SCORE(r.groups[0].second, expected);
    PD_COMPARE_SCORE(r.score, expected + 5.0);
    QVERIFY(r.flags.isEmpty());
}

// absolute, 20-point group, b1 weight w1 and b2 weight w2; one team.
void TestBenchmark::weights_data()
{
    QTest::addColumn<double>("w1");
    QTest::addColumn<double>("w2");
    QTest::addColumn<double>("score1");
    QTest::addColumn<double>("score2");
    QTest::addColumn<double>("expected");

    // (3*0.8 + 1*0.4)/4 = 2.8/4 = 0.7 -> 20*0.7 = 14 (unweighted would be 12)
    QTest::newRow("3:1, strong on heavy") << 3.0 << 1.0 << 80.0 << 40.0 << 14.0;
    // (3*0.4 + 1*0.8)/4 = 2.0/4 = 0.5 -> 10
    QTest::newRow("3:1, strong on light") << 3.0 << 1.0 << 40.0 << 80.0 << 10.0;
    // default weights 1:1: (0.8 + 0.4)/2 = 0.6 -> 12
    QTest::newRow("1:1") << 1.0 << 1.0 << 80.0 << 40.0 << 12.0;
    // (0.5*1.0 + 2*0.25)/2.5 = 1.0/2.5 = 0.4 -> 8
    QTest::newRow("0.5:2") << 0.5 << 2.0 << 100.0 << 25.0 << 8.0;
}

void TestBenchmark::weights()
{
    QFETCH(double, w1);
    QFETCH(double, w2);
    QFETCH(double, score1);
    QFETCH(double, score2);
    QFETCH(double, expected);

    pd::Panel panel = pdtest::panelWithTeams({QStringLiteral("a")});
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench"), 20,
        {pdtest::group(QStringLiteral("g"), 20, Normalization::Absolute,
                       {pdtest::benchmark(QStringLiteral("b1"), true, w1),
                        pdtest::benchmark(QStringLiteral("b2"), true, w2)})}));
    pdtest::addResult(panel, QStringLiteral("a"), QStringLiteral("b1"), score1);
    pdtest::addResult(panel, QStringLiteral("a"), QStringLiteral("b2"), score2);

    const pd::CategoryResult r =
        pd::scoreBenchmarkCategory(panel.categories[0], panel).value(QStringLiteral("a"));
    PD_COMPARE_SCORE(r.score, expected);
}

// A benchmark restricted to other teams is not in a team's denominator.
void TestBenchmark::teamRestrictedBenchmarks()
{
    pd::Panel panel = pdtest::panelWithTeams({QStringLiteral("A"), QStringLiteral("B")});
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench"), 10,
        {pdtest::group(QStringLiteral("g"), 10, Normalization::Absolute,
                       {pdtest::benchmark(QStringLiteral("common")),
                        pdtest::benchmark(QStringLiteral("a1"), true, 1.0, {QStringLiteral("A")}),
                        pdtest::benchmark(QStringLiteral("a2"), true, 1.0, {QStringLiteral("A")}),
                        pdtest::benchmark(QStringLiteral("b1"), true, 1.0, {QStringLiteral("B")})})}));
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("common"), 50);
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("a1"), 100);
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("a2"), 70);
    pdtest::addResult(panel, QStringLiteral("B"), QStringLiteral("common"), 50);
    pdtest::addResult(panel, QStringLiteral("B"), QStringLiteral("b1"), 80);

    const pd::CategoryResults results = pd::scoreBenchmarkCategory(panel.categories[0], panel);
    // A: (0.5 + 1.0 + 0.7)/3 = 2.2/3 -> 10 * 0.7333... = 7.3333...
    PD_COMPARE_SCORE(results.value(QStringLiteral("A")).score, 10.0 * 2.2 / 3.0);
    // B: (0.5 + 0.8)/2 = 0.65 -> 6.5 (a1/a2 counted in B's denominator would give 3.25)
    PD_COMPARE_SCORE(results.value(QStringLiteral("B")).score, 6.5);
    QVERIFY(results.value(QStringLiteral("A")).flags.isEmpty());
    QVERIFY(results.value(QStringLiteral("B")).flags.isEmpty());

    QVERIFY(pd::appliesTo(panel.categories[0].groups[0].benchmarks[0], QStringLiteral("B")));
    QVERIFY(pd::appliesTo(panel.categories[0].groups[0].benchmarks[1], QStringLiteral("A")));
    QVERIFY(!pd::appliesTo(panel.categories[0].groups[0].benchmarks[1], QStringLiteral("B")));
}

// The first-evaluation shape: an "individual" group where each team has its own 5
// benchmarks (target_ratio against its declared reference model).
void TestBenchmark::individualBenchmarksFivePerTeam()
{
    const QStringList ids{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    pd::Panel panel = pdtest::panelWithTeams(ids);
    std::vector<pd::Benchmark> benchmarks;
    for (const QString &team : ids)
        for (int i = 1; i <= 5; ++i)
            benchmarks.push_back(pdtest::benchmark(QStringLiteral("%1-%2").arg(team).arg(i), true,
                                                   1.0, {team}));
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench"), 10,
        {pdtest::group(QStringLiteral("individual"), 10, Normalization::TargetRatio,
                       std::move(benchmarks))}));
    // A: four at 1.0 (one over target, capped) and one at 0.5: 4.5/5 = 0.9 -> 9.
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("A-1"), 100, 100);
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("A-2"), 120, 100);
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("A-3"), 50, 50);
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("A-4"), 10, 10);
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("A-5"), 40, 80);
    // A also has a (stray) result on one of B's benchmarks: it does not apply to A.
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("B-1"), 0, 100);
    // B: five at 0.8: 4.0/5 = 0.8 -> 8.
    for (int i = 1; i <= 5; ++i)
        pdtest::addResult(panel, QStringLiteral("B"), QStringLiteral("B-%1").arg(i), 40, 50);
    // C: four at 1.0, C-5 missing -> a = 0: 4/5 = 0.8 -> 8, incomplete_benchmark.
    for (int i = 1; i <= 4; ++i)
        pdtest::addResult(panel, QStringLiteral("C"), QStringLiteral("C-%1").arg(i), 75, 70);

    const pd::CategoryResults results = pd::scoreBenchmarkCategory(panel.categories[0], panel);
    PD_COMPARE_SCORE(results.value(QStringLiteral("A")).score, 9.0);
    PD_COMPARE_SCORE(results.value(QStringLiteral("B")).score, 8.0);
    PD_COMPARE_SCORE(results.value(QStringLiteral("C")).score, 8.0);
    QVERIFY(results.value(QStringLiteral("A")).flags.isEmpty());
    QVERIFY(results.value(QStringLiteral("B")).flags.isEmpty());
    QCOMPARE(results.value(QStringLiteral("C")).flags,
             QSet<QString>{QLatin1String(pd::flags::IncompleteBenchmark)});
}

// best_ratio and min_max look at the teams of the round: a stray result of a team that is
// not in the round (e.g. withdrawn) does not set the best or the range.
void TestBenchmark::resultsOfTeamsOutsideTheRoundAreIgnored()
{
    pd::Panel panel = pdtest::panelWithTeams({QStringLiteral("A"), QStringLiteral("B")});
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench"), 20,
        {pdtest::group(QStringLiteral("best"), 10, Normalization::BestRatio,
                       {pdtest::benchmark(QStringLiteral("b"))}),
         pdtest::group(QStringLiteral("range"), 10, Normalization::MinMax,
                       {pdtest::benchmark(QStringLiteral("m"))})}));
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("b"), 80);
    pdtest::addResult(panel, QStringLiteral("B"), QStringLiteral("b"), 40);
    pdtest::addResult(panel, QStringLiteral("gone"), QStringLiteral("b"), 160);
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("m"), 30);
    pdtest::addResult(panel, QStringLiteral("B"), QStringLiteral("m"), 20);
    pdtest::addResult(panel, QStringLiteral("gone"), QStringLiteral("m"), 0);

    const pd::CategoryResults results = pd::scoreBenchmarkCategory(panel.categories[0], panel);
    QCOMPARE(results.size(), 2);
    // best: max over A, B = 80 -> A 10, B 5 (with "gone": 5 and 2.5).
    // range: min 20, max 30 -> A 10, B 0 (with "gone": A 10, B 6.67).
    PD_COMPARE_SCORE(results.value(QStringLiteral("A")).score, 20.0);
    PD_COMPARE_SCORE(results.value(QStringLiteral("B")).score, 5.0);
}

// Our choice: a group with no benchmark applying to a team scores 0 and flags it
// incomplete_benchmark (the team cannot be scored there).
void TestBenchmark::groupWithoutApplicableBenchmark()
{
    pd::Panel panel = pdtest::panelWithTeams({QStringLiteral("A"), QStringLiteral("B")});
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench"), 20,
        {pdtest::group(QStringLiteral("common"), 10, Normalization::Absolute,
                       {pdtest::benchmark(QStringLiteral("c"))}),
         pdtest::group(QStringLiteral("onlyA"), 10, Normalization::Absolute,
                       {pdtest::benchmark(QStringLiteral("a"), true, 1.0, {QStringLiteral("A")})})}));
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("c"), 60);
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("a"), 90);
    pdtest::addResult(panel, QStringLiteral("B"), QStringLiteral("c"), 60);

    const pd::CategoryResults results = pd::scoreBenchmarkCategory(panel.categories[0], panel);
    // A: 6 + 9 = 15, complete. B: 6 + 0 = 6, incomplete.
    PD_COMPARE_SCORE(results.value(QStringLiteral("A")).score, 15.0);
    QVERIFY(results.value(QStringLiteral("A")).flags.isEmpty());
    PD_COMPARE_SCORE(results.value(QStringLiteral("B")).score, 6.0);
    PD_COMPARE_SCORE(results.value(QStringLiteral("B")).groups.at(1).second, 0.0);
    QVERIFY(results.value(QStringLiteral("B")).flags.contains(
        QLatin1String(pd::flags::IncompleteBenchmark)));
}

// Category = sum of its groups; groups of different normalizations mixed.
void TestBenchmark::categoryIsSumOfGroups()
{
    pd::Panel panel = pdtest::panelWithTeams({QStringLiteral("A"), QStringLiteral("B")});
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench"), 40,
        {pdtest::group(QStringLiteral("general"), 25, Normalization::BestRatio,
                       {pdtest::benchmark(QStringLiteral("g1")), pdtest::benchmark(QStringLiteral("g2"))}),
         pdtest::group(QStringLiteral("speed"), 15, Normalization::TargetRatio,
                       {pdtest::benchmark(QStringLiteral("latency"), false)})}));
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("g1"), 80);
    pdtest::addResult(panel, QStringLiteral("B"), QStringLiteral("g1"), 60);
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("g2"), 30);
    pdtest::addResult(panel, QStringLiteral("B"), QStringLiteral("g2"), 60);
    pdtest::addResult(panel, QStringLiteral("A"), QStringLiteral("latency"), 200, 100);
    pdtest::addResult(panel, QStringLiteral("B"), QStringLiteral("latency"), 80, 100);

    const pd::CategoryResults results = pd::scoreBenchmarkCategory(panel.categories[0], panel);
    // general, best_ratio: g1 max 80, g2 max 60.
    //   A: (80/80 + 30/60)/2 = 0.75 -> 25*0.75 = 18.75
    //   B: (60/80 + 60/60)/2 = 0.875 -> 25*0.875 = 21.875
    // speed, target_ratio lower: A 100/200 = 0.5 -> 7.5; B 100/80 capped 1 -> 15.
    // category: A 18.75 + 7.5 = 26.25; B 21.875 + 15 = 36.875.
    const pd::CategoryResult a = results.value(QStringLiteral("A"));
    const pd::CategoryResult b = results.value(QStringLiteral("B"));
    QCOMPARE(a.groups.size(), std::size_t(2));
    PD_COMPARE_SCORE(a.groups[0].second, 18.75);
    PD_COMPARE_SCORE(a.groups[1].second, 7.5);
    PD_COMPARE_SCORE(a.score, 26.25);
    PD_COMPARE_SCORE(b.groups[0].second, 21.875);
    PD_COMPARE_SCORE(b.groups[1].second, 15.0);
    PD_COMPARE_SCORE(b.score, 36.875);

    // The same through the engine: category and total.
    const pd::Standings standings = pd::computeStandings(panel);
    PD_COMPARE_SCORE(standings.find(QStringLiteral("A"))->categoryScore(QStringLiteral("bench")), 26.25);
    PD_COMPARE_SCORE(standings.find(QStringLiteral("A"))->total, 26.25);
    PD_COMPARE_SCORE(standings.find(QStringLiteral("B"))->total, 36.875);
}

void TestBenchmark::groupsAppearInStandingsInConfigurationOrder()
{
    // Deliberately not alphabetical: zeta, alpha in one category, then mid in another.
    pd::Panel panel = pdtest::panelWithTeams({QStringLiteral("A"), QStringLiteral("B")});
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench1"), 20,
        {pdtest::group(QStringLiteral("zeta"), 12, Normalization::Absolute,
                       {pdtest::benchmark(QStringLiteral("z"))}),
         pdtest::group(QStringLiteral("alpha"), 8, Normalization::Absolute,
                       {pdtest::benchmark(QStringLiteral("a"))})}));
    panel.categories.push_back(pdtest::benchmarkCategory(
        QStringLiteral("bench2"), 5,
        {pdtest::group(QStringLiteral("mid"), 5, Normalization::Absolute,
                       {pdtest::benchmark(QStringLiteral("m"))})}));
    for (const QString &team : {QStringLiteral("A"), QStringLiteral("B")}) {
        pdtest::addResult(panel, team, QStringLiteral("z"), 50);
        pdtest::addResult(panel, team, QStringLiteral("a"), team == QStringLiteral("A") ? 100 : 25);
        pdtest::addResult(panel, team, QStringLiteral("m"), 40);
    }

    const pd::Standings standings = pd::computeStandings(panel);
    for (const pd::TeamStanding &row : standings.teams) {
        QStringList ids;
        for (const auto &[id, score] : row.groups)
            ids << id;
        QCOMPARE(ids, (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid")}));
        QStringList categories;
        for (const auto &[id, score] : row.categories)
            categories << id;
        QCOMPARE(categories, (QStringList{QStringLiteral("bench1"), QStringLiteral("bench2")}));
    }
    // A: zeta 12*0.5 = 6, alpha 8*1.0 = 8, mid 5*0.4 = 2; B: 6, 8*0.25 = 2, 2.
    const pd::TeamStanding *a = standings.find(QStringLiteral("A"));
    const pd::TeamStanding *b = standings.find(QStringLiteral("B"));
    QVERIFY(a && b);
    PD_COMPARE_SCORE(a->groupScore(QStringLiteral("zeta")), 6.0);
    PD_COMPARE_SCORE(a->groupScore(QStringLiteral("alpha")), 8.0);
    PD_COMPARE_SCORE(a->groupScore(QStringLiteral("mid")), 2.0);
    PD_COMPARE_SCORE(b->groupScore(QStringLiteral("alpha")), 2.0);
    PD_COMPARE_SCORE(a->categoryScore(QStringLiteral("bench1")), 14.0);
    PD_COMPARE_SCORE(b->categoryScore(QStringLiteral("bench1")), 8.0);
    PD_COMPARE_SCORE(a->total, 16.0);
    PD_COMPARE_SCORE(b->total, 10.0);
}

QTEST_GUILESS_MAIN(TestBenchmark)
#include "tst_benchmark.moc"
