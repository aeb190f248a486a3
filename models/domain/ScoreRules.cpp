#include "domain/ScoreRules.h"

#include <algorithm>
#include <cmath>

namespace pd {

bool scoreInRange(double score, double points)
{
    return std::isfinite(score) && score >= 0.0 && score <= points;
}

bool onItemStep(double score, double step)
{
    if (!std::isfinite(score) || !std::isfinite(step) || step <= 0.0)
        return false;
    const double steps = score / step;
    return std::abs(steps - std::round(steps)) <= kScoreStepTolerance * std::max(1.0, std::abs(steps));
}

} // namespace pd
