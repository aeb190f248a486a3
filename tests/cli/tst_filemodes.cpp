// trust.md "Files": the database, its -wal and -shm, and every non-public export are created
// readable and writable by their owner only (0600), whatever the umask; a non-public export
// that replaces an existing world-readable file ends 0600 too.
#include "CliTestSupport.h"

#include "storage/SqliteStore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace pd::test;

namespace {

// The permission bits of `path` (-1 when it does not exist).
int modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace

class TestFileModes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { ::umask(m_savedUmask); }
    void databaseAndItsWalAreOwnerOnly_data();
    void databaseAndItsWalAreOwnerOnly();
    void nonPublicExportsAreOwnerOnly_data();
    void nonPublicExportsAreOwnerOnly();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runCli(m_dir.path(), arguments, input);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    mode_t m_savedUmask = 022;
};

void TestFileModes::initTestCase()
{
    // A permissive umask: every file the CLI (a child process) creates would be 0644.
    m_savedUmask = ::umask(022);
    QVERIFY(m_dir.isValid());
    QCOMPARE(cli({u"demo"_qs, u"--db"_qs, path(u"demo.paneldesk"_qs)}).code, 0);
    QCOMPARE(cli({u"export-panel"_qs, u"--db"_qs, path(u"demo.paneldesk"_qs), u"--as"_qs,
                  u"chair"_qs, u"--out"_qs, path(u"panel.json"_qs)},
                 "chair-demo-2026\n").code,
             0);
    // a final round for next-round
    QVERIFY(QFile::copy(path(u"demo.paneldesk"_qs), path(u"final.paneldesk"_qs)));
    for (const QStringList &step :
         {QStringList{u"lock"_qs},
          QStringList{u"decide"_qs, u"--today=2026-01-14"_qs, u"--reason=nc=a"_qs, u"--reason=naver=b"_qs},
          QStringList{u"announce"_qs, u"--date=2026-01-15"_qs, u"--today=2026-01-15"_qs},
          QStringList{u"finalize"_qs, u"--today=2026-01-26"_qs}}) {
        const CliRun run = cli(step + QStringList{u"--db"_qs, path(u"final.paneldesk"_qs),
                                                  u"--as"_qs, u"chair"_qs},
                               "chair-demo-2026\n");
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }
}

void TestFileModes::databaseAndItsWalAreOwnerOnly_data()
{
    QTest::addColumn<QStringList>("arguments");   // DB is the new database
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("demo") << QStringList{u"demo"_qs, u"--db"_qs, u"DB"_qs} << QByteArray();
    QTest::newRow("new") << QStringList{u"new"_qs, u"--db"_qs, u"DB"_qs, u"--chair"_qs, u"kim"_qs,
                                        u"--name"_qs, u"Kim"_qs, u"--team"_qs, u"lg=LG"_qs}
                         << QByteArray("a long passphrase\n");
    QTest::newRow("import-panel") << QStringList{u"import-panel"_qs, u"panel.json"_qs, u"--db"_qs,
                                                 u"DB"_qs, u"--chair"_qs, u"chair"_qs}
                                  << QByteArray("a long passphrase\n");
    QTest::newRow("next-round") << QStringList{u"next-round"_qs, u"--db"_qs, u"final.paneldesk"_qs,
                                               u"--as"_qs, u"chair"_qs, u"--out"_qs, u"DB"_qs,
                                               u"--id=R2"_qs}
                                << QByteArray("chair-demo-2026\n");
}

void TestFileModes::databaseAndItsWalAreOwnerOnly()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const QString db = path(u"created-"_qs + QString::fromLatin1(QTest::currentDataTag()) + u".paneldesk"_qs);
    arguments.replace(arguments.indexOf(u"DB"_qs), db);
    const CliRun run = cli(arguments, input);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(modeOf(db), 0600);
    // open: SQLite creates the -wal and -shm with the database file's mode
    auto store = pd::SqliteStore::open(db);
    store->loadPanel();
    QVERIFY(QFileInfo::exists(db + u"-wal"_qs));
    QVERIFY(QFileInfo::exists(db + u"-shm"_qs));
    QCOMPARE(modeOf(db + u"-wal"_qs), 0600);
    QCOMPARE(modeOf(db + u"-shm"_qs), 0600);
    QCOMPARE(QFileInfo(db).permissions(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser
                                              | QFile::WriteUser);
}

void TestFileModes::nonPublicExportsAreOwnerOnly_data()
{
    QTest::addColumn<QStringList>("arguments");   // OUT is the file written
    QTest::addColumn<QString>("actor");
    QTest::newRow("export-panel") << QStringList{u"export-panel"_qs, u"--out"_qs, u"OUT"_qs} << u"chair"_qs;
    QTest::newRow("export-sheets") << QStringList{u"export-sheets"_qs, u"--out"_qs, u"OUT"_qs} << u"e01"_qs;
    QTest::newRow("export csv signed in")
        << QStringList{u"export"_qs, u"--format=csv"_qs, u"--out"_qs, u"OUT"_qs} << u"e01"_qs;
    QTest::newRow("export json signed in")
        << QStringList{u"export"_qs, u"--format=json"_qs, u"--out"_qs, u"OUT"_qs} << u"secretariat"_qs;
    QTest::newRow("export xlsx reviewers")
        << QStringList{u"export"_qs, u"--format=xlsx"_qs, u"--with-reviewers"_qs, u"--out"_qs, u"OUT"_qs}
        << u"chair"_qs;
    QTest::newRow("report full")
        << QStringList{u"report"_qs, u"--disclosure=full"_qs, u"--out"_qs, u"OUT"_qs} << u"chair"_qs;
    QTest::newRow("report team")
        << QStringList{u"report"_qs, u"--disclosure=team"_qs, u"--team=lg"_qs, u"--out"_qs, u"OUT"_qs}
        << u"chair"_qs;
    QTest::newRow("fingerprint inputs")
        << QStringList{u"fingerprint"_qs, u"--inputs-out"_qs, u"OUT"_qs} << u"chair"_qs;
}

void TestFileModes::nonPublicExportsAreOwnerOnly()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, actor);
    for (bool replacing : {false, true}) {
        const QString out = path(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')
                                 + (replacing ? u".again"_qs : u".new"_qs));
        if (replacing) {
            QFile existing(out);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("old");
            existing.close();
            QVERIFY(QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner
                                                   | QFile::ReadGroup | QFile::ReadOther));
        }
        QStringList all = arguments;
        all.replace(all.indexOf(u"OUT"_qs), out);
        all << u"--db"_qs << path(u"demo.paneldesk"_qs) << u"--as"_qs << actor;
        const CliRun run = cli(all, demoPassphrase(demoRoleOf(actor)).toUtf8() + '\n');
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(modeOf(out), 0600);
    }
}

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
