#include "storage/RatingRowChecks.h"

namespace pd {
namespace {

// IS_ID of the schema: 1-64 characters, each a letter, digit, '-', '_' or '.' (all ASCII,
// so bytes and characters are the same).
bool isId(std::string_view text)
{
    if (text.empty() || text.size() > 64)
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

const char *brokenRatingCheck(const RatingRow &row)
{
    if (!isId(row.evaluator))
        return "evaluator_id_format";
    if (row.rating < row.scaleMin || row.rating > row.scaleMax)
        return "rating_within_scale";
    return nullptr;
}

} // namespace pd
