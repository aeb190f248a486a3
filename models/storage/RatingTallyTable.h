#pragma once
// The rating_tallies table (schema step 10, SchemaRatingTallies.cpp): per (round, team, user
// item) the number of stored user ratings and their sum, kept by every writer of
// user_ratings in the same transaction and read by the scoring path instead of grouping the
// ratings. Backend SQL only; the callers hold the transaction.

#include "domain/RatingTally.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace pd {

// Adds `added` (ratings just written to `round`; several entries of one (team, item) are
// summed) to the stored tallies. Inside the caller's write transaction.
void addToRatingTallies(const QSqlDatabase &db, const QString &round,
                        const std::vector<RatingTally> &added);

// Removes the round's tallies (its ratings were removed); every round's when `round` is empty.
void clearRatingTallies(const QSqlDatabase &db, const QString &round = {});

// The round's stored tallies in (team, item) order, as a GROUP BY team, item of its ratings
// would give them.
std::vector<RatingTally> readRatingTallies(const QSqlDatabase &db, const QString &round);

// The cheap check for opening a file: the tallies count as many ratings as user_ratings
// holds (one B-tree count; the sums are not compared). Empty when they agree, otherwise
// what differs. Only for a file at schema 10 or later.
QString ratingCountMismatch(const QSqlDatabase &db);

// The full check (`verify`, integrity checks): every tally against the ratings it counts,
// counted again in one scan of user_ratings (a hash map in C++, not a GROUP BY). One line
// per (round, team, item) whose count or sum differs (a tally without ratings, ratings
// without a tally), named "user_ratings/ROUND/TEAM/ITEM", in (round, team, item) order of
// their bytes, at most `limit` lines plus one saying how many more; empty when they agree.
// Reads in the caller's transaction, or in a read transaction of its own. `exceptRound`: that
// round's ratings and tallies are left out (compared another way by the caller).
QStringList ratingTallyMismatches(const QSqlDatabase &db, int limit = 20, const QString &exceptRound = {});

} // namespace pd
