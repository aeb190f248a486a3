// R4: user ratings. m = mean rating, n = (m - min)/(max - min), U = weighted mean of n,
// absolute -> points*U, best_ratio -> points*U/max U (0 when that max is 0), a missing item
// counts n = 0 and flags incomplete_user. Expected values computed by hand.

#include "ScoringTestHelpers.h"
#include "scoring/ScoringEngine.h"
#include "scoring/UserScoring.h"

#include <QObject>
#include <QTest>

using pd::Normalization;

class TestUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userCategory_data();
    void userCategory();
    void userIndexIsTheUnscaledMean();
};

// A 25-point user category with items j1 (weight w1) and j2 (weight w2); teams A and B.
void TestUser::userCategory_data()
{
    QTest::addColumn<Normalization>("normalization");
    QTest::addColumn<int>("scaleMin");
    QTest::addColumn<int>("scaleMax");
    QTest::addColumn<double>("w1");
    QTest::addColumn<double>("w2");
    QTest::addColumn<QList<int>>("a1");   // A's ratings on j1
    QTest::addColumn<QList<int>>("a2");
    QTest::addColumn<QList<int>>("b1");
    QTest::addColumn<QList<int>>("b2");
    QTest::addColumn<double>("expectedA");
    QTest::addColumn<double>("expectedB");
    QTest::addColumn<bool>("incompleteA");
    QTest::addColumn<bool>("incompleteB");

    // A: j1 mean 4 -> (4-1)/4 = 0.75, j2 mean 5 -> 1; U = 0.875 -> 25*0.875 = 21.875
    // B: j1 mean 1 -> 0, j2 mean 3 -> 0.5; U = 0.25 -> 6.25
    QTest::newRow("absolute 1..5")
        << Normalization::Absolute << 1 << 5 << 1.0 << 1.0
        << QList<int>{5, 4, 3} << QList<int>{5, 5} << QList<int>{1, 1} << QList<int>{3}
        << 21.875 << 6.25 << false << false;
    // Same ratings, best_ratio: max U = 0.875 -> A 25; B 25*0.25/0.875 = 7.142857...
    QTest::newRow("best_ratio 1..5")
        << Normalization::BestRatio << 1 << 5 << 1.0 << 1.0
        << QList<int>{5, 4, 3} << QList<int>{5, 5} << QList<int>{1, 1} << QList<int>{3}
        << 25.0 << 25.0 * 0.25 / 0.875 << false << false;
    // 0..10: A j1 mean 8 -> 0.8, j2 5 -> 0.5; U = 0.65 -> 16.25
    //        B j1 0 -> 0, j2 mean 9.5 -> 0.95; U = 0.475 -> 11.875
    QTest::newRow("absolute 0..10")
        << Normalization::Absolute << 0 << 10 << 1.0 << 1.0
        << QList<int>{10, 6} << QList<int>{5} << QList<int>{0} << QList<int>{10, 9}
        << 16.25 << 11.875 << false << false;
    // Non-integer means: A j1 mean 2.5 -> 3/8, j2 mean 13/3 -> 5/6; U = (3/8 + 5/6)/2 = 29/48
    //   -> 25*29/48 = 15.1041666...; B j1 5 -> 1, j2 1 -> 0; U = 0.5 -> 12.5
    QTest::newRow("absolute, fractional means")
        << Normalization::Absolute << 1 << 5 << 1.0 << 1.0
        << QList<int>{2, 3} << QList<int>{4, 4, 5} << QList<int>{5} << QList<int>{1}
        << 25.0 * 29.0 / 48.0 << 12.5 << false << false;
    // Item weights 3:1: A (3*1 + 1*0)/4 = 0.75 -> 18.75; B (3*0 + 1*1)/4 = 0.25 -> 6.25
    // (unweighted both would be 12.5)
    QTest::newRow("absolute, weights 3:1")
        << Normalization::Absolute << 1 << 5 << 3.0 << 1.0
        << QList<int>{5} << QList<int>{1} << QList<int>{1} << QList<int>{5}
        << 18.75 << 6.25 << false << false;
    // best_ratio 0..10, weights 1:3: A (0.7 + 3*0.4)/4 = 0.475; B (1 + 3*0.5)/4 = 0.625
    //   max 0.625 -> A 25*0.475/0.625 = 19, B 25
    QTest::newRow("best_ratio 0..10, weights 1:3")
        << Normalization::BestRatio << 0 << 10 << 1.0 << 3.0
        << QList<int>{7} << QList<int>{4} << QList<int>{10} << QList<int>{5}
        << 19.0 << 25.0 << false << false;
    // Missing item: A j2 has no rating -> n = 0: U = (0.75 + 0)/2 = 0.375 -> 9.375, flagged.
    //   B: 0.5, 0.5 -> 12.5.
    QTest::newRow("missing item -> n=0 + incomplete_user")
        << Normalization::Absolute << 1 << 5 << 1.0 << 1.0
        << QList<int>{4} << QList<int>{} << QList<int>{3} << QList<int>{3}
        << 9.375 << 12.5 << true << false;
    // Missing item under best_ratio: A U = 0.375, B U = 0.5 -> A 25*0.375/0.5 = 18.75, B 25.
    QTest::newRow("missing item, best_ratio")
        << Normalization::BestRatio << 1 << 5 << 1.0 << 1.0
        << QList<int>{4} << QList<int>{} << QList<int>{3} << QList<int>{3}
        << 18.75 << 25.0 << true << false;
    // Every rating at the scale minimum: U = 0 for all, max 0 -> all 0 under best_ratio.
    QTest::newRow("best_ratio, all-zero max -> 0 for all")
        << Normalization::BestRatio << 1 << 5 << 1.0 << 1.0
        << QList<int>{1, 1} << QList<int>{1} << QList<int>{1} << QList<int>{1, 1}
        << 0.0 << 0.0 << false << false;
    // No ratings at all: 0 for all, both flagged.
    QTest::newRow("best_ratio, no ratings at all")
        << Normalization::BestRatio << 1 << 5 << 1.0 << 1.0
        << QList<int>{} << QList<int>{} << QList<int>{} << QList<int>{}
        << 0.0 << 0.0 << true << true;
}

