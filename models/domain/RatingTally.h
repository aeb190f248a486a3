#pragma once
// User ratings summed per (team, item): all that rule R4 needs of them. A store can compute
// tallies where the ratings live (SQL GROUP BY) instead of loading millions of rows.

#include "domain/Panel.h"

#include <QString>
#include <vector>

namespace pd {

struct RatingTally {
    QString team;
    QString item;
    qint64 sum = 0;     // sum of the ratings
    qint64 count = 0;   // number of ratings
    friend bool operator==(const RatingTally &, const RatingTally &) = default;
};

// Sums raw ratings per (team, item), in order of first appearance.
std::vector<RatingTally> tallyRatings(const std::vector<UserRating> &ratings);

// The same tallies, in whatever order each lists them (a stream tallies in order of first
// appearance, the store in (team, item) order).
bool sameTallies(std::vector<RatingTally> a, std::vector<RatingTally> b);

} // namespace pd
