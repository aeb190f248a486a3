// The whole engine: R1 (total = sum of categories, each category within [0, points]),
// R7.5 (complete standings) and an end-to-end mini panel with every category kind, where
// every figure, rank, outcome and flag is computed by hand from the rules.

#include "ScoringTestHelpers.h"
#include "scoring/Rounding.h"
#include "scoring/ScoringEngine.h"

#include <QObject>
#include <QTest>
#include <algorithm>
#include <vector>

using pd::Normalization;
using pd::Verdict;

namespace {

const QString kBench = QStringLiteral("bench");
const QString kExpert = QStringLiteral("expert");
const QString kUser = QStringLiteral("user");

QString s(const char *text) { return QString::fromLatin1(text); }

// ---- the end-to-end mini panel ----------------------------------------------------------
//
// First-evaluation template: benchmark 40 + expert 35 + user 25 = 100; eliminate 1.
// bench (40): general 20 (best_ratio: mmlu higher w2, latency lower w1),
//             individual 10 (target_ratio, cap 1.2, two own benchmarks per team),
//             safety 10 (min_max, toxicity lower).
// expert (35, trimmed_mean k=1): tech 20, impact 15; reviewers r1..r4, r4 conflicted with c.
// user (25, 1..5, absolute): ux w2, docs w1.
pd::Panel miniPanel()
{
    const QStringList ids{s("a"), s("b"), s("c"), s("d"), s("e")};
    pd::Panel panel = pdtest::panelWithTeams(ids);
    panel.round.cut.eliminate = 1;
    panel.round.displayDecimals = 1;

    std::vector<pd::Benchmark> individual;
    for (const QString &t : ids)
        for (int i = 1; i <= 2; ++i)
            individual.push_back(pdtest::benchmark(QStringLiteral("%1-%2").arg(t).arg(i), true, 1.0, {t}));
    panel.categories.push_back(pdtest::benchmarkCategory(
        kBench, 40,
        {pdtest::group(s("general"), 20, Normalization::BestRatio,
                       {pdtest::benchmark(s("mmlu"), true, 2.0), pdtest::benchmark(s("latency"), false)}),
         pdtest::group(s("individual"), 10, Normalization::TargetRatio, std::move(individual), 1.2),
         pdtest::group(s("safety"), 10, Normalization::MinMax, {pdtest::benchmark(s("toxicity"), false)})}));
    panel.categories.push_back(pdtest::expertCategory(
        kExpert, 35, {pdtest::rubricItem(s("tech"), 20), pdtest::rubricItem(s("impact"), 15)},
        pd::Aggregation::TrimmedMean, 1));
    panel.categories.push_back(pdtest::userCategory(
        kUser, 25, {pdtest::userItem(s("ux"), 2.0), pdtest::userItem(s("docs"), 1.0)}, 1, 5,
        Normalization::Absolute));

    // general: mmlu max 80 -> a 1, b 0.8, c 0.9, d 0.75, e 0.5
    //          latency min 100 -> a 0.5, b 1, c 0.8, d 0.4, e 0.25
    const QList<double> mmlu{80, 64, 72, 60, 40};
    const QList<double> latency{200, 100, 125, 250, 400};
    // safety: min 0.1, max 0.5, inverted: (0.5 - s)/0.4 -> a 1, b 0.5, c 0.75, d 0, e 1
    const QList<double> toxicity{0.10, 0.30, 0.20, 0.50, 0.10};
    // individual (score, target) x2
    const QList<QList<double>> own{{110, 100, 90, 100},
                                   {130, 100, 50, 100},
                                   {100, 100, 100, 80},
                                   {70, 100, 60, 100},
                                   {80, 100, 96, 120}};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        pdtest::addResult(panel, ids[i], s("mmlu"), mmlu[i]);
        pdtest::addResult(panel, ids[i], s("latency"), latency[i]);
        pdtest::addResult(panel, ids[i], s("toxicity"), toxicity[i]);
        pdtest::addResult(panel, ids[i], ids[i] + s("-1"), own[i][0], own[i][1]);
        pdtest::addResult(panel, ids[i], ids[i] + s("-2"), own[i][2], own[i][3]);
    }

