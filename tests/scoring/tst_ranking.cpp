// R6: ordering (total, then the tie_break categories), equality within 1e-9, competition
// ranks, listing order of tied teams (team id), score_rank over all teams and eligible_rank
// over pass teams only.

#include "ScoringTestHelpers.h"
#include "scoring/Ranking.h"
#include "scoring/ScoringEngine.h"

#include <QObject>
#include <QTest>

namespace {

struct Row {
    const char *team;
    double first;    // score in category "first"
    double second;   // score in category "second"
    pd::Verdict verdict = pd::Verdict::Pass;
};

// Two 50-point benchmark categories "first" and "second", each one absolute group with
// scale_max 50, so a raw score s is worth exactly s points.
pd::Panel twoCategoryPanel(const std::vector<Row> &rows)
{
    QStringList ids;
    for (const Row &r : rows)
        ids << QLatin1String(r.team);
    pd::Panel panel = pdtest::panelWithTeams(ids);
    for (const char *cat : {"first", "second"}) {
        const QString id = QLatin1String(cat);
        panel.categories.push_back(pdtest::benchmarkCategory(
            id, 50,
            {pdtest::group(id + QStringLiteral("-g"), 50, pd::Normalization::Absolute,
                           {pdtest::benchmark(id + QStringLiteral("-b"))}, 1.0, 50.0)}));
    }
    for (const Row &r : rows) {
        pdtest::addResult(panel, QLatin1String(r.team), QStringLiteral("first-b"), r.first);
        pdtest::addResult(panel, QLatin1String(r.team), QStringLiteral("second-b"), r.second);
        pdtest::setVerdict(panel, QLatin1String(r.team), r.verdict,
                           {pdtest::cleanFinding(QStringLiteral("backbone"))});
    }
    panel.round.cut.eliminate = 0;
    return panel;
}

} // namespace

class TestRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rankTeams_data();
    void rankTeams();
    void defaultTieBreakIsCategoryOrder();
    void customTieBreakOrder();
    void eligibleRankOnlyForPassTeams();
};

// Columns: teams (input order), totals, first tie-break key, second tie-break key;
// expected listing order and the competition rank of each listed team.
void TestRanking::rankTeams_data()
{
    QTest::addColumn<QStringList>("teams");
    QTest::addColumn<QList<double>>("totals");
    QTest::addColumn<QList<double>>("key1");
    QTest::addColumn<QList<double>>("key2");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QList<int>>("ranks");

    const auto L = [](std::initializer_list<const char *> ids) {
        QStringList out;
        for (const char *id : ids)
            out << QLatin1String(id);
        return out;
    };

    QTest::newRow("distinct totals, descending")
        << L({"A", "B", "C"}) << QList<double>{50, 70, 60} << QList<double>{0, 0, 0}
        << QList<double>{0, 0, 0} << L({"B", "C", "A"}) << QList<int>{1, 2, 3};
    // 80 > 70 = 70 > 60: competition ranks 1, 2, 2, 4; the tied pair listed by id.
    QTest::newRow("competition ranks 1,2,2,4")
        << L({"D", "C", "B", "A"}) << QList<double>{60, 70, 70, 80} << QList<double>{1, 1, 1, 1}
        << QList<double>{1, 1, 1, 1} << L({"A", "B", "C", "D"}) << QList<int>{1, 2, 2, 4};
    QTest::newRow("ranks 1,1,3,3,5")
        << L({"e", "d", "c", "b", "a"}) << QList<double>{10, 20, 20, 30, 30}
        << QList<double>{0, 0, 0, 0, 0} << QList<double>{0, 0, 0, 0, 0}
        << L({"a", "b", "c", "d", "e"}) << QList<int>{1, 1, 3, 3, 5};
    QTest::newRow("all tied -> all rank 1, listed by id")
        << L({"zed", "amy", "kim"}) << QList<double>{42, 42, 42} << QList<double>{5, 5, 5}
        << QList<double>{1, 1, 1} << L({"amy", "kim", "zed"}) << QList<int>{1, 1, 1};
    // 5e-10 apart is equal (<= 1e-9): a tie, so listed by id (a before b).
    QTest::newRow("5e-10 difference is a tie")
        << L({"b", "a"}) << QList<double>{50.0 + 5e-10, 50.0} << QList<double>{0, 0}
        << QList<double>{0, 0} << L({"a", "b"}) << QList<int>{1, 1};
    // 1e-8 apart is not equal: b ahead.
    QTest::newRow("1e-8 difference is not a tie")
        << L({"a", "b"}) << QList<double>{50.0, 50.0 + 1e-8} << QList<double>{0, 0}
        << QList<double>{0, 0} << L({"b", "a"}) << QList<int>{1, 2};
    // Equal totals: the first tie-break key decides (35 > 30).
    QTest::newRow("first tie-break key decides")
        << L({"A", "B"}) << QList<double>{70, 70} << QList<double>{30, 35} << QList<double>{9, 1}
        << L({"B", "A"}) << QList<int>{1, 2};
    // Equal totals and first key: the second decides (9 > 1).
    QTest::newRow("second tie-break key decides")
        << L({"A", "B"}) << QList<double>{70, 70} << QList<double>{30, 30} << QList<double>{1, 9}
        << L({"B", "A"}) << QList<int>{1, 2};
    // First keys within 5e-10 are equal: on to the second key.
    QTest::newRow("tie-break keys compared within 1e-9")
        << L({"A", "B"}) << QList<double>{70, 70} << QList<double>{30.0 + 5e-10, 30.0}
        << QList<double>{1, 2} << L({"B", "A"}) << QList<int>{1, 2};
    // Totals decide before any tie-break key.
    QTest::newRow("total before tie-break")
        << L({"A", "B"}) << QList<double>{71, 70} << QList<double>{0, 50} << QList<double>{0, 50}
        << L({"A", "B"}) << QList<int>{1, 2};
}

