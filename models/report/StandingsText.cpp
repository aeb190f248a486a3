#include "report/StandingsText.h"

#include "report/TextTable.h"
#include "scoring/OutcomeReason.h"
#include "scoring/Rounding.h"

#include <QCoreApplication>

namespace pd {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StandingsText)
};
} // namespace

QString standingsText(const Panel &panel, const Standings &standings)
{
    const int decimals = panel.round.displayDecimals;
    QString out = panel.program.name + QStringLiteral(" — ") + panel.round.name
        + QStringLiteral(" (") + panel.round.id
        + (panel.round.evaluationDate.isValid()
               ? QStringLiteral(", ") + panel.round.evaluationDate.toString(Qt::ISODate)
               : QString())
        + QStringLiteral(")\n");
    if (!panel.program.notice.isEmpty())
        out += QStringLiteral("** ") + panel.program.notice + QStringLiteral(" **\n");
    out += QLatin1Char('\n');

    TextTable table;
    table.addColumn(Tr::tr("Rank"), TextTable::Align::Right);
    table.addColumn(Tr::tr("Team"), TextTable::Align::Left);
    for (const Category &c : panel.categories)
        table.addColumn(QStringLiteral("%1 (%2)").arg(c.name, formatScore(c.points, 0)),
                        TextTable::Align::Right);
    table.addColumn(Tr::tr("Total"), TextTable::Align::Right);
    table.addColumn(Tr::tr("Independence"), TextTable::Align::Left);
    table.addColumn(Tr::tr("Outcome"), TextTable::Align::Left);
    table.addColumn(Tr::tr("Flags"), TextTable::Align::Left);

    for (const TeamStanding &t : standings.teams) {
        const Team *team = panel.team(t.team);
        QStringList row{QString::number(t.scoreRank), team ? team->name : t.team};
        for (const auto &[id, score] : t.categories)
            row << formatScore(score, decimals);
        row << formatScore(t.total, decimals) << toString(t.independence) << toString(t.outcome)
            << t.flags.join(QStringLiteral(", "));
        table.addRow(row);
    }
    table.addRule();
    QStringList average{QString(), Tr::tr("Average")};
    for (const Category &c : panel.categories)
        average << formatScore(standings.averageCategory(c.id), decimals + 1);
    average << formatScore(standings.averageTotal(), decimals + 1);
    table.addRow(average);
    out += table.render();

    out += QLatin1Char('\n');
    for (const TeamStanding &t : standings.teams) {
        const Team *team = panel.team(t.team);
        out += QStringLiteral("%1: %2\n").arg(team ? team->name : t.team,
                                               outcomeReason(panel, standings, t));
    }
    out += QLatin1Char('\n');
    out += standings.complete
        ? Tr::tr("Standings complete: a decision can be made (cut: %1).")
              .arg(describeCut(panel.round.cut, decimals))
        : Tr::tr("Standings NOT complete: pending verdicts, ties at the cut or missing inputs.");
    out += QLatin1Char('\n');
    return out;
}

} // namespace pd
