#include "trust/MemberKeys.h"

#include "storage/PanelStore.h"

namespace pd {

std::optional<MemberKey> unlockMemberKey(PanelStore &store, const QString &memberId,
                                         const QString &passphrase)
{
    if (!store.keepsMemberKeys())
        return std::nullopt;   // signed in without a key: their changes are unsigned
    if (const std::optional<StoredKey> stored = store.loadMemberKey(memberId)) {
        std::optional<MemberKey> key =
            MemberKey::unseal(memberId, stored->publicKey, stored->sealedKey, passphrase);
        if (key)
            store.sealDrafts(Actor(*key));   // drafts from before the key or schema 9
        return key;
    }
    MemberKey key = MemberKey::generate(memberId);
    store.storeMemberKey(memberId, {key.publicKey(), key.sealed(passphrase)}, true, Actor(key));
    store.sealDrafts(Actor(key));
    return key;
}

MemberKey issueMemberKey(PanelStore &store, const QString &memberId, const QString &passphrase,
                         const Actor &actor)
{
    MemberKey key = MemberKey::generate(memberId);
    store.storeMemberKey(memberId, {key.publicKey(), key.sealed(passphrase)}, true, actor);
    return key;
}

void resealMemberKey(PanelStore &store, const MemberKey &key, const QString &newPassphrase)
{
    store.storeMemberKey(key.memberId(), {key.publicKey(), key.sealed(newPassphrase)}, false,
                         Actor(key));
}

namespace {

bool isChair(const PanelStore &store, const QString &memberId)
{
    for (const Member &m : store.members())
        if (m.id == memberId)
            return m.role == Role::Chair;
    return false;
}

} // namespace

void setPassphraseAndKey(PanelStore &store, const QString &memberId, const QString &passphrase,
                         const Actor &actor, const MemberKey *ownKey)
{
    store.setPassphrase(memberId, passphrase, actor);
    if (!store.keepsMemberKeys())
        return;   // a panel on a server: no keys to reseal, forget or issue (docs/server.md)
    if (ownKey && ownKey->memberId() == memberId && actor.id == memberId) {
        resealMemberKey(store, *ownKey, passphrase);
    } else if (actor.id == memberId) {
        // Their own change without their key (signed in before keys existed): the old seal
        // no longer opens, so the key is forgotten and registered anew at the next sign-in.
        if (store.loadMemberKey(memberId))
            store.clearMemberKey(memberId, actor);
    } else if (isChair(store, actor.id)) {
        issueMemberKey(store, memberId, passphrase, actor);
    } else if (store.loadMemberKey(memberId)) {
        store.clearMemberKey(memberId, actor);
    }
}

void addMemberWithKey(PanelStore &store, const Reviewer &member, const QString &passphrase,
                      const Actor &actor)
{
    store.addMemberWithPassphrase(member, passphrase, actor);
    if (isChair(store, actor.id))
        issueMemberKey(store, member.id, passphrase, actor);
}

} // namespace pd
