#pragma once
// Signing in to the demo database in the CLI tests: the demo passphrase (demo/DemoPassphrases.h)
// of the member named by --as (or of the new chair of --chair), as the line paneldesk-cli
// reads from standard input. Demo ids: chair, e01..e10 (experts), secretariat.

#include "demo/DemoPassphrases.h"

#include <QByteArray>
#include <QStringList>

namespace pd::test {

inline Role demoRoleOf(const QString &id)
{
    if (id == QLatin1String("chair"))
        return Role::Chair;
    if (id == QLatin1String("secretariat"))
        return Role::Secretariat;
    if (id == QLatin1String("observer"))
        return Role::Observer;
    return Role::Expert;
}

// The line to write to standard input for `arguments`: empty without --as or --chair.
inline QByteArray demoSignIn(const QStringList &arguments)
{
    for (const char *option : {"--as", "--chair"}) {
        const qsizetype at = arguments.indexOf(QLatin1String(option));
        if (at >= 0 && at + 1 < arguments.size())
            return demoPassphrase(demoRoleOf(arguments.at(at + 1))).toUtf8() + '\n';
    }
    return {};
}

} // namespace pd::test
