#pragma once
// File > New panel: the first-evaluation template. The demo's configuration (categories
// benchmark 40 / expert 35 / user 25, benchmark groups nia / common / individual, rubric
// items, user items, cut "eliminate 1", appeal 10 days, tie-break by category) with the
// given teams and no inputs: no results, scores, ratings, verdicts or members.
//
// Teams are required: each team needs its own individual benchmarks (the validator refuses
// a benchmark group that does not apply to a team, and an empty group), so the template is
// built for a list of teams; each team gets five individual benchmarks "<id>-ind-1..5".

#include "domain/Panel.h"

#include <QDate>
#include <QString>
#include <vector>

namespace pd {

// `teams`' enteredRound is set to the template's round id ("R1").
Panel firstEvaluationTemplate(const QString &programName, const QString &roundName, QDate date,
                              std::vector<Team> teams);

// The second-evaluation template (issue 16): the program's second round, "4 teams, eliminate
// 1" — the teams that advanced from the first round and the teams re-called for this one —,
// with the first evaluation's categories, points, appeal window and tie-break, round id
// "R2". A team whose enteredRound is empty continues from "R1"; a re-called team's
// enteredRound is "R2" (set it so before the call). Like the first template, every team
// gets its own five individual benchmarks.
Panel secondEvaluationTemplate(const QString &programName, const QString &roundName, QDate date,
                               std::vector<Team> teams);

} // namespace pd
