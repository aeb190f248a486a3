#pragma once
// Member roles as the dialogs show them (translated).

#include "domain/Enums.h"

#include <QString>

namespace pd {

QString roleText(Role role);

} // namespace pd
