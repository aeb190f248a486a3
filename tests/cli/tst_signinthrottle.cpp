// The CLI's sign-in is throttled through the panel file: failures are counted there, and a
// sign-in too soon after a recent failure exits 1 saying how many seconds to wait, without
// reading the passphrase and without changing the database. No sleeping: the stored
// failure time is set directly.
#include "CliTestSupport.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd::test;

class TestSignInThrottle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(runCli(m_dir.path(), {u"demo"_qs, u"--db"_qs, db()}).code, 0);
    }
    void failuresAreCountedInTheFile();
    void tooSoonExitsOneWithTheWait();
    void afterTheWaitTheRightPassphraseClearsThem();

private:
    QString db() const { return m_dir.filePath(u"demo.paneldesk"_qs); }
    CliRun signInAs(const QString &member, const QByteArray &input) const
    {
        return runCli(m_dir.path(), {u"decision"_qs, u"--db"_qs, db(), u"--as"_qs, member}, input);
    }
    QVariantList row(const QString &member) const;
    void setRow(const QString &member, int failures, qint64 lastMs) const;
    QTemporaryDir m_dir;
};

QVariantList TestSignInThrottle::row(const QString &member) const
{
    QVariantList values;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"throttle"_qs);
        raw.setDatabaseName(db());
        if (raw.open()) {
            QSqlQuery q(raw);
            q.prepare(u"SELECT failures, last_failure_ms FROM sign_in_failures WHERE member_id = ?"_qs);
            q.addBindValue(member);
            if (q.exec() && q.next())
                values << q.value(0) << q.value(1);
        }
    }
    QSqlDatabase::removeDatabase(u"throttle"_qs);
    return values;
}

void TestSignInThrottle::setRow(const QString &member, int failures, qint64 lastMs) const
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"throttle"_qs);
        raw.setDatabaseName(db());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        q.prepare(u"INSERT OR REPLACE INTO sign_in_failures VALUES (?, ?, ?)"_qs);
        q.addBindValue(member);
        q.addBindValue(failures);
        q.addBindValue(lastMs);
        QVERIFY(q.exec());
    }
    QSqlDatabase::removeDatabase(u"throttle"_qs);
}

void TestSignInThrottle::failuresAreCountedInTheFile()
{
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    CliRun run = signInAs(u"e01"_qs, "wrong one\n");
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"wrong passphrase"_qs), qPrintable(run.err));
    QCOMPARE(row(u"e01"_qs).value(0).toInt(), 1);
    run = signInAs(u"e01"_qs, "wrong two\n");   // the first failure imposes no wait
    QCOMPARE(run.code, 2);
    const QVariantList stored = row(u"e01"_qs);
    QCOMPARE(stored.value(0).toInt(), 2);
    QVERIFY(stored.value(1).toLongLong() >= start);
    QVERIFY(stored.value(1).toLongLong() <= QDateTime::currentMSecsSinceEpoch());
    QVERIFY(row(u"e02"_qs).isEmpty());
}

void TestSignInThrottle::tooSoonExitsOneWithTheWait()
{
    // 7 failures, the last one now: the next attempt waits 32 s
    setRow(u"chair"_qs, 7, QDateTime::currentMSecsSinceEpoch());
    const QByteArray before = databaseBytesHash(db());
    const CliRun run = signInAs(u"chair"_qs, "chair-demo-2026\n");
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"too many failed sign-ins"_qs), qPrintable(run.err));
    static const QRegularExpression wait(u"wait (\\d+) second"_qs);
    const QRegularExpressionMatch m = wait.match(run.err);
    QVERIFY2(m.hasMatch(), qPrintable(run.err));
    QVERIFY(m.captured(1).toInt() >= 1 && m.captured(1).toInt() <= 32);
    QCOMPARE(databaseBytesHash(db()), before);
    QCOMPARE(row(u"chair"_qs).value(0).toInt(), 7);
}

void TestSignInThrottle::afterTheWaitTheRightPassphraseClearsThem()
{
    setRow(u"chair"_qs, 7, QDateTime::currentMSecsSinceEpoch() - 33000);
    const CliRun run = signInAs(u"chair"_qs, "chair-demo-2026\n");
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(row(u"chair"_qs).isEmpty());
}

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "tst_signinthrottle.moc"
