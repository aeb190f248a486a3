// T3 io-fault-sweep (shared/reliability/test-catalogue.md; docs/storage.md, "A full disk"):
// the N-th write fails, for N = 1, 2, ... until the operation completes.
//
// (a) Database writes: an SQLite VFS registered as the default in this process wraps
//     "unix" and fails its N-th xWrite (database, -wal or journal) with SQLITE_IOERR_WRITE or
//     SQLITE_FULL. Qt's QSQLITE driver uses the same system libsqlite3, so the store's own
//     connections go through it. Every failed run must end in a StoreError (no crash, no
//     other exception), and after the store is closed the file passes integrity_check and
//     holds exactly what it held before; the first run that meets no failure holds the whole
//     operation.
// (b) Exports and reports: saveAtomically's device (io/AtomicWrite.h) is wrapped in one that
//     fails its N-th write as a full disk does. Every failed run must end in
//     StoreError("disk full (FILE)"), the previous file at the path unchanged and nothing
//     else in the folder; the first run without a failure writes the file.
#include "FaultTestSupport.h"

#include "actions/PanelDatabase.h"
#include "decision/DecideRound.h"
#include "demo/DemoPassphrases.h"
#include "domain/Errors.h"
#include "export/StandingsExport.h"
#include "importers/RatingsCsv.h"
#include "io/AtomicWrite.h"
#include "report/ReportPdf.h"
#include "storage/SqliteStore.h"
#include "../storage/StorageTestSupport.h"
#include "trust/MemberKeys.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <functional>

using namespace pd;
using namespace pd::test;

// One write operation through the store; `folder` holds its input files.
using StoreOperation = std::function<void(SqliteStore &store, const QString &folder)>;
Q_DECLARE_METATYPE(StoreOperation)

namespace {

// When armed, the N-th write through the VFS fails with `code`.
struct FaultPlan {
    bool armed = false;
    int failAt = 0;
    int writes = 0;
    int failures = 0;
    int code = SQLITE_IOERR_WRITE;
    bool persistent = false;   // every write from the N-th on fails (a disk that stays full)

    void arm(int n, int rc, bool fromNOn)
    {
        armed = true;
        failAt = n;
        writes = 0;
        failures = 0;
        code = rc;
        persistent = fromNOn;
    }
};

struct FaultFile {
    sqlite3_file base;
    sqlite3_file *real;
    FaultPlan *plan;
};

sqlite3_file *realOf(sqlite3_file *file) { return reinterpret_cast<FaultFile *>(file)->real; }

int faultClose(sqlite3_file *f) { return realOf(f)->pMethods->xClose(realOf(f)); }
int faultRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}
int faultWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    FaultPlan &plan = *reinterpret_cast<FaultFile *>(f)->plan;
    if (plan.armed && (++plan.writes == plan.failAt || (plan.persistent && plan.writes > plan.failAt))) {
        ++plan.failures;
        return plan.code;
    }
    return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
}
int faultTruncate(sqlite3_file *f, sqlite3_int64 size) { return realOf(f)->pMethods->xTruncate(realOf(f), size); }
int faultSync(sqlite3_file *f, int flags) { return realOf(f)->pMethods->xSync(realOf(f), flags); }
int faultFileSize(sqlite3_file *f, sqlite3_int64 *size) { return realOf(f)->pMethods->xFileSize(realOf(f), size); }
int faultLock(sqlite3_file *f, int lock) { return realOf(f)->pMethods->xLock(realOf(f), lock); }
int faultUnlock(sqlite3_file *f, int lock) { return realOf(f)->pMethods->xUnlock(realOf(f), lock); }
int faultCheckReserved(sqlite3_file *f, int *out) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out); }
int faultFileControl(sqlite3_file *f, int op, void *arg) { return realOf(f)->pMethods->xFileControl(realOf(f), op, arg); }
int faultSectorSize(sqlite3_file *f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int faultDevice(sqlite3_file *f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); }
int faultShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
}
int faultShmLock(sqlite3_file *f, int offset, int n, int flags) { return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags); }
void faultShmBarrier(sqlite3_file *f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); }
int faultShmUnmap(sqlite3_file *f, int deleteFlag) { return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag); }
int faultFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int faultUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page) { return realOf(f)->pMethods->xUnfetch(realOf(f), offset, page); }

