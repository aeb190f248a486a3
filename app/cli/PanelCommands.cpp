// paneldesk-cli demo | new | import-panel | export-panel | standings

#include "CliSupport.h"
#include "OpenStore.h"
#include "PassphraseInput.h"
#include "ServerReplace.h"
#include "SessionSupport.h"

#include "access/PublicView.h"
#include "access/Visibility.h"
#include "actions/PanelDatabase.h"
#include "auth/Passphrase.h"
#include "domain/Errors.h"
#include "io/OwnerOnlyFiles.h"
#include "io/PanelFileWriter.h"
#include "io/StandingsJson.h"
#include "report/StandingsText.h"
#include "report/TextTable.h"
#include "storage/PanelStore.h"
#include "templates/FirstEvaluationTemplate.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QCommandLineOption chairOption()
{
    return {QStringLiteral("chair"),
            Tr::tr("The chair who creates the panel; their passphrase is read from standard "
                   "input (asked twice on a terminal)."),
            QStringLiteral("ID")};
}

// Runs `create` with the passphrase of the new chair, wiped afterwards.
void withNewPassphrase(Io &io, const QString &chair, const std::function<void(const QString &)> &create)
{
    QString passphrase = readPassphrase(io, chair);
    try {
        create(passphrase);
    } catch (...) {
        wipe(passphrase);
        throw;
    }
    wipe(passphrase);
}

// With --replace and an existing file at --db: the chair of that file must sign in (--as).
void requireChairToReplace(const QCommandLineParser &parser, Io &io, const QString &command)
{
    const QString db = parser.value(QStringLiteral("db"));
    if (!parser.isSet(QStringLiteral("replace")) || !QFileInfo::exists(db))
        return;
    auto store = openStore(parser, io);
    const QString what = command + QStringLiteral(" --replace");
    const Session session = signedInSession(parser, *store, io, what, NeededRole::Chair);
    require(canReplacePanel(session.member()), session, what);
}

QString publicText(const PublicView &view)
{
    QString text = Tr::tr("%1 — round %2 (%3): %4")
                       .arg(view.program, view.round, view.roundName, toString(view.state))
                   + QLatin1Char('\n');
    if (view.announcedVersion > 0)
        text += Tr::tr("announced decision: version %1 of %2").arg(view.announcedVersion).arg(view.announcedOn)
                + QLatin1Char('\n');
    else
        text += Tr::tr("no decision announced yet: sign in with --as to see the standings you may see")
                + QLatin1Char('\n');
    TextTable table;
    table.addColumn(Tr::tr("team"), TextTable::Align::Left);
    table.addColumn(Tr::tr("name"), TextTable::Align::Left);
    if (view.announcedVersion > 0) {
        table.addColumn(Tr::tr("outcome"), TextTable::Align::Left);
        table.addColumn(Tr::tr("reason"), TextTable::Align::Left);
    }
    for (const PublicTeam &t : view.teams)
        table.addRow(view.announcedVersion > 0 ? QStringList{t.id, t.name, t.outcome, t.reason}
                                               : QStringList{t.id, t.name});
    return text + table.render();
}

} // namespace

int runDemo(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Creates the demo panel: the first evaluation of the sovereign AI foundation model "
           "project rebuilt from illustrative raw inputs."));
    parser.addOption(dbOption());
    parser.addOption(replaceOption());
    addSignInOptions(parser);
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        const QString db = parser.value(QStringLiteral("db"));
        requireChairToReplace(parser, io, QStringLiteral("demo"));
        createDemoDatabase(db, {parser.isSet(QStringLiteral("replace")), QStringLiteral("demo")});
        io.out << Tr::tr("created the demo panel in %1").arg(db) << '\n';
        return int(Ok);
    });
}

int runNew(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Creates an empty panel from the first-evaluation template (the demo's "
               "categories, benchmarks and rules, no inputs) whose creator and first member is "
               "the chair of --chair; their passphrase is read from standard input."));
    parser.addOption(dbOption());
    parser.addOption(chairOption());
    parser.addOption({QStringLiteral("name"), Tr::tr("The chair's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("program"), Tr::tr("The program's name (default: \"New panel\")."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("round-name"), Tr::tr("The first round's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("date"), Tr::tr("The evaluation date (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("team"),
                      Tr::tr("ID=NAME: a team of the round (repeat the option; at least one)."),
                      QStringLiteral("ID=NAME")});
    int code = Ok;
    const QStringList required{QStringLiteral("db"), QStringLiteral("chair"), QStringLiteral("name"),
                               QStringLiteral("team")};
    if (!parse(parser, arguments, required, 0, io, code))
        return code;
    return guarded(io, [&] {
        std::vector<Team> teams;
        for (const QString &text : parser.values(QStringLiteral("team"))) {
            const qsizetype at = text.indexOf(QLatin1Char('='));
            if (at <= 0)
                throw InputError(Tr::tr("--team: expected ID=NAME, got \"%1\"").arg(text));
            Team team;
            team.id = text.left(at).trimmed();
            team.name = text.mid(at + 1).trimmed();
            teams.push_back(team);
        }
        QDate date = QDate::currentDate();
        if (parser.isSet(QStringLiteral("date"))) {
            const QString text = parser.value(QStringLiteral("date"));
            date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid() || date.toString(Qt::ISODate) != text)
                throw InputError(Tr::tr("--date: \"%1\" is not a date (YYYY-MM-DD)").arg(text));
        }
        const QString chair = parser.value(QStringLiteral("chair"));
        const QString db = parser.value(QStringLiteral("db"));
        const QString program = parser.isSet(QStringLiteral("program"))
                                    ? parser.value(QStringLiteral("program"))
                                    : Tr::tr("New panel");
        const QString round = parser.isSet(QStringLiteral("round-name"))
                                  ? parser.value(QStringLiteral("round-name"))
                                  : Tr::tr("First evaluation");
        const Panel panel = firstEvaluationTemplate(program, round, date, std::move(teams));
        withNewPassphrase(io, chair, [&](const QString &passphrase) {
            createPanelWithChair(panel, db,
                                 {chair, parser.value(QStringLiteral("name")), Role::Chair, {}},
                                 passphrase);
        });
        io.out << Tr::tr("created %1 with %2 as its chair").arg(db, chair) << '\n';
        return int(Ok);
    });
}

