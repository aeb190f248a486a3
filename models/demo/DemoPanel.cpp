#include "demo/DemoPanel.h"

#include "demo/DemoInputs.h"

namespace pd {

QString demoNotice() { return QStringLiteral("demo data: illustrative figures"); }

Panel buildDemoPanel()
{
    Panel panel;
    panel.program = {QStringLiteral("독자 AI 파운데이션 모델 프로젝트"),
                     QStringLiteral("과학기술정보통신부"), demoNotice()};

    Round &round = panel.round;
    round.id = QStringLiteral("R1");
    round.name = QStringLiteral("1차 평가");
    round.evaluationDate = QDate(2026, 1, 15);
    round.appealDays = 10;
    round.displayDecimals = 1;
    round.cut.eliminate = 1;
    round.tieBreak = {QStringLiteral("benchmark"), QStringLiteral("expert"), QStringLiteral("user")};

    panel.teams = demo::teams();
    panel.categories = {demo::benchmarkCategory(panel.teams), demo::expertCategory(),
                        demo::userCategory()};
    panel.reviewers = demo::reviewers();
    panel.benchmarkResults = demo::benchmarkResults(panel.categories.front(), panel.teams);
    panel.expertScores = demo::expertScores(panel.categories.at(1), panel.reviewers);
    panel.userRatings = demo::userRatings(panel.categories.at(2));
    panel.independence = demo::independenceFindings();
    return panel;
}

} // namespace pd
