#include "templates/FirstEvaluationTemplate.h"

#include "demo/DemoInputs.h"

namespace pd {
namespace {

// What the template's expert scores mean, per rubric item (domain/Panel.h RubricBand): the
// sheet editor shows the band of a score next to it. Only the template carries them; the demo
// panel keeps its rubric without bands.
void describeBands(Category &expert)
{
    for (RubricItem &item : expert.rubric) {
        const double p = item.points;
        if (item.id == QLatin1String("strategy")) {
            item.bands = {{0.0, QStringLiteral("전략이 없거나 목표와 맞지 않음")},
                          {p * 4 / 10, QStringLiteral("전략은 있으나 근거와 일정이 부족함")},
                          {p * 7 / 10, QStringLiteral("목표·일정·자원이 구체적인 실현 가능한 전략")},
                          {p * 9 / 10, QStringLiteral("차별화된 전략이 근거와 함께 완결됨")}};
        } else if (item.id == QLatin1String("technology")) {
            item.bands = {{0.0, QStringLiteral("핵심 기술이 확인되지 않음")},
                          {p * 4 / 10, QStringLiteral("기존 기술의 적용 수준")},
                          {p * 7 / 10, QStringLiteral("자체 기술이 성능 근거와 함께 확인됨")},
                          {p * 9 / 10, QStringLiteral("독자 기술이 최고 수준의 성능으로 입증됨")}};
        } else if (item.id == QLatin1String("impact")) {
            item.bands = {{0.0, QStringLiteral("파급 효과가 제시되지 않음")},
                          {p * 4 / 10, QStringLiteral("일부 분야에 한정된 효과")},
                          {p * 7 / 10, QStringLiteral("산업 전반에 확산 가능한 효과")},
                          {p * 9 / 10, QStringLiteral("생태계와 후속 연구를 이끄는 효과가 구체적임")}};
        }
    }
}

} // namespace

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
    describeBands(panel.categories[1]);
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
