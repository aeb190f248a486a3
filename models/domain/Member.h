#pragma once
// A panel member as the Members dialog and `paneldesk-cli member list` show it. Whether a
// passphrase is set, never the passphrase or its hash.

#include "domain/Enums.h"

#include <QString>
#include <QStringList>

namespace pd {

struct Member {
    QString id;
    QString name;
    Role role = Role::Expert;
    QStringList conflicts;   // team ids, in the order they were declared
    bool hasPassphrase = false;
    friend bool operator==(const Member &, const Member &) = default;
};

} // namespace pd