const sqlite3_io_methods kFaultMethods = {
    3,           faultClose,         faultRead,        faultWrite,      faultTruncate,
    faultSync,   faultFileSize,      faultLock,        faultUnlock,     faultCheckReserved,
    faultFileControl, faultSectorSize, faultDevice,    faultShmMap,     faultShmLock,
    faultShmBarrier, faultShmUnmap,  faultFetch,       faultUnfetch};

// The VFS, registered as the default while it lives (one per test object).
class FaultVfs {
public:
    explicit FaultVfs(FaultPlan &plan) : m_plan(plan), m_real(sqlite3_vfs_find("unix"))
    {
        m_vfs.iVersion = 2;
        m_vfs.szOsFile = int(sizeof(FaultFile)) + m_real->szOsFile;
        m_vfs.mxPathname = m_real->mxPathname;
        m_vfs.zName = "paneldesk-faults";
        m_vfs.pAppData = this;
        m_vfs.xOpen = &FaultVfs::open;
        m_vfs.xDelete = [](sqlite3_vfs *v, const char *name, int sync) { return real(v)->xDelete(real(v), name, sync); };
        m_vfs.xAccess = [](sqlite3_vfs *v, const char *name, int flags, int *out) {
            return real(v)->xAccess(real(v), name, flags, out);
        };
        m_vfs.xFullPathname = [](sqlite3_vfs *v, const char *name, int n, char *out) {
            return real(v)->xFullPathname(real(v), name, n, out);
        };
        m_vfs.xDlOpen = [](sqlite3_vfs *v, const char *name) { return real(v)->xDlOpen(real(v), name); };
        m_vfs.xDlError = [](sqlite3_vfs *v, int n, char *out) { real(v)->xDlError(real(v), n, out); };
        m_vfs.xDlSym = [](sqlite3_vfs *v, void *handle, const char *name) { return real(v)->xDlSym(real(v), handle, name); };
        m_vfs.xDlClose = [](sqlite3_vfs *v, void *handle) { real(v)->xDlClose(real(v), handle); };
        m_vfs.xRandomness = [](sqlite3_vfs *v, int n, char *out) { return real(v)->xRandomness(real(v), n, out); };
        m_vfs.xSleep = [](sqlite3_vfs *v, int us) { return real(v)->xSleep(real(v), us); };
        m_vfs.xCurrentTime = [](sqlite3_vfs *v, double *out) { return real(v)->xCurrentTime(real(v), out); };
        m_vfs.xGetLastError = [](sqlite3_vfs *v, int n, char *out) { return real(v)->xGetLastError(real(v), n, out); };
        m_vfs.xCurrentTimeInt64 = [](sqlite3_vfs *v, sqlite3_int64 *out) {
            return real(v)->xCurrentTimeInt64(real(v), out);
        };
        m_registered = sqlite3_vfs_register(&m_vfs, 1) == SQLITE_OK;
    }
    ~FaultVfs()
    {
        if (m_registered)
            sqlite3_vfs_unregister(&m_vfs);
    }
    FaultVfs(const FaultVfs &) = delete;
    FaultVfs &operator=(const FaultVfs &) = delete;
    bool registered() const { return m_registered && sqlite3_vfs_find(nullptr) == &m_vfs; }

private:
    static sqlite3_vfs *real(sqlite3_vfs *v) { return static_cast<FaultVfs *>(v->pAppData)->m_real; }
    static int open(sqlite3_vfs *v, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
    {
        auto *self = static_cast<FaultVfs *>(v->pAppData);
        auto *fault = reinterpret_cast<FaultFile *>(file);
        fault->real = reinterpret_cast<sqlite3_file *>(fault + 1);
        fault->plan = &self->m_plan;
        const int rc = self->m_real->xOpen(self->m_real, name, fault->real, flags, outFlags);
        fault->base.pMethods = fault->real->pMethods ? &kFaultMethods : nullptr;
        return rc;
    }

    FaultPlan &m_plan;
    sqlite3_vfs *m_real;
    sqlite3_vfs m_vfs{};
    bool m_registered = false;
};

// Fails its N-th write as a full disk does; passes the others on to the target.
class FailingDevice : public QIODevice {
public:
    FailingDevice(QIODevice &target, int failAt, int &writes)
        : m_target(target), m_failAt(failAt), m_writes(writes)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (++m_writes == m_failAt) {
            setErrorString(QString::fromLocal8Bit(std::strerror(ENOSPC)));
            return -1;
        }
        return m_target.write(data, size);
    }

private:
    QIODevice &m_target;
    int m_failAt;
    int &m_writes;
};

