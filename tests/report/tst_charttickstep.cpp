// The value axes' tick step (report/ChartTicks.h), one rule for the screen charts and the
// PDF report's charts: at most 10 intervals, whole points, the smallest nice step.
#include "report/ChartTicks.h"

#include <QtTest>
#include <cmath>
#include <limits>

using namespace pd;

class TestChartTickStep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void step_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("ticks");   // 0 … last tick <= scale
        QTest::newRow("3 points") << 3.0 << 1.0 << 4;
        QTest::newRow("10 points: ten intervals") << 10.0 << 1.0 << 11;
        QTest::newRow("just over 10") << 10.5 << 2.0 << 6;
        QTest::newRow("20") << 20.0 << 2.0 << 11;
        QTest::newRow("21") << 21.0 << 5.0 << 5;
        QTest::newRow("25") << 25.0 << 5.0 << 6;
        QTest::newRow("35 (expert category)") << 35.0 << 5.0 << 8;
        QTest::newRow("37: last tick at 35") << 37.0 << 5.0 << 8;
        QTest::newRow("40 (benchmarks)") << 40.0 << 5.0 << 9;
        QTest::newRow("50") << 50.0 << 5.0 << 11;
        QTest::newRow("51") << 51.0 << 10.0 << 6;
        QTest::newRow("100 (total)") << 100.0 << 10.0 << 11;
        QTest::newRow("101") << 101.0 << 20.0 << 6;
        QTest::newRow("200") << 200.0 << 20.0 << 11;
        QTest::newRow("201") << 201.0 << 25.0 << 9;
        QTest::newRow("250") << 250.0 << 25.0 << 11;
        QTest::newRow("251") << 251.0 << 50.0 << 6;
        QTest::newRow("1000") << 1000.0 << 100.0 << 11;
        QTest::newRow("1001") << 1001.0 << 200.0 << 6;
        QTest::newRow("zero") << 0.0 << 1.0 << 1;
        QTest::newRow("negative") << -5.0 << 1.0 << 1;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 1.0 << 1;
    }
    void step()
    {
        QFETCH(double, scale);
        QFETCH(double, step);
        QFETCH(int, ticks);
        QCOMPARE(chartTickStep(scale), step);
        const std::vector<double> all = chartTicks(scale);
        QCOMPARE(int(all.size()), ticks);
        QCOMPARE(all.front(), 0.0);
        for (std::size_t i = 0; i < all.size(); ++i)
            QCOMPARE(all[i], double(i) * step);
        if (std::isfinite(scale) && scale > 0) {
            QVERIFY(all.back() <= scale);
            QVERIFY(all.back() + step > scale);
            QVERIFY(scale / step <= kMaxChartIntervals);
        }
    }
};

QTEST_APPLESS_MAIN(TestChartTickStep)
#include "tst_charttickstep.moc"
