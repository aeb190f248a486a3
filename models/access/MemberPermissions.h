#pragma once
// Who may change members (the Members dialog asks these; the store does not know roles of
// actors). The chair and the secretariat add members and set passphrases; every member sets
// their own passphrase and declares their own conflicts; the chair adds conflicts for anyone.

#include "domain/Member.h"

namespace pd {

bool canManageMembers(const Member &actor);
bool canSetPassphraseOf(const Member &actor, const QString &memberId);
bool canSetConflictsOf(const Member &actor, const QString &memberId);

} // namespace pd