    pdtest::addReviewer(panel, s("r1"));
    pdtest::addReviewer(panel, s("r2"));
    pdtest::addReviewer(panel, s("r3"));
    pdtest::addReviewer(panel, s("r4"), {s("c")});
    const auto sheet = [&](const char *reviewer, const char *team, double tech, double impact,
                           bool submitted = true) {
        pdtest::addSheet(panel, s(reviewer), s(team), {{s("tech"), tech}, {s("impact"), impact}},
                         submitted);
    };
    sheet("r1", "a", 18, 12);   // 30
    sheet("r2", "a", 16, 12);   // 28
    sheet("r3", "a", 19, 13);   // 32
    sheet("r4", "a", 12, 8);    // 20
    sheet("r1", "b", 15, 10);   // 25
    sheet("r2", "b", 15, 12);   // 27
    sheet("r3", "b", 14, 12);   // 26
    sheet("r1", "c", 18, 12);   // 30
    sheet("r2", "c", 18.5, 12.5);   // 31
    sheet("r4", "c", 20, 15);   // 35, conflicted: ignored
    sheet("r1", "d", 12, 8);    // 20
    sheet("r2", "d", 13, 9);    // 22
    sheet("r3", "d", 14, 10);   // 24
    sheet("r4", "d", 20, 15, false);   // 35, draft: ignored
    sheet("r1", "e", 14, 10);   // 24
    sheet("r2", "e", 15, 11);   // 26
    sheet("r3", "e", 13, 9);    // 22
    sheet("r4", "e", 16, 12);   // 28

    pdtest::addRatings(panel, s("a"), s("ux"), {5, 4});
    pdtest::addRatings(panel, s("a"), s("docs"), {4});
    pdtest::addRatings(panel, s("b"), s("ux"), {5, 5});
    pdtest::addRatings(panel, s("b"), s("docs"), {5, 4, 3});
    pdtest::addRatings(panel, s("c"), s("ux"), {3});
    pdtest::addRatings(panel, s("c"), s("docs"), {3});
    pdtest::addRatings(panel, s("d"), s("ux"), {4, 4});
    pdtest::addRatings(panel, s("d"), s("docs"), {2});
    pdtest::addRatings(panel, s("e"), s("ux"), {2, 3});
    pdtest::addRatings(panel, s("e"), s("docs"), {5});

    using pd::ExternalControl;
    using pd::License;
    using pd::Origin;
    using pd::Weights;
    pdtest::setVerdict(panel, s("a"), Verdict::Pass,
                       {pdtest::cleanFinding(s("backbone")), pdtest::cleanFinding(s("tokenizer"))});
    pdtest::setVerdict(panel, s("b"), Verdict::Pass,
                       {pdtest::finding(s("backbone"), Origin::OpenSource, License::Permissive,
                                        Weights::Initialized, ExternalControl::None)});
    pdtest::setVerdict(panel, s("c"), Verdict::Fail,
                       {pdtest::cleanFinding(s("backbone")),
                        pdtest::finding(s("vision encoder"), Origin::OpenSource, License::Permissive,
                                        Weights::Reused, ExternalControl::None, s("Qwen2.5-VL ViT"))});
    // d: suggestion pending (possible outside control) -> no verdict_differs flag.
    pdtest::setVerdict(panel, s("d"), Verdict::Pass,
                       {pdtest::finding(s("backbone"), Origin::InHouse, License::Own,
                                        Weights::Initialized, ExternalControl::Possible)});
    // e: pass recorded against a suggested fail -> verdict_differs_from_rules.
    pdtest::setVerdict(panel, s("e"), Verdict::Pass,
                       {pdtest::finding(s("audio encoder"), Origin::OpenSource, License::Permissive,
                                        Weights::ReusedFrozen, ExternalControl::None)});
    return panel;
}