int runImportPanel(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Builds a new panel database from a panel file (format paneldesk-panel, version 1) "
               "whose creator is the chair of --chair: a chair of the file, or added as chair; "
               "their passphrase is read from standard input. All or nothing: on any error no "
               "database is left behind. Replacing an existing database (--replace) is the "
               "chair's of that database, signed in with --as (their passphrase first)."));
    parser.addOption(dbOption());
    parser.addOption(replaceOption());
    addSignInOptions(parser);
    parser.addOption(chairOption());
    parser.addOption({QStringLiteral("chair-name"),
                      Tr::tr("The chair's name when they are not in the file (default: the id)."),
                      QStringLiteral("NAME")});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The panel file (JSON)."));
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db"), QStringLiteral("chair")}, 1, io, code))
        return code;
    return guarded(io, [&] {
        const QString file = parser.positionalArguments().constFirst();
        if (replacePanelOnServer(parser, io, file))   // the chair of a panel on a server
            return int(Ok);
        const QString db = parser.value(QStringLiteral("db"));
        Reviewer chair;
        chair.id = parser.value(QStringLiteral("chair"));
        chair.name = parser.isSet(QStringLiteral("chair-name"))
                         ? parser.value(QStringLiteral("chair-name"))
                         : chair.id;
        chair.role = Role::Chair;
        requireChairToReplace(parser, io, QStringLiteral("import-panel"));
        withNewPassphrase(io, chair.id, [&](const QString &passphrase) {
            importPanelFileWithChair(file, db, parser.isSet(QStringLiteral("replace")), chair,
                                     passphrase);
        });
        io.out << Tr::tr("imported %1 into %2").arg(file, db) << '\n';
        return int(Ok);
    });
}

int runExportPanel(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the current round of a database as a panel file (the chair or the "
               "secretariat, signed in with --as). Drafts are never written: the file holds "
               "submitted sheets only, which import-panel takes as submitted. The file is "
               "readable by its owner only."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("out"), Tr::tr("The panel file to write."), QStringLiteral("FILE")});
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db"), QStringLiteral("out")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        auto store = openStore(parser, io);
        const Session session = signedInSession(parser, *store, io, QStringLiteral("export-panel"),
                                                NeededRole::ChairOrSecretariat);
        require(canExportPanel(session.member()), session, QStringLiteral("export-panel"));
        const QString out = parser.value(QStringLiteral("out"));
        {
            const OwnerOnlyCreation ownerOnly;
            writePanelFile(withoutDrafts(store->loadPanel()), out);
        }
        restrictToOwner(out);
        io.out << Tr::tr("wrote %1").arg(out) << '\n';
        return int(Ok);
    });
}

int runStandings(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Prints the standings of the current round as the member of --as may see them "
               "(docs/visibility.md): a table, or with --json the standings JSON (format "
               "paneldesk-standings, version 1). With nobody signed in, only what is public: "
               "the program, the round, its state and its teams, and the outcomes of an "
               "announced decision (--json: format paneldesk-public, version 1)."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the standings JSON.")});
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        auto store = openStore(parser, io);
        const Session session = sessionFrom(parser, *store, io);
        const bool json = parser.isSet(QStringLiteral("json"));
        if (!seesMoreThanPublic(session.member())) {
            const PublicView view = publicView(store->loadPanel().withoutScoresAndRatings(),
                                               store->loadRoundStatus());
            io.out << (json ? QString::fromUtf8(publicJson(view)) : publicText(view));
            return int(Ok);
        }
        const ScoringInputs inputs = store->loadScoringInputs();
        const Standings standings =
            visibleStandings(inputs.panel, inputs.ratingTallies, session.memberId());
        if (json) {
            io.out << QString::fromUtf8(standingsJson(standings));
            return int(Ok);
        }
        io.out << standingsText(visiblePanel(inputs.panel, session.memberId()), standings);
        const QStringList hidden = teamsWithHiddenExpertScores(inputs.panel, session.memberId());
        if (!hidden.isEmpty())
            io.out << Tr::tr("expert scores hidden from %1 for: %2")
                          .arg(session.memberId(), hidden.join(QStringLiteral(", ")))
                   << '\n';
        return int(Ok);
    });
}

} // namespace pd::cli
