#include "DecisionSupport.h"

#include "PassphraseInput.h"

#include "auth/Passphrase.h"
#include "domain/Errors.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

QCommandLineOption asOption()
{
    return {QStringLiteral("as"),
            Tr::tr("The acting member (the chair); their passphrase is read as one line from "
                   "standard input."),
            QStringLiteral("MEMBER")};
}

QCommandLineOption todayOption()
{
    return {QStringLiteral("today"), Tr::tr("Today's date (default: the system date)."),
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

QDate todayFrom(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("today")))
        return QDate::currentDate();
    return dateFrom(parser, QStringLiteral("today"));
}

QString signIn(const QCommandLineParser &parser, const PanelStore &store, Io &io)
{
    const QString id = parser.value(QStringLiteral("as"));
    bool known = false;
    for (const Member &m : store.members())
        known = known || m.id == id;
    if (!known)
        throw InputError(Tr::tr("--as: unknown member \"%1\"").arg(id));
    QString passphrase = readSignInPassphrase(io, id);
    const bool ok = store.checkPassphrase(id, passphrase);
    wipe(passphrase);
    if (!ok)
        throw InputError(Tr::tr("--as %1: wrong passphrase (or none set)").arg(id));
    return id;
}

} // namespace pd::cli
