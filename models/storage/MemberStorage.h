#pragma once
// Members, their passphrases, sign-in throttle, conflicts and keys. One of the parts of
// PanelStore (PanelStore.h).

#include "domain/Member.h"
#include "domain/Panel.h"
#include "storage/StoredKey.h"
#include "trust/Actor.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace pd {

// Consecutive failed sign-ins of one member (the throttle kept in the file, schema step 7).
struct SignInFailures {
    int failures = 0;            // 0: none since the last success
    qint64 lastFailureMs = 0;    // UTC milliseconds since the epoch (the system clock)
};

class MemberStorage {
public:
    virtual ~MemberStorage() = default;

    // Members (program-wide, in panel order) with their conflicts and whether a passphrase
    // is set; never a passphrase hash.
    virtual std::vector<Member> members() const = 0;

    // Adds a member with its conflicts, audited. InputError for an invalid or taken id, a
    // blank name, an unknown role or an unknown/repeated conflict team.
    virtual void addMember(const Reviewer &member, const Actor &actor) = 0;
    // The same with a first passphrase, in one transaction (no member without it on failure).
    // InputError also for a passphrase that breaks the length rule (auth/Passphrase.h).
    virtual void addMemberWithPassphrase(const Reviewer &member, const QString &passphrase,
                                         const Actor &actor) = 0;

    // Stores only an Argon2id hash of `passphrase`; the audit entry says that a passphrase
    // was set, never what it or its hash is. InputError for an unknown member or a
    // passphrase that breaks the length rule.
    virtual void setPassphrase(const QString &memberId, const QString &passphrase,
                               const Actor &actor) = 0;

    // True when the member exists, has a passphrase and `passphrase` is it (Argon2id check,
    // about 0.1 s). Pair with SignInThrottle (auth/SignIn.h) for sign-in.
    virtual bool checkPassphrase(const QString &memberId, const QString &passphrase) const = 0;

    // The sign-in throttle's state (services/SignInService.h applies the delays). Recording
    // a failure is its own transaction and is not audited; clearing writes nothing when
    // there is nothing to clear.
    virtual SignInFailures loadSignInFailures(const QString &memberId) const = 0;
    virtual void recordSignInFailure(const QString &memberId, qint64 atMs) = 0;
    virtual void clearSignInFailures(const QString &memberId) = 0;

    // Replaces the member's declared conflicts, audited with the old and new list.
    // InputError for an unknown member, an unknown or repeated team, or a team the member
    // already holds a score sheet for.
    virtual void setConflicts(const QString &memberId, const QStringList &teams,
                              const Actor &actor) = 0;

    // Member keys (trust.md, trust/MemberKeys.h orchestrates): the stored public key and the
    // secret key sealed under the member's passphrase, or nothing when the member has none.
    // Whether this store keeps keys at all: a panel on a server does not yet (docs/server.md;
    // its members sign in without one and its audit entries are unsigned).
    virtual bool keepsMemberKeys() const = 0;
    virtual std::optional<StoredKey> loadMemberKey(const QString &memberId) const = 0;
    // Stores a member's key; `established`: a new key, recorded by a "member-key" audit entry
    // signed by `actor`; otherwise the same key sealed anew ("reseal-key").
    virtual void storeMemberKey(const QString &memberId, const StoredKey &key, bool established,
                                const Actor &actor) = 0;
    // Forgets the member's key ("clear-key"); they register a new one at their next sign-in.
    virtual void clearMemberKey(const QString &memberId, const Actor &actor) = 0;
};

} // namespace pd
