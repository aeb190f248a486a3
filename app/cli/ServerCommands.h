#pragma once
// paneldesk-cli server deploy (ServerCommands.cpp): a panel on a PostgreSQL server.

#include "CliSupport.h"

namespace pd::cli {

// `arguments` start with "server".
int runServer(const QStringList &arguments, Io &io);

} // namespace pd::cli