void TestRanking::rankTeams()
{
    QFETCH(QStringList, teams);
    QFETCH(QList<double>, totals);
    QFETCH(QList<double>, key1);
    QFETCH(QList<double>, key2);
    QFETCH(QStringList, order);
    QFETCH(QList<int>, ranks);

    std::vector<pd::RankKey> keys;
    for (qsizetype i = 0; i < teams.size(); ++i)
        keys.push_back({teams[i], totals[i], {key1[i], key2[i]}});
    QStringList actualOrder;
    QList<int> actualRanks;
    for (const pd::RankedTeam &r : pd::rankTeams(keys)) {
        actualOrder << r.team;
        actualRanks << r.rank;
    }
    QCOMPARE(actualOrder, order);
    QCOMPARE(actualRanks, ranks);
}

// Default tie_break: the round's category order ("first", then "second").
void TestRanking::defaultTieBreakIsCategoryOrder()
{
    // Totals: A 30+40 = 70, B 40+30 = 70, C 40+30 = 70, D 20+20 = 40.
    // first: B = C (40) > A (30) -> B, C share rank 1; A 3; D 4.
    const pd::Standings standings = pd::computeStandings(
        twoCategoryPanel({{"A", 30, 40}, {"B", 40, 30}, {"C", 40, 30}, {"D", 20, 20}}));
    QCOMPARE(pdtest::teamOrder(standings),
             (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A"),
                          QStringLiteral("D")}));
    QCOMPARE(pdtest::scoreRanks(standings), (QList<int>{1, 1, 3, 4}));
    PD_COMPARE_SCORE(standings.find(QStringLiteral("A"))->total, 70.0);
    PD_COMPARE_SCORE(standings.find(QStringLiteral("D"))->total, 40.0);
}

// A custom tie_break order: "second" first.
void TestRanking::customTieBreakOrder()
{
    pd::Panel panel =
        twoCategoryPanel({{"A", 30, 40}, {"B", 40, 30}, {"C", 40, 30}, {"D", 20, 20}});
    panel.round.tieBreak = QStringList{QStringLiteral("second"), QStringLiteral("first")};
    // second: A (40) > B = C (30) -> A 1, B 2, C 2, D 4.
    const pd::Standings standings = pd::computeStandings(panel);
    QCOMPARE(pdtest::teamOrder(standings),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                          QStringLiteral("D")}));
    QCOMPARE(pdtest::scoreRanks(standings), (QList<int>{1, 2, 2, 4}));
    QCOMPARE(standings.teams[0].eligibleRank, std::optional<int>(1));
    QCOMPARE(standings.teams[2].eligibleRank, std::optional<int>(2));
}

// score_rank over every team; eligible_rank over pass teams only.
void TestRanking::eligibleRankOnlyForPassTeams()
{
    using pd::Verdict;
    // Totals: A 90 pass, B 80 fail, C 70 pass, E 70 pass (tied with C on both categories),
    // D 60 pending, F 50 pass.
    const pd::Standings standings = pd::computeStandings(twoCategoryPanel({
        {"A", 45, 45, Verdict::Pass},
        {"B", 40, 40, Verdict::Fail},
        {"C", 35, 35, Verdict::Pass},
        {"D", 30, 30, Verdict::Pending},
        {"E", 35, 35, Verdict::Pass},
        {"F", 25, 25, Verdict::Pass},
    }));
    // score order: A 1, B 2, C 3, E 3, D 5, F 6
    QCOMPARE(pdtest::teamOrder(standings),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                          QStringLiteral("E"), QStringLiteral("D"), QStringLiteral("F")}));
    QCOMPARE(pdtest::scoreRanks(standings), (QList<int>{1, 2, 3, 3, 5, 6}));
    // eligible (pass only): A 1, C 2, E 2, F 4; none for B (fail) and D (pending).
    QCOMPARE(standings.find(QStringLiteral("A"))->eligibleRank, std::optional<int>(1));
    QCOMPARE(standings.find(QStringLiteral("B"))->eligibleRank, std::optional<int>());
    QCOMPARE(standings.find(QStringLiteral("C"))->eligibleRank, std::optional<int>(2));
    QCOMPARE(standings.find(QStringLiteral("D"))->eligibleRank, std::optional<int>());
    QCOMPARE(standings.find(QStringLiteral("E"))->eligibleRank, std::optional<int>(2));
    QCOMPARE(standings.find(QStringLiteral("F"))->eligibleRank, std::optional<int>(4));
}

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"
