// The clock rule itself (decision/Clock.h) with a chosen "today": earlier and equal dates
// pass, a later one is an InputError naming the option and today's date.
#include "decision/Clock.h"
#include "domain/Errors.h"

#include <QtTest>

class TestClockRule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void earlierAndEqualPass()
    {
        const QDate today(2026, 3, 1);
        QCOMPARE(pd::requireNotLaterThanToday(QDate(2026, 2, 28), today, u"--today"_qs),
                 QDate(2026, 2, 28));
        QCOMPARE(pd::requireNotLaterThanToday(today, today, u"--today"_qs), today);
    }
    void laterIsRefused()
    {
        const QDate today(2026, 2, 28);
        try {
            pd::requireNotLaterThanToday(QDate(2026, 3, 1), today, u"--date"_qs);
            QFAIL("a later date passed");
        } catch (const pd::InputError &e) {
            QVERIFY2(e.message().contains(u"--date"_qs), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"2026-02-28"_qs), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"2026-03-01"_qs), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestClockRule)
#include "tst_clockrule.moc"
