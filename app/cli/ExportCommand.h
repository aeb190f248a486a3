#pragma once
// paneldesk-cli export --format csv|xlsx|json --out FILE (docs/exports.md)

#include "CliSupport.h"

namespace pd::cli {

int runExport(const QStringList &arguments, Io &io);

} // namespace pd::cli