void TestUser::userCategory()
{
    QFETCH(Normalization, normalization);
    QFETCH(int, scaleMin);
    QFETCH(int, scaleMax);
    QFETCH(double, w1);
    QFETCH(double, w2);
    QFETCH(QList<int>, a1);
    QFETCH(QList<int>, a2);
    QFETCH(QList<int>, b1);
    QFETCH(QList<int>, b2);
    QFETCH(double, expectedA);
    QFETCH(double, expectedB);
    QFETCH(bool, incompleteA);
    QFETCH(bool, incompleteB);

    const QString a = QStringLiteral("A");
    const QString b = QStringLiteral("B");
    const QString j1 = QStringLiteral("j1");
    const QString j2 = QStringLiteral("j2");
    pd::Panel panel = pdtest::panelWithTeams({a, b});
    panel.categories.push_back(pdtest::userCategory(
        QStringLiteral("user"), 25, {pdtest::userItem(j1, w1), pdtest::userItem(j2, w2)}, scaleMin,
        scaleMax, normalization));
    pdtest::addRatings(panel, a, j1, a1);
    pdtest::addRatings(panel, a, j2, a2);
    pdtest::addRatings(panel, b, j1, b1);
    pdtest::addRatings(panel, b, j2, b2);

    const pd::CategoryResults results = pd::scoreUserCategory(panel.categories[0], panel);
    PD_COMPARE_SCORE(results.value(a).score, expectedA);
    PD_COMPARE_SCORE(results.value(b).score, expectedB);
    QCOMPARE(results.value(a).flags.contains(QLatin1String(pd::flags::IncompleteUser)), incompleteA);
    QCOMPARE(results.value(b).flags.contains(QLatin1String(pd::flags::IncompleteUser)), incompleteB);

    // The engine reports the same category scores and carries the flag to the team row.
    const pd::Standings standings = pd::computeStandings(panel);
    PD_COMPARE_SCORE(standings.find(a)->categoryScore(QStringLiteral("user")), expectedA);
    PD_COMPARE_SCORE(standings.find(b)->total, expectedB);
    QCOMPARE(standings.find(a)->hasFlag(pd::flags::IncompleteUser), incompleteA);
}

void TestUser::userIndexIsTheUnscaledMean()
{
    // U itself, before the points: A j1 mean 4 -> 0.75, j2 mean 2 -> 0.25; U = 0.5.
    pd::Panel panel = pdtest::panelWithTeams({QStringLiteral("A")});
    panel.categories.push_back(pdtest::userCategory(
        QStringLiteral("user"), 25,
        {pdtest::userItem(QStringLiteral("j1")), pdtest::userItem(QStringLiteral("j2"))}));
    pdtest::addRatings(panel, QStringLiteral("A"), QStringLiteral("j1"), {4});
    pdtest::addRatings(panel, QStringLiteral("A"), QStringLiteral("j2"), {2});
    PD_COMPARE_SCORE(pd::userIndex(panel.categories[0], panel).value(QStringLiteral("A")).score, 0.5);
    PD_COMPARE_SCORE(pd::scoreUserCategory(panel.categories[0], panel).value(QStringLiteral("A")).score,
                     12.5);
}

QTEST_GUILESS_MAIN(TestUser)
#include "tst_user.moc"
