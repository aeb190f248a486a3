#pragma once
// Rule R6: ordering and competition ranks.

#include <QString>
#include <vector>

namespace pd {

struct RankKey {
    QString team;
    double total = 0.0;
    std::vector<double> tieBreak;   // category scores in the round's tie_break order
};

// < 0 when `a` ranks ahead of `b`, 0 when they are equal on every key (within 1e-9).
int compareRankKeys(const RankKey &a, const RankKey &b);

struct RankedTeam {
    QString team;
    int rank = 0;   // competition rank: 1, 2, 2, 4
};

// Orders the teams (ties listed by team id) and gives each its competition rank.
std::vector<RankedTeam> rankTeams(std::vector<RankKey> keys);

} // namespace pd
