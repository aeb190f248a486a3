#pragma once
// paneldesk-cli lock | reopen | decide | announce | appeal | finalize | decision | fingerprint
// (docs/decision.md). The chair's steps take --as MEMBER and the member's passphrase as one
// line of standard input; date-dependent steps take --today YYYY-MM-DD (default: the
// system date).

#include "CliSupport.h"

namespace pd::cli {

int runLock(const QStringList &arguments, Io &io);
int runReopen(const QStringList &arguments, Io &io);
int runDecide(const QStringList &arguments, Io &io);
int runAnnounce(const QStringList &arguments, Io &io);
int runAppeal(const QStringList &arguments, Io &io);   // appeal add | rule | list
int runFinalize(const QStringList &arguments, Io &io);
int runDecisionStatus(const QStringList &arguments, Io &io);
int runFingerprint(const QStringList &arguments, Io &io);

} // namespace pd::cli
