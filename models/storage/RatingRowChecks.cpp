#include "storage/RatingRowChecks.h"

#include "domain/IdRule.h"   // IS_ID of the schema, as C++

namespace pd {

const char *brokenRatingCheck(const RatingRow &row)
{
    if (!isValidId(row.evaluator))
        return "evaluator_id_format";
    if (row.rating < row.scaleMin || row.rating > row.scaleMax)
        return "rating_within_scale";
    return nullptr;
}

} // namespace pd
