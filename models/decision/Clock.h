#pragma once
// The lifecycle's clock rule (trust.md, "Clock"): a date given for a step (--today, --date)
// may be earlier than the system date, recording what happened, but never later. The
// system date is a parameter, so that tests choose it; the application passes
// QDate::currentDate().

#include <QDate>
#include <QString>

namespace pd {

// `given` when it is not later than `systemToday`. InputError naming `option` (e.g.
// "--today") and the system date otherwise.
QDate requireNotLaterThanToday(const QDate &given, const QDate &systemToday,
                               const QString &option);

} // namespace pd
