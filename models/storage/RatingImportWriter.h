#pragma once
// Writes a stream of user ratings into the current round in ONE write transaction (all or
// nothing), fast enough for millions of rows: the rows go through SQLite's C API with
// multi-row prepared INSERTs (the handle of the store's own connection, no second
// connection), and duplicates are found by the table's key (round, evaluator, team, item)
// rather than in memory, so memory stays bounded whatever the file size. Foreign keys stay
// on; the table's CHECK constraints are applied in C++ to each row (RatingRowChecks.h)
// instead of by SQLite, for the import's own statements only.
//
// The source validates what a row can tell by itself (ids, known teams and items, the
// scale) and reports those problems itself; the writer reports duplicates back to it. When
// the source has any problem at the end, or was cancelled, everything is rolled back: no
// rating, no audit entry.

#include "trust/Actor.h"
#include "storage/RatingSource.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace pd {

// Inside its own WriteTransaction: with `replace`, the round's stored ratings are removed
// first (in the same transaction); the rows are inserted with seq = (the round's max seq + 1)
// + line. Commits, with one audit entry "import-ratings" (old and new count, `source`
// ), only when the source reports no problem and was not
// cancelled; the source's auditInfo() is merged into the entry. StoreError for database
// failures, InputError when the store holds no round.
RatingWriteOutcome writeRatings(QSqlDatabase &db, RatingSource &source, bool replace,
                                const Actor &actor);

} // namespace pd
