#pragma once
// The CHECK constraints of the user_ratings table (SchemaRatingKey.cpp), as C++ for the
// ratings import: it writes its rows with SQLite's CHECK constraints switched off for its
// own INSERT statements (PRAGMA ignore_check_constraints, RatingImportWriter.cpp) and
// applies these instead, to every row, before binding it. They depend on the row alone (no
// other row, no other table), so checking them here is the same as SQLite checking them;
// tst_ratingimport compares them with the schema's on the same rows. Foreign keys stay on.

#include "storage/RatingSource.h"

namespace pd {

// The name of the first user_ratings CHECK constraint `row` breaks, nullptr when none:
//   evaluator_id_format  length(evaluator) BETWEEN 1 AND 64, only letters, digits, - _ .
//   rating_within_scale  rating BETWEEN scale_min AND scale_max
// (rating_integer, typeof(rating) = 'integer', holds by construction: bound as an integer.)
const char *brokenRatingCheck(const RatingRow &row);

} // namespace pd
