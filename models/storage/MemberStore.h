#pragma once
// Panel members in SQLite: the SQL behind SqliteStore's member methods (members(),
// addMember, setPassphrase, checkPassphrase, setConflicts). Each write is a complete
// operation: one WriteTransaction (BEGIN IMMEDIATE) holding the change and its audit entry.
// Passphrases are hashed (auth/Passphrase.h) before the transaction starts, so the write
// lock is not held for the tenth of a second Argon2id takes. Neither a passphrase nor its
// hash ever reaches the audit log: entries only say whether a passphrase is set.

#include "trust/Actor.h"
#include "domain/Member.h"
#include "domain/Panel.h"
#include "storage/StoredKey.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace pd {

// Every member in panel order (members.seq), with their conflicts; one read snapshot.
std::vector<Member> readMembers(const QSqlDatabase &db);

// Adds `member` (after the existing ones) with its conflicts and, when given, a passphrase.
// InputError for an invalid or taken id, a blank name, an unknown role, an unknown or
// repeated conflict team, or a passphrase that breaks the length rule.
void insertMember(QSqlDatabase &db, const Reviewer &member,
                  const std::optional<QString> &passphrase, const Actor &actor);

// Replaces the passphrase hash of `memberId`. InputError for an unknown member or a
// passphrase that breaks the length rule.
void writePassphrase(QSqlDatabase &db, const QString &memberId, const QString &passphrase,
                     const Actor &actor);

// True when `memberId` exists, has a passphrase and it is `passphrase`.
bool checkStoredPassphrase(const QSqlDatabase &db, const QString &memberId,
                           const QString &passphrase);

// Replaces the declared conflicts of `memberId` with `teams` (in that order). InputError for
// an unknown member, an unknown or repeated team, or a team the member already holds a
// sheet for. Giving the stored list changes nothing and is not audited.
void writeConflicts(QSqlDatabase &db, const QString &memberId, const QStringList &teams,
                    const Actor &actor);

// The public key and sealed secret key stored for `memberId` (schema 7), or nothing when the
// member has none yet (members of older files get one at their next sign-in).
std::optional<StoredKey> readMemberKey(const QSqlDatabase &db, const QString &memberId);

// Stores `key` as the member's key. With `established`, a new key: the audit entry
// "member-key" (trust/AuditChain.h) carries the public key and the member's role and is
// signed by `actor` (the chair issuing it, or the member registering their own). Without, the
// same key sealed anew (a passphrase change): the audit entry "reseal-key" says so.
// InputError for an unknown member.
void writeMemberKey(QSqlDatabase &db, const QString &memberId, const StoredKey &key,
                    bool established, const Actor &actor);

// Forgets the member's key (a passphrase reset by someone who may not issue keys): the member
// registers a new one at their next sign-in. Audited as "clear-key", signed by `actor`.
void clearMemberKey(QSqlDatabase &db, const QString &memberId, const Actor &actor);

} // namespace pd
