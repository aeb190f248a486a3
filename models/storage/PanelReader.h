#pragma once
// Reading a whole panel back from the tables.

#include "domain/Panel.h"
#include "storage/PanelStore.h"

#include "trust/Signer.h"

#include <QSqlDatabase>

namespace pd {

// The stored round with every input, in the order it was written; a default Panel when
// the database holds no round yet. StoreError when a stored value cannot be read back.
// Drafts sealed to their reviewer (storage/DraftStore.h) are included only for `opener`'s
// member, opened with their key, after the stored scores; other members' sealed drafts
// have no scores to read.
Panel readPanel(const QSqlDatabase &db, const Signer *opener = nullptr);

// The same inside the caller's (write) transaction, which already gives one state.
Panel readPanelInTransaction(const QSqlDatabase &db, const Signer *opener = nullptr);

// The same inside the caller's transaction without the user ratings at all (those are
// streamed: storage/RatingStream.h).
Panel readPanelWithoutRatingsInTransaction(const QSqlDatabase &db);

// The round without its expert scores and user ratings, in portable SQL through QSqlQuery
// only (program, round, tie resolutions, categories, teams, members by the columns
// id/name/role, conflicts, benchmark results, independence findings), inside the caller's
// transaction: what a panel on a server reads the same way (server/PgStore.h). Without
// `components`, the independence verdicts come without their component findings.
Panel readPortableRoundInTransaction(const QSqlDatabase &db, bool components = true);

// The same without the raw user ratings: their per-(team, item) tallies instead.
ScoringInputs readScoringInputs(const QSqlDatabase &db);

} // namespace pd
