#include "server/ServerErrors.h"

#include <QCoreApplication>

namespace pd::server {

void throwServerError(const QSqlError &error, const QString &what)
{
    const QString state = error.nativeErrorCode();
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    const QString message = what.isEmpty() ? text
        : QCoreApplication::translate("Server", "%1: %2").arg(what, text);
    if (state == QLatin1String("42501"))
        throw ServerRefused(message, state);
    if (state.startsWith(QLatin1String("23")) || state.startsWith(QLatin1String("22"))
        || state == QLatin1String("P0001") || state == QLatin1String("55000"))
        throw ServerRejected(message, state);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        throw ServerRetry(message, state);
    throw ServerFailure(message, state);
}

} // namespace pd::server
