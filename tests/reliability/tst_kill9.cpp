// T1 of the reliability catalogue (kill9-commit): a child process opens a real panel through
// SqliteStore and commits numbered batches of user ratings, each one importRatings (one
// BEGIN IMMEDIATE transaction with its signed audit entry), printing "committed N" once the
// call has returned. The parent kills it with SIGKILL at a random moment, 200 times on the
// same file. Whatever the moment, after every kill: PRAGMA integrity_check and the foreign
// keys pass, every batch is all or nothing (its evaluator has all its rows or none, with
// exactly one audit entry), the batches present are 0..M-1 and M is the last one reported
// plus at most the one in flight. Every other kill the parent opens the file read-write
// (recovering the -wal, as the next PanelDesk would); otherwise the next child recovers it.
// The audit chain and the import digest verify every 50 kills and at the end.
//
// The kill moment comes from a seeded generator (printed; PANELDESK_FAULT_SEED repeats the
// choices): after 0 to 3 reported batches, a further 0-40 ms. The assertions hold whatever
// the moment turns out to be on the machine, so they do not depend on its speed.

#include "ReliabilitySupport.h"

#include "actions/PanelDatabase.h"
#include "demo/DemoPassphrases.h"
#include "domain/Errors.h"
#include "storage/DatabaseCheck.h"
#include "storage/SqliteStore.h"
#include "trust/MemberKeys.h"
#include "trust/Verification.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <iostream>

using namespace pd;
using namespace pd::test;

namespace {

const char *const kChildVariable = "PANELDESK_KILL9_CHILD";   // the panel's path
const char *const kStartVariable = "PANELDESK_KILL9_START";   // the first batch number
const char *const kPrefix = "kill9-";
constexpr int kKills = 200;

// The child: commits batch after batch until it is killed (10,000 at most).
int runChild(const QString &path, int start)
{
    dieWithParent();
    auto store = SqliteStore::open(path);
    const std::optional<MemberKey> key =
        unlockMemberKey(*store, QStringLiteral("secretariat"), demoPassphrase(Role::Secretariat));
    if (!key)
        return 3;
    const RatingShape shape = ratingShape(store->loadPanel());
    for (int batch = start; batch < start + 10000; ++batch) {
        RatingBatch source(kPrefix, batch, shape);
        if (!store->importRatings(source, false, Actor(*key)).committed)
            return 4;
        std::printf("committed %d\n", batch);
        std::fflush(stdout);
    }
    return 0;
}

// "committed N" -> N; -1 for anything else.
int committedNumber(const QByteArray &line)
{
    if (!line.startsWith("committed "))
        return -1;
    bool ok = false;
    const int n = line.mid(10).toInt(&ok);
    return ok ? n : -1;
}

} // namespace

