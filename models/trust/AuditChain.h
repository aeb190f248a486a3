#pragma once
// The hash chain of the audit log (trust.md, "Audit chain"), without SQL: the canonical bytes
// of an entry, its hash, and the full verification of a chain of entries with the member keys
// the chain itself establishes.
//
// Canonical entry: the compact JSON array
//   [seq, at, actor, action, entity, old_value, new_value, reason, prev_hash_hex]
// (values as stored; an absent value is ""), UTF-8. hash = SHA-256(canonical); the signature
// is the actor's Ed25519 signature of the 32 hash bytes.
//
// Keys: an entry with action "member-key" and new_value {"member", "role", "public_key"
// (base64)} establishes that member's key. A member's first key may be signed by itself (the
// first chair's is the chain's root; any other is "self-registered", a note); otherwise a key
// entry must be signed by a chair key that is the root or was established by one.
//
// Signatures: every entry from the first key entry on is signed by its actor's established
// key, except "upgrade-schema" entries by "system", and the member's own entries written by
// a sheets import (storage/SheetImportWriter.h): those are unsigned and must be directly
// followed by the importer's signed "import-sheets" entry whose "member_entries" counts them
// (its signature covers their hashes through the links). Entries before the first key entry
// are unsigned: those of a file before schema 7 ("unsigned (before schema 7)") and the set-up
// of a new file.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace pd {

struct AuditEntry;

namespace chain {

inline constexpr int kFirstChainedSchema = 7;

QByteArray canonicalEntry(qint64 seq, const QString &at, const QString &actor,
                          const QString &action, const QString &entity, const QString &oldValue,
                          const QString &newValue, const QString &reason,
                          const QByteArray &prevHash);
QByteArray canonicalEntry(const AuditEntry &entry);   // from the entry's stored fields
QByteArray entryHash(const AuditEntry &entry);        // SHA-256 of canonicalEntry(entry)

// The new_value of a "member-key" entry.
QString memberKeyJson(const QString &memberId, const QString &role, const QByteArray &publicKey,
                      bool selfRegistered);

struct KeyRecord {
    QString member;
    QString role;
    QByteArray publicKey;
    qint64 since = 0;   // seq of the establishing entry
    bool empowered = false;   // a chair key that may establish other members' keys
};

struct ChainReport {
    qint64 entries = 0;
    qint64 signedEntries = 0;
    qint64 unsignedBeforeChain = 0;   // "unsigned (before schema 7)"
    qint64 unsignedSetUp = 0;         // schema 7, before the first key (creation, import)
    qint64 coveredByImports = 0;      // a member's entries written by a signed sheets import
    qint64 firstBad = 0;              // seq of the first entry that fails; 0 when none
    QString firstBadReason;           // translated
    QStringList problems;             // every failure, first one first (translated)
    QStringList notes;                // things a chair should know that are not failures
    qint64 headSeq = 0;
    QByteArray headHash;
    std::vector<KeyRecord> keys;      // every key the chain established, in order
    bool ok() const { return problems.isEmpty(); }
};

// Verifies `entries` (in stored order). With `knownHead` (hex of a hash), the chain must
// contain an entry with that hash (a cut-off tail is caught).
ChainReport verifyChain(const std::vector<AuditEntry> &entries, const QString &knownHead = {});

// The quick check run when a file is opened: every entry's hash and link (a change to any
// entry, a deletion or a reordering is caught), and the signatures of the last
// kQuickSignatures entries only (rewriting an old entry and rehashing the chain after it
// breaks those). What it does not do: check older signatures one by one, or the records.
inline constexpr qint64 kQuickSignatures = 256;
ChainReport quickCheck(const std::vector<AuditEntry> &entries);

// verifyChain checking the signatures of entries from `signaturesFrom` on (earlier key
// entries establish their keys unchecked).
ChainReport verifyChainFrom(const std::vector<AuditEntry> &entries, qint64 signaturesFrom,
                            const QString &knownHead);

} // namespace chain
} // namespace pd