QByteArray ratingsCsv()
{
    QByteArray csv = "evaluator,team,item,rating\n";
    for (int e = 0; e < 300; ++e)
        for (const char *team : {"lg", "skt", "upstage", "naver", "nc"})
            csv += QByteArray("sweep") + QByteArray::number(e) + ',' + team + ",cost,"
                   + QByteArray::number(1 + (e % 5)) + '\n';
    return csv;
}

// The runs' files: in memory (tmpfs) where there is one, so that the hundreds of fsyncs of a
// sweep cost nothing; what a run proves does not depend on the file system.
QString runFolderTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return (shm.isDir() && shm.isWritable() ? shm.absoluteFilePath() : QDir::tempPath())
           + QStringLiteral("/paneldesk-faults-XXXXXX");
}

constexpr int kMaxWrites = 2000;   // a bound on the sweep: each operation needs far fewer

} // namespace

class TestIoFaultSweep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void databaseWriteSweep_data();
    void databaseWriteSweep();
    void fileWriteSweep_data();
    void fileWriteSweep();

private:
    QTemporaryDir m_dir{runFolderTemplate()};
    FaultPlan m_plan;
    std::unique_ptr<FaultVfs> m_vfs;
    QString m_base;       // fullPanel(): drafts to score, ratings to add to
    QString m_lockedDemo; // the demo, locked by its chair: ready to decide
    std::shared_ptr<const MemberKey> m_chairKey;   // unlocked once (Argon2id), used by every run
};

void TestIoFaultSweep::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vfs = std::make_unique<FaultVfs>(m_plan);
    QVERIFY(m_vfs->registered());
    m_base = m_dir.filePath(QStringLiteral("base.paneldesk"));
    auto store = SqliteStore::create(m_base);
    store->replacePanel(fullPanel(), QStringLiteral("cli"));
    writeBytes(m_dir.filePath(QStringLiteral("ratings.csv")), ratingsCsv());
    m_lockedDemo = m_dir.filePath(QStringLiteral("locked-demo.paneldesk"));
    createDemoDatabase(m_lockedDemo, {false, u"demo"_qs});
    auto demo = SqliteStore::open(m_lockedDemo);
    std::optional<MemberKey> key = unlockMemberKey(*demo, u"chair"_qs, demoPassphrase(Role::Chair));
    QVERIFY(key);
    m_chairKey = std::make_shared<const MemberKey>(std::move(*key));
    demo->setSigner(m_chairKey);
    demo->lockRound(u"chair"_qs);
}

