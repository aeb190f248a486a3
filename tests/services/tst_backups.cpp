// Backups and restore (services/Backups.h, storage/Backup.h; docs/storage.md, "Backups"):
// T15 of the reliability catalogue (a backup taken while another process commits batches,
// restored to a new path: integrity ok, the audit chain verifies, the data is one committed
// state), retention, automatic backups before --replace and before a lifecycle step,
// restores refused for a damaged or edited backup, nothing written beside a damaged file and
// stale temporaries of an interrupted create removed.

#include "actions/PanelDatabase.h"
#include "decision/VerifiedSteps.h"
#include "demo/DemoPassphrases.h"
#include "domain/Errors.h"
#include "io/TemporaryFiles.h"
#include "services/Backups.h"
#include "storage/DatabaseCheck.h"
#include "storage/RatingSource.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteStore.h"
#include "trust/MemberKeys.h"
#include "trust/Verification.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <iostream>
#include <string>

using namespace pd;

namespace {

const char *const kWriterVariable = "PANELDESK_T15_WRITER";

// One batch of the writer: every team x user item rated by one new evaluator, in one
// import (one transaction with its signed audit entry).
class BatchSource final : public RatingSource {
public:
    BatchSource(int batch, const std::vector<std::string> &teams, const std::vector<std::string> &items,
                int scaleMin, int scaleMax)
        : m_evaluator("t15-w" + std::to_string(batch)), m_teams(teams), m_items(items),
          m_min(scaleMin), m_max(scaleMax)
    {
    }
    bool next(RatingRow &row) override
    {
        if (m_next >= m_teams.size() * m_items.size())
            return false;
        row.evaluator = m_evaluator;
        row.team = &m_teams[m_next / m_items.size()];
        row.item = &m_items[m_next % m_items.size()];
        row.rating = m_min + int(m_next % size_t(m_max - m_min + 1));
        row.scaleMin = m_min;
        row.scaleMax = m_max;
        row.line = qint64(++m_next) + 1;
        row.column = 1;
        return true;
    }
    void duplicate(const RatingRow &, qint64) override { m_problem = true; }
    void refused(const RatingRow &, const QString &) override { m_problem = true; }
    bool hasProblems() const override { return m_problem; }
    bool cancelled() const override { return false; }
    QJsonObject auditInfo() const override { return {}; }

private:
    std::string m_evaluator;
    const std::vector<std::string> &m_teams;
    const std::vector<std::string> &m_items;
    int m_min, m_max;
    size_t m_next = 0;
    bool m_problem = false;
};

struct UserShape {
    std::vector<std::string> teams, items;
    int scaleMin = 1, scaleMax = 5;
};

UserShape userShape(const Panel &panel)
{
    UserShape shape;
    for (const Team &team : panel.teams)
        shape.teams.push_back(team.id.toStdString());
    for (const Category &category : panel.categories)
        if (category.kind == CategoryKind::User) {
            for (const UserItem &item : category.userItems)
                shape.items.push_back(item.id.toStdString());
            shape.scaleMin = category.scaleMin;
            shape.scaleMax = category.scaleMax;
            break;
        }
    return shape;
}

// The child process of T15: commits batch after batch, printing each batch number once it
// is committed, until its standard input is closed (read after each batch) or 10,000.
int runWriter(const QString &path)
{
    auto store = SqliteStore::open(path);
    const std::optional<MemberKey> key =
        unlockMemberKey(*store, QStringLiteral("secretariat"), demoPassphrase(Role::Secretariat));
    if (!key)
        return 3;
    const UserShape shape = userShape(store->loadPanel());
    for (int batch = 0; batch < 10000; ++batch) {
        BatchSource source(batch, shape.teams, shape.items, shape.scaleMin, shape.scaleMax);
        if (!store->importRatings(source, false, Actor(*key)).committed)
            return 4;
        std::printf("%d\n", batch);
        std::fflush(stdout);
        int c = std::getchar();   // the parent answers each batch with one byte; EOF: stop
        if (c == EOF)
            break;
    }
    return 0;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList besideFiles(const QString &path)
{
    QStringList present;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFile::exists(path + QLatin1String(suffix)))
            present << path + QLatin1String(suffix);
    return present;
}

// Runs raw SQL on a closed file (the attacker's edit).
void rawSql(const QString &path, const QStringList &statements)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    for (const QString &sql : statements) {
        QSqlQuery query(connection.db());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }
}

