#pragma once
// Options and sign-in shared by the decision commands of paneldesk-cli.

#include "CliSupport.h"

#include <QDate>

namespace pd {
class PanelStore;
}

namespace pd::cli {

QCommandLineOption asOption();      // --as MEMBER
QCommandLineOption todayOption();   // --today YYYY-MM-DD

// --today, or the system date when not given. InputError for a malformed date.
QDate todayFrom(const QCommandLineParser &parser);

// A date option's value. InputError naming the option when malformed.
QDate dateFrom(const QCommandLineParser &parser, const QString &option);

// The member of --as after checking their passphrase (one line of standard input).
// InputError for an unknown member or a wrong passphrase (or none set).
QString signIn(const QCommandLineParser &parser, const PanelStore &store, Io &io);

} // namespace pd::cli
