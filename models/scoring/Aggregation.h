#pragma once
// Rule R3: how the totals of the submitted expert sheets become one expert score.

#include "domain/Enums.h"

#include <vector>

namespace pd {

struct AggregateResult {
    double value = 0.0;
    bool trimSkipped = false;   // trimmed_mean with n <= 2k fell back to the plain mean
};

// mean; median (mean of the two middle values for an even count); trimmed_mean dropping the
// `trim` highest and lowest values. An empty list gives 0.
AggregateResult aggregate(std::vector<double> values, Aggregation method, int trim = 1);

} // namespace pd