// ---- the completeness panel ---------------------------------------------------------------
// Four teams, one category of each kind, everything present; eliminate 1.
//   bench 40 (absolute, scale 100): a 90 -> 36, b 80 -> 32, c 70 -> 28, d 60 -> 24
//   expert 35 (mean, one 35-point item, reviewer r1): a 30, b 25, c 20, d 15
//   user 25 (1..5, one item): a 5 -> 25, b 4 -> 18.75, c 3 -> 12.5, d 2 -> 6.25
//   totals: a 91, b 75.75, c 60.5, d 45.25
pd::Panel completenessPanel()
{
    const QStringList ids{s("a"), s("b"), s("c"), s("d")};
    pd::Panel panel = pdtest::panelWithTeams(ids);
    panel.round.cut.eliminate = 1;
    panel.categories.push_back(pdtest::benchmarkCategory(
        kBench, 40, {pdtest::group(s("g"), 40, Normalization::Absolute, {pdtest::benchmark(s("b1"))})}));
    panel.categories.push_back(pdtest::expertCategory(kExpert, 35, {pdtest::rubricItem(s("q"), 35)}));
    panel.categories.push_back(pdtest::userCategory(kUser, 25, {pdtest::userItem(s("u"))}));
    pdtest::addReviewer(panel, s("r1"));
    const QList<double> bench{90, 80, 70, 60};
    const QList<double> expert{30, 25, 20, 15};
    const QList<int> user{5, 4, 3, 2};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        pdtest::addResult(panel, ids[i], s("b1"), bench[i]);
        pdtest::addSheet(panel, s("r1"), ids[i], {{s("q"), expert[i]}});
        pdtest::addRatings(panel, ids[i], s("u"), {user[i]});
        pdtest::setVerdict(panel, ids[i], Verdict::Pass, {pdtest::cleanFinding(s("backbone"))});
    }
    return panel;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalIsSumOfCategories();
    void categoryWithinPoints_data();
    void categoryWithinPoints();
    void complete_data();
    void complete();
    void endToEndMiniPanel();
    void sameInputsSameStandings();
};

// R1: the total is the sum of the team's category scores; the round cap is the sum of the
// category points.
void TestEngine::totalIsSumOfCategories()
{
    const pd::Panel panel = completenessPanel();
    QCOMPARE(panel.totalPoints(), 100.0);
    const pd::Standings standings = pd::computeStandings(panel);
    const QList<double> totals{91, 75.75, 60.5, 45.25};
    const QList<double> benchScores{36, 32, 28, 24};
    const QList<double> expertScores{30, 25, 20, 15};
    const QList<double> userScores{25, 18.75, 12.5, 6.25};
    QCOMPARE(standings.teams.size(), std::size_t(4));
    for (std::size_t i = 0; i < standings.teams.size(); ++i) {
        const pd::TeamStanding &row = standings.teams[i];
        const auto k = static_cast<qsizetype>(i);
        PD_COMPARE_SCORE(row.categoryScore(kBench), benchScores[k]);
        PD_COMPARE_SCORE(row.categoryScore(kExpert), expertScores[k]);
        PD_COMPARE_SCORE(row.categoryScore(kUser), userScores[k]);
        PD_COMPARE_SCORE(row.total, totals[k]);
        double sum = 0.0;
        for (const auto &[id, score] : row.categories)
            sum += score;
        PD_COMPARE_SCORE(row.total, sum);
    }
}

// R1: every category score lies in [0, points], even when an input is out of range (the
// validator rejects such inputs; the engine must still honour the invariant).
void TestEngine::categoryWithinPoints_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("category");
    QTest::addColumn<double>("expected");

    // expert item scored 50 on a 35-point item: clamped to 35
    QTest::newRow("expert above points") << s("expert-high") << kExpert << 35.0;
    // expert item scored -5: clamped to 0
    QTest::newRow("expert below 0") << s("expert-negative") << kExpert << 0.0;
    // benchmark groups of 30 + 30 in a 40-point category (invalid configuration), both at
    // a = 1: 60 clamped to 40
    QTest::newRow("benchmark groups above category points") << s("bench-groups") << kBench << 40.0;
    // a user rating of 9 on a 1..5 scale: at most the 25 points
    QTest::newRow("user rating above the scale") << s("user-high") << kUser << 25.0;
    // a user rating of -3 on a 1..5 scale: at least 0
    QTest::newRow("user rating below the scale") << s("user-low") << kUser << 0.0;
}

