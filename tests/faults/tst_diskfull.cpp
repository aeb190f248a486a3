// T2 disk-full (shared/reliability/test-catalogue.md; docs/storage.md, "A full disk"):
// paneldesk-cli runs each writing command as a child whose file size is limited
// (RLIMIT_FSIZE, SIGXFSZ ignored, so a write past the limit fails with EFBIG as on a full
// disk). Every run must end with a non-zero exit and "disk full (FILE)" naming the file it
// could not write; the database's committed content and its main file's bytes unchanged;
// a previous export at the same path unchanged; no temporary left in the folder. Then the
// same command without the limit succeeds.
//
// The test keeps a read transaction open on the database while the limited command runs
// (started on an empty -wal): SQLite can then neither checkpoint into the main file nor
// restart the -wal, so every page the command commits is appended to the -wal from its
// start, and a limit of 4096 bytes fails the first page it writes, whatever the command.
// A backup gets 64 KiB: more than the pages a command commits, less than the copy. Exports
// and reports get half the size their file has without a limit. The members signed in have
// signed in once before (their first sign-in writes their key).
#include "../cli/CliTestSupport.h"
#include "FaultTestSupport.h"

#include "storage/SqliteConnection.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace pd;
using namespace pd::test;

namespace {

constexpr qint64 kDatabaseLimit = 4096;     // less than the -wal's first page
constexpr qint64 kBackupLimit = 64 * 1024;   // more than a command's pages, less than a copy

enum class Base { Demo, Locked, Decided };

// Runs paneldesk-cli in `directory` with the demo passphrase of --as; with `limit` > 0 the
// child may not write a file beyond `limit` bytes (writes past it fail with EFBIG).
CliRun runLimited(const QString &directory, const QStringList &arguments, qint64 limit)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    if (limit > 0) {
        process.setChildProcessModifier([limit] {
            std::signal(SIGXFSZ, SIG_IGN);   // kept across exec: EFBIG instead of a signal
            const rlimit size{rlim_t(limit), rlim_t(limit)};
            setrlimit(RLIMIT_FSIZE, &size);
        });
    }
    process.start(QStringLiteral(PANELDESK_CLI_PATH), arguments);
    if (!process.waitForStarted(30000))
        return {};
    process.write(demoSignIn(arguments));
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Holds a read transaction on `db` while it lives (see the top of the file).
class PinnedWal {
public:
    explicit PinnedWal(const QString &db) : m_connection(db, SqliteConnection::Mode::ReadWrite)
    {
        QSqlQuery begin(m_connection.db());
        begin.exec(QStringLiteral("BEGIN"));
        QSqlQuery read(m_connection.db());
        read.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        m_ok = read.next() && read.value(0).toInt() > 0;
    }
    ~PinnedWal()
    {
        QSqlQuery end(m_connection.db());
        end.exec(QStringLiteral("COMMIT"));
    }
    bool ok() const { return m_ok; }

private:
    SqliteConnection m_connection;
    bool m_ok = false;
};

QByteArray ratingsCsv(int evaluators)
{
    QByteArray csv = "evaluator,team,item,rating\n";
    const char *teams[] = {"lg", "nc", "naver", "skt", "upstage"};
    for (int e = 0; e < evaluators; ++e)
        for (const char *team : teams)
            csv += QByteArray("df") + QByteArray::number(e) + ',' + team + ",usability,"
                   + QByteArray::number(1 + (e % 5)) + '\n';
    return csv;
}

} // namespace

class TestDiskFull : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commandUnderFileSizeLimit_data();
    void commandUnderFileSizeLimit();

private:
    QString base(Base which) const;
    QTemporaryDir m_bases;
};

QString TestDiskFull::base(Base which) const
{
    switch (which) {
    case Base::Demo:
        return m_bases.filePath(QStringLiteral("demo.paneldesk"));
    case Base::Locked:
        return m_bases.filePath(QStringLiteral("locked.paneldesk"));
    case Base::Decided:
        return m_bases.filePath(QStringLiteral("decided.paneldesk"));
    }
    return {};
}

