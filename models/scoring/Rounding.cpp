#include "scoring/Rounding.h"

#include <cmath>

namespace pd {

int compareScores(double a, double b)
{
    if (std::fabs(a - b) <= kScoreEpsilon)
        return 0;
    return a < b ? -1 : 1;
}

double roundHalfAwayFromZero(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, decimals);
    const double magnitude = std::fabs(value) * scale;
    const double rounded = std::floor(magnitude + 0.5 + kScoreEpsilon * scale) / scale;
    return std::copysign(rounded, value);
}

QString formatScore(double value, int decimals)
{
    double rounded = roundHalfAwayFromZero(value, decimals);
    if (rounded == 0.0)
        rounded = 0.0;   // no "-0.0"
    return QString::number(rounded, 'f', decimals);
}

} // namespace pd