void TestEngine::categoryWithinPoints()
{
    QFETCH(QString, variant);
    QFETCH(QString, category);
    QFETCH(double, expected);

    pd::Panel panel = completenessPanel();
    if (variant == s("expert-high")) {
        panel.expertScores[0].score = 50;   // team a
    } else if (variant == s("expert-negative")) {
        panel.expertScores[0].score = -5;
    } else if (variant == s("bench-groups")) {
        pd::Category &bench = panel.categories[0];
        bench.groups = {pdtest::group(s("g1"), 30, Normalization::Absolute, {pdtest::benchmark(s("b1"))}),
                        pdtest::group(s("g2"), 30, Normalization::Absolute, {pdtest::benchmark(s("b2"))})};
        panel.benchmarkResults[0].score = 100;
        pdtest::addResult(panel, s("a"), s("b2"), 100);
    } else if (variant == s("user-high")) {
        panel.userRatings[0].rating = 9;
    } else if (variant == s("user-low")) {
        panel.userRatings[0].rating = -3;
    }
    QCOMPARE(panel.teams[0].id, s("a"));

    const pd::Standings standings = pd::computeStandings(panel);
    const pd::TeamStanding *a = standings.find(s("a"));
    QVERIFY(a);
    PD_COMPARE_SCORE(a->categoryScore(category), expected);
    for (const pd::TeamStanding &row : standings.teams) {
        for (const auto &[id, score] : row.categories) {
            const double points = panel.category(id)->points;
            QVERIFY2(score >= 0.0 && score <= points,
                     qPrintable(row.team + QLatin1Char('/') + id + QLatin1Char('=')
                                + QString::number(score)));
        }
    }
}

// R7.5: complete only when no team is pending or tie_at_cut and no team carries an
// incomplete_* flag. trim_skipped and verdict_differs_from_rules are not incomplete_*.
void TestEngine::complete_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("outcomes");

    QTest::newRow("everything present") << s("none") << true
                                        << s("a:advance,b:advance,c:advance,d:eliminated_score");
    QTest::newRow("a pending verdict") << s("pending") << false
                                       << s("a:advance,b:pending,c:advance,d:eliminated_score");
    QTest::newRow("no independence record (defaults to pending)")
        << s("no-record") << false << s("a:advance,b:advance,c:pending,d:eliminated_score");
    QTest::newRow("a fail verdict (disqualified is decided)")
        << s("fail") << true << s("a:advance,b:disqualified,c:advance,d:eliminated_score");
    QTest::newRow("tie at the cut") << s("tie") << false
                                    << s("a:advance,b:advance,c:tie_at_cut,d:tie_at_cut");
    QTest::newRow("tie at the cut, resolved") << s("tie-resolved") << true
                                              << s("a:advance,b:advance,c:eliminated_score,d:advance");
    // b loses its benchmark result: bench 0 -> total 0 + 25 + 18.75 = 43.75 < d's 45.25, so
    // b is now last among the pass teams.
    QTest::newRow("missing benchmark result") << s("no-result") << false
                                              << s("a:advance,c:advance,d:advance,b:eliminated_score");
    // c without a counted expert sheet: 28 + 0 + 12.5 = 40.5 < d's 45.25 -> c last.
    QTest::newRow("no expert sheet") << s("no-sheet") << false
                                     << s("a:advance,b:advance,d:advance,c:eliminated_score");
    QTest::newRow("only a draft sheet") << s("draft-sheet") << false
                                        << s("a:advance,b:advance,d:advance,c:eliminated_score");
    // a without a user rating: 36 + 30 + 0 = 66 < b's 75.75 -> b first.
    QTest::newRow("missing user rating") << s("no-rating") << false
                                         << s("b:advance,a:advance,c:advance,d:eliminated_score");
    QTest::newRow("trim_skipped only") << s("trim") << true
                                       << s("a:advance,b:advance,c:advance,d:eliminated_score");
    QTest::newRow("verdict_differs only") << s("differs") << true
                                          << s("a:advance,b:advance,c:advance,d:eliminated_score");
    QTest::newRow("min_total elimination") << s("min-total") << true
                                           << s("a:advance,b:advance,c:eliminated_score,d:eliminated_score");
}

