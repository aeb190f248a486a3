#pragma once
// What belongs to one open store rather than to the panel: its location, the signer of its
// session, its audit log read whole, an online copy, and how its writes wait for other
// PanelDesk instances. One of the parts of PanelStore (PanelStore.h).

#include "domain/ChainHead.h"
#include "storage/WriteWait.h"
#include "trust/Actor.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>
#include <vector>

namespace pd {

class PanelChanges;

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;         // UTC
    QString actor;        // member id, or "system" / "cli"
    QString action;       // e.g. "import-panel", "expert-score"
    QString entity;       // e.g. "expert_scores/R1/e01/lg/strategy"
    QString oldValue;     // JSON text or empty
    QString newValue;     // JSON text or empty
    QString reason;
    // The chain (schema 7, trust/AuditChain.h): empty in entries read from older files.
    QByteArray prevHash;   // hash of the entry before (empty for the first)
    QByteArray hash;       // SHA-256 of the canonical entry
    QString signer;        // member whose key signed; empty when unsigned
    QByteArray signature;  // Ed25519 over `hash`; empty when unsigned
};

class StoreSession {
public:
    virtual ~StoreSession() = default;

    // The signed-in member's key for this store's session (trust.md): every change whose
    // actor is that member and that brings no signer of its own is signed with it. Shared, so
    // that it lives as long as the store needs it; nullptr (signed out) leaves such changes
    // unsigned. The window and the CLI's sign-in set it.
    virtual void setSigner(std::shared_ptr<const Signer> signer) = 0;

    virtual std::vector<AuditEntry> auditLog() const = 0;

    // The file or connection this store was opened from (for titles and messages).
    virtual QString location() const = 0;

    // An online copy of what the store holds, written to `out` (which must not exist): one
    // committed state, mode 0600, synced (storage/Backup.h). Returns the audit chain head the
    // copy holds. StoreError naming `out` when it cannot be written (nothing left there).
    virtual ChainHead copyTo(const QString &out) const = 0;

    // How a write waits while another PanelDesk writes to the same panel (WriteWait.h).
    virtual void setWriteWait(WriteWaitPolicy policy) = 0;
    // Tells other PanelDesk instances waiting to write what this one is busy with (e.g.
    // "import of ratings.csv") for as long as the returned notice lives. Never fails.
    virtual std::unique_ptr<WriteNotice> announceWrite(const QString &what) = 0;

    // Changes others make to the panel, as this store learns of them (PanelChanges.h), owned
    // by the store and living as long as it; nullptr when the store cannot tell (a SQLite
    // file: File > Reload shows them). Needs the event loop of the store's thread.
    virtual PanelChanges *liveChanges() { return nullptr; }
};

} // namespace pd
