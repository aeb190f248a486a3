#pragma once
// Member keys over a store (trust.md, "Keys and signatures"): unlocking at sign-in, issuing a
// new key pair (a new member, a chair's reset of a lost passphrase) and sealing a key anew
// when its member changes their passphrase. The store only keeps what these functions give it.

#include "trust/Actor.h"
#include "trust/MemberKey.h"
#include "domain/Panel.h"

#include <optional>

namespace pd {

class PanelStore;

// The member's key opened with `passphrase` (the caller has checked the passphrase). A member
// without a key (added before schema 7, or by the secretariat) gets a new one here, recorded
// by a "member-key" entry signed by that new key (self-registered). Nothing when the stored
// seal does not open with `passphrase` (the seal is damaged or was replaced). The member's
// drafts still kept in the clear are sealed to the key (PanelStore::sealDrafts).
// Nothing either from a store that keeps no keys (PanelStore::keepsMemberKeys: a server).
std::optional<MemberKey> unlockMemberKey(PanelStore &store, const QString &memberId,
                                         const QString &passphrase);

// A new key pair for `memberId` sealed under `passphrase`, established by `actor` (the chair
// adding the member or resetting their passphrase). Signatures made with the old key stay
// valid under it. Returns the new key.
MemberKey issueMemberKey(PanelStore &store, const QString &memberId, const QString &passphrase,
                         const Actor &actor);

// The member's own key sealed under their new passphrase (signed by the key itself).
void resealMemberKey(PanelStore &store, const MemberKey &key, const QString &newPassphrase);

// A new passphrase for `memberId`, with what it means for their key: the member changing
// their own (with `ownKey`, their unlocked key) keeps the key, sealed anew; a chair issues a
// new key pair; anyone else (the secretariat) makes the member forget theirs ("clear-key"),
// and the member registers a new one at their next sign-in. The passphrase rules and the role
// checks are the caller's and the store's.
void setPassphraseAndKey(PanelStore &store, const QString &memberId, const QString &passphrase,
                         const Actor &actor, const MemberKey *ownKey = nullptr);

// Adds a member with a first passphrase; a chair adding them issues their key at once (signed
// by the chair), anyone else leaves it to the member's first sign-in.
void addMemberWithKey(PanelStore &store, const Reviewer &member, const QString &passphrase,
                      const Actor &actor);

} // namespace pd
