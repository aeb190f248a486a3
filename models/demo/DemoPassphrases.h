#pragma once
// Known passphrases of the demo panel's members, so that a new user can try signing in
// (README, "The demo panel"). Demo only: a real panel's passphrases are set by its members.

#include "domain/Enums.h"

#include <QString>

namespace pd {

// "chair-demo-2026", "expert-demo-2026", "secretariat-demo-2026", "observer-demo-2026".
QString demoPassphrase(Role role);

} // namespace pd
