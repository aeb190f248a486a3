// The demo panel must reproduce the published first evaluation (shared spec
// first-evaluation.md): every figure at one decimal, the averages at two, every outcome.

#include "demo/DemoPanel.h"
#include "demo/DemoInputs.h"
#include "scoring/Rounding.h"
#include "scoring/ScoringEngine.h"

#include <QSet>
#include <QTest>

using namespace pd;

class TestDemoPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_standings = computeStandings(buildDemoPanel()); }
    void inputsHaveThePublishedShape();
    void standings_data();
    void standings();
    void groupsOfThePublishedTeams();
    void averages();
    void completeAndOrdered();
    void deterministic();
    void markedAsDemo();
    void spreadKeepsTotalsAndBounds_data();
    void spreadKeepsTotalsAndBounds();

private:
    Standings m_standings;
};

void TestDemoPanel::inputsHaveThePublishedShape()
{
    const Panel panel = buildDemoPanel();
    QCOMPARE(panel.teams.size(), 5u);
    QCOMPARE(panel.totalPoints(), 100.0);
    const Category *benchmark = panel.category(QStringLiteral("benchmark"));
    QVERIFY(benchmark);
    QCOMPARE(benchmark->groups.at(0).benchmarks.size(), 4u);    // NIA
    QCOMPARE(benchmark->groups.at(1).benchmarks.size(), 13u);   // common
    QCOMPARE(benchmark->groups.at(2).benchmarks.size(), 25u);   // 5 individual per team
    QCOMPARE(panel.benchmarkResults.size(), 5u * (4 + 13 + 5));
    for (const BenchmarkResult &r : panel.benchmarkResults)
        QVERIFY2(r.target && *r.target > 0, qPrintable(r.benchmark));

    QSet<QString> experts;
    for (const ExpertScore &s : panel.expertScores) {
        experts.insert(s.reviewer);
        QVERIFY(s.submitted);
    }
    QCOMPARE(experts.size(), 10);
    QCOMPARE(panel.expertScores.size(), 10u * 5 * 3);

    QSet<QString> evaluators;
    for (const UserRating &r : panel.userRatings) {
        evaluators.insert(r.evaluator);
        QVERIFY(r.rating >= 1 && r.rating <= 5);
    }
    QCOMPARE(evaluators.size(), 49);
    QCOMPARE(panel.userRatings.size(), 49u * 5 * 2);
    QCOMPARE(panel.independence.size(), 5u);
}

void TestDemoPanel::standings_data()
{
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("benchmark");
    QTest::addColumn<QString>("expert");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("scoreRank");
    QTest::newRow("LG AI연구원") << "lg" << "33.6" << "31.6" << "25.0" << "90.2" << "advance" << 1;
    QTest::newRow("SK텔레콤") << "skt" << "31.2" << "29.4" << "21.6" << "82.2" << "advance" << 2;
    QTest::newRow("업스테이지") << "upstage" << "30.5" << "28.9" << "21.2" << "80.6" << "advance" << 3;
    QTest::newRow("네이버클라우드") << "naver" << "30.1" << "28.4" << "19.5" << "78.0" << "disqualified" << 4;
    QTest::newRow("NC AI") << "nc" << "26.5" << "24.5" << "16.5" << "67.5" << "eliminated_score" << 5;
}

void TestDemoPanel::standings()
{
    QFETCH(QString, team);
    const TeamStanding *row = m_standings.find(team);
    QVERIFY(row);
    QTEST(formatScore(row->categoryScore(QStringLiteral("benchmark")), 1), "benchmark");
    QTEST(formatScore(row->categoryScore(QStringLiteral("expert")), 1), "expert");
    QTEST(formatScore(row->categoryScore(QStringLiteral("user")), 1), "user");
    QTEST(formatScore(row->total, 1), "total");
    QTEST(toString(row->outcome), "outcome");
    QTEST(row->scoreRank, "scoreRank");
    QVERIFY2(row->flags.isEmpty(), qPrintable(row->flags.join(u',')));
}

void TestDemoPanel::groupsOfThePublishedTeams()
{
    const TeamStanding *lg = m_standings.find(QStringLiteral("lg"));
    const TeamStanding *skt = m_standings.find(QStringLiteral("skt"));
    QCOMPARE(formatScore(lg->groupScore(QStringLiteral("nia")), 1), QStringLiteral("9.2"));
    QCOMPARE(formatScore(lg->groupScore(QStringLiteral("common")), 1), QStringLiteral("14.4"));
    QCOMPARE(formatScore(lg->groupScore(QStringLiteral("individual")), 1), QStringLiteral("10.0"));
    QCOMPARE(formatScore(skt->groupScore(QStringLiteral("nia")), 1), QStringLiteral("9.2"));
    // Naver's independence verdict is fail, suggested fail by its vision encoder finding.
    const TeamStanding *naver = m_standings.find(QStringLiteral("naver"));
    QCOMPARE(toString(naver->independence), QStringLiteral("fail"));
    QCOMPARE(toString(naver->independenceSuggested), QStringLiteral("fail"));
    QVERIFY(!naver->eligibleRank);
    QCOMPARE(m_standings.find(QStringLiteral("nc"))->eligibleRank, std::optional<int>(4));
}

void TestDemoPanel::averages()
{
    QCOMPARE(formatScore(m_standings.averageTotal(), 1), QStringLiteral("79.7"));
    QCOMPARE(formatScore(m_standings.averageCategory(QStringLiteral("expert")), 2), QStringLiteral("28.56"));
    QCOMPARE(formatScore(m_standings.averageCategory(QStringLiteral("user")), 2), QStringLiteral("20.76"));
    QCOMPARE(formatScore(m_standings.averageCategory(QStringLiteral("benchmark")), 2), QStringLiteral("30.38"));
}

void TestDemoPanel::completeAndOrdered()
{
    QVERIFY(m_standings.complete);
    QCOMPARE(m_standings.round, QStringLiteral("R1"));
    QStringList order;
    for (const TeamStanding &t : m_standings.teams)
        order << t.team;
    QCOMPARE(order, (QStringList{u"lg"_qs, u"skt"_qs, u"upstage"_qs, u"naver"_qs, u"nc"_qs}));
}

void TestDemoPanel::deterministic() { QVERIFY(buildDemoPanel() == buildDemoPanel()); }

void TestDemoPanel::markedAsDemo()
{
    QCOMPARE(buildDemoPanel().program.notice, QStringLiteral("demo data: illustrative figures"));
}

void TestDemoPanel::spreadKeepsTotalsAndBounds_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("lo");
    QTest::addColumn<int>("hi");
    QTest::newRow("ratings") << 150 << 49 << 0 << 4;
    QTest::newRow("low ratings") << 95 << 49 << 0 << 4;
    QTest::newRow("nia") << 316 << 4 << 40 << 100;
    QTest::newRow("expert") << 632 << 10 << 3 << 67;
}

void TestDemoPanel::spreadKeepsTotalsAndBounds()
{
    QFETCH(int, total);
    QFETCH(int, count);
    QFETCH(int, lo);
    QFETCH(int, hi);
    for (int seed = 0; seed < 7; ++seed) {
        const auto values = demo::spread(total, count, lo, hi, seed);
        QCOMPARE(static_cast<int>(values.size()), count);
        int sum = 0;
        for (int v : values) {
            QVERIFY(v >= lo && v <= hi);
            sum += v;
        }
        QCOMPARE(sum, total);
    }
}

QTEST_GUILESS_MAIN(TestDemoPanel)
#include "tst_demopanel.moc"