void TestIoFaultSweep::databaseWriteSweep_data()
{
    QTest::addColumn<bool>("locked");        // on the locked demo, else on fullPanel()
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("persistent");    // every write from the N-th on fails
    QTest::addColumn<StoreOperation>("prepare");     // before the faults (e.g. sign in)
    QTest::addColumn<StoreOperation>("operation");
    QTest::addColumn<QString>("applied");   // a query answering 1 once the operation is in

    const StoreOperation score = [](SqliteStore &store, const QString &) {
        store.setExpertScore({QStringLiteral("e02"), QStringLiteral("lg"), QStringLiteral("strategy"),
                              8.5, false, QStringLiteral("swept")},
                             QStringLiteral("e02"));
    };
    const QString scoreIn = QStringLiteral(
        "SELECT count(*) FROM expert_scores WHERE reviewer_id = 'e02' AND team_id = 'lg' "
        "AND item_id = 'strategy' AND score = 8.5");
    const StoreOperation import = [](SqliteStore &store, const QString &folder) {
        const RatingsImportResult result =
            importRatingsCsv(store, QDir(folder).filePath(QStringLiteral("ratings.csv")),
                             QStringLiteral("ratings.csv"), false, {}, QStringLiteral("cli"));
        if (result.imported != 1500)
            throw std::logic_error("the import did not write every row");
    };
    const QString importIn = QStringLiteral("SELECT count(*) = 1500 FROM user_ratings WHERE evaluator LIKE 'sweep%'");

    const StoreOperation nothing = [](SqliteStore &, const QString &) {};
    const StoreOperation chairSignsIn = [key = m_chairKey](SqliteStore &store, const QString &) {
        store.setSigner(key);
    };
    const StoreOperation decide = [](SqliteStore &store, const QString &) {
        const Member chair{u"chair"_qs, u"위원장"_qs, Role::Chair, {}, true};
        const std::optional<DecisionPlan> plan = prepareDecision(store, chair, [](const TeamNames &) {
            return std::optional<TieResolution>();
        });
        if (!plan)
            throw std::logic_error("a tie in the demo");
        recordDecision(store, *plan, {{u"nc"_qs, u"lowest total"_qs}, {u"naver"_qs, u"independence"_qs}},
                       QDate(2026, 1, 14), chair);
    };
    const QString decided = QStringLiteral("SELECT count(*) FROM decisions");

    for (const auto &[name, code] : {std::pair{"SQLITE_IOERR_WRITE", SQLITE_IOERR_WRITE},
                                     std::pair{"SQLITE_FULL", SQLITE_FULL}}) {
        for (const bool persistent : {false, true}) {
            const char *how = persistent ? "from N on" : "N-th only";
            QTest::addRow("expert score, %s, %s", name, how)
                << false << code << persistent << nothing << score << scoreIn;
            QTest::addRow("ratings import, %s, %s", name, how)
                << false << code << persistent << nothing << import << importIn;
            // a decision takes ~170 writes: two of its four variants keep the suite short
            if (persistent == (code == SQLITE_FULL))
                QTest::addRow("decision, %s, %s", name, how)
                    << true << code << persistent << chairSignsIn << decide << decided;
        }
    }
}

void TestIoFaultSweep::databaseWriteSweep()
{
    QFETCH(bool, locked);
    QFETCH(int, code);
    QFETCH(bool, persistent);
    QFETCH(StoreOperation, prepare);
    QFETCH(StoreOperation, operation);
    QFETCH(QString, applied);

    const QString base = locked ? m_lockedDemo : m_base;
    int failedRuns = 0;
    int diskFullMessages = 0;
    bool succeeded = false;
    for (int n = 1; n <= kMaxWrites && !succeeded; ++n) {
        QTemporaryDir run(m_dir.filePath(QStringLiteral("run-XXXXXX")));
        const QString db = run.filePath(QStringLiteral("panel.paneldesk"));
        QVERIFY(QFile::copy(base, db));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("ratings.csv")), run.filePath(QStringLiteral("ratings.csv"))));
        QString message;
        QByteArray before;
        {
            auto store = SqliteStore::open(db);
            prepare(*store, run.path());
            before = logicalHash(db);
            m_plan.arm(n, code, persistent);
            try {
                operation(*store, run.path());
                succeeded = true;
            } catch (const StoreError &e) {
                message = e.message();
            }
            m_plan.armed = false;
        }
        QCOMPARE(integrity(db), u"ok"_qs);
        if (succeeded) {
            QCOMPARE(m_plan.failures, 0);
            SqliteConnection check(db, SqliteConnection::Mode::ReadOnly);
            QSqlQuery query(check.db());
            QVERIFY(query.exec(applied) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            break;
        }
        ++failedRuns;
        QVERIFY(persistent ? m_plan.failures >= 1 : m_plan.failures == 1);
        QVERIFY2(!message.isEmpty(), qPrintable(QString::number(n)));
        if (message.startsWith(QLatin1String("disk full (")))
            ++diskFullMessages;
        QVERIFY2(logicalHash(db) == before,
                 qPrintable(QStringLiteral("write %1 failed (%2) but the file changed").arg(n).arg(message)));
    }
    QVERIFY(succeeded);
    QVERIFY(failedRuns > 0);
    // SQLITE_FULL is a full disk; the fault VFS's SQLITE_IOERR_WRITE comes with no errno
    // of a full disk, so it is a plain database error. (Until WriteTransaction::commit
    // tells a full disk, a failure at COMMIT is a plain database error too.)
    if (code != SQLITE_FULL)
        QCOMPARE(diskFullMessages, 0);
    qInfo("%d failed runs before the operation completed, %d said \"disk full\"", failedRuns,
          diskFullMessages);
}

