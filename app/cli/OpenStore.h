#pragma once
// The CLI's way to open a panel (`--db`: a file or a server, storage/PanelLocation.h) plus a
// write wait that says on stderr, once, what it waits for (another PanelDesk writing to the
// same file), up to the limit of storage/WriteWait.h; Ctrl+C stops the wait (nothing has
// been written then). The first open of a day backs a panel file up, as the window does
// (services/Backups.h).

#include "CliSupport.h"
#include "storage/PanelStore.h"

#include <QCommandLineParser>

#include <memory>

namespace pd::cli {

std::unique_ptr<PanelStore> openStore(const QString &location, Io &io);

// The panel of --db. A file opens as above. A server is opened as the member of --as with
// their server password (read as the passphrase is: --passphrase-file or standard input),
// which the command's sign-in then takes from `io` instead of reading it again; InputError
// when --as is missing.
std::unique_ptr<PanelStore> openStore(const QCommandLineParser &parser, Io &io);

} // namespace pd::cli
