// Schema step 6 (version 5 -> 6): user_ratings keyed by what a rating is about.
// Released; never edit, add a step instead.
//
// Up to version 5 the table had two B-trees: its key (round_id, seq) and the UNIQUE index
// (round_id, evaluator, team_id, item_id) that refuses a second rating of the same item
// by the same evaluator. Every inserted rating was written into both. From version 6 that
// natural key IS the table's key (WITHOUT ROWID), so a rating is stored once and a
// duplicate is still refused by the key. seq stays a plain column: the order of the file
// the ratings came from (readers ORDER BY seq, and an import reports a duplicate with the
// line of the first rating). Columns, CHECK constraints and foreign keys are those of step
// 1 unchanged; the rows are copied as they are. See docs/storage.md and docs/benchmarks.md
// ("Importing user ratings") for the figures.
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

namespace pd::schema {

void keyRatingsByWhatTheyRate(QSqlDatabase &db)
{
    // The IS_ID() shorthand of step 1 written out, as step 1 stored it.
    execSql(db, QStringLiteral(R"(
        CREATE TABLE user_ratings_v6 (
            round_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            evaluator TEXT NOT NULL CONSTRAINT evaluator_id_format CHECK (length(evaluator) BETWEEN 1 AND 64 AND evaluator NOT GLOB '*[^-A-Za-z0-9_.]*'),
            team_id TEXT NOT NULL,
            item_id TEXT NOT NULL,
            rating INTEGER NOT NULL CONSTRAINT rating_integer CHECK (typeof(rating) = 'integer'),
            scale_min INTEGER NOT NULL,
            scale_max INTEGER NOT NULL,
            PRIMARY KEY (round_id, evaluator, team_id, item_id),
            CONSTRAINT rating_within_scale CHECK (rating BETWEEN scale_min AND scale_max),
            FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id),
            FOREIGN KEY (round_id, item_id, scale_min, scale_max)
                REFERENCES user_items (round_id, id, scale_min, scale_max) ON UPDATE CASCADE
        ) WITHOUT ROWID)"));
    execSql(db, QStringLiteral(
        "INSERT INTO user_ratings_v6 (round_id, seq, evaluator, team_id, item_id, rating, "
        "scale_min, scale_max) SELECT round_id, seq, evaluator, team_id, item_id, rating, "
        "scale_min, scale_max FROM user_ratings"));
    // No table refers to user_ratings and it has no trigger or index of its own.
    execSql(db, QStringLiteral("DROP TABLE user_ratings"));
    execSql(db, QStringLiteral("ALTER TABLE user_ratings_v6 RENAME TO user_ratings"));
}

} // namespace pd::schema
