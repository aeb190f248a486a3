#include "domain/RatingTally.h"

#include <algorithm>
#include <tuple>

#include <QHash>

namespace pd {

std::vector<RatingTally> tallyRatings(const std::vector<UserRating> &ratings)
{
    std::vector<RatingTally> tallies;
    QHash<QString, QHash<QString, std::size_t>> index;   // team -> item -> position
    for (const UserRating &r : ratings) {
        auto &byItem = index[r.team];
        auto it = byItem.constFind(r.item);
        if (it == byItem.constEnd()) {
            it = byItem.insert(r.item, tallies.size());
            tallies.push_back({r.team, r.item, 0, 0});
        }
        RatingTally &t = tallies[*it];
        t.sum += r.rating;
        ++t.count;
    }
    return tallies;
}

bool sameTallies(std::vector<RatingTally> a, std::vector<RatingTally> b)
{
    const auto byKey = [](const RatingTally &x, const RatingTally &y) {
        return std::tie(x.team, x.item) < std::tie(y.team, y.item);
    };
    std::sort(a.begin(), a.end(), byKey);
    std::sort(b.begin(), b.end(), byKey);
    return a == b;
}

} // namespace pd
