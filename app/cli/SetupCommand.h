#pragma once
// paneldesk-cli change-setup (docs/setup-changes.md).

#include "CliSupport.h"

namespace pd::cli {

int runChangeSetup(const QStringList &arguments, Io &io);

} // namespace pd::cli
