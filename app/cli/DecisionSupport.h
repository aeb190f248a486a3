#pragma once
// Options and sign-in shared by the decision commands of paneldesk-cli.

#include "CliSupport.h"
#include "SessionSupport.h"

#include <QDate>

namespace pd::cli {

QCommandLineOption todayOption();   // --today YYYY-MM-DD

// --today, or the system date when not given. InputError for a malformed date or one later
// than the system date (decision/Clock.h).
QDate todayFrom(const QCommandLineParser &parser);

// A date option's value. InputError naming the option when malformed.
QDate dateFrom(const QCommandLineParser &parser, const QString &option);

// The same, and never later than the system date (--date of announce).
QDate pastDateFrom(const QCommandLineParser &parser, const QString &option);

// The signed-in chair of a lifecycle step (lock, reopen, decide, announce, appeal,
// finalize, next-round): InputError naming the chair for anyone else.
Session chairSession(const QCommandLineParser &parser, PanelStore &store, Io &io,
                     const QString &command);

} // namespace pd::cli
