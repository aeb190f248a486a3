#pragma once
// paneldesk-cli next-round (R10; docs/decision.md)

#include "CliSupport.h"

namespace pd::cli {

int runNextRound(const QStringList &arguments, Io &io);

} // namespace pd::cli