void TestIoFaultSweep::fileWriteSweep_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("csv") << u"csv"_qs;
    QTest::newRow("xlsx") << u"xlsx"_qs;
    QTest::newRow("json") << u"json"_qs;
    QTest::newRow("report pdf") << u"pdf"_qs;
}

void TestIoFaultSweep::fileWriteSweep()
{
    QFETCH(QString, kind);
    ExportSheet sheet{QStringLiteral("standings"),
                      {QStringLiteral("team"), QStringLiteral("total")},
                      {{QStringLiteral("lg"), 81.25}, {QStringLiteral("=HYPERLINK(\"x\")"), 60.5}}};
    DecisionReport report;
    report.title = QStringLiteral("sweep");
    report.mark = QStringLiteral("DRAFT");
    ReportBlock title;
    title.kind = ReportBlock::Kind::Title;
    title.text = QStringLiteral("결정 보고서 sweep");
    report.blocks.push_back(title);
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.header = {QStringLiteral("team"), QStringLiteral("total")};
    table.rows = {{QStringLiteral("lg"), QStringLiteral("81.25")}, {QStringLiteral("nc"), QStringLiteral("60.50")}};
    report.blocks.push_back(table);

    const QByteArray previous = "the previous file, to be kept\n";
    int failedRuns = 0;
    bool succeeded = false;
    for (int n = 1; n <= kMaxWrites && !succeeded; ++n) {
        QTemporaryDir folder(runFolderTemplate());
        const QString path = folder.filePath(QStringLiteral("out.") + kind);
        writeBytes(path, previous);
        int writes = 0;
        const DeviceFilter failing = [n, &writes](QIODevice &target) {
            return std::make_unique<FailingDevice>(target, n, writes);
        };
        QString message;
        try {
            if (kind == QLatin1String("csv"))
                writeFileAtomically(path, sheetCsv(sheet, true), failing);
            else if (kind == QLatin1String("json"))
                writeFileAtomically(path, "{\"format\": \"sweep\"}\n", failing);
            else if (kind == QLatin1String("xlsx"))
                writeXlsx({sheet}, path, failing);
            else
                writeReportPdf(report, path, failing);
            succeeded = true;
        } catch (const StoreError &e) {
            message = e.message();
        }
        QCOMPARE(filesUnder(folder.path()), QStringList{QFileInfo(path).fileName()});
        if (succeeded) {
            QVERIFY(writes < n);
            QVERIFY(fileBytes(path) != previous);
            QVERIFY(QFileInfo(path).size() > 0);
            break;
        }
        ++failedRuns;
        QCOMPARE(fileBytes(path), previous);
        QVERIFY2(message.startsWith(QStringLiteral("disk full (") + path + QLatin1Char(')')),
                 qPrintable(message));
    }
    QVERIFY(succeeded);
    QVERIFY(failedRuns > 0);
    qInfo("%d failed runs before the file was written", failedRuns);
}

QTEST_MAIN(TestIoFaultSweep)
#include "tst_iofaultsweep.moc"
