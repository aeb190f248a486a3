#pragma once
// What PgStore reads of the verdicts beyond the independence rows (ServerVerdicts.cpp): R5's
// suggestion for each team whose findings the connected member may not read, so that their
// standings show the verdict, its suggestion and the verdict_differs_from_rules flag as a
// file shows them (docs/visibility.md, "Independence findings").

#include "domain/Panel.h"

#include <QSqlDatabase>

namespace pd::server {

// Inside the caller's read transaction: the suggestions of the round's teams whose findings
// this member cannot read (every team for an observer; a team they declared a conflict with
// for anyone else); empty for a member who reads every team's findings.
std::vector<SuggestedVerdictOfTeam> readServerSuggestions(const QSqlDatabase &db, const QString &round);

} // namespace pd::server
