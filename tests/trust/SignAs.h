#pragma once
// Tests that change a panel as a member sign in the way the window does (trust.md): the
// member's key, opened with their passphrase (or registered when they have none yet), signs
// every change the store makes for them, so that the file still verifies.

#include "storage/PanelStore.h"
#include "trust/MemberKeys.h"

#include <QtGlobal>
#include <memory>

namespace pd::test {

inline void signAs(PanelStore &store, const QString &member, const QString &passphrase)
{
    std::optional<MemberKey> key = unlockMemberKey(store, member, passphrase);
    if (!key)
        qFatal("signAs: the key of %s does not open", qPrintable(member));
    store.setSigner(std::make_shared<const MemberKey>(std::move(*key)));
}

} // namespace pd::test
