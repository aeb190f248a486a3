#include "scoring/CutMargin.h"

#include <algorithm>
#include <limits>

namespace pd {

CutLine cutLine(const Standings &standings, const Round &round)
{
    CutLine line;
    std::vector<const TeamStanding *> above, below, tied;
    for (const TeamStanding &team : standings.teams) {   // score order = eligible order
        if (team.independence != Verdict::Pass)
            continue;
        if (team.outcome == Outcome::Advance)
            above.push_back(&team);
        else if (team.outcome == Outcome::TieAtCut)
            tied.push_back(&team);
        else if (team.outcome == Outcome::EliminatedScore)
            below.push_back(&team);
    }
    const std::optional<double> minTotal = round.cut.minTotal;
    double lowestAbove = std::numeric_limits<double>::infinity();
    double bestBelow = -std::numeric_limits<double>::infinity();
    for (const TeamStanding *t : above)
        lowestAbove = std::min(lowestAbove, t->total);
    for (const TeamStanding *t : below)
        bestBelow = std::max(bestBelow, t->total);
    if (!above.empty())
        line.lastAbove = above.back()->team;
    if (!below.empty())
        line.firstBelow = below.front()->team;

    for (const TeamStanding *t : above) {
        std::optional<double> margin;
        if (!below.empty())
            margin = t->total - bestBelow;
        if (minTotal)
            margin = margin ? std::min(*margin, t->total - *minTotal) : t->total - *minTotal;
        if (margin)
            line.margins.insert(t->team, *margin);
    }
    for (const TeamStanding *t : below) {
        // what it lacks: to reach min_total and, when the rank cut put it below, to overtake
        // the lowest advancing team; the larger shortfall counts
        std::optional<double> margin;
        if (minTotal && t->total < *minTotal)
            margin = t->total - *minTotal;
        if (!above.empty() && t->total <= lowestAbove)
            margin = margin ? std::min(*margin, t->total - lowestAbove) : t->total - lowestAbove;
        if (margin)
            line.margins.insert(t->team, *margin);
    }
    for (const TeamStanding *t : tied)
        line.margins.insert(t->team, 0.0);
    return line;
}

} // namespace pd
