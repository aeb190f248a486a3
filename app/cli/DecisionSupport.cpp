#include "DecisionSupport.h"

#include "decision/Clock.h"
#include "domain/Errors.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

QCommandLineOption todayOption()
{
    return {QStringLiteral("today"),
            Tr::tr("Today's date (default: the system date; an earlier date records what "
                   "happened, a later one is refused)."),
            QStringLiteral("YYYY-MM-DD")};
}

QDate dateFrom(const QCommandLineParser &parser, const QString &option)
{
    const QString text = parser.value(option);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || date.toString(Qt::ISODate) != text)
        throw InputError(Tr::tr("--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(option, text));
    return date;
}

QDate pastDateFrom(const QCommandLineParser &parser, const QString &option)
{
    return requireNotLaterThanToday(dateFrom(parser, option), QDate::currentDate(),
                                    QStringLiteral("--") + option);
}

QDate todayFrom(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("today")))
        return QDate::currentDate();
    return pastDateFrom(parser, QStringLiteral("today"));
}

Session chairSession(const QCommandLineParser &parser, PanelStore &store, Io &io,
                     const QString &command)
{
    const Session session = signedInSession(parser, store, io, command, NeededRole::Chair);
    require(canRunLifecycleStep(session.member()), session, command);
    return session;
}

} // namespace pd::cli
