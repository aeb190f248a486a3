#include "decision/Clock.h"

#include "domain/Errors.h"

#include <QCoreApplication>

namespace pd {

QDate requireNotLaterThanToday(const QDate &given, const QDate &systemToday, const QString &option)
{
    if (given > systemToday)
        throw InputError(QCoreApplication::translate(
                             "Decision", "%1 %2 is later than today's date %3: a step may record an "
                                    "earlier date, never a later one")
                             .arg(option, given.toString(Qt::ISODate),
                                  systemToday.toString(Qt::ISODate)));
    return given;
}

} // namespace pd
