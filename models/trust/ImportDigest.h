#pragma once
// Digests of what an import stored (trust.md: "Imports are signed by the importing member over
// the file's SHA-256 and a digest of the rows stored"). The import's audit entry, signed by
// the importing member, carries the digest; `verify` recomputes it from the rows stored now.

#include "domain/RatingTally.h"

#include <QString>
#include <vector>

namespace pd {

// Hex SHA-256 of a round's user ratings as the standings use them: per team and user item (in
// id order) the number of ratings and their sum, as the compact JSON array
// [[team, item, count, sum], ...]. Any change to a rating changes a sum or a count, except one
// that keeps both (two ratings of the same team and item swapped between evaluators), which
// changes no figure either. Tallies of the same team and item are added together first (in
// any order).
QString ratingTalliesDigest(const std::vector<RatingTally> &tallies);

} // namespace pd
