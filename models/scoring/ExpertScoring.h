#pragma once
// Rule R3: expert sheets, reviewer totals and the expert category score.

#include "domain/Panel.h"
#include "scoring/CategoryResult.h"

#include <QHash>
#include <vector>

namespace pd {

// One reviewer's submitted, complete sheet for one team in one expert category.
struct SheetTotal {
    QString reviewer;
    QString team;
    double total = 0.0;   // E(e,t): sum of the item scores
};

// The sheets that count (R3): submitted, complete (every rubric item of the category), and
// from a reviewer without a conflict for the team. Drafts never appear here. Ordered by
// team order, then reviewer order of the panel. A panel carrying anonymousSheetTotals (a
// server's answer to the secretariat or an observer) counts those instead, without reviewer.
std::vector<SheetTotal> countedSheets(const Category &category, const Panel &panel);

// Scores one expert category for every team of the panel.
CategoryResults scoreExpertCategory(const Category &category, const Panel &panel);

} // namespace pd
