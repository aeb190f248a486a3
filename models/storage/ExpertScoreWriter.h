#pragma once
// One expert score written inside the caller's write transaction (SqliteStore::setExpertScore).

#include "trust/Actor.h"
#include "domain/Panel.h"

#include <QSqlDatabase>

namespace pd {

// Checks one draft score against the stored round (known reviewer, team and item, no
// conflict of interest, within [0, points], a multiple of the step; not marked submitted):
// InputError a user can read. Returns the round id.
QString checkExpertScore(const QSqlDatabase &db, const ExpertScore &score);

// Checks the score against the stored round (known reviewer, team and item, no conflict of
// interest, within [0, points], a multiple of the step, sheet not submitted) and refuses
// with an InputError a user can read; otherwise creates the sheet as a draft if needed,
// inserts or updates the score and appends an audit entry with the old and new value.
// Does nothing when the stored score and comment are already those given.
void writeExpertScore(const QSqlDatabase &db, const ExpertScore &score, const Actor &actor);

} // namespace pd
