#pragma once
// Rule R7: the outcome of the round for each team.

#include "domain/Panel.h"

#include <QHash>
#include <optional>
#include <vector>

namespace pd {

struct OutcomeInput {
    QString team;
    Verdict verdict = Verdict::Pending;
    double total = 0.0;
    std::optional<int> eligibleRank;   // set for verdict pass
};

// `teams` must be in score order (R6). Applies, in this order: fail -> disqualified;
// pending -> pending; the cut over the pass teams in eligible order, with tie_at_cut when the
// boundary splits a group sharing an eligible rank (unless a tie resolution names exactly
// that group); then min_total.
QHash<QString, Outcome> decideOutcomes(const std::vector<OutcomeInput> &teams, const Round &round);

// How many pass teams advance before ties and min_total: n - min(k, n) or min(m, n).
int advancingCount(const Cut &cut, int passTeams);

} // namespace pd
