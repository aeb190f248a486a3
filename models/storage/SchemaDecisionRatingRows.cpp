// Schema step 12 (version 11 -> 12): a decision version stores its inputs without their
// rating rows. Released; never edit, add a step instead.
//
// decisions.rating_rows NULL: `inputs` is the whole canonical file (versions decided before
// this step). A number N: `inputs` is the canonical file without its rating rows, and those
// rows are the round's N user ratings in import order (seq), spliced back in when the
// inputs are read (decision/VersionInputs.h). A ratings import is refused once the round
// holds a decision version, so the rows cannot change under it; a change made outside
// PanelDesk shows in `verify` (the inputs no longer hash to the fingerprint) and in the
// tally check. A million ratings are 83 MB of canonical inputs that each version no longer
// copies.
#include "storage/Schema.h"

#include "storage/SqlHelpers.h"

namespace pd::schema {

void addDecisionRatingRows(QSqlDatabase &db)
{
    execSql(db, QStringLiteral(
        "ALTER TABLE decisions ADD COLUMN rating_rows INTEGER "
        "CONSTRAINT decision_rating_rows CHECK (rating_rows IS NULL OR "
        "(typeof(rating_rows) = 'integer' AND rating_rows >= 0))"));
}

} // namespace pd::schema
