// T4 of the reliability catalogue (corrupt-db), the cases storage.opening and
// services.backups do not have: page 1 zeroed, a -wal left without its database, and a -wal
// of another copy of the panel placed beside the file (T19's foreign -wal). storage.opening
// covers a truncated file, garbage in the header and in a middle page; services.backups the
// damaged file with nothing written beside it and the newest good backup found for it.
//
// Each case: the open is refused with a message naming the file and the problem (for the
// foreign -wal: when the mix fails its check), the database file and any -wal stay
// byte-identical, nothing new appears beside them (except the -shm index SQLite makes when it
// reads through a -wal), and the backup the window offers (MainWindow::openFile: a file that
// fails integrity_check, services/Backups newestGoodBackup) is found and restores it.

#include "ReliabilitySupport.h"

#include "actions/PanelDatabase.h"
#include "demo/DemoPassphrases.h"
#include "domain/Errors.h"
#include "services/Backups.h"
#include "storage/DatabaseCheck.h"
#include "storage/SqliteStore.h"
#include "trust/MemberKeys.h"
#include "trust/Verification.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

// `count` batches of ratings (evaluators "<prefix>0".."<prefix><count-1>"), each one import
// by the secretariat, on an open store.
void writeBatches(PanelStore &store, const std::string &prefix, int count)
{
    const std::optional<MemberKey> key =
        unlockMemberKey(store, QStringLiteral("secretariat"), demoPassphrase(Role::Secretariat));
    QVERIFY(key);
    const RatingShape shape = ratingShape(store.loadPanel());
    for (int i = 0; i < count; ++i) {
        RatingBatch batch(prefix, i, shape);
        QVERIFY(store.importRatings(batch, false, Actor(*key)).committed);
    }
}

qint64 ratingsOf(const QString &path, const QString &prefix)
{
    return queryNumber(path, QStringLiteral("SELECT count(*) FROM user_ratings WHERE evaluator GLOB '%1*'").arg(prefix));
}

// What is in the folder of `path` (names), backups folder excluded.
QStringList folderEntries(const QString &path)
{
    QStringList names = QFileInfo(path).absoluteDir().entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

// SqliteStore::open(path) refused with a message "<path> <expected>...".
void expectRefused(const QString &path, const QString &expected)
{
    try {
        SqliteStore::open(path);
        QFAIL("the file was accepted");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().startsWith(path + QLatin1Char(' ') + expected), qPrintable(error.message()));
    }
}

} // namespace

