#include "demo/DemoPassphrases.h"

namespace pd {

QString demoPassphrase(Role role)
{
    return toString(role) + QStringLiteral("-demo-2026");
}

} // namespace pd
