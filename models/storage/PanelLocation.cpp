#include "storage/PanelLocation.h"

#include "domain/Errors.h"
#include "server/PgStore.h"
#include "storage/SqliteFiles.h"
#include "storage/SqliteStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PanelLocation)
};

bool isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// A libpq key/value connection string begins with one of libpq's keywords and '='.
bool isKeyValueString(const QString &text)
{
    static const QRegularExpression first(QStringLiteral(
        R"(^\s*(host|hostaddr|port|dbname|user|password|passfile|service|sslmode|sslrootcert|)"
        R"(sslcert|sslkey|connect_timeout|application_name|options|target_session_attrs)\s*=)"));
    return first.match(text).hasMatch();
}

} // namespace

PanelLocation PanelLocation::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        throw InputError(Tr::tr("no panel given: name a .paneldesk file or a server "
                                "(postgresql://host/database)"));
    if (isServerUrl(text) || isKeyValueString(text))
        return PanelLocation(Kind::Server, text.trimmed());
    return PanelLocation(Kind::File, text);
}

QString PanelLocation::shown() const
{
    if (m_kind == Kind::File)
        return m_text;
    if (isServerUrl(m_text)) {
        QUrl url(m_text);
        url.setPassword({});
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
        return url.toDisplayString(QUrl::RemovePassword);
    }
    static const QRegularExpression password(QStringLiteral(R"(\s*password\s*=\s*('(?:[^'\\]|\\.)*'|\S+))"));
    return QString(m_text).remove(password).trimmed();
}

std::unique_ptr<PanelStore> PanelLocation::open() const
{
    if (m_kind == Kind::File)
        return SqliteStore::open(m_text);
    throw InputError(Tr::tr("%1 is a PostgreSQL server: a panel there is opened by a member "
                            "with their server password (sign in with --as MEMBER)")
                         .arg(shown()));
}

std::unique_ptr<PanelStore> PanelLocation::open(const ServerLogin &login) const
{
    if (m_kind == Kind::File)
        return SqliteStore::open(m_text);
    return server::PgStore::open(m_text, login);
}

void PanelLocation::create(bool replace, const std::function<void(PanelStore &)> &fill,
                           const std::function<void()> &beforeReplace) const
{
    if (m_kind == Kind::Server)
        throw InputError(Tr::tr("%1 is a PostgreSQL server: a panel is put on a server with "
                                "`paneldesk-cli server deploy` (docs/server.md)")
                             .arg(shown()));
    createSqlitePanel(m_text, replace, fill, beforeReplace);
}

std::unique_ptr<PanelStore> openPanelStore(const QString &location)
{
    return PanelLocation::parse(location).open();
}

} // namespace pd
