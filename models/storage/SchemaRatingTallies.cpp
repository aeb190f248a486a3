// Schema step 10 (version 9 -> 10): rating tallies kept beside the ratings.
// Released once merged; never edit, add a step instead.
//
// rating_tallies holds, per (round, team, user item), the number of stored user ratings and
// their sum: all that rule R4 (and the scoring engine, PanelStore::loadScoringInputs) needs
// of them. Reading 1,000 tallies instead of grouping 2,000,000 ratings takes the round's
// read from over a second to milliseconds (docs/benchmarks.md). Every PanelDesk writer of
// user_ratings (PanelWriter.cpp, RatingImportWriter.cpp) updates the tallies in the same
// transaction, from what it writes (no trigger: a trigger on user_ratings tripled the
// import's time, SchemaCoreTables.cpp). A change to user_ratings made outside PanelDesk is
// found by the database check (storage/RatingTallyCheck.h): on open the counts, in
// `verify` and the full check every count and sum. A tally row exists only for a (team,
// item) with at least one rating. The step fills the table from the stored ratings.
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

namespace pd::schema {

void addRatingTallies(QSqlDatabase &db)
{
    execSql(db, QStringLiteral(R"(
        CREATE TABLE rating_tallies (
            round_id TEXT NOT NULL,
            team_id TEXT NOT NULL,
            item_id TEXT NOT NULL,
            ratings INTEGER NOT NULL CONSTRAINT tally_count_positive
                CHECK (typeof(ratings) = 'integer' AND ratings > 0),
            rating_sum INTEGER NOT NULL CONSTRAINT tally_sum_integer
                CHECK (typeof(rating_sum) = 'integer'),
            PRIMARY KEY (round_id, team_id, item_id),
            FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id),
            FOREIGN KEY (round_id, item_id) REFERENCES user_items (round_id, id)
        ) WITHOUT ROWID)"));
    execSql(db, QStringLiteral(
        "INSERT INTO rating_tallies (round_id, team_id, item_id, ratings, rating_sum) "
        "SELECT round_id, team_id, item_id, count(*), sum(rating) FROM user_ratings "
        "GROUP BY round_id, team_id, item_id"));
}

} // namespace pd::schema
