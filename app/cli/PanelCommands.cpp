// paneldesk-cli demo | import-panel | export-panel | standings

#include "CliSupport.h"

#include "actions/PanelDatabase.h"
#include "io/StandingsJson.h"
#include "report/StandingsText.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runDemo(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Creates the demo panel: the first evaluation of the sovereign AI foundation model "
           "project rebuilt from illustrative raw inputs."));
    parser.addOption(dbOption());
    parser.addOption(replaceOption());
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        const QString db = parser.value(QStringLiteral("db"));
        createDemoDatabase(db, {parser.isSet(QStringLiteral("replace")), QStringLiteral("demo")});
        io.out << Tr::tr("created the demo panel in %1").arg(db) << '\n';
        return int(Ok);
    });
}

int runImportPanel(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Builds a new panel database from a panel file (format paneldesk-panel, version 1). "
           "All or nothing: on any error no database is left behind."));
    parser.addOption(dbOption());
    parser.addOption(replaceOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The panel file (JSON)."));
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 1, io, code))
        return code;
    return guarded(io, [&] {
        const QString file = parser.positionalArguments().constFirst();
        const QString db = parser.value(QStringLiteral("db"));
        importPanelFile(file, db, {parser.isSet(QStringLiteral("replace")), QStringLiteral("cli")});
        io.out << Tr::tr("imported %1 into %2").arg(file, db) << '\n';
        return int(Ok);
    });
}

int runExportPanel(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Writes the current round of a database as a panel file."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("out"), Tr::tr("The panel file to write."), QStringLiteral("FILE")});
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db"), QStringLiteral("out")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        exportPanelFile(parser.value(QStringLiteral("db")), parser.value(QStringLiteral("out")));
        io.out << Tr::tr("wrote %1").arg(parser.value(QStringLiteral("out"))) << '\n';
        return int(Ok);
    });
}

int runStandings(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Prints the standings of the current round: a table, or with --json the standings "
           "JSON (format paneldesk-standings, version 1)."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the standings JSON.")});
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        const ScoredRound round = scoreDatabase(parser.value(QStringLiteral("db")));
        if (parser.isSet(QStringLiteral("json")))
            io.out << QString::fromUtf8(standingsJson(round.standings));
        else
            io.out << standingsText(round.panel, round.standings);
        return int(Ok);
    });
}

} // namespace pd::cli
