#pragma once
// Reading a passphrase for paneldesk-cli: one line of standard input. On a terminal the
// prompt goes to the error stream, typing is not echoed and the passphrase is asked twice.

#include "CliSupport.h"

#include <QString>

namespace pd::cli {

// The passphrase without its line ending. InputError when standard input gives none (empty
// line or end of input), is not UTF-8, or the two entries on a terminal differ; the length
// rule is the caller's (requireAcceptablePassphrase).
QString readPassphrase(Io &io, const QString &memberId);

// The same asked once (to sign in for one command, e.g. a chair's decision step).
QString readSignInPassphrase(Io &io, const QString &memberId);

} // namespace pd::cli
