// The linear assignment solver behind P4 (provenance/LinearAssignment.h): its total equals
// brute force's maximum on small random matrices (square and rectangular, real weights and
// integer weights full of ties, many seeds), the assignment is one-to-one, a permuted
// identity is recovered exactly, and a stop asked through keepGoing is a Cancelled.
#include "domain/Errors.h"
#include "provenance/LinearAssignment.h"

#include <QtTest>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

using namespace pd;
using namespace pd::provenance;

namespace {

// The best total over every injective map of rows to columns (depth-first).
double bruteForce(const std::vector<double> &w, int rows, int cols, int row, std::vector<char> &used)
{
    if (row == rows)
        return 0;
    double best = -INFINITY;
    for (int j = 0; j < cols; ++j) {
        if (used[std::size_t(j)])
            continue;
        used[std::size_t(j)] = 1;
        best = std::max(best, w[std::size_t(row * cols + j)] + bruteForce(w, rows, cols, row + 1, used));
        used[std::size_t(j)] = 0;
    }
    return best;
}

} // namespace

class TestLinearAssignment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("levels");   // 0: real weights; k: integers 0..k-1 (ties)
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 40; ++seed) {
            std::mt19937 rng{std::uint32_t(seed)};
            const int cols = 1 + int(rng() % 7);
            const int rows = 1 + int(rng() % std::uint32_t(cols));
            QTest::addRow("seed %d real %dx%d", seed, rows, cols) << rows << cols << 0 << seed;
            QTest::addRow("seed %d ties %dx%d", seed, rows, cols) << rows << cols << 3 << seed;
            QTest::addRow("seed %d square %dx%d", seed, cols, cols) << cols << cols << (seed % 2 ? 0 : 2) << seed;
        }
        QTest::newRow("all equal 5x5") << 5 << 5 << 1 << 0;
        QTest::newRow("all equal 3x7") << 3 << 7 << 1 << 0;
        QTest::newRow("one row") << 1 << 6 << 0 << 0;
        QTest::newRow("empty") << 0 << 4 << 0 << 0;
    }
    void matchesBruteForce()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, levels);
        QFETCH(int, seed);
        std::mt19937 rng(std::uint32_t(seed * 100 + rows * 10 + levels));
        std::uniform_real_distribution<double> real(-1, 1);
        std::vector<double> w(std::size_t(rows * cols));
        for (double &x : w)
            x = levels ? double(rng() % std::uint32_t(levels)) : real(rng);
        const std::vector<int> a = maximumAssignment(w, rows, cols);
        QCOMPARE(int(a.size()), rows);
        std::set<int> columns(a.begin(), a.end());
        QCOMPARE(int(columns.size()), rows);
        for (int j : a)
            QVERIFY(j >= 0 && j < cols);
        std::vector<char> used(static_cast<std::size_t>(cols), 0);
        const double best = bruteForce(w, rows, cols, 0, used);
        QVERIFY2(std::fabs(assignmentTotal(w, cols, a) - (rows ? best : 0.0)) < 1e-9,
                 qPrintable(QStringLiteral("solver %1, brute force %2").arg(assignmentTotal(w, cols, a)).arg(best)));
    }

    void recoversPermutedIdentity_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("noise");
        QTest::newRow("n=8 exact") << 8 << 0.0;
        QTest::newRow("n=300 exact") << 300 << 0.0;
        QTest::newRow("n=300 noisy") << 300 << 0.1;
    }
    void recoversPermutedIdentity()
    {
        QFETCH(int, n);
        QFETCH(double, noise);
        std::mt19937 rng(7);
        std::vector<int> sigma(static_cast<std::size_t>(n));
        std::iota(sigma.begin(), sigma.end(), 0);
        std::shuffle(sigma.begin(), sigma.end(), rng);
        std::uniform_real_distribution<double> jitter(0, noise);
        std::vector<double> w(std::size_t(n) * std::size_t(n));
        for (double &x : w)
            x = noise > 0 ? jitter(rng) : 0.0;
        for (int i = 0; i < n; ++i)
            w[std::size_t(i) * std::size_t(n) + std::size_t(sigma[std::size_t(i)])] = 1;
        QCOMPARE(maximumAssignment(w, n, n), sigma);
    }

    // Greedy choices that must be undone: rows 0 and 1 both prefer column 0.
    void augmentsPastGreedy()
    {
        const std::vector<double> w{10, 9, 0,
                                    10, 0, 0};
        QCOMPARE(maximumAssignment(w, 2, 3), (std::vector<int>{1, 0}));
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("nan");
        QTest::newRow("more rows than columns") << 3 << 2 << 6 << false;
        QTest::newRow("wrong size") << 2 << 2 << 3 << false;
        QTest::newRow("negative") << -1 << 2 << 0 << false;
        QTest::newRow("not finite") << 2 << 2 << 4 << true;
    }
    void refusesBadArguments()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, size);
        QFETCH(bool, nan);
        std::vector<double> w(static_cast<std::size_t>(size), 1.0);
        if (nan)
            w[1] = NAN;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, maximumAssignment(w, rows, cols));
    }

    void stopsWhenAsked()
    {
        const std::vector<double> w(16, 1.0);   // every row wants column 0: rows 1-3 search
        int asked = 0;
        QVERIFY_THROWS_EXCEPTION(Cancelled, maximumAssignment(w, 4, 4, [&] { return ++asked < 2; }));
        QCOMPARE(asked, 2);
    }
};

QTEST_APPLESS_MAIN(TestLinearAssignment)
#include "tst_linearassignment.moc"
