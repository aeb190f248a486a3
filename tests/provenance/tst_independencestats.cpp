// The statistics of P4 in log space (provenance/IndependenceStatistics.h): Student's t tail
// and the regularised incomplete beta agree with Boost.Math where a double can hold the
// p-value and stay finite and monotone far beyond it; Spearman's r and its floor at r = 1;
// Fisher's combination agrees with the chi-square tail and with its closed form.
#include "provenance/IndependenceStatistics.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/special_functions/beta.hpp>

#include <QtTest>

#include <cmath>

using namespace pd::provenance;

class TestIndependenceStats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void studentTail_data()
    {
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("v");
        for (double v : {1.0, 3.0, 10.0, 198.0, 682.0, 14334.0})
            for (double t : {-30.0, -2.5, -0.3, 0.0, 0.7, 1.9, 4.0, 12.0, 35.0})
                QTest::addRow("t=%g v=%g", t, v) << t << v;
    }
    void studentTail()
    {
        QFETCH(double, t);
        QFETCH(double, v);
        const double expected = boost::math::cdf(boost::math::complement(boost::math::students_t(v), t));
        if (expected < 1e-290)
            QSKIP("beyond a double; see farTail");
        const double got = lnStudentTUpper(t, v);
        QVERIFY2(std::fabs(got - std::log(expected)) < 1e-9 * std::max(1.0, std::fabs(std::log(expected))),
                 qPrintable(QStringLiteral("ln p %1, Boost %2").arg(got, 0, 'g', 15).arg(std::log(expected), 0, 'g', 15)));
    }

    void regularisedBeta_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        for (double a : {0.5, 2.0, 99.0, 341.0})
            for (double x : {0.001, 0.2, 0.5, 0.93, 0.9999})
                QTest::addRow("x=%g a=%g", x, a) << x << a << 0.5;
        QTest::newRow("x=0.3 a=4 b=7") << 0.3 << 4.0 << 7.0;
    }
    void regularisedBeta()
    {
        QFETCH(double, x);
        QFETCH(double, a);
        QFETCH(double, b);
        const double expected = boost::math::ibeta(a, b, x);
        if (expected < 1e-290)
            QSKIP("beyond a double");
        QVERIFY(std::fabs(lnRegularisedBeta(x, a, b) - std::log(expected)) < 1e-9 * std::max(1.0, -std::log(expected)));
    }

    // Beyond a double: finite, decreasing in t, and close to the tail's asymptote
    // ln P(T_v > t) ~ ln(c_v) - v ln t (for t >> sqrt(v)).
    void farTail()
    {
        const double v = 682;
        double previous = 0;
        for (double t : {40.0, 100.0, 1e3, 1e4, 1e5}) {
            const double l = lnStudentTUpper(t, v);
            QVERIFY(std::isfinite(l));
            QVERIFY(l < previous);
            previous = l;
        }
        const double asymptote = std::lgamma((v + 1) / 2) - std::lgamma(v / 2) - 0.5 * std::log(v * M_PI)
                                 + (v - 1) / 2 * std::log(v) - v * std::log(1e5);
        QVERIFY(std::fabs(lnStudentTUpper(1e5, v) - asymptote) < 1e-3 * std::fabs(asymptote));
    }

    void spearman_data()
    {
        QTest::addColumn<QList<int>>("x");
        QTest::addColumn<QList<int>>("y");
        QTest::addColumn<double>("r");
        QTest::newRow("identity") << QList<int>{0, 1, 2, 3, 4} << QList<int>{0, 1, 2, 3, 4} << 1.0;
        QTest::newRow("reversed") << QList<int>{0, 1, 2, 3, 4} << QList<int>{9, 7, 5, 3, 1} << -1.0;
        QTest::newRow("one swap") << QList<int>{0, 1, 2, 3, 4} << QList<int>{0, 2, 1, 3, 4} << 1 - 12.0 / 120;
        QTest::newRow("ranks, not values") << QList<int>{10, 20, 30, 40} << QList<int>{3, 100, 50, 1000} << 0.8;
    }
    void spearman()
    {
        QFETCH(QList<int>, x);
        QFETCH(QList<int>, y);
        QFETCH(double, r);
        const SpearmanTest s = spearmanTest(std::span<const int>(x.data(), std::size_t(x.size())),
                                            std::span<const int>(y.data(), std::size_t(y.size())));
        QVERIFY(std::fabs(s.r - r) < 1e-12);
        QCOMPARE(s.atFloor, r == 1.0);
        QVERIFY(std::isfinite(s.lnP));
    }

    // r = 1 gives a finite floor, above every achievable r < 1: one adjacent swap gives less.
    void floorAtPerfectMatch()
    {
        const int n = 684;
        const SpearmanTest perfect = spearmanFromR(1.0, n);
        const SpearmanTest swap = spearmanFromR(1 - 12.0 / (double(n) * (double(n) * n - 1)), n);
        QVERIFY(perfect.atFloor);
        QVERIFY(!swap.atFloor);
        QVERIFY(std::isfinite(perfect.lnP));
        QVERIFY(perfect.lnP < swap.lnP);
        QVERIFY(minusLog10(perfect.lnP) > 1000);
        // Independent-looking r near 0 gives p near 1/2.
        QVERIFY(std::fabs(std::exp(spearmanFromR(0.0, n).lnP) - 0.5) < 1e-12);
    }

    // The floor's figure, against mpmath (50 digits): -log10 P(T_{M-2} > t) at
    // r = 1 - 6/(M(M^2-1)), from 0.5 * betainc(v/2, 1/2, 0, v/(v+t^2), regularized=True).
    void floorFigure_data()
    {
        QTest::addColumn<int>("m");
        QTest::addColumn<double>("expected");
        QTest::newRow("M=100") << 100 << 242.5138629352297;
        QTest::newRow("M=684") << 684 << 2534.0774136196733;
        QTest::newRow("M=1024") << 1024 << 4065.2319273910284;
    }
    void floorFigure()
    {
        QFETCH(int, m);
        QFETCH(double, expected);
        QVERIFY(std::fabs(minusLog10(spearmanFromR(1.0, m).lnP) - expected) < 1e-6 * expected);
    }

    void fisher_data()
    {
        QTest::addColumn<QList<double>>("p");
        QTest::newRow("one") << QList<double>{0.3};
        QTest::newRow("uniform-ish") << QList<double>{0.2, 0.5, 0.9, 0.05};
        QTest::newRow("small") << QList<double>{1e-5, 1e-7, 0.01};
        QTest::newRow("many") << QList<double>(32, 0.4);
    }
    void fisher()
    {
        QFETCH(QList<double>, p);
        std::vector<double> lnP;
        double x = 0;
        for (double v : p) {
            lnP.push_back(std::log(v));
            x -= 2 * std::log(v);
        }
        const double expected = boost::math::cdf(boost::math::complement(boost::math::chi_squared(2.0 * p.size()), x));
        QVERIFY(std::fabs(lnFisherCombined(lnP) - std::log(expected)) < 1e-9 * std::max(1.0, -std::log(expected)));
    }

    // 32 blocks at the floor of n = 684: far below a double, finite, and the closed form's leading term.
    void fisherBeyondDouble()
    {
        const double l = spearmanFromR(1.0, 684).lnP;
        const std::vector<double> lnP(32, l);
        const double combined = lnFisherCombined(lnP);
        QVERIFY(std::isfinite(combined));
        // The closed form's last term dominates when X/2 >> L: ln p ~ -X/2 + (L-1) ln(X/2) - ln (L-1)!.
        const double half = -32 * l;
        QVERIFY(std::fabs(combined - (-half + 31 * std::log(half) - std::lgamma(32.0))) < 1e-2);
        QCOMPARE(lnFisherCombined({}), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestIndependenceStats)
#include "tst_independencestats.moc"
