#pragma once
// Signing in for one command of paneldesk-cli (trust.md, "One door"). --as MEMBER names the
// member; their passphrase is one line of standard input, or the first line of
// --passphrase-file FILE (refused unless FILE is the caller's own and not readable by the
// group or others). Without --as, nobody is signed in and a command shows only what is
// public. Attempts are throttled through the panel file (services/SignInService.h).

#include "CliSupport.h"

#include "access/CommandAccess.h"
#include "services/Session.h"

namespace pd {
class PanelStore;
}

namespace pd::cli {

QCommandLineOption asOption();              // --as MEMBER
QCommandLineOption passphraseFileOption();  // --passphrase-file FILE

// Adds --as and --passphrase-file to `parser`.
void addSignInOptions(QCommandLineParser &parser);

// The passphrase of --as MEMBER: the first line of --passphrase-file, or one line of standard
// input (prompted for when it is a terminal). The caller wipes it.
QString readPassphraseOf(const QCommandLineParser &parser, Io &io, const QString &memberId);

// Nobody when --as is not given; otherwise the signed-in member. InputError for an unknown
// member or a wrong passphrase (or none set); Error (exit code 1) when a previous failure is
// too recent, saying how many seconds to wait. With `keepPassphrase`, the passphrase is
// handed to the caller (who wipes it) instead of being wiped.
Session sessionFrom(const QCommandLineParser &parser, PanelStore &store, Io &io,
                    QString *keepPassphrase = nullptr);

// The same, but --as is required: InputError naming `who` (e.g. "the chair") otherwise.
Session signedInSession(const QCommandLineParser &parser, PanelStore &store, Io &io,
                        const QString &command, NeededRole who,
                        QString *keepPassphrase = nullptr);

// Nothing when `answer` allows; otherwise InputError: "COMMAND needs ROLE" and who is
// signed in (or how to sign in).
void require(const AccessAnswer &answer, const Session &session, const QString &command);

// "the chair", "the chair or the secretariat", ... (translated).
QString neededText(NeededRole needed);

} // namespace pd::cli
