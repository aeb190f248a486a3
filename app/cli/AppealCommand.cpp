// paneldesk-cli appeal add | rule

#include "OpenStore.h"
#include "DecisionCommands.h"
#include "DecisionSupport.h"

#include "decision/RoundSteps.h"
#include "domain/Errors.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>
#include <array>

namespace pd::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

int runAppealAdd(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Records an appeal against the announced decision (chair only). Only a team "
               "eliminated on score or disqualified may appeal; one filed after the window is "
               "recorded as late and refused by rule. The committee leaves out every member who "
               "scored the team."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption(todayOption());
    parser.addOption({QStringLiteral("team"), Tr::tr("The appealing team."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("filed"), Tr::tr("The filing date (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("grounds"), Tr::tr("The grounds of the appeal."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("committee"),
                      Tr::tr("Member ids of the committee, comma separated (default: every chair "
                             "and expert who did not score the team and has no conflict with it)."),
                      QStringLiteral("IDS")});
    int code = Ok;
    const QStringList required{QStringLiteral("db"), QStringLiteral("team"), QStringLiteral("grounds")};
    if (!parse(parser, arguments, required, 0, io, code))
        return code;
    return guarded(io, [&] {
        const QDate today = todayFrom(parser);
        const QDate filed = parser.isSet(QStringLiteral("filed"))
                                ? pastDateFrom(parser, QStringLiteral("filed"))
                                : today;
        QStringList committee;
        for (const QString &id : parser.value(QStringLiteral("committee"))
                                     .split(QLatin1Char(','), Qt::SkipEmptyParts))
            committee << id.trimmed();
        auto store = openStore(parser, io);
        const QString actor = chairSession(parser, *store, io, QStringLiteral("appeal add")).memberId();
        const qint64 id = fileAppealStep(*store, parser.value(QStringLiteral("team")), filed,
                                         parser.value(QStringLiteral("grounds")), committee,
                                         today, actor);
        const RoundStatus status = store->loadRoundStatus();
        const Appeal &appeal = *status.appeal(id);
        if (appeal.late)
            io.out << Tr::tr("recorded appeal %1 of %2 as late: filed after the window, refused "
                             "by rule")
                          .arg(id)
                          .arg(appeal.team)
                   << '\n';
        else
            io.out << Tr::tr("recorded appeal %1 of %2; committee: %3")
                          .arg(id)
                          .arg(appeal.team, appeal.committee.join(QStringLiteral(", ")))
                   << '\n';
        return int(Ok);
    });
}

int runAppealRule(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Records the committee's ruling on an appeal (chair only): rejected (the decision "
               "stands) or upheld (the round reopens for a new decision version)."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption(todayOption());
    parser.addOption({QStringLiteral("id"), Tr::tr("The appeal number."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("ruling"), Tr::tr("rejected or upheld."), QStringLiteral("RULING")});
    parser.addOption({QStringLiteral("reason"), Tr::tr("The reason for the ruling."),
                      QStringLiteral("TEXT")});
    int code = Ok;
    const QStringList required{QStringLiteral("db"), QStringLiteral("id"), QStringLiteral("ruling"),
                               QStringLiteral("reason")};
    if (!parse(parser, arguments, required, 0, io, code))
        return code;
    return guarded(io, [&] {
        const QDate today = todayFrom(parser);
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok)
            throw InputError(Tr::tr("--id: \"%1\" is not an appeal number").arg(parser.value(QStringLiteral("id"))));
        const auto ruling = parseRuling(parser.value(QStringLiteral("ruling")));
        if (!ruling)
            throw InputError(Tr::tr("--ruling: expected rejected or upheld, got \"%1\"")
                                 .arg(parser.value(QStringLiteral("ruling"))));
        auto store = openStore(parser, io);
        const QString actor = chairSession(parser, *store, io, QStringLiteral("appeal rule")).memberId();
        ruleAppealStep(*store, id, *ruling, parser.value(QStringLiteral("reason")), today, actor);
        io.out << (*ruling == Ruling::Upheld
                       ? Tr::tr("appeal %1 upheld: the round is reopened for a new decision version").arg(id)
                       : Tr::tr("appeal %1 rejected: the decision stands").arg(id))
               << '\n';
        return int(Ok);
    });
}

const std::array<SubCommand, 2> kSubCommands{{
    {"add", QT_TRANSLATE_NOOP("cli", "record an appeal"), runAppealAdd},
    {"rule", QT_TRANSLATE_NOOP("cli", "record the ruling on an appeal"), runAppealRule},
}};

void appealUsage(QTextStream &stream)
{
    stream << Tr::tr("Usage: paneldesk-cli appeal SUBCOMMAND [options]") << "\n\n"
           << Tr::tr("Subcommands:") << '\n';
    listSubCommands(stream, kSubCommands);
    stream << '\n' << Tr::tr("The register is shown by 'paneldesk-cli decision'.") << '\n';
}

} // namespace

int runAppeal(const QStringList &arguments, Io &io)
{
    // arguments: "appeal", SUBCOMMAND, options...
    return dispatchSubCommand(arguments, io, kSubCommands, appealUsage);
}

} // namespace pd::cli
