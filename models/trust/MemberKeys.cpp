#include "trust/MemberKeys.h"

#include "storage/PanelStore.h"

namespace pd {

std::optional<MemberKey> unlockMemberKey(PanelStore &store, const QString &memberId,
                                         const QString &passphrase)
{
    if (const std::optional<StoredKey> stored = store.loadMemberKey(memberId))
        return MemberKey::unseal(memberId, stored->publicKey, stored->sealedKey, passphrase);
    MemberKey key = MemberKey::generate(memberId);
    store.storeMemberKey(memberId, {key.publicKey(), key.sealed(passphrase)}, true, Actor(key));
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

} // namespace pd
