#include "services/Backups.h"

#include "domain/Errors.h"
#include "io/DiskFull.h"
#include "io/DurableFiles.h"
#include "io/TemporaryFiles.h"
#include "storage/DatabaseCheck.h"
#include "storage/PanelStore.h"
#include "storage/SqliteConnection.h"
#include "storage/PanelLocation.h"
#include "trust/Verification.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <cerrno>
#include <set>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

// Backups here are copies of a panel file; a panel on a server is backed up by its
// administrator (docs/server.md).
void requireFile(const QString &location)
{
    const PanelLocation parsed = PanelLocation::parse(location);
    if (parsed.isServer())
        throw InputError(Tr::tr("%1 is a panel on a server: its administrator backs it up with "
                                "pg_dump (docs/server.md)")
                             .arg(parsed.shown()));
}

constexpr std::array<BackupKind, 8> kKinds{
    BackupKind::Manual,        BackupKind::Daily,          BackupKind::BeforeReplace,
    BackupKind::BeforeRestore, BackupKind::BeforeLock,     BackupKind::BeforeDecide,
    BackupKind::BeforeAnnounce, BackupKind::BeforeFinalize};

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QString baseNameOf(const QString &dbPath) { return QFileInfo(dbPath).completeBaseName(); }

QString backupName(const QString &dbPath, const QDateTime &at, BackupKind kind)
{
    return QStringLiteral("%1-%2-%3.paneldesk")
        .arg(baseNameOf(dbPath), at.toString(kStampFormat), kindName(kind));
}

void makeOwnerOnlyFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        throw StoreError(Tr::tr("the backups folder %1 cannot be created").arg(folder));
    if (!QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        throw StoreError(Tr::tr("the backups folder %1 cannot be made private to its owner").arg(folder));
}

void writeSideFile(const QString &backupPath, const QString &dbPath, BackupKind kind,
                   const QDateTime &at, const ChainHead &head)
{
    const QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("paneldesk-backup v1")},
        {QStringLiteral("panel"), QFileInfo(dbPath).fileName()},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("created"), at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODateWithMs)},
        {QStringLiteral("chain_head"),
         QJsonObject{{QStringLiteral("seq"), head.seq}, {QStringLiteral("hash"), head.hash}}},
    };
    const QString path = backupPath + QStringLiteral(".json");
    const QByteArray bytes = QJsonDocument(json).toJson();
    QFile file(path);
    // Unbuffered: a buffered QFile takes a short write (a full disk) for success when it
    // flushes (Qt 6.4; docs/storage.md, "A full disk").
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered,
                   QFile::ReadOwner | QFile::WriteOwner)) {
        if (isOutOfSpace(file))
            throwDiskFull(path);
        throw StoreError(Tr::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    }
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const int error = errno;   // a short write sets no error on the QFile
        const QString reason = file.errorString();
        const bool outOfSpace = isOutOfSpaceErrno(error) || isOutOfSpace(file);
        file.close();
        QFile::remove(path);   // never a half-written side file (NewOnly: it is ours)
        if (outOfSpace)
            throwDiskFull(path);
        throw StoreError(Tr::tr("%1 cannot be written: %2").arg(path, reason));
    }
    file.close();
    syncFile(path);
}

// Copies the panel to `out` and returns the chain head the copy holds.
using CopyPanel = std::function<ChainHead(const QString &out)>;

BackupRecord writeBackup(const QString &dbPath, const QString &out, BackupKind kind,
                         const QDateTime &at, const CopyPanel &copy = {})
{
    requireFile(dbPath);
    BackupRecord record{out, kind, at, copy ? copy(out) : backupDatabaseFile(dbPath, out)};
    try {
        writeSideFile(out, dbPath, kind, at, record.head);
    } catch (...) {
        QFile::remove(out);
        throw;
    }
    syncFolderOf(out);
    return record;
}

void removeWithSideFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

