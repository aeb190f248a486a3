#pragma once
// The scoring engine: a pure function from a round's inputs to its standings (R1-R7).
// No I/O, no SQL, no widgets: the same inputs always give the same standings.

#include "domain/Panel.h"
#include "scoring/Standings.h"
#include "domain/RatingTally.h"
#include "scoring/CategoryResult.h"

namespace pd {

Standings computeStandings(const Panel &panel);

// The same, with the user ratings given as tallies (panel.userRatings is then ignored): what
// a store computes where the ratings live. Gives exactly the standings of the raw ratings.
Standings computeStandings(const Panel &panel, const std::vector<RatingTally> &ratingTallies);

// Every category's results (R1-R5) by category id: what computeStandings assembles.
using CategoryResultsById = QHash<QString, CategoryResults>;
CategoryResultsById scoreCategories(const Panel &panel, const std::vector<RatingTally> &ratingTallies);

// computeStandings with the results of some categories already known (`known`, by category
// id, scored by scoreCategories on a panel whose inputs for those categories are the same);
// the other categories are scored. The sensitivity analysis's leave-one-out scores only the
// expert categories again for each expert left out.
Standings computeStandings(const Panel &panel, const std::vector<RatingTally> &ratingTallies,
                           const CategoryResultsById &known);

// The engine's last stage, R6 and R7: ranks `rows` (their categories, total, independence
// and flags set; ranks and outcome are overwritten), decides the outcomes under
// panel.round and returns them in score order with `complete`. computeStandings ends with
// it; the sensitivity analysis calls it on rescaled category scores.
Standings rankStandings(std::vector<TeamStanding> rows, const Panel &panel);

} // namespace pd