class TestKill9 : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void kill9WhileCommitting()
    {
        QElapsedTimer clock;
        clock.start();
        const quint32 seed = faultSeed("reliability.kill9");
        QRandomGenerator random(seed);

        const QString path = m_dir.filePath(QStringLiteral("kill9.paneldesk"));
        createDemoDatabase(path, {});
        const RatingShape shape = ratingShape(SqliteStore::open(path)->loadPanel());
        const qint64 rowsPerBatch = shape.rowsPerBatch();
        QVERIFY(rowsPerBatch > 1);
        const QString importsSql = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import-ratings'");
        const qint64 importsBefore = queryNumber(path, importsSql);
        QVERIFY(importsBefore >= 0);

        int present = 0;   // batches 0..present-1 are in the file
        int lastReported = -1;
        int reportedTotal = 0, inFlightCommitted = 0, recoveredByChild = 0;
        for (int kill = 0; kill < kKills; ++kill) {
            const int waitFor = int(random.bounded(4));            // reported batches before the kill
            const int delayUs = int(random.bounded(40000));        // then this long
            const bool parentReopens = kill % 2 == 0;
            const int start = present;
            {
                Child child(kChildVariable, path, {QString::fromLatin1(kStartVariable) + QLatin1Char('=') + QString::number(start)});
                QVERIFY(child.started());
                for (int i = 0; i < waitFor; ++i) {
                    QByteArray line;
                    QVERIFY2(child.readLine(&line), qPrintable(QStringLiteral("kill %1: the child ended: %2").arg(kill).arg(child.errors())));
                    const int n = committedNumber(line);
                    QVERIFY2(n == lastReported + 1 || (lastReported < start && n == start),
                             line.constData());
                    lastReported = n;
                    ++reportedTotal;
                }
                QThread::usleep(ulong(delayUs));
                QVERIFY2(child.process().state() != QProcess::NotRunning,
                         qPrintable(QStringLiteral("kill %1: the child ended by itself: %2").arg(kill).arg(child.errors())));
                child.killAndReap();
                QCOMPARE(child.process().exitStatus(), QProcess::CrashExit);
                // What it printed before it died was reported too.
                for (const QByteArray &line : child.process().readAllStandardOutput().split('\n')) {
                    if (line.trimmed().isEmpty())
                        continue;
                    const int n = committedNumber(line.trimmed());
                    QVERIFY2(n >= start && n > lastReported, line.constData());
                    lastReported = n;
                    ++reportedTotal;
                }
            }
            if (!parentReopens && !besideFiles(path).isEmpty())
                ++recoveredByChild;   // the next child opens the file as the kill left it

            QString problem;
            QVERIFY2(integrityCheck(path, &problem), qPrintable(QStringLiteral("kill %1: %2").arg(kill).arg(problem)));
            {
                SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
                QSqlQuery query(connection.db());
                QVERIFY(query.exec(QStringLiteral(
                    "SELECT CAST(substr(evaluator, %1) AS INTEGER) AS batch, count(*) FROM user_ratings "
                    "WHERE evaluator GLOB '%2*' GROUP BY evaluator ORDER BY batch")
                                       .arg(int(qstrlen(kPrefix)) + 1)
                                       .arg(QLatin1String(kPrefix))));
                int expected = 0;
                while (query.next()) {
                    QVERIFY2(query.value(0).toInt() == expected,
                             qPrintable(QStringLiteral("kill %1: batch %2 is missing, %3 is there")
                                            .arg(kill).arg(expected).arg(query.value(0).toInt())));
                    QVERIFY2(query.value(1).toLongLong() == rowsPerBatch,
                             qPrintable(QStringLiteral("kill %1: batch %2 has %3 of its %4 rows")
                                            .arg(kill).arg(expected).arg(query.value(1).toLongLong()).arg(rowsPerBatch)));
                    ++expected;
                }
                present = expected;
            }
            // Every reported batch is there; beyond it at most the one in flight.
            QVERIFY2(present >= lastReported + 1,
                     qPrintable(QStringLiteral("kill %1: batch %2 was reported committed, the file has 0..%3")
                                    .arg(kill).arg(lastReported).arg(present - 1)));
            QVERIFY2(present <= std::max(lastReported, start - 1) + 2,
                     qPrintable(QStringLiteral("kill %1: %2 batches, the last reported is %3")
                                    .arg(kill).arg(present).arg(lastReported)));
            if (present > std::max(lastReported, start - 1) + 1)
                ++inFlightCommitted;
            // Each batch with exactly its one audit entry.
            QCOMPARE(queryNumber(path, importsSql) - importsBefore, qint64(present));

            if (parentReopens || kill % 50 == 49 || kill == kKills - 1) {
                auto store = SqliteStore::open(path);   // recovers the -wal, checkpoints on close
                if (kill % 50 == 49 || kill == kKills - 1) {
                    const VerifyReport report = verifyStore(*store);
                    QVERIFY2(report.ok(), qPrintable(QStringLiteral("kill %1: %2").arg(kill).arg(failureSummary(report))));
                }
            }
        }
        std::printf("reliability.kill9: %d kills, %d batches in the file, %d reported, "
                    "%d kills after an unreported commit, %d -wal files recovered by the next child; %.1f s\n",
                    kKills, present, reportedTotal, inFlightCommitted, recoveredByChild,
                    double(clock.elapsed()) / 1000.0);
        QVERIFY(reportedTotal > 0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        try {
            return runChild(qEnvironmentVariable(kChildVariable), qEnvironmentVariableIntValue(kStartVariable));
        } catch (const Error &error) {
            std::cerr << error.message().toStdString() << '\n';
            return 5;
        }
    }
    TestKill9 test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kill9.moc"
