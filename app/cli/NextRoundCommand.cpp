// paneldesk-cli next-round: a new database for the next round, built from a final one.

#include "OpenStore.h"
#include "NextRoundCommand.h"
#include "DecisionSupport.h"
#include "SessionSupport.h"

#include "actions/NextRound.h"
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

int runNextRound(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Creates the next round in a new database from a final round (chair only): the "
               "advancing teams carry over, the categories, cut and appeal settings are copied "
               "for editing, re-called teams are added and eliminated teams may re-enter. "
               "--eliminate or --advance sets the new round's cut. The chair keeps their "
               "passphrase; other members set theirs again."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("out"), Tr::tr("The new round's database."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("id"), Tr::tr("The new round's id, e.g. R2."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("name"), Tr::tr("The new round's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("recall"),
                      Tr::tr("ID=NAME: a re-called team entering at this round (repeat the option)."),
                      QStringLiteral("ID=NAME")});
    parser.addOption({QStringLiteral("reenter"),
                      Tr::tr("The id of a team eliminated in the final round that re-applies as a "
                             "new entry (repeat the option)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("eliminate"),
                      Tr::tr("The new round's cut: eliminate the last N teams (instead of the cut "
                             "copied from the final round)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("advance"),
                      Tr::tr("The new round's cut: advance the first N teams (instead of the cut "
                             "copied from the final round)."),
                      QStringLiteral("N")});
    int code = Ok;
    const QStringList required{QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("id")};
    if (!parse(parser, arguments, required, 0, io, code))
        return code;
    return guarded(io, [&] {
        NextRoundRequest request;
        request.roundId = parser.value(QStringLiteral("id"));
        request.roundName = parser.value(QStringLiteral("name"));
        for (const QString &text : parser.values(QStringLiteral("recall"))) {
            const qsizetype at = text.indexOf(QLatin1Char('='));
            if (at <= 0)
                throw InputError(Tr::tr("--recall: expected ID=NAME, got \"%1\"").arg(text));
            Team team;
            team.id = text.left(at).trimmed();
            team.name = text.mid(at + 1).trimmed();
            request.recalled.push_back(team);
        }
        request.reentering = parser.values(QStringLiteral("reenter"));
        const bool eliminate = parser.isSet(QStringLiteral("eliminate"));
        const bool advance = parser.isSet(QStringLiteral("advance"));
        if (eliminate && advance)
            throw InputError(Tr::tr("--eliminate and --advance: give one of them, not both"));
        if (eliminate || advance) {
            const QString option = eliminate ? QStringLiteral("eliminate") : QStringLiteral("advance");
            bool ok = false;
            const int n = parser.value(option).toInt(&ok);
            if (!ok || n < 0)
                throw InputError(Tr::tr("--%1: expected a whole number of teams (0 or more), got \"%2\"")
                                     .arg(option, parser.value(option)));
            Cut cut;
            (eliminate ? cut.eliminate : cut.advance) = n;
            request.cut = cut;
        }
        QString passphrase;
        QString chair;
        {
            auto store = openStore(parser, io);
            const Session session =
                signedInSession(parser, *store, io, QStringLiteral("next-round"),
                                NeededRole::Chair, &passphrase);
            chair = session.memberId();
            if (!canRunLifecycleStep(session.member())) {
                wipe(passphrase);
                require(canRunLifecycleStep(session.member()), session, QStringLiteral("next-round"));
            }
        }
        try {
            createNextRoundDatabase(parser.value(QStringLiteral("db")),
                                    parser.value(QStringLiteral("out")), request, chair, passphrase);
            wipe(passphrase);
        } catch (...) {
            wipe(passphrase);
            throw;
        }
        io.out << Tr::tr("created round %1 in %2").arg(request.roundId, parser.value(QStringLiteral("out")))
               << '\n';
        return int(Ok);
    });
}

} // namespace pd::cli
