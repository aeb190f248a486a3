#pragma once
// The scoring engine: a pure function from a round's inputs to its standings (R1-R7).
// No I/O, no SQL, no widgets: the same inputs always give the same standings.

#include "domain/Panel.h"
#include "scoring/Standings.h"
#include "domain/RatingTally.h"

namespace pd {

Standings computeStandings(const Panel &panel);

// The same, with the user ratings given as tallies (panel.userRatings is then ignored): what
// a store computes where the ratings live. Gives exactly the standings of the raw ratings.
Standings computeStandings(const Panel &panel, const std::vector<RatingTally> &ratingTallies);

// The engine's last stage, R6 and R7: ranks `rows` (their categories, total, independence
// and flags set; ranks and outcome are overwritten), decides the outcomes under
// panel.round and returns them in score order with `complete`. computeStandings ends with
// it; the sensitivity analysis calls it on rescaled category scores.
Standings rankStandings(std::vector<TeamStanding> rows, const Panel &panel);

} // namespace pd
