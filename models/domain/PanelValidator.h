#pragma once
// The field rules of a panel (shared specs panel-file.md and scoring-rules.md) that a Panel
// value can break: id syntax and uniqueness, references between lists, point sums, value
// ranges, score steps, conflicts of interest, sheet completeness and duplicates.

#include "domain/IdRule.h"   // isValidId, for the callers of validatePanel
#include "domain/Panel.h"

#include <QString>

namespace pd {

// Throws pd::InputError for the first violation, in document order (round, categories,
// teams, reviewers, benchmark_results, expert_scores, user_ratings, independence). The
// message starts with the JSON path of the offending value in panel-file terms, the
// Panel's vectors mapping 1:1 onto the file's arrays, e.g.
//   expert_scores[17].score: 12 is above the item's 10 points (item "strategy")
// Duplicates name the second occurrence and the index of the first.
void validatePanel(const Panel &panel);

} // namespace pd
