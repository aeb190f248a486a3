// T20 clock (trust.md, "Clock"): --today and --date of lock, decide, announce, appeal and
// finalize may be earlier than the system date but never later. A later one exits 2 naming
// the option and today's date and changes no byte of the database; an earlier one is
// recorded in the audit entry with the system's date and time beside it.
#include "CliTestSupport.h"

#include "storage/SqliteStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd::test;

class TestClock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void laterDatesAreRefused_data();
    void laterDatesAreRefused();
    void earlierDatesAreRecordedWithTheSystemTime();

private:
    CliRun chair(QStringList arguments) const
    {
        arguments << u"--db"_qs << db() << u"--as"_qs << u"chair"_qs;
        return runCli(m_dir->path(), arguments, "chair-demo-2026\n");
    }
    QString db() const { return m_dir->filePath(u"demo.paneldesk"_qs); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(runCli(m_dir->path(), {u"demo"_qs, u"--db"_qs, db()}).code, 0);
}

void TestClock::laterDatesAreRefused_data()
{
    QTest::addColumn<QStringList>("setup");      // chair steps to reach the state, ';'-separated
    QTest::addColumn<QStringList>("arguments");  // TOMORROW is replaced
    QTest::addColumn<QString>("option");
    const QStringList none;
    const QString lock = u"lock"_qs;
    const QString decide = u"decide --today=2026-01-14 --reason=nc=a --reason=naver=b"_qs;
    const QString announce = u"announce --date=2026-01-15 --today=2026-01-15"_qs;
    QTest::newRow("lock --today") << none << QStringList{u"lock"_qs, u"--today=TOMORROW"_qs}
                                  << u"--today"_qs;
    QTest::newRow("decide --today")
        << QStringList{lock}
        << QStringList{u"decide"_qs, u"--today=TOMORROW"_qs, u"--reason=nc=a"_qs, u"--reason=naver=b"_qs}
        << u"--today"_qs;
    QTest::newRow("reopen --today") << QStringList{lock}
                                    << QStringList{u"reopen"_qs, u"--reason=x"_qs, u"--today=TOMORROW"_qs}
                                    << u"--today"_qs;
    QTest::newRow("announce --date")
        << QStringList{lock, decide}
        << QStringList{u"announce"_qs, u"--date=TOMORROW"_qs, u"--today=2026-01-15"_qs} << u"--date"_qs;
    QTest::newRow("announce --today")
        << QStringList{lock, decide}
        << QStringList{u"announce"_qs, u"--date=2026-01-15"_qs, u"--today=TOMORROW"_qs} << u"--today"_qs;
    QTest::newRow("appeal --today")
        << QStringList{lock, decide, announce}
        << QStringList{u"appeal"_qs, u"add"_qs, u"--team=nc"_qs, u"--grounds=g"_qs, u"--today=TOMORROW"_qs}
        << u"--today"_qs;
    QTest::newRow("appeal --filed")
        << QStringList{lock, decide, announce}
        << QStringList{u"appeal"_qs, u"add"_qs, u"--team=nc"_qs, u"--grounds=g"_qs, u"--filed=TOMORROW"_qs}
        << u"--filed"_qs;
    QTest::newRow("finalize --today 2099")
        << QStringList{lock, decide, announce} << QStringList{u"finalize"_qs, u"--today=2099-01-01"_qs}
        << u"--today"_qs;
    QTest::newRow("finalize --today")
        << QStringList{lock, decide, announce} << QStringList{u"finalize"_qs, u"--today=TOMORROW"_qs}
        << u"--today"_qs;
}