QString kindName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Manual: return QStringLiteral("manual");
    case BackupKind::Daily: return QStringLiteral("daily");
    case BackupKind::BeforeReplace: return QStringLiteral("before-replace");
    case BackupKind::BeforeRestore: return QStringLiteral("before-restore");
    case BackupKind::BeforeLock: return QStringLiteral("before-lock");
    case BackupKind::BeforeDecide: return QStringLiteral("before-decide");
    case BackupKind::BeforeAnnounce: return QStringLiteral("before-announce");
    case BackupKind::BeforeFinalize: return QStringLiteral("before-finalize");
    }
    return {};
}

bool isLifecycleKind(BackupKind kind)
{
    return kind == BackupKind::BeforeLock || kind == BackupKind::BeforeDecide
           || kind == BackupKind::BeforeAnnounce || kind == BackupKind::BeforeFinalize;
}

QString backupFolderFor(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
}

namespace {

BackupRecord backUpPanelWith(const QString &dbPath, BackupKind kind, const QDateTime &now,
                             const CopyPanel &copy)
{
    requireFile(dbPath);
    const QString folder = backupFolderFor(dbPath);
    makeOwnerOnlyFolder(folder);
    removeStaleTemporariesIn(folder);   // of a backup that was interrupted
    QDateTime at = now;
    while (QFileInfo::exists(QDir(folder).filePath(backupName(dbPath, at, kind))))
        at = at.addMSecs(1);
    const BackupRecord record =
        writeBackup(dbPath, QDir(folder).filePath(backupName(dbPath, at, kind)), kind, at, copy);
    pruneBackups(dbPath);
    return record;
}

} // namespace

BackupRecord backUpPanel(const QString &dbPath, BackupKind kind, const QDateTime &now)
{
    return backUpPanelWith(dbPath, kind, now, {});
}

BackupRecord backUpPanelTo(const QString &dbPath, const QString &out)
{
    return writeBackup(dbPath, out, BackupKind::Manual, QDateTime::currentDateTime());
}

std::optional<ChainHead> recordedHead(const QString &backupPath)
{
    QFile file(backupPath + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject head =
        QJsonDocument::fromJson(file.read(1 << 16)).object().value(QStringLiteral("chain_head")).toObject();
    if (head.isEmpty())
        return std::nullopt;
    return ChainHead{head.value(QStringLiteral("seq")).toInteger(),
                     head.value(QStringLiteral("hash")).toString()};
}

std::vector<BackupRecord> listBackups(const QString &dbPath)
{
    const QDir folder(backupFolderFor(dbPath));
    QStringList kinds;
    for (BackupKind kind : kKinds)
        kinds << kindName(kind);
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{8}-\\d{6}-\\d{3})-(%2)\\.paneldesk$")
            .arg(QRegularExpression::escape(baseNameOf(dbPath)), kinds.join(QLatin1Char('|'))));
    std::vector<BackupRecord> records;
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        BackupRecord record;
        record.path = folder.filePath(name);
        record.created = QDateTime::fromString(match.captured(1), kStampFormat);
        for (BackupKind kind : kKinds)
            if (kindName(kind) == match.captured(2))
                record.kind = kind;
        record.head = recordedHead(record.path).value_or(ChainHead{});
        records.push_back(record);
    }
    std::stable_sort(records.begin(), records.end(),
                     [](const BackupRecord &a, const BackupRecord &b) { return a.created > b.created; });
    return records;
}

QStringList pruneBackups(const QString &dbPath)
{
    QStringList removed;
    int general = 0;
    std::set<BackupKind> lifecycleSeen;
    for (const BackupRecord &record : listBackups(dbPath)) {
        const bool keep = isLifecycleKind(record.kind) ? lifecycleSeen.insert(record.kind).second
                                                       : ++general <= kKeptBackups;
        if (keep)
            continue;
        QFile::remove(record.path + QStringLiteral(".json"));
        if (QFile::remove(record.path))
            removed << record.path;
    }
    if (!removed.isEmpty())
        syncFolderOf(removed.constFirst());
    return removed;
}

