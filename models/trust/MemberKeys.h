#pragma once
// Member keys over a store (trust.md, "Keys and signatures"): unlocking at sign-in, issuing a
// new key pair (a new member, a chair's reset of a lost passphrase) and sealing a key anew
// when its member changes their passphrase. The store only keeps what these functions give it.

#include "trust/Actor.h"
#include "trust/MemberKey.h"

#include <optional>

namespace pd {

class PanelStore;

// The member's key opened with `passphrase` (the caller has checked the passphrase). A member
// without a key (added before schema 7, or by the secretariat) gets a new one here, recorded
// by a "member-key" entry signed by that new key (self-registered). Nothing when the stored
// seal does not open with `passphrase` (the seal is damaged or was replaced).
std::optional<MemberKey> unlockMemberKey(PanelStore &store, const QString &memberId,
                                         const QString &passphrase);

// A new key pair for `memberId` sealed under `passphrase`, established by `actor` (the chair
// adding the member or resetting their passphrase). Signatures made with the old key stay
// valid under it. Returns the new key.
MemberKey issueMemberKey(PanelStore &store, const QString &memberId, const QString &passphrase,
                         const Actor &actor);

// The member's own key sealed under their new passphrase (signed by the key itself).
void resealMemberKey(PanelStore &store, const MemberKey &key, const QString &newPassphrase);

} // namespace pd