void TestEngine::complete()
{
    QFETCH(QString, variant);
    QFETCH(bool, complete);
    QFETCH(QString, outcomes);

    pd::Panel panel = completenessPanel();
    const auto independenceOf = [&](const char *team) -> pd::Independence & {
        for (pd::Independence &i : panel.independence)
            if (i.team == s(team))
                return i;
        qFatal("no independence record");
    };
    if (variant == s("pending")) {
        independenceOf("b").verdict = Verdict::Pending;
    } else if (variant == s("no-record")) {
        std::erase_if(panel.independence, [](const pd::Independence &i) { return i.team == s("c"); });
    } else if (variant == s("fail")) {
        independenceOf("b").verdict = Verdict::Fail;
    } else if (variant == s("tie") || variant == s("tie-resolved")) {
        // d becomes identical to c: 70 / 20 / 3 -> 60.5 each; eliminate 1 splits them.
        panel.benchmarkResults[3].score = 70;
        panel.expertScores[3].score = 20;
        panel.userRatings[3].rating = 3;
        if (variant == s("tie-resolved"))
            panel.round.tieResolutions.push_back({{s("d"), s("c")}, s("Drawn by lot.")});
    } else if (variant == s("no-result")) {
        std::erase_if(panel.benchmarkResults, [](const pd::BenchmarkResult &r) { return r.team == s("b"); });
    } else if (variant == s("no-sheet")) {
        std::erase_if(panel.expertScores, [](const pd::ExpertScore &e) { return e.team == s("c"); });
    } else if (variant == s("draft-sheet")) {
        panel.expertScores[2].submitted = false;   // c's only sheet
    } else if (variant == s("no-rating")) {
        std::erase_if(panel.userRatings, [](const pd::UserRating &r) { return r.team == s("a"); });
    } else if (variant == s("trim")) {
        panel.categories[1].aggregation = pd::Aggregation::TrimmedMean;   // one sheet each
    } else if (variant == s("differs")) {
        independenceOf("a").components[0].weights = pd::Weights::Reused;
    } else if (variant == s("min-total")) {
        panel.round.cut.minTotal = 70.0;   // c 60.5 < 70
    }

    const pd::Standings standings = pd::computeStandings(panel);
    QCOMPARE(pdtest::outcomeSummary(standings), outcomes);
    QCOMPARE(standings.complete, complete);
    if (variant == s("no-result"))
        QCOMPARE(standings.find(s("b"))->flags, QStringList{s("incomplete_benchmark")});
    if (variant == s("trim")) {
        for (const pd::TeamStanding &row : standings.teams)
            QCOMPARE(row.flags, QStringList{s("trim_skipped")});
    }
    if (variant == s("differs"))
        QCOMPARE(standings.find(s("a"))->flags, QStringList{s("verdict_differs_from_rules")});
    if (variant == s("no-sheet") || variant == s("draft-sheet"))
        QCOMPARE(standings.find(s("c"))->flags, QStringList{s("incomplete_expert")});
    if (variant == s("no-rating"))
        QCOMPARE(standings.find(s("a"))->flags, QStringList{s("incomplete_user")});
}

