// SignInThrottle: the growing wait after failed sign-ins, driven by a fake clock (instant).

#include "auth/SignInThrottle.h"

#include <QTest>

using namespace pd;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

// A fake monotonic clock: starts at an arbitrary point, moves only when told.
struct FakeClock {
    SignInThrottle::TimePoint now{std::chrono::hours(1000)};
    void advance(std::chrono::nanoseconds by) { now += by; }
};

const QString kAlice = QStringLiteral("e01");
const QString kBob = QStringLiteral("e02");

} // namespace

class TestThrottle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void delayTable_data();
    void delayTable();
    void firstAttemptIsAllowed();
    void delaysGrowWithConsecutiveFailures();
    void waitIsCappedAtOneMinute();
    void successResets();
    void membersAreIndependent();
    void countdownRoundsUp();
    void failureWhileRefusedRestartsTheWait();
    void customPolicy_data();
    void customPolicy();
};

void TestThrottle::delayTable_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("delayMs");
    const std::pair<int, qint64> rows[] = {
        {0, 0},      {1, 0},      {2, 1000},   {3, 2000},   {4, 4000},
        {5, 8000},   {6, 16000},  {7, 32000},  {8, 60000},  {9, 60000},
        {50, 60000}, {100000, 60000}, {std::numeric_limits<int>::max(), 60000}};
    for (const auto &[failures, delay] : rows)
        QTest::addRow("%d failures", failures) << failures << delay;
}

void TestThrottle::delayTable()
{
    QFETCH(int, failures);
    QFETCH(qint64, delayMs);
    QCOMPARE(SignInThrottle::delayAfterFailures(failures).count(), delayMs);
}

void TestThrottle::firstAttemptIsAllowed()
{
    const SignInThrottle throttle;
    const FakeClock clock;
    QVERIFY(throttle.isAllowed(kAlice, clock.now));
    QCOMPARE(throttle.retryAfter(kAlice, clock.now), 0ms);
    QCOMPARE(throttle.consecutiveFailures(kAlice), 0);
}

// Each failure is made the moment it is allowed; the wait it imposes is the table's.
void TestThrottle::delaysGrowWithConsecutiveFailures()
{
    SignInThrottle throttle;
    FakeClock clock;
    const milliseconds expected[] = {0ms, 1s, 2s, 4s, 8s, 16s, 32s, 60s, 60s};
    for (int i = 0; i < int(std::size(expected)); ++i) {
        QVERIFY2(throttle.isAllowed(kAlice, clock.now), qPrintable(QString::number(i)));
        throttle.recordFailure(kAlice, clock.now);
        QCOMPARE(throttle.consecutiveFailures(kAlice), i + 1);
        const milliseconds wait = expected[i];
        QCOMPARE(throttle.retryAfter(kAlice, clock.now), wait);
        if (wait > 0ms) {
            clock.advance(wait - 1ms);
            QVERIFY(!throttle.isAllowed(kAlice, clock.now));
            QCOMPARE(throttle.retryAfter(kAlice, clock.now), 1ms);
            clock.advance(1ms);
        }
        QVERIFY(throttle.isAllowed(kAlice, clock.now));
    }
}

void TestThrottle::waitIsCappedAtOneMinute()
{
    SignInThrottle throttle;
    FakeClock clock;
    for (int i = 0; i < 200; ++i) {
        throttle.recordFailure(kAlice, clock.now);
        QVERIFY(throttle.retryAfter(kAlice, clock.now) <= 60s);
        clock.advance(60s);
    }
    QCOMPARE(throttle.retryAfter(kAlice, clock.now - 60s), 60s);
}

