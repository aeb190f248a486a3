#include "scoring/UserScoring.h"

#include <algorithm>

namespace pd {

CategoryResults userIndex(const Category &category, const Panel &panel)
{
    return userIndex(category, panel, tallyRatings(panel.userRatings));
}

CategoryResults userIndex(const Category &category, const Panel &panel,
                          const std::vector<RatingTally> &tallies)
{
    struct Sum {
        double sum = 0.0;
        qint64 count = 0;
    };
    QHash<QString, QHash<QString, Sum>> sums;   // team -> item -> ratings
    for (const RatingTally &t : tallies) {
        Sum &s = sums[t.team][t.item];
        s.sum += static_cast<double>(t.sum);
        s.count += t.count;
    }

    const double span = static_cast<double>(category.scaleMax - category.scaleMin);
    double weights = 0.0;
    for (const UserItem &item : category.userItems)
        weights += item.weight;

    CategoryResults out;
    for (const Team &team : panel.teams) {
        CategoryResult result;
        double weighted = 0.0;
        for (const UserItem &item : category.userItems) {
            const Sum s = sums.value(team.id).value(item.id);
            if (s.count == 0) {
                result.flags.insert(QLatin1String(flags::IncompleteUser));
                continue;
            }
            const double mean = s.sum / static_cast<double>(s.count);
            const double normalized = span > 0.0 ? (mean - category.scaleMin) / span : 0.0;
            weighted += item.weight * std::clamp(normalized, 0.0, 1.0);
        }
        result.score = weights > 0.0 ? weighted / weights : 0.0;
        if (category.userItems.empty())
            result.flags.insert(QLatin1String(flags::IncompleteUser));
        out.insert(team.id, result);
    }
    return out;
}

CategoryResults scoreUserCategory(const Category &category, const Panel &panel)
{
    return scoreUserCategory(category, panel, tallyRatings(panel.userRatings));
}

CategoryResults scoreUserCategory(const Category &category, const Panel &panel,
                                  const std::vector<RatingTally> &tallies)
{
    CategoryResults out = userIndex(category, panel, tallies);
    if (category.userNormalization == Normalization::BestRatio) {
        double best = 0.0;
        for (const CategoryResult &r : out)
            best = std::max(best, r.score);
        for (CategoryResult &r : out)
            r.score = best > 0.0 ? category.points * r.score / best : 0.0;
    } else {
        for (CategoryResult &r : out)
            r.score = category.points * r.score;
    }
    for (CategoryResult &r : out)
        r.score = std::clamp(r.score, 0.0, category.points);
    return out;
}

} // namespace pd
