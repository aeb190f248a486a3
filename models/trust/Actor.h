#pragma once
// Who makes a change: the member id written into the audit entry, and the signed-in member's
// unlocked key that signs it (trust.md). Storage writes the entry and asks the signer for the
// signature; an actor without a signer (the "system" entries of schema steps, and callers
// that have not signed in with a key) leaves the entry unsigned, and `verify` names every
// unsigned entry written after the chain began.

#include "trust/Signer.h"

#include <QString>

namespace pd {

struct Actor {
    Actor(const QString &memberId) : id(memberId) {}   // NOLINT: unsigned, by design implicit
    Actor(const QString &memberId, const Signer *key) : id(memberId), signer(key) {}
    explicit Actor(const Signer &key) : id(key.memberId()), signer(&key) {}

    QString id;
    const Signer *signer = nullptr;   // not owned; signs only entries whose actor is its member
};

} // namespace pd
