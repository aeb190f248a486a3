#pragma once
// When PanelDesk backs a panel up and how many backups it keeps (docs/storage.md,
// "Backups"); the SQLite copy itself is storage/Backup.h.
//
// Backups live in a folder `backups` beside the panel (mode 0700, files 0600), named
// "<panel>-<yyyyMMdd-HHmmss-zzz>-<kind>.paneldesk", each with "<that>.json" holding the
// audit chain head the copy holds (trust.md: "The chain head is stored in every backup"),
// the panel's file name, the kind and the time. Kept: the newest 20 that are not before a
// lifecycle step, plus the newest one before each lifecycle step (lock, decide, announce,
// finalize).

#include "storage/Backup.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace pd {

class PanelStore;

enum class BackupKind {
    Manual,          // paneldesk-cli backup, File > Back up…
    Daily,           // the first open of a day
    BeforeReplace,   // demo --replace, import-panel --replace
    BeforeRestore,   // the panel a restore replaces
    BeforeLock,
    BeforeDecide,
    BeforeAnnounce,
    BeforeFinalize,
};

QString kindName(BackupKind kind);   // "manual", "daily", "before-lock", ...
bool isLifecycleKind(BackupKind kind);

inline constexpr int kKeptBackups = 20;

struct BackupRecord {
    QString path;
    BackupKind kind = BackupKind::Manual;
    QDateTime created;   // local time, from the name
    ChainHead head;      // from the side file; seq 0 when it is missing
};

// <the panel's folder>/backups
QString backupFolderFor(const QString &dbPath);

// A backup of the panel at `dbPath` in its backups folder, with its side file, then the
// folder pruned to what is kept. StoreError when the panel fails its check or the backup
// cannot be written.
BackupRecord backUpPanel(const QString &dbPath, BackupKind kind,
                         const QDateTime &now = QDateTime::currentDateTime());

// A backup to a file of the caller's choice (`out` must not exist), with "<out>.json".
BackupRecord backUpPanelTo(const QString &dbPath, const QString &out);

// The panel's backups, newest first (files whose names PanelDesk gave them).
std::vector<BackupRecord> listBackups(const QString &dbPath);

// Removes what is not kept (see above). Returns the paths removed.
QStringList pruneBackups(const QString &dbPath);

// The first open of a day (local date of `now`), by the window or paneldesk-cli: a Daily
// backup of the store just opened (its file passed its check) through its own connection,
// when the folder holds no backup of the panel from that day. Nothing for a store without a
// file, or when the backup cannot be written (the open goes on; the next open tries again).
std::optional<BackupRecord> backUpOnFirstOpenOfDay(const PanelStore &store,
                                                   const QDateTime &now = QDateTime::currentDateTime());

// Before a lifecycle step on `store` (decision/VerifiedSteps.h): a backup of its file;
// nothing for a store without a file.
void backUpBeforeStep(const PanelStore &store, BackupKind kind);

// The newest backup of the panel that passes PRAGMA integrity_check, if any.
std::optional<BackupRecord> newestGoodBackup(const QString &dbPath);

// The chain head recorded beside a backup (its ".json"), if any.
std::optional<ChainHead> recordedHead(const QString &backupPath);

struct RestoreOutcome {
    ChainHead head;                        // of the restored panel
    std::optional<BackupRecord> previous;  // the backup of the panel it replaced
};

// Restores the backup `from` to `dbPath` (an existing panel or a new path). The backup is
// verified first: PRAGMA integrity_check and foreign keys, then the audit chain and the
// signed records (verifyStore, with the chain head recorded beside it when there is one);
// one that fails is refused (StoreError naming what failed) and nothing is changed.
// `authorize` is called with the panel at `dbPath` when it opens, otherwise with the
// verified copy of the backup, and refuses by throwing. Then the panel being replaced is
// backed up (BeforeRestore, when it passes its check) and the copy, written beside
// `dbPath` under a temporary name and synced, is renamed into place and the folder synced:
// the panel is either the old one or the restored one, never half of each. Refused while
// `dbPath`-wal exists (the panel is open elsewhere).
RestoreOutcome restoreBackup(const QString &from, const QString &dbPath,
                             const std::function<void(PanelStore &)> &authorize);

} // namespace pd