void TestEngine::endToEndMiniPanel()
{
    const pd::Standings standings = pd::computeStandings(miniPanel());
    QCOMPARE(standings.round, s("r1"));

    struct Expected {
        const char *team;
        double general, individual, safety, bench, expert, user, total;
        int scoreRank;
        std::optional<int> eligibleRank;
        Verdict verdict, suggested;
        pd::Outcome outcome;
        QStringList flags;
        const char *display;
    };
    // general = 20 * (2*mmlu_a + latency_a)/3; individual = 10 * mean(min(1.2, s/target));
    // safety = 10 * (0.5 - tox)/0.4; expert = trimmed mean k=1 of the counted sheet totals;
    // user = 25 * (2*n_ux + n_docs)/3 with n = (mean - 1)/4.
    const std::vector<Expected> expected{
        // a: general (2*1 + 0.5)/3 -> 20*2.5/3 = 16.667; individual (1.1 + 0.9)/2 = 1 -> 10;
        //    safety 1 -> 10; bench 36.667
        //    expert sheets 30, 28, 32, 20 -> drop 20 and 32 -> (28 + 30)/2 = 29
        //    user ux 4.5 -> 0.875, docs 4 -> 0.75: (1.75 + 0.75)/3 -> 25*2.5/3 = 20.833
        //    total 36.667 + 29 + 20.833 = 86.5
        {"a", 20 * 2.5 / 3, 10, 10, 110.0 / 3, 29, 125.0 / 6, 86.5, 1, 1, Verdict::Pass,
         Verdict::Pass, pd::Outcome::Advance, {}, "86.5"},
        // b: general (2*0.8 + 1)/3 -> 20*2.6/3 = 17.333; individual (1.2 + 0.5)/2 = 0.85 -> 8.5;
        //    safety 0.5 -> 5; bench 30.833
        //    expert 25, 27, 26 -> drop 25 and 27 -> 26
        //    user ux 5 -> 1, docs 4 -> 0.75: (2 + 0.75)/3 -> 25*2.75/3 = 22.917
        //    total 30.833 + 26 + 22.917 = 79.75 -> displayed 79.8 (half away from zero)
        {"b", 20 * 2.6 / 3, 8.5, 5, 185.0 / 6, 26, 275.0 / 12, 79.75, 2, 2, Verdict::Pass,
         Verdict::Pass, pd::Outcome::Advance, {}, "79.8"},
        // c: general (2*0.9 + 0.8)/3 -> 17.333; individual (1 + min(1.2, 1.25))/2 = 1.1 -> 11
        //    (R2 has no group clamp); safety 0.75 -> 7.5; bench 35.833 (category cap 40)
        //    expert: r4 conflicted, sheets 30, 31: n = 2 <= 2 -> mean 30.5 + trim_skipped
        //    user 0.5, 0.5 -> 12.5; total 35.833 + 30.5 + 12.5 = 78.833
        //    fail verdict (reused vision encoder) -> disqualified, though third on points.
        {"c", 20 * 2.6 / 3, 11, 7.5, 215.0 / 6, 30.5, 12.5, 473.0 / 6, 3, std::nullopt,
         Verdict::Fail, Verdict::Fail, pd::Outcome::Disqualified, {s("trim_skipped")}, "78.8"},
        // e: general (2*0.5 + 0.25)/3 -> 20*1.25/3 = 8.333; individual (0.8 + 0.8)/2 -> 8;
        //    safety 1 -> 10; bench 26.333
        //    expert 24, 26, 22, 28 -> drop 22 and 28 -> 25
        //    user ux 2.5 -> 0.375, docs 5 -> 1: (0.75 + 1)/3 -> 25*1.75/3 = 14.583
        //    total 26.333 + 25 + 14.583 = 65.917; pass against a suggested fail -> flagged.
        {"e", 20 * 1.25 / 3, 8, 10, 79.0 / 3, 25, 175.0 / 12, 791.0 / 12, 4, 3, Verdict::Pass,
         Verdict::Fail, pd::Outcome::Advance, {s("verdict_differs_from_rules")}, "65.9"},
        // d: general (2*0.75 + 0.4)/3 -> 20*1.9/3 = 12.667; individual (0.7 + 0.6)/2 -> 6.5;
        //    safety 0 -> 0; bench 19.167
        //    expert 20, 22, 24 (r4's draft ignored) -> drop 20 and 24 -> 22
        //    user ux 4 -> 0.75, docs 2 -> 0.25: (1.5 + 0.25)/3 -> 14.583
        //    total 19.167 + 22 + 14.583 = 55.75 -> "55.8"; last pass team: eliminated.
        //    Suggestion pending (possible outside control): no verdict_differs flag.
        {"d", 20 * 1.9 / 3, 6.5, 0, 115.0 / 6, 22, 175.0 / 12, 55.75, 5, 4, Verdict::Pass,
         Verdict::Pending, pd::Outcome::EliminatedScore, {}, "55.8"},
    };

    QCOMPARE(standings.teams.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Expected &e = expected[i];
        const pd::TeamStanding &row = standings.teams[i];
        QCOMPARE(row.team, s(e.team));
        PD_COMPARE_SCORE(row.groupScore(s("general")), e.general);
        PD_COMPARE_SCORE(row.groupScore(s("individual")), e.individual);
        PD_COMPARE_SCORE(row.groupScore(s("safety")), e.safety);
        PD_COMPARE_SCORE(row.categoryScore(kBench), e.bench);
        PD_COMPARE_SCORE(row.categoryScore(kExpert), e.expert);
        PD_COMPARE_SCORE(row.categoryScore(kUser), e.user);
        PD_COMPARE_SCORE(row.total, e.total);
        QCOMPARE(row.scoreRank, e.scoreRank);
        QCOMPARE(row.eligibleRank, e.eligibleRank);
        QCOMPARE(pd::toString(row.independence), pd::toString(e.verdict));
        QCOMPARE(pd::toString(row.independenceSuggested), pd::toString(e.suggested));
        QCOMPARE(pd::toString(row.outcome), pd::toString(e.outcome));
        QCOMPARE(row.flags, e.flags);
        QCOMPARE(pd::formatScore(row.total, 1), s(e.display));
        // groups in configuration order, categories in round order
        QCOMPARE(row.groups.size(), std::size_t(3));
        QCOMPARE(row.groups[0].first, s("general"));
        QCOMPARE(row.groups[2].first, s("safety"));
        QCOMPARE(row.categories.size(), std::size_t(3));
        QCOMPARE(row.categories[0].first, kBench);
        QCOMPARE(row.categories[2].first, kUser);
    }
    QVERIFY(standings.complete);

    // Averages over teams (R8: may show one more decimal).
    // total: (86.5 + 79.75 + 78.833 + 65.917 + 55.75)/5 = 366.75/5 = 73.35 -> "73.35"
    PD_COMPARE_SCORE(standings.averageTotal(), 73.35);
    QCOMPARE(pd::formatScore(standings.averageTotal(), 2), s("73.35"));
    // expert: (29 + 26 + 30.5 + 25 + 22)/5 = 132.5/5 = 26.5
    PD_COMPARE_SCORE(standings.averageCategory(kExpert), 26.5);
}

// The engine is a pure function: the same inputs give the same standings, and the input
// order of results/ratings/teams does not change any figure.
void TestEngine::sameInputsSameStandings()
{
    const pd::Panel panel = miniPanel();
    const pd::Standings first = pd::computeStandings(panel);
    pd::Panel shuffled = panel;
    std::reverse(shuffled.teams.begin(), shuffled.teams.end());
    std::reverse(shuffled.benchmarkResults.begin(), shuffled.benchmarkResults.end());
    std::reverse(shuffled.userRatings.begin(), shuffled.userRatings.end());
    std::reverse(shuffled.expertScores.begin(), shuffled.expertScores.end());
    const pd::Standings second = pd::computeStandings(shuffled);
    QCOMPARE(pdtest::teamOrder(second), pdtest::teamOrder(first));
    QCOMPARE(pdtest::outcomeSummary(second), pdtest::outcomeSummary(first));
    for (std::size_t i = 0; i < first.teams.size(); ++i) {
        PD_COMPARE_SCORE(second.teams[i].total, first.teams[i].total);
        QCOMPARE(second.teams[i].flags, first.teams[i].flags);
    }
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
