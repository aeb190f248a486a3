// paneldesk-cli while another PanelDesk writes to the same panel: it waits, says once on
// stderr what it waits for ("Waiting for another PanelDesk (import of ratings.csv, process
// N)…"), and goes ahead when the other writer finishes; "database is locked" never appears.
// The other writer is this test holding BEGIN IMMEDIATE; it lets go when the CLI has said
// that it waits (the moment is the CLI's own message, not a timer).
#include "CliTestSupport.h"

#include "actions/PanelDatabase.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteStore.h"
#include "storage/WriterActivity.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace pd;
using namespace pd::test;

class TestWriteWaitCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void waitsForTheOtherWriterThenLocks();
};

void TestWriteWaitCli::waitsForTheOtherWriterThenLocks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("demo.paneldesk"));
    createDemoDatabase(db, {false, QStringLiteral("demo")});

    auto other = std::make_unique<SqliteConnection>(db, SqliteConnection::Mode::ReadWrite);
    execSql(other->db(), QStringLiteral("BEGIN IMMEDIATE"));
    auto notice = std::make_unique<WriterActivity>(db, QStringLiteral("import of ratings.csv"));

    const QStringList arguments{QStringLiteral("lock"), QStringLiteral("--db"), db,
                                QStringLiteral("--as"), QStringLiteral("chair")};
    QProcess cli;
    cli.setWorkingDirectory(dir.path());
    cli.start(QStringLiteral(PANELDESK_CLI_PATH), arguments);
    QVERIFY(cli.waitForStarted(30000));
    cli.setReadChannel(QProcess::StandardError);   // waitForReadyRead watches stderr
    cli.write(demoSignIn(arguments));
    cli.closeWriteChannel();

    // Until the CLI says that it waits (or ends, which would be a failure).
    QByteArray err;
    const QByteArray expected = QStringLiteral("Waiting for another PanelDesk (import of "
                                               "ratings.csv, process %1)")
                                    .arg(qint64(::getpid()))
                                    .toUtf8();
    while (!err.contains(expected) && cli.state() == QProcess::Running)
        if (cli.waitForReadyRead(60000))
            err += cli.readAllStandardError();
    err += cli.readAllStandardError();
    QVERIFY2(err.contains(expected), err.constData());
    QVERIFY2(err.contains("up to 120 s"), err.constData());
    QCOMPARE(cli.state(), QProcess::Running);   // still waiting: nothing written yet

    execSql(other->db(), QStringLiteral("COMMIT"));   // the other PanelDesk is done
    notice.reset();
    other.reset();

    QVERIFY(cli.waitForFinished(120000));
    err += cli.readAllStandardError();
    const QByteArray out = cli.readAllStandardOutput();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY2(cli.exitCode() == 0, QByteArray(out + err).constData());
    QVERIFY2(!err.contains("locked"), err.constData());
    QCOMPARE(err.count(expected), 1);   // said once
    QVERIFY(SqliteStore::open(db)->loadRoundState() == RoundState::Locked);
}

QTEST_GUILESS_MAIN(TestWriteWaitCli)
#include "tst_writewaitcli.moc"