class TestCorruptDb : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_counter = 0;

    // A fresh copy of the demo panel in a folder of its own.
    QString clone()
    {
        const QString folder = m_dir.filePath(QStringLiteral("c%1").arg(++m_counter));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/panel.paneldesk");
        backUpPanelTo(m_demo, path);
        QFile::remove(path + QStringLiteral(".json"));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.paneldesk"));
        createDemoDatabase(m_demo, {});
    }

    // Page 1 (the header and the schema's root) zeroed: no longer an SQLite file.
    void zeroedFirstPage()
    {
        const QString panel = clone();
        const BackupRecord good = backUpPanel(panel, BackupKind::Manual);
        const qint64 pageSize = queryNumber(panel, QStringLiteral("PRAGMA page_size"));
        QVERIFY(pageSize >= 512);
        {
            QFile file(panel);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QCOMPARE(file.write(QByteArray(int(pageSize), '\0')), pageSize);
        }
        const QByteArray before = bytesOf(panel);
        const QStringList entries = folderEntries(panel);

        expectRefused(panel, QStringLiteral("is not a PanelDesk database (not an SQLite file)"));
        QVERIFY_THROWS_EXCEPTION(StoreError, backUpPanel(panel, BackupKind::Manual));
        QString problem;
        QVERIFY(!integrityCheck(panel, &problem));
        QCOMPARE(bytesOf(panel), before);
        QCOMPARE(folderEntries(panel), entries);
        QVERIFY(besideFiles(panel).isEmpty());

        // The window offers the newest good backup; restoring it repairs the panel.
        const std::optional<BackupRecord> offered = newestGoodBackup(panel);
        QVERIFY(offered);
        QCOMPARE(offered->path, good.path);
        restoreBackup(offered->path, panel, [](PanelStore &) {});
        QVERIFY2(integrityCheck(panel, &problem), qPrintable(problem));
        const VerifyReport report = verifyStore(*SqliteStore::open(panel), good.head.hash);
        QVERIFY2(report.ok(), qPrintable(failureSummary(report)));
    }

    // A -wal with commits in it, its database gone (moved or deleted by hand).
    void walWithoutItsDatabase()
    {
        const QString panel = clone();
        const BackupRecord good = backUpPanel(panel, BackupKind::Manual);
        QByteArray wal;
        {
            auto store = SqliteStore::open(panel);
            writeBatches(*store, "orphan-", 2);
            wal = bytesOf(panel + QStringLiteral("-wal"));
        }
        QVERIFY(wal.size() > 32);   // a header and frames
        QVERIFY(QFile::remove(panel));
        {
            QFile file(panel + QStringLiteral("-wal"));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::NewOnly));
            QCOMPARE(file.write(wal), qint64(wal.size()));
        }
        const QStringList entries = folderEntries(panel);

        expectRefused(panel, QStringLiteral("does not exist"));
        QVERIFY_THROWS_EXCEPTION(StoreError, backUpPanel(panel, BackupKind::Manual));
        QVERIFY_THROWS_EXCEPTION(StoreError, SqliteStore::create(panel));   // would replay it
        QString problem;
        QVERIFY(!integrityCheck(panel, &problem));
        QVERIFY2(problem.startsWith(panel + QStringLiteral(" does not exist")), qPrintable(problem));
        // A restore to that path is refused while the -wal is there (it may be open elsewhere).
        try {
            restoreBackup(good.path, panel, [](PanelStore &) {});
            QFAIL("restored over a -wal");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("-wal exists")), qPrintable(error.message()));
        }
        QVERIFY(!QFileInfo::exists(panel));
        QCOMPARE(bytesOf(panel + QStringLiteral("-wal")), wal);
        QCOMPARE(folderEntries(panel), entries);
    }

    // A -wal of another copy of the panel placed beside the file (T19). SQLite cannot tell
    // whose a -wal is: it reads the copy's pages over the file's. When the copies diverged
    // enough the mix fails its check and the open is refused, nothing written.
    void foreignWalRefusedWhenTheMixIsDamaged()
    {
        const QString panel = clone();
        const QString copy = QFileInfo(panel).absolutePath() + QStringLiteral("/copy.paneldesk");
        QVERIFY(QFile::copy(panel, copy));
        {
            auto store = SqliteStore::open(panel);
            writeBatches(*store, "own-", 20);
        }
        const BackupRecord good = backUpPanel(panel, BackupKind::Manual);
        {
            auto store = SqliteStore::open(copy);
            writeBatches(*store, "copy-", 2);
            QVERIFY(QFile::copy(copy + QStringLiteral("-wal"), panel + QStringLiteral("-wal")));
        }
        QVERIFY(QFile::remove(copy));
        const QByteArray before = bytesOf(panel);
        const QByteArray wal = bytesOf(panel + QStringLiteral("-wal"));

        expectRefused(panel, QStringLiteral("is damaged: "));
        QString problem;
        QVERIFY(!integrityCheck(panel, &problem));
        QCOMPARE(bytesOf(panel), before);
        QCOMPARE(bytesOf(panel + QStringLiteral("-wal")), wal);
        QVERIFY(!QFileInfo::exists(panel + QStringLiteral("-journal")));
        // Found for the offer; restoring it is refused while the -wal is beside the file.
        const std::optional<BackupRecord> offered = newestGoodBackup(panel);
        QVERIFY(offered);
        QCOMPARE(offered->path, good.path);
        QVERIFY_THROWS_EXCEPTION(StoreError, restoreBackup(offered->path, panel, [](PanelStore &) {}));
        QCOMPARE(bytesOf(panel), before);
        QCOMPARE(bytesOf(panel + QStringLiteral("-wal")), wal);
    }

    // The same when the copies diverged little: the copy's pages cover every page the file's
    // own commits changed, so the mix is a healthy panel (the copy's), it opens without a
    // warning and the file's own commits are gone. Only a known chain head (the one recorded
    // beside the panel's last backup) shows it.
    void foreignWalReplacingTheFilesCommits()
    {
        const QString panel = clone();
        const QString copy = QFileInfo(panel).absolutePath() + QStringLiteral("/copy.paneldesk");
        QVERIFY(QFile::copy(panel, copy));
        {
            auto store = SqliteStore::open(panel);
            writeBatches(*store, "own-", 3);
        }
        const qint64 own = ratingsOf(panel, QStringLiteral("own-"));
        QVERIFY(own > 0);
        const BackupRecord good = backUpPanel(panel, BackupKind::Manual);
        {
            auto store = SqliteStore::open(copy);
            writeBatches(*store, "copy-", 3);
            QVERIFY(QFile::copy(copy + QStringLiteral("-wal"), panel + QStringLiteral("-wal")));
        }
        QVERIFY(QFile::remove(copy));

        bool refused = false;
        try {
            auto store = SqliteStore::open(panel);
            // The known head of the last backup is missing from the chain: `verify --head` fails.
            const VerifyReport report = verifyStore(*store, good.head.hash);
            QVERIFY2(!report.ok(), "the copy's chain holds the file's last backed-up head");
        } catch (const StoreError &) {
            refused = true;
        }
        QEXPECT_FAIL("", "a foreign -wal that makes a healthy panel is merged without a warning "
                         "and the file's own commits are lost (T19; not detected on open)", Continue);
        QVERIFY2(refused || ratingsOf(panel, QStringLiteral("own-")) == own,
                 qPrintable(QStringLiteral("opened; %1 of the file's %2 own ratings left")
                                .arg(ratingsOf(panel, QStringLiteral("own-"))).arg(own)));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCorruptDb test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_corruptdb.moc"
