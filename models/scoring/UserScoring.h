#pragma once
// Rule R4: user ratings and the user category score.

#include "domain/Panel.h"
#include "domain/RatingTally.h"
#include "scoring/CategoryResult.h"

namespace pd {

// U(t) in [0, 1] for every team, plus incomplete_user flags for items without a rating.
// The overloads without tallies use the panel's raw ratings.
CategoryResults userIndex(const Category &category, const Panel &panel);
CategoryResults userIndex(const Category &category, const Panel &panel,
                          const std::vector<RatingTally> &tallies);

// Scores one user category for every team of the panel.
CategoryResults scoreUserCategory(const Category &category, const Panel &panel);
CategoryResults scoreUserCategory(const Category &category, const Panel &panel,
                                  const std::vector<RatingTally> &tallies);

} // namespace pd