std::optional<BackupRecord> backUpOnFirstOpenOfDay(const PanelStore &store, const QDateTime &now)
{
    const QString dbPath = store.location();
    if (dbPath.isEmpty() || !QFileInfo(dbPath).isFile())
        return std::nullopt;
    for (const BackupRecord &record : listBackups(dbPath))
        if (record.created.date() == now.date())
            return std::nullopt;
    try {
        return backUpPanelWith(dbPath, BackupKind::Daily, now,
                               [&](const QString &out) { return store.copyTo(out); });
    } catch (const StoreError &) {
        return std::nullopt;   // e.g. a full disk: the open goes on, the next one tries again
    }
}

void backUpBeforeStep(const PanelStore &store, BackupKind kind)
{
    const QString path = store.location();
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return;
    // Through the store's own connection: the file was checked when it was opened and is
    // verified before the step (no second check and open of a large file).
    backUpPanelWith(path, kind, QDateTime::currentDateTime(),
                    [&](const QString &out) { return store.copyTo(out); });
}

std::optional<BackupRecord> newestGoodBackup(const QString &dbPath)
{
    for (const BackupRecord &record : listBackups(dbPath))
        if (integrityCheck(record.path, nullptr))
            return record;
    return std::nullopt;
}

RestoreOutcome restoreBackup(const QString &from, const QString &dbPath,
                             const std::function<void(PanelStore &)> &authorize)
{
    requireFile(dbPath);
    if (QFileInfo::exists(dbPath + QStringLiteral("-wal")))
        throw StoreError(Tr::tr("%1 is open in another program or was not closed cleanly "
                                "(%1-wal exists); close it first")
                             .arg(dbPath));
    if (!QFileInfo(dbPath).absoluteDir().exists())
        throw StoreError(Tr::tr("the folder %1 does not exist").arg(QFileInfo(dbPath).absolutePath()));
    QString problem;
    if (!integrityCheck(from, &problem))
        throw StoreError(Tr::tr("the backup %1 is refused: %2").arg(from, problem));

    removeStaleTemporaries(dbPath);
    const QString temporary = temporaryBeside(dbPath, QStringLiteral("restoring"));
    RestoreOutcome outcome;
    try {
        {
            SqliteConnection source(from, SqliteConnection::Mode::ReadOnly);
            backupDatabase(source.db(), temporary);
        }
        {
            auto copy = openPanelStore(temporary);
            const std::optional<ChainHead> head = recordedHead(from);
            const VerifyReport report = verifyStore(*copy, head ? head->hash : QString());
            if (!report.ok())
                throw StoreError(Tr::tr("the backup %1 is refused: %2").arg(from, failureSummary(report)));
            std::unique_ptr<PanelStore> current;
            if (QFileInfo::exists(dbPath)) {
                try {
                    current = openPanelStore(dbPath);
                } catch (const StoreError &) {
                    // a damaged panel: its members cannot be read; the backup's answer
                }
            }
            authorize(current ? *current : *copy);
        }
        outcome.head = readChainHeadOf(temporary);
        if (QFileInfo::exists(temporary + QStringLiteral("-wal")))
            throw StoreError(Tr::tr("could not finish writing %1").arg(temporary));
        bool previousIsGood = false;
        try {
            previousIsGood = QFileInfo::exists(dbPath) && checkDatabaseFile(dbPath) > 0;
        } catch (const StoreError &) {
            // a damaged panel cannot be backed up; the restore replaces it
        }
        if (previousIsGood)
            outcome.previous = backUpPanel(dbPath, BackupKind::BeforeRestore);
        renameDurably(temporary, dbPath);
    } catch (...) {
        removeWithSideFiles(temporary);
        throw;
    }
    return outcome;
}

} // namespace pd
