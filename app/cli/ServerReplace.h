#pragma once
// import-panel --replace with a server at --db (docs/server.md, "Replacing the panel on a
// server"): the chair, signed in with --as, replaces the round's configuration and facts
// through the use case (services/PanelReplacement.h); no database is created and no
// passphrase set.

#include "CliSupport.h"

#include <QCommandLineParser>

namespace pd::cli {

// True when --db is a server and --replace is set: the panel of `file` replaced it (or an
// error was thrown). False otherwise: the caller builds a database as for a file.
bool replacePanelOnServer(const QCommandLineParser &parser, Io &io, const QString &file);

} // namespace pd::cli