void TestClock::laterDatesAreRefused()
{
    QFETCH(QStringList, setup);
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    for (const QString &step : setup) {
        const CliRun run = chair(step.split(u' '));
        QVERIFY2(run.code == 0, qPrintable(step + u": "_qs + run.err));
    }
    const QDate today = QDate::currentDate();
    const QString tomorrow = today.addDays(1).toString(Qt::ISODate);
    for (QString &a : arguments)
        a.replace(u"TOMORROW"_qs, tomorrow);
    const QByteArray before = databaseBytesHash(db());
    const CliRun run = chair(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(option), qPrintable(run.err));
    QVERIFY2(run.err.contains(today.toString(Qt::ISODate))
                 || run.err.contains(QDate::currentDate().toString(Qt::ISODate)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"later than today"_qs), qPrintable(run.err));
    QCOMPARE(databaseBytesHash(db()), before);
}

void TestClock::earlierDatesAreRecordedWithTheSystemTime()
{
    const QDate start = QDate::currentDate();
    const QDateTime startTime = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(chair({u"lock"_qs}).code, 0);
    QCOMPARE(chair({u"decide"_qs, u"--today=2026-01-14"_qs, u"--reason=nc=a"_qs,
                    u"--reason=naver=b"_qs}).code, 0);
    QCOMPARE(chair({u"announce"_qs, u"--date=2026-01-15"_qs, u"--today=2026-01-15"_qs}).code, 0);
    QCOMPARE(chair({u"appeal"_qs, u"add"_qs, u"--team=nc"_qs, u"--grounds=g"_qs,
                    u"--today=2026-01-20"_qs}).code, 0);
    QCOMPARE(chair({u"appeal"_qs, u"rule"_qs, u"--id=1"_qs, u"--ruling=rejected"_qs,
                    u"--reason=r"_qs, u"--today=2026-01-22"_qs}).code, 0);
    QCOMPARE(chair({u"finalize"_qs, u"--today=2026-01-26"_qs}).code, 0);
    // today itself is not later than today
    const QDate end = QDate::currentDate();
    const QDateTime endTime = QDateTime::currentDateTimeUtc().addSecs(1);

    const QMap<QString, QString> given{{u"decide-round"_qs, u"2026-01-14"_qs},
                                       {u"announce-decision"_qs, u"2026-01-15"_qs},
                                       {u"file-appeal"_qs, u"2026-01-20"_qs},
                                       {u"rule-appeal"_qs, u"2026-01-22"_qs},
                                       {u"finalize-decision"_qs, u"2026-01-26"_qs}};
    QStringList seen;
    for (const pd::AuditEntry &entry : pd::SqliteStore::open(db())->auditLog()) {
        if (!given.contains(entry.action))
            continue;
        const QJsonObject value = QJsonDocument::fromJson(entry.newValue.toUtf8()).object();
        QCOMPARE(value.value(u"given_date").toString(), given.value(entry.action));
        const QDate systemDate = QDate::fromString(value.value(u"system_date").toString(), Qt::ISODate);
        QVERIFY2(systemDate >= start && systemDate <= end, qPrintable(entry.newValue));
        const QDateTime systemTime =
            QDateTime::fromString(value.value(u"system_time").toString(), Qt::ISODateWithMs);
        QVERIFY2(systemTime >= startTime && systemTime <= endTime, qPrintable(entry.newValue));
        seen << entry.action;
    }
    QCOMPARE(seen.size(), given.size());

    // the report shows both where they differ
    const CliRun report = chair({u"report"_qs, u"--disclosure=full"_qs, u"--text"_qs});
    QVERIFY2(report.code == 0, qPrintable(report.err));
    for (const char *row : {"Decided | 2026-01-14 (recorded ", "Announced | 2026-01-15 (recorded ",
                            "Final | 2026-01-26 (recorded "}) {
        const qsizetype at = report.out.indexOf(QLatin1String(row));
        QVERIFY2(at >= 0, qPrintable(report.out));
        const QDate recorded = QDate::fromString(report.out.mid(at + qstrlen(row), 10), Qt::ISODate);
        QVERIFY2(recorded.isValid() && recorded >= startTime.date() && recorded <= endTime.date(),
                 qPrintable(report.out.mid(at, 80)));
    }
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