void TestDiskFull::initTestCase()
{
    QVERIFY(m_bases.isValid());
    const QString dir = m_bases.path();
    QCOMPARE(runCli(dir, {u"demo"_qs, u"--db"_qs, base(Base::Demo)}).code, 0);
    // A member's first sign-in writes their key (docs/trust.md): done here, so that a
    // limited run writes only what its command writes.
    for (const QString &member : {u"chair"_qs, u"secretariat"_qs}) {
        const QStringList signIn{u"standings"_qs, u"--db"_qs, base(Base::Demo), u"--as"_qs, member};
        const CliRun signedIn = runCli(dir, signIn, demoSignIn(signIn));
        QVERIFY2(signedIn.code == 0, qPrintable(signedIn.err));
    }
    QVERIFY(QFile::copy(base(Base::Demo), base(Base::Locked)));
    const QStringList asChair{u"--as"_qs, u"chair"_qs};
    const CliRun lock = runCli(dir, QStringList{u"lock"_qs, u"--db"_qs, base(Base::Locked)} + asChair,
                               demoSignIn(asChair));
    QVERIFY2(lock.code == 0, qPrintable(lock.err));
    QVERIFY(QFile::copy(base(Base::Locked), base(Base::Decided)));
    const QStringList decide{u"decide"_qs, u"--db"_qs, base(Base::Decided), u"--today=2026-01-14"_qs,
                             u"--reason=nc=lowest total"_qs, u"--reason=naver=below the cut"_qs};
    const CliRun decided = runCli(dir, decide + asChair, demoSignIn(asChair));
    QVERIFY2(decided.code == 0, qPrintable(decided.err));
}

void TestDiskFull::commandUnderFileSizeLimit_data()
{
    QTest::addColumn<int>("baseDb");
    QTest::addColumn<QStringList>("arguments");   // DB and OUT stand for the paths
    QTest::addColumn<QString>("out");             // the file the command writes, if any
    QTest::addColumn<qint64>("limit");            // bytes; 0: half the size of OUT
    QTest::addColumn<QString>("named");           // what the message names: the database,
                                                  // the backups folder or OUT
    QTest::addColumn<bool>("throughCommit");      // the failure is met by WriteTransaction::commit

    QTest::newRow("import-ratings")
        << int(Base::Demo)
        << QStringList{u"import-ratings"_qs, u"ratings.csv"_qs, u"--db"_qs, u"DB"_qs, u"--as"_qs,
                       u"secretariat"_qs, u"--quiet"_qs}
        << QString() << kDatabaseLimit << u"panel.paneldesk"_qs << true;
    QTest::newRow("sheet set")
        << int(Base::Demo)
        << QStringList{u"sheet"_qs, u"set"_qs, u"--db"_qs, u"DB"_qs, u"--as"_qs, u"chair"_qs,
                       u"--team=lg"_qs, u"--item=strategy"_qs, u"--score=7.5"_qs}
        << QString() << kDatabaseLimit << u"panel.paneldesk"_qs << true;
    QTest::newRow("backup")
        << int(Base::Demo)
        << QStringList{u"backup"_qs, u"--db"_qs, u"DB"_qs, u"--as"_qs, u"secretariat"_qs}
        << QString() << kBackupLimit << u"/backups/panel-"_qs << false;
    QTest::newRow("decide")
        << int(Base::Locked)
        << QStringList{u"decide"_qs, u"--db"_qs, u"DB"_qs, u"--as"_qs, u"chair"_qs,
                       u"--today=2026-01-14"_qs, u"--reason=nc=lowest total"_qs,
                       u"--reason=naver=below the cut"_qs}
        << QString() << kDatabaseLimit << u"-before-decide.paneldesk)"_qs << false;
    QTest::newRow("report")
        << int(Base::Decided)
        << QStringList{u"report"_qs, u"--db"_qs, u"DB"_qs, u"--as"_qs, u"chair"_qs,
                       u"--disclosure=full"_qs, u"--out"_qs, u"OUT"_qs}
        << u"report.pdf"_qs << qint64(0) << u"/report.pdf)"_qs << false;
    QTest::newRow("export-panel")
        << int(Base::Demo)
        << QStringList{u"export-panel"_qs, u"--db"_qs, u"DB"_qs, u"--as"_qs, u"chair"_qs, u"--out"_qs, u"OUT"_qs}
        << u"panel.json"_qs << qint64(0) << u"/panel.json)"_qs << false;
    // a new panel is built under a temporary name (.NAME.PID.RANDOM.creating)
    QTest::newRow("demo (a new panel)")
        << int(Base::Demo) << QStringList{u"demo"_qs, u"--db"_qs, u"NEW"_qs}
        << QString() << kBackupLimit << u"new.paneldesk"_qs << true;
    for (const char *format : {"csv", "xlsx", "json"})
        QTest::newRow(qPrintable(QStringLiteral("export %1").arg(QLatin1String(format))))
            << int(Base::Demo)
            << QStringList{u"export"_qs, u"--db"_qs, u"DB"_qs, u"--as"_qs, u"chair"_qs,
                           QStringLiteral("--format=%1").arg(QLatin1String(format)), u"--out"_qs, u"OUT"_qs}
            << QStringLiteral("standings.%1").arg(QLatin1String(format)) << qint64(0)
            << QStringLiteral("/standings.%1)").arg(QLatin1String(format)) << false;
}

