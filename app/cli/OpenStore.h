#pragma once
// The CLI's way to open a panel (`--db`: a file or a server, storage/PanelLocation.h) plus a write wait that says on stderr,
// once, what it waits for (another PanelDesk writing to the same file), up to the limit of
// storage/WriteWait.h; Ctrl+C stops the wait (nothing has been written then). The first open
// of a day backs the panel up, as the window does (services/Backups.h).

#include "CliSupport.h"
#include "storage/PanelStore.h"

#include <memory>

namespace pd::cli {

std::unique_ptr<PanelStore> openStore(const QString &location, Io &io);

} // namespace pd::cli