void TestThrottle::successResets()
{
    SignInThrottle throttle;
    FakeClock clock;
    for (int i = 0; i < 5; ++i) {
        throttle.recordFailure(kAlice, clock.now);
        clock.advance(throttle.retryAfter(kAlice, clock.now));
    }
    QCOMPARE(throttle.consecutiveFailures(kAlice), 5);
    throttle.recordSuccess(kAlice);
    QCOMPARE(throttle.consecutiveFailures(kAlice), 0);
    QVERIFY(throttle.isAllowed(kAlice, clock.now));
    // The count starts again: the next failure is a "first" one (no wait).
    throttle.recordFailure(kAlice, clock.now);
    QCOMPARE(throttle.retryAfter(kAlice, clock.now), 0ms);
    throttle.recordFailure(kAlice, clock.now);
    QCOMPARE(throttle.retryAfter(kAlice, clock.now), 1s);
}

void TestThrottle::membersAreIndependent()
{
    SignInThrottle throttle;
    FakeClock clock;
    for (int i = 0; i < 4; ++i)
        throttle.recordFailure(kAlice, clock.now);
    QCOMPARE(throttle.retryAfter(kAlice, clock.now), 4s);
    QVERIFY(throttle.isAllowed(kBob, clock.now));
    throttle.recordFailure(kBob, clock.now);
    QCOMPARE(throttle.retryAfter(kBob, clock.now), 0ms);
    throttle.recordSuccess(kBob);
    QCOMPARE(throttle.retryAfter(kAlice, clock.now), 4s);   // Bob's success is not Alice's
    QCOMPARE(throttle.consecutiveFailures(kAlice), 4);
    // Ids are compared exactly, as in the database.
    QVERIFY(throttle.isAllowed(QStringLiteral("E01"), clock.now));
}

void TestThrottle::countdownRoundsUp()
{
    SignInThrottle throttle;
    FakeClock clock;
    throttle.recordFailure(kAlice, clock.now);
    throttle.recordFailure(kAlice, clock.now);
    clock.advance(999ms + 999us);
    QCOMPARE(throttle.retryAfter(kAlice, clock.now), 1ms);   // never "0 ms" while refused
    QVERIFY(!throttle.isAllowed(kAlice, clock.now));
    clock.advance(1us);
    QVERIFY(throttle.isAllowed(kAlice, clock.now));
}

void TestThrottle::failureWhileRefusedRestartsTheWait()
{
    // Callers must not check a passphrase while refused; if one records a failure anyway,
    // the count grows and the wait starts again from then.
    SignInThrottle throttle;
    FakeClock clock;
    throttle.recordFailure(kAlice, clock.now);
    throttle.recordFailure(kAlice, clock.now);   // 1 s
    clock.advance(500ms);
    throttle.recordFailure(kAlice, clock.now);   // 2 s from now
    QCOMPARE(throttle.retryAfter(kAlice, clock.now), 2s);
}

void TestThrottle::customPolicy_data()
{
    QTest::addColumn<int>("freeFailures");
    QTest::addColumn<qint64>("firstMs");
    QTest::addColumn<qint64>("maxMs");
    QTest::addColumn<QList<qint64>>("waits");   // after failure 1, 2, 3, ...
    QTest::newRow("three free, 250 ms, cap 1 s")
        << 3 << qint64(250) << qint64(1000) << QList<qint64>{0, 0, 0, 250, 500, 1000, 1000};
    QTest::newRow("no free failure")
        << 0 << qint64(1000) << qint64(60000) << QList<qint64>{1000, 2000, 4000};
    QTest::newRow("cap below first") << 1 << qint64(5000) << qint64(3000) << QList<qint64>{0, 3000, 3000};
    QTest::newRow("no delay at all") << 1 << qint64(0) << qint64(60000) << QList<qint64>{0, 0, 0, 0};
}

void TestThrottle::customPolicy()
{
    QFETCH(int, freeFailures);
    QFETCH(qint64, firstMs);
    QFETCH(qint64, maxMs);
    QFETCH(QList<qint64>, waits);
    SignInThrottle throttle({freeFailures, milliseconds(firstMs), milliseconds(maxMs)});
    FakeClock clock;
    for (qint64 wait : waits) {
        throttle.recordFailure(kAlice, clock.now);
        QCOMPARE(throttle.retryAfter(kAlice, clock.now).count(), wait);
        clock.advance(milliseconds(wait));
    }
}

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"
