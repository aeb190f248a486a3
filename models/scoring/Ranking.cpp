#include "scoring/Ranking.h"

#include "scoring/Rounding.h"

#include <algorithm>

namespace pd {

int compareRankKeys(const RankKey &a, const RankKey &b)
{
    if (const int c = compareScores(a.total, b.total); c != 0)
        return -c;
    const std::size_t n = std::min(a.tieBreak.size(), b.tieBreak.size());
    for (std::size_t i = 0; i < n; ++i)
        if (const int c = compareScores(a.tieBreak[i], b.tieBreak[i]); c != 0)
            return -c;
    return 0;
}

std::vector<RankedTeam> rankTeams(std::vector<RankKey> keys)
{
    std::stable_sort(keys.begin(), keys.end(), [](const RankKey &a, const RankKey &b) {
        const int c = compareRankKeys(a, b);
        return c != 0 ? c < 0 : a.team < b.team;
    });
    std::vector<RankedTeam> ranked;
    ranked.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        int rank = static_cast<int>(i) + 1;
        if (i > 0 && compareRankKeys(keys[i - 1], keys[i]) == 0)
            rank = ranked.back().rank;
        ranked.push_back({keys[i].team, rank});
    }
    return ranked;
}

} // namespace pd
