// paneldesk-cli verify (T19 from the command line): exit 0 on an intact demo, 3 naming the
// first bad audit entry after the log was edited with another tool, 3 when a known head is
// missing (a cut-off tail), 2 for a malformed --head.
#include "CliTestSupport.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestVerifyCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void intactDemoVerifies();
    void editedAuditRowIsNamed();
    void cutOffTailNeedsTheHead();
    void malformedHeadIsInvalidInput();

private:
    using Run = pd::test::CliRun;
    Run cli(const QStringList &arguments) const { return pd::test::runCli(m_dir.path(), arguments); }
    QString copyOfDemo(const QString &name) const;
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_head;
};

QString TestVerifyCli::copyOfDemo(const QString &name) const
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    [&] { QVERIFY(QFile::copy(m_demo, copy)); }();
    return copy;
}

void TestVerifyCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.paneldesk"));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QCOMPARE(demo.code, 0);
}

void TestVerifyCli::intactDemoVerifies()
{
    const Run run = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_demo});
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QStringLiteral("verified:")));
    const QRegularExpressionMatch head =
        QRegularExpression(QStringLiteral("chain head: entry (\\d+), ([0-9a-f]{64})")).match(run.out);
    QVERIFY(head.hasMatch());
    m_head = head.captured(2);
    const Run again = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_demo, QStringLiteral("--head"), m_head});
    QCOMPARE(again.code, 0);
}

void TestVerifyCli::editedAuditRowIsNamed()
{
    const QString path = copyOfDemo(QStringLiteral("edited.paneldesk"));
    {
        SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
        execSql(connection.db(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
        execSql(connection.db(), QStringLiteral("UPDATE audit_log SET actor = 'e02' WHERE id = 10"));
        execSql(connection.db(), QStringLiteral(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
            "SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END"));
    }
    const Run run = cli({QStringLiteral("verify"), QStringLiteral("--db"), path});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QStringLiteral("first bad audit entry: 10 ")), qPrintable(run.err));
    // No report and no lifecycle step from a file that fails: refused, naming the entry.
    const QStringList report{QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--as"),
                             QStringLiteral("chair"), QStringLiteral("--disclosure"), QStringLiteral("full"),
                             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("refused.pdf"))};
    const Run refused = pd::test::runCli(m_dir.path(), report, pd::test::demoSignIn(report));
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("fails verification: audit entry 10:")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.pdf"))));
    const QStringList lock{QStringLiteral("lock"), QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("chair")};
    const Run notLocked = pd::test::runCli(m_dir.path(), lock, pd::test::demoSignIn(lock));
    QCOMPARE(notLocked.code, 1);
    QVERIFY(notLocked.err.contains(QStringLiteral("fails verification")));
}

void TestVerifyCli::cutOffTailNeedsTheHead()
{
    QVERIFY(!m_head.isEmpty());
    const QString path = copyOfDemo(QStringLiteral("cut.paneldesk"));
    {
        SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
        execSql(connection.db(), QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        execSql(connection.db(), QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"));
    }
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), path}).code, 0);
    const Run run = cli({QStringLiteral("verify"), QStringLiteral("--db"), path, QStringLiteral("--head"), m_head});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QStringLiteral("is not in the chain")), qPrintable(run.err));
}

void TestVerifyCli::malformedHeadIsInvalidInput()
{
    const Run run = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_demo, QStringLiteral("--head"), QStringLiteral("abc")});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QStringLiteral("--head")));
}

QTEST_GUILESS_MAIN(TestVerifyCli)
#include "tst_verifycli.moc"
