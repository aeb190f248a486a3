// paneldesk-cli server deploy --admin-url URL --db URL --from PANEL (docs/server.md)

#include "ServerCommands.h"

#include "domain/Enums.h"
#include "domain/Errors.h"
#include "io/PanelFileReader.h"
#include "report/TextTable.h"
#include "server/ServerDeploy.h"
#include "storage/PanelLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <array>

namespace pd::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// A .paneldesk file (SQLite) or a panel JSON file.
Panel readPanel(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    const bool sqlite = file.read(16) == QByteArray("SQLite format 3\0", 16);
    file.close();
    if (!sqlite)
        return readPanelFile(path);
    return PanelLocation::parse(path).open()->loadPanel();
}

int runServerDeploy(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Puts a panel on a PostgreSQL server: creates the database named in --db, its "
               "roles (one login per member, with a random initial password), the schema with "
               "row-level security, and the panel's rows; prints what each member needs to "
               "connect. Nothing is created when the database or a role already exists."));
    parser.addOption({QStringLiteral("admin-url"),
                      Tr::tr("The cluster administrator's connection (postgresql://... or "
                             "key=value), to any database of the cluster."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("db"),
                      Tr::tr("The address members use, naming the new panel database "
                             "(postgresql://host:port/DBNAME?sslmode=verify-full or key=value)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("from"),
                      Tr::tr("The panel: a .paneldesk file or a panel JSON file."),
                      QStringLiteral("PANEL")});
    int code = Ok;
    if (!parse(parser, arguments,
               {QStringLiteral("admin-url"), QStringLiteral("db"), QStringLiteral("from")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        const server::ConnInfo admin = server::parseConnInfo(parser.value(QStringLiteral("admin-url")));
        server::ConnInfo target = server::parseConnInfo(parser.value(QStringLiteral("db")));
        if (target.dbname.isEmpty())
            throw InputError(Tr::tr("--db names no database (dbname=... or postgresql://host/DBNAME)"));
        target.password.clear();
        target.user.clear();
        const Panel panel = readPanel(parser.value(QStringLiteral("from")));
        const server::DeployResult result = server::deployPanel(admin, target, panel);
        io.out << Tr::tr("deployed the panel as database %1 with %n member login(s)", nullptr,
                         int(result.logins.size())).arg(result.database)
               << "\n\n";
        TextTable table;
        table.addColumn(Tr::tr("member"), TextTable::Align::Left);
        table.addColumn(Tr::tr("role"), TextTable::Align::Left);
        table.addColumn(Tr::tr("login"), TextTable::Align::Left);
        table.addColumn(Tr::tr("initial password"), TextTable::Align::Left);
        for (const server::MemberLogin &login : result.logins)
            table.addRow({login.memberId, toString(login.role), login.loginRole, login.password});
        io.out << table.render() << '\n';
        io.out << Tr::tr("Each member connects with:") << '\n';
        for (const server::MemberLogin &login : result.logins)
            io.out << "  " << login.memberId << ": " << login.connInfo.toKeyValue() << '\n';
        io.out << '\n'
               << Tr::tr("Give each member their password in person or through a private "
                         "channel; it is shown only now (the server keeps only its SCRAM "
                         "verifier).")
               << '\n';
        return int(Ok);
    });
}

const std::array<SubCommand, 1> kSubCommands{{
    {"deploy", QT_TRANSLATE_NOOP("cli", "put a panel on a PostgreSQL server"), runServerDeploy},
}};

void serverUsage(QTextStream &stream)
{
    stream << Tr::tr("Usage: paneldesk-cli server SUBCOMMAND [options]") << "\n\n"
           << Tr::tr("Subcommands:") << '\n';
    listSubCommands(stream, kSubCommands);
    stream << '\n'
           << Tr::tr("Run 'paneldesk-cli server SUBCOMMAND --help' for its options.") << '\n';
}

} // namespace

int runServer(const QStringList &arguments, Io &io)
{
    return dispatchSubCommand(arguments, io, kSubCommands, serverUsage);
}

} // namespace pd::cli
