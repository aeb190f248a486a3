// R8 (display rounding: half away from zero, no "-0.0") and the R6 equality tolerance.
// Expected values come from the rule text, not from the implementation.

#include "ScoringTestHelpers.h"
#include "scoring/Rounding.h"

#include <QObject>
#include <QTest>

class TestRounding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundHalfAwayFromZero_data();
    void roundHalfAwayFromZero();
    void formatScore_data();
    void formatScore();
    void compareScores_data();
    void compareScores();
    void compareScoresIsAntisymmetric();
};

void TestRounding::roundHalfAwayFromZero_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<double>("expected");

    // Exact halves: away from zero (banker's rounding would give 2, 0, 2, -2 / -0).
    QTest::newRow("2.5 -> 3") << 2.5 << 0 << 3.0;
    QTest::newRow("0.5 -> 1") << 0.5 << 0 << 1.0;
    QTest::newRow("1.5 -> 2") << 1.5 << 0 << 2.0;
    QTest::newRow("-2.5 -> -3") << -2.5 << 0 << -3.0;
    QTest::newRow("-0.5 -> -1") << -0.5 << 0 << -1.0;
    // Below / above a half.
    QTest::newRow("2.49 -> 2") << 2.49 << 0 << 2.0;
    QTest::newRow("2.51 -> 3") << 2.51 << 0 << 3.0;
    QTest::newRow("-2.49 -> -2") << -2.49 << 0 << -2.0;
    // Decimal halves stored just below the half in binary (0.05 is 0.0500000000000000028,
    // 0.15 is 0.1499999999999999944, 1.005 is 1.00499999999999989): the displayed
    // figure is the half, so it rounds up.
    QTest::newRow("0.05 -> 0.1") << 0.05 << 1 << 0.1;
    QTest::newRow("0.15 -> 0.2") << 0.15 << 1 << 0.2;
    QTest::newRow("1.005 -> 1.01") << 1.005 << 2 << 1.01;
    QTest::newRow("-0.15 -> -0.2") << -0.15 << 1 << -0.2;
    // 80.6 + 0.05 is computed as 80.64999999999999; a secretariat reads 80.65 -> 80.7.
    QTest::newRow("computed 80.65 -> 80.7") << (80.6 + 0.05) << 1 << 80.7;
    QTest::newRow("literal 80.64999999999999 -> 80.7") << 80.64999999999999 << 1 << 80.7;
    // Our choice: within 1e-9 of a half counts as the half; farther is not.
    QTest::newRow("2.4999999995 (5e-10 below half) -> 3") << 2.4999999995 << 0 << 3.0;
    QTest::newRow("2.499999997 (3e-9 below half) -> 2") << 2.499999997 << 0 << 2.0;
    QTest::newRow("80.6499 -> 80.6") << 80.6499 << 1 << 80.6;
    // Other decimals.
    QTest::newRow("12.345 -> 12.35") << 12.345 << 2 << 12.35;
    QTest::newRow("-12.345 -> -12.35") << -12.345 << 2 << -12.35;
    QTest::newRow("33.3333 -> 33.3") << 33.3333 << 1 << 33.3;
    QTest::newRow("66.6666 -> 66.67") << 66.6666 << 2 << 66.67;
    QTest::newRow("99.95 -> 100.0") << 99.95 << 1 << 100.0;
    QTest::newRow("7 stays 7") << 7.0 << 1 << 7.0;
    QTest::newRow("0.04 -> 0") << 0.04 << 1 << 0.0;
    QTest::newRow("1234.5 -> 1235") << 1234.5 << 0 << 1235.0;
}

void TestRounding::roundHalfAwayFromZero()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(double, expected);
    PD_COMPARE_NEAR(pd::roundHalfAwayFromZero(value, decimals), expected, 1e-12);
}

void TestRounding::formatScore_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("2.5 at 0") << 2.5 << 0 << QStringLiteral("3");
    QTest::newRow("-2.5 at 0") << -2.5 << 0 << QStringLiteral("-3");
    QTest::newRow("0.05 at 1") << 0.05 << 1 << QStringLiteral("0.1");
    QTest::newRow("computed 80.65 at 1") << (80.6 + 0.05) << 1 << QStringLiteral("80.7");
    QTest::newRow("1.0 at 2") << 1.0 << 2 << QStringLiteral("1.00");
    QTest::newRow("25 at 1 (default decimals)") << 25.0 << 1 << QStringLiteral("25.0");
    QTest::newRow("-0.5 at 1") << -0.5 << 1 << QStringLiteral("-0.5");
    // Negative values that round to zero print without a sign.
    QTest::newRow("-0.04 at 1 -> 0.0 not -0.0") << -0.04 << 1 << QStringLiteral("0.0");
    QTest::newRow("-0.004 at 2 -> 0.00") << -0.004 << 2 << QStringLiteral("0.00");
    QTest::newRow("-0.0 at 1") << -0.0 << 1 << QStringLiteral("0.0");
    QTest::newRow("-0.4 at 0 -> 0") << -0.4 << 0 << QStringLiteral("0");
    QTest::newRow("0 at 0") << 0.0 << 0 << QStringLiteral("0");
    QTest::newRow("99.95 at 1 carries") << 99.95 << 1 << QStringLiteral("100.0");
    QTest::newRow("33.33333 at 1") << 100.0 / 3.0 << 1 << QStringLiteral("33.3");
    QTest::newRow("66.66667 at 2") << 200.0 / 3.0 << 2 << QStringLiteral("66.67");
    QTest::newRow("12.345 at 2") << 12.345 << 2 << QStringLiteral("12.35");
    QTest::newRow("1234.5 at 0") << 1234.5 << 0 << QStringLiteral("1235");
    QTest::newRow("0.125 at 2") << 0.125 << 2 << QStringLiteral("0.13");
}

void TestRounding::formatScore()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(pd::formatScore(value, decimals), expected);
}

void TestRounding::compareScores_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<int>("expected");

    // R6: equal when they differ by at most 1e-9.
    QTest::newRow("identical") << 80.0 << 80.0 << 0;
    QTest::newRow("5e-10 apart is equal") << 50.0 << 50.0 + 5e-10 << 0;
    QTest::newRow("5e-10 apart is equal (reversed)") << 50.0 + 5e-10 << 50.0 << 0;
    QTest::newRow("exactly 1e-9 apart is equal") << 0.0 << 1e-9 << 0;
    QTest::newRow("1e-8 apart: a below") << 50.0 << 50.0 + 1e-8 << -1;
    QTest::newRow("1e-8 apart: a above") << 50.0 + 1e-8 << 50.0 << 1;
    QTest::newRow("2e-9 apart near 0") << 0.0 << 2e-9 << -1;
    QTest::newRow("clearly greater") << 10.0 << 9.0 << 1;
    QTest::newRow("clearly smaller") << -1.0 << 1.0 << -1;
    // 0.1 + 0.2 is 0.30000000000000004: equal to 0.3 for ranking purposes.
    QTest::newRow("0.1+0.2 vs 0.3") << 0.1 + 0.2 << 0.3 << 0;
}

void TestRounding::compareScores()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(int, expected);
    QCOMPARE(pd::compareScores(a, b), expected);
}

void TestRounding::compareScoresIsAntisymmetric()
{
    const double values[] = {0.0, 1e-10, 1e-9, 2e-9, 1.0, 1.0 + 5e-10, 1.0 + 1e-8, -3.0};
    for (double a : values)
        for (double b : values)
            QCOMPARE(pd::compareScores(a, b), -pd::compareScores(b, a));
}

QTEST_GUILESS_MAIN(TestRounding)
#include "tst_rounding.moc"