qint64 count(const QString &path, const QString &sql)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    QSqlQuery query(connection.db());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestBackups : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;   // the demo panel, made once; each test works on its own clone
    int m_counter = 0;

    // A fresh copy of the demo panel in a folder of its own.
    QString clone()
    {
        const QString folder = m_dir.filePath(QStringLiteral("p%1").arg(++m_counter));
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

    // T15: backups taken while a child process commits batches, each restored to a new path.
    void t15_backupWhileAnotherProcessWrites()
    {
        const QString panel = clone();
        const UserShape shape = userShape(SqliteStore::open(panel)->loadPanel());
        const qint64 batchRows = qint64(shape.teams.size() * shape.items.size());
        const qint64 ratingsBefore = count(panel, QStringLiteral("SELECT count(*) FROM user_ratings"));
        QVERIFY(batchRows > 0);

        QProcess writer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kWriterVariable), panel);
        writer.setProcessEnvironment(environment);
        writer.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(writer.waitForStarted());

        // Reads the writer's next "committed" line (and lets it go on with one byte).
        int lastCommitted = -1;
        auto nextCommit = [&] {
            while (!writer.canReadLine())
                if (!writer.waitForReadyRead(60000))
                    return false;
            lastCommitted = writer.readLine().trimmed().toInt();
            writer.write("g");
            return true;
        };
        for (int i = 0; i < 3; ++i)
            QVERIFY(nextCommit());

        for (int round = 0; round < 4; ++round) {
            // The writer may be anywhere in its next batch: committed so far is a lower bound.
            const int committedBefore = lastCommitted;
            const BackupRecord record = backUpPanel(panel, BackupKind::Manual);
            QVERIFY(nextCommit());
            QVERIFY(nextCommit());

            const QString restored = m_dir.filePath(QStringLiteral("t15-restored-%1.paneldesk").arg(round));
            restoreBackup(record.path, restored, [](PanelStore &) {});
            QString problem;
            QVERIFY2(integrityCheck(restored, &problem), qPrintable(problem));
            {
                auto store = SqliteStore::open(restored);
                const VerifyReport report = verifyStore(*store, record.head.hash);
                QVERIFY2(report.ok(), qPrintable(failureSummary(report)));
            }
            // One committed state: batches 0..k-1 complete, nothing of any other, k at least
            // what was reported committed before the backup started.
            const qint64 evaluators = count(
                restored, QStringLiteral("SELECT count(DISTINCT evaluator) FROM user_ratings WHERE evaluator GLOB 't15-w*'"));
            const qint64 rows = count(
                restored, QStringLiteral("SELECT count(*) FROM user_ratings WHERE evaluator GLOB 't15-w*'"));
            const qint64 highest = count(
                restored, QStringLiteral("SELECT coalesce(max(CAST(substr(evaluator, 6) AS INTEGER)), -1) FROM user_ratings WHERE evaluator GLOB 't15-w*'"));
            QCOMPARE(rows, evaluators * batchRows);
            QCOMPARE(highest, evaluators - 1);
            QVERIFY2(evaluators >= committedBefore + 1,
                     qPrintable(QStringLiteral("%1 batches in the backup, %2 committed before it")
                                    .arg(evaluators).arg(committedBefore + 1)));
            QCOMPARE(count(restored, QStringLiteral("SELECT count(*) FROM user_ratings")),
                     ratingsBefore + rows);
            // The audit entries of the batches match the batches.
            QCOMPARE(count(restored, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import-ratings'"))
                         - count(m_demo, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import-ratings'")),
                     evaluators);
        }
        writer.closeWriteChannel();
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitCode(), 0);
    }

    void backupIsOwnerOnlyPlainFileWithItsChainHead()
    {
        const QString panel = clone();
        const BackupRecord record = backUpPanel(panel, BackupKind::Manual);
        const QString folder = backupFolderFor(panel);
        QCOMPARE(QFileInfo(folder).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
        for (const QString &file : QStringList{record.path, record.path + QStringLiteral(".json")})
            QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                     QFile::Permissions());
        QCOMPARE(bytesOf(record.path).mid(18, 2), QByteArray("\x01\x01", 2));   // no WAL needed
        QCOMPARE(record.head, readChainHeadOf(panel));
        QVERIFY(record.head.seq > 0);
        QCOMPARE(record.head.hash.size(), 64);
        QCOMPARE(recordedHead(record.path).value_or(ChainHead{}), record.head);
        QVERIFY(besideFiles(record.path).isEmpty());
        QVERIFY(besideFiles(panel).isEmpty());
        QVERIFY(QFileInfo(record.path).fileName().startsWith(QStringLiteral("panel-")));
        QVERIFY(QFileInfo(record.path).fileName().endsWith(QStringLiteral("-manual.paneldesk")));
    }

    // The newest 20 general backups, plus the newest one before each lifecycle step.
    void retentionKeepsTwentyAndOnePerLifecycleStep()
    {
        const QString panel = clone();
        const QDateTime start(QDate(2026, 1, 10), QTime(9, 0));
        int minute = 0;
        auto at = [&] { return start.addSecs(60 * ++minute); };
        backUpPanel(panel, BackupKind::BeforeLock, at());
        const QString newestLockLater = backUpPanel(panel, BackupKind::BeforeLock, at()).path;
        const QString decide = backUpPanel(panel, BackupKind::BeforeDecide, at()).path;
        QStringList general;
        for (int i = 0; i < 24; ++i)
            general << backUpPanel(panel, i % 3 ? BackupKind::Manual : BackupKind::Daily, at()).path;
        const std::vector<BackupRecord> kept = listBackups(panel);
        QCOMPARE(int(kept.size()), kKeptBackups + 2);
        QStringList keptPaths;
        for (const BackupRecord &record : kept)
            keptPaths << record.path;
        for (int i = 0; i < 24; ++i)
            QCOMPARE(keptPaths.contains(general[i]), i >= 24 - kKeptBackups);
        QVERIFY(keptPaths.contains(newestLockLater));
        QVERIFY(keptPaths.contains(decide));
        // No side file without its backup.
        const QStringList sides = QDir(backupFolderFor(panel)).entryList({QStringLiteral("*.json")});
        QCOMPARE(sides.size(), kKeptBackups + 2);
    }

    void firstOpenOfADay()
    {
        const QString panel = clone();
        const auto store = SqliteStore::open(panel);
        const QDateTime morning(QDate(2026, 1, 12), QTime(8, 0));
        QVERIFY(backUpOnFirstOpenOfDay(*store, morning).has_value());
        QVERIFY(!backUpOnFirstOpenOfDay(*store, morning.addSecs(3600)).has_value());
        const std::optional<BackupRecord> next = backUpOnFirstOpenOfDay(*store, morning.addDays(1));
        QVERIFY(next.has_value());
        QCOMPARE(next->kind, BackupKind::Daily);
        QCOMPARE(int(listBackups(panel).size()), 2);
    }

    void automaticBackupBeforeReplace()
    {
        const QString panel = clone();
        const ChainHead before = readChainHeadOf(panel);
        const QByteArray oldBytes = bytesOf(panel);
        createDemoDatabase(panel, {true, QStringLiteral("demo")});
        const std::vector<BackupRecord> backups = listBackups(panel);
        QCOMPARE(int(backups.size()), 1);
        QCOMPARE(backups.front().kind, BackupKind::BeforeReplace);
        QCOMPARE(backups.front().head, before);
        QCOMPARE(readChainHeadOf(backups.front().path), before);
        QVERIFY(bytesOf(panel) != oldBytes);
        QVERIFY(besideFiles(panel).isEmpty());
    }

    void automaticBackupBeforeLock()
    {
        const QString panel = clone();
        auto store = SqliteStore::open(panel);
        const std::optional<MemberKey> chair =
            unlockMemberKey(*store, QStringLiteral("chair"), demoPassphrase(Role::Chair));
        QVERIFY(chair);
        const ChainHead before = readChainHeadOf(panel);
        lockVerified(*store, Actor(*chair));
        const std::vector<BackupRecord> backups = listBackups(panel);
        QCOMPARE(int(backups.size()), 1);
        QCOMPARE(backups.front().kind, BackupKind::BeforeLock);
        QVERIFY(backups.front().path.endsWith(QStringLiteral("-before-lock.paneldesk")));
        QCOMPARE(backups.front().head, before);
        SqliteConnection connection(backups.front().path, SqliteConnection::Mode::ReadOnly);
        QSqlQuery query(connection.db());
        QVERIFY(query.exec(QStringLiteral("SELECT lifecycle FROM rounds")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("open"));
        QVERIFY(store->loadRoundState() == RoundState::Locked);
    }

    // A restore over an existing panel keeps the replaced panel and equals the backup.
    void restoreOverAPanel()
    {
        const QString panel = clone();
        const BackupRecord record = backUpPanel(panel, BackupKind::Manual);
        {
            auto store = SqliteStore::open(panel);
            store->addMember({QStringLiteral("k01"), QStringLiteral("Kim"), Role::Expert, {}},
                             QStringLiteral("chair"));
        }
        const ChainHead changed = readChainHeadOf(panel);
        QVERIFY(changed.seq > record.head.seq);
        int authorized = 0;
        const RestoreOutcome outcome = restoreBackup(record.path, panel, [&](PanelStore &store) {
            ++authorized;
            QCOMPARE(store.location(), panel);   // the current panel answers
        });
        QCOMPARE(authorized, 1);
        QCOMPARE(outcome.head, record.head);
        QCOMPARE(readChainHeadOf(panel), record.head);
        QVERIFY(outcome.previous.has_value());
        QCOMPARE(outcome.previous->head, changed);
        QVERIFY(besideFiles(panel).isEmpty());
        QCOMPARE(QDir(QFileInfo(panel).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void restoreRefused_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("named");
        QTest::newRow("damaged page") << "damage" << "damaged";
        QTest::newRow("edited audit entry") << "edit-entry" << "audit entry";
        QTest::newRow("cut-off chain tail") << "cut-tail" << "known head";
        QTest::newRow("not a database") << "garbage" << "not an SQLite file";
        QTest::newRow("refused by authorize") << "authorize" << "nobody may";
    }

    // Refused: the panel is byte-identical and no temporary is left beside it.
    void restoreRefused()
    {
        QFETCH(QString, edit);
        QFETCH(QString, named);
        const QString panel = clone();
        const BackupRecord record = backUpPanel(panel, BackupKind::Manual);
        const QString backup = m_dir.filePath(QStringLiteral("edited-%1.paneldesk").arg(++m_counter));
        QVERIFY(QFile::copy(record.path, backup));   // a closed backup, edited below
        QVERIFY(QFile::copy(record.path + QStringLiteral(".json"), backup + QStringLiteral(".json")));
        if (edit == QLatin1String("damage")) {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pageSize = 4096;
            for (qint64 page = 2; page * pageSize < file.size(); page += 3) {
                file.seek(page * pageSize + 8);
                file.write(QByteArray(64, '\xA5'));
            }
        } else if (edit == QLatin1String("edit-entry")) {
            rawSql(backup, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                            QStringLiteral("UPDATE audit_log SET new_value = '{\"forged\":1}' WHERE id = 5")});
        } else if (edit == QLatin1String("cut-tail")) {
            rawSql(backup, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                            QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")});
        } else if (edit == QLatin1String("garbage")) {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(8192, 'x'));
        }
        const QByteArray before = bytesOf(panel);
        const QStringList filesBefore = QDir(QFileInfo(panel).absolutePath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        try {
            restoreBackup(backup, panel, [](PanelStore &) {
                throw InputError(QStringLiteral("nobody may restore"));
            });
            QFAIL("the restore was not refused");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(named), qPrintable(error.message()));
            if (edit != QLatin1String("authorize"))
                QVERIFY2(error.message().contains(backup), qPrintable(error.message()));
        }
        QCOMPARE(bytesOf(panel), before);
        QCOMPARE(QDir(QFileInfo(panel).absolutePath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 filesBefore);
        QVERIFY(besideFiles(backup).isEmpty());
    }

    // A damaged file is refused on open with nothing written beside it (no -wal, no -shm),
    // and the newest good backup is found for it.
    void damagedFileLeavesNothingBeside()
    {
        const QString panel = clone();
        const BackupRecord good = backUpPanel(panel, BackupKind::Manual);
        {
            QFile file(panel);
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 offset = 4096 + 8; offset < file.size(); offset += 3 * 4096) {
                file.seek(offset);
                file.write(QByteArray(64, '\x5A'));
            }
        }
        QVERIFY(besideFiles(panel).isEmpty());
        const QByteArray before = bytesOf(panel);
        QVERIFY_THROWS_EXCEPTION(StoreError, SqliteStore::open(panel));
        QVERIFY2(besideFiles(panel).isEmpty(), qPrintable(besideFiles(panel).join(QLatin1Char(' '))));
        QCOMPARE(bytesOf(panel), before);
        // A damaged backup newer than the good one is passed over.
        const QString damagedBackup = QDir(backupFolderFor(panel)).filePath(
            QStringLiteral("panel-20991231-235959-999-manual.paneldesk"));
        QVERIFY(QFile::copy(panel, damagedBackup));
        const std::optional<BackupRecord> newest = newestGoodBackup(panel);
        QVERIFY(newest.has_value());
        QCOMPARE(newest->path, good.path);
        QVERIFY(besideFiles(damagedBackup).isEmpty());
        // Restoring it over the damaged panel (which cannot be backed up) repairs it.
        const RestoreOutcome outcome = restoreBackup(newest->path, panel, [](PanelStore &) {});
        QVERIFY(!outcome.previous.has_value());
        QString problem;
        QVERIFY2(integrityCheck(panel, &problem), qPrintable(problem));
    }

    // Temporaries of an interrupted create (killed, disk full) are removed on the next
    // create; those of a running process are not.
    void staleTemporariesRemoved()
    {
        const QString folder = m_dir.filePath(QStringLiteral("stale"));
        QDir().mkpath(folder);
        const QString target = folder + QStringLiteral("/new.paneldesk");
        const QString hex = QStringLiteral("0123456789abcdef0123456789abcdef");
        const QStringList stale{
            folder + QStringLiteral("/.new.paneldesk.99999999.%1.creating").arg(hex),
            folder + QStringLiteral("/.new.paneldesk.99999999.%1.creating-wal").arg(hex),
            folder + QStringLiteral("/.new.paneldesk.99999999.%1.creating-shm").arg(hex),
            folder + QStringLiteral("/.new.paneldesk.%1.creating").arg(hex),   // older form
            folder + QStringLiteral("/.new.paneldesk.99999998.%1.creating-wal").arg(hex),   // alone
        };
        const QString running = folder + QStringLiteral("/.new.paneldesk.%1.%2.creating")
                                             .arg(QCoreApplication::applicationPid())
                                             .arg(hex);
        const QString unrelated = folder + QStringLiteral("/.other.paneldesk.99999999.%1.creating").arg(hex);
        for (const QString &path : stale + QStringList{running, unrelated}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        createDemoDatabase(target, {});
        for (const QString &path : stale)
            QVERIFY2(!QFile::exists(path), qPrintable(path));
        QVERIFY(QFile::exists(running));
        QVERIFY(QFile::exists(unrelated));
        QVERIFY(QFile::exists(target));
        // A backup interrupted in the backups folder: removed by the next backup.
        QDir().mkpath(backupFolderFor(target));
        const QString partial = QDir(backupFolderFor(target))
                                    .filePath(QStringLiteral(".new-20260101-000000-000-manual.paneldesk.99999999.%1.partial").arg(hex));
        {
            QFile file(partial);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        backUpPanel(target, BackupKind::Manual);
        QVERIFY(!QFile::exists(partial));
        QCOMPARE(QDir(backupFolderFor(target)).entryList(QDir::Files | QDir::Hidden).size(), 2);   // backup, .json
        QFile::remove(running);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList({QFileInfo(unrelated).fileName(), QStringLiteral("new.paneldesk")}));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kWriterVariable)) {
        QCoreApplication app(argc, argv);
        try {
            return runWriter(qEnvironmentVariable(kWriterVariable));
        } catch (const Error &error) {
            std::cerr << error.message().toStdString() << '\n';
            return 5;
        }
    }
    QCoreApplication app(argc, argv);
    TestBackups test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_backups.moc"
