#include "templates/FirstEvaluationTemplate.h"

#include "demo/DemoInputs.h"

namespace pd {

Panel firstEvaluationTemplate(const QString &programName, const QString &roundName, QDate date,
                              std::vector<Team> teams)
{
    Panel panel;
    panel.program.name = programName;

    Round &round = panel.round;
    round.id = QStringLiteral("R1");
    round.name = roundName;
    round.evaluationDate = date;
    round.appealDays = 10;
    round.displayDecimals = 1;
    round.cut.eliminate = 1;
    round.tieBreak = {QStringLiteral("benchmark"), QStringLiteral("expert"), QStringLiteral("user")};

    for (Team &team : teams)
        team.enteredRound = round.id;
    panel.teams = std::move(teams);
    // The demo's builders: one configuration, not two copies.
    panel.categories = {demo::benchmarkCategory(panel.teams), demo::expertCategory(),
                        demo::userCategory()};
    return panel;
}

Panel secondEvaluationTemplate(const QString &programName, const QString &roundName, QDate date,
                               std::vector<Team> teams)
{
    for (Team &team : teams)
        if (team.enteredRound.isEmpty())
            team.enteredRound = QStringLiteral("R1");
    const std::vector<Team> entered = teams;
    Panel panel = firstEvaluationTemplate(programName, roundName, date, std::move(teams));
    panel.round.id = QStringLiteral("R2");
    panel.round.cut = Cut{1, std::nullopt, std::nullopt};   // 4 teams -> 3
    panel.teams = entered;   // keep each team's first round
    return panel;
}

} // namespace pd