void TestDiskFull::commandUnderFileSizeLimit()
{
    QFETCH(int, baseDb);
    QFETCH(QStringList, arguments);
    QFETCH(QString, out);
    QFETCH(qint64, limit);
    QFETCH(QString, named);
    QFETCH(bool, throughCommit);
    Q_UNUSED(throughCommit);   // met by WriteTransaction::commit: told as "disk full" there too

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("panel.paneldesk"));
    QVERIFY(QFile::copy(base(Base(baseDb)), db));
    writeBytes(dir.filePath(QStringLiteral("ratings.csv")), ratingsCsv(400));
    const QString outPath = out.isEmpty() ? QString() : dir.filePath(out);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), db);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")), outPath);
    const QString newPanel = dir.filePath(QStringLiteral("new.paneldesk"));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^NEW$")), newPanel);

    const QByteArray previous = "the previous export, to be kept\n";
    if (!outPath.isEmpty()) {
        // the size of the file without a limit, written elsewhere
        QStringList probe = arguments;
        probe.replaceInStrings(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(outPath)
                                                  + QStringLiteral("$")),
                               dir.filePath(QStringLiteral("probe-") + out));
        const CliRun sized = runLimited(dir.path(), probe, 0);
        QVERIFY2(sized.code == 0, qPrintable(sized.err));
        const qint64 size = QFileInfo(dir.filePath(QStringLiteral("probe-") + out)).size();
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("probe-") + out)));
        limit = size / 2;
        QVERIFY2(limit > previous.size(), qPrintable(QString::number(size)));
        writeBytes(outPath, previous);
    }
    QDir(dir.filePath(QStringLiteral("backups"))).removeRecursively();

    const QByteArray contentBefore = logicalHash(db);
    const QStringList filesBefore = filesUnder(dir.path());
    CliRun limited;
    {
        PinnedWal pinned(db);
        QVERIFY(pinned.ok());
        const QByteArray mainBefore = fileBytes(db);
        limited = runLimited(dir.path(), arguments, limit);
        QCOMPARE(fileBytes(db), mainBefore);   // nothing reached the main file
    }
    QVERIFY2(limited.code != 0 && limited.code != -1,
             qPrintable(QStringLiteral("exit %1: %2").arg(limited.code).arg(limited.err)));
    qInfo("limit %lld: %s", limit, qPrintable(limited.err.trimmed()));
    QVERIFY2(limited.err.contains(QLatin1String("disk full (")), qPrintable(limited.err));
    QVERIFY2(limited.err.contains(QLatin1String("disk full (") + dir.path()) && limited.err.contains(named),
             qPrintable(limited.err));
    QCOMPARE(logicalHash(db), contentBefore);
    QCOMPARE(integrity(db), u"ok"_qs);
    QStringList filesAfter = filesUnder(dir.path());
    QCOMPARE(filesAfter, filesBefore);   // no temporary, no partial backup left behind
    if (!outPath.isEmpty())
        QCOMPARE(fileBytes(outPath), previous);

    const CliRun unlimited = runLimited(dir.path(), arguments, 0);
    QVERIFY2(unlimited.code == 0, qPrintable(unlimited.err));
    if (!outPath.isEmpty())
        QVERIFY(fileBytes(outPath) != previous);
    else if (arguments.contains(newPanel))
        QCOMPARE(integrity(newPanel), u"ok"_qs);
    else if (arguments.constFirst() != QLatin1String("backup"))
        QVERIFY(logicalHash(db) != contentBefore);
    else
        QVERIFY(filesUnder(dir.path()).size() > filesBefore.size());
}

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
