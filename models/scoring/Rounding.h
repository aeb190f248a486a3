#pragma once
// Rule R6 (equality) and R8 (display rounding).

#include <QString>

namespace pd {

inline constexpr double kScoreEpsilon = 1e-9;   // R6: scores within this are equal

// -1 when a < b, 0 when equal within kScoreEpsilon, 1 when a > b.
int compareScores(double a, double b);

// R8: rounds half away from zero to `decimals` places. A value within kScoreEpsilon of a
// half counts as the half, so 80.64999999999999 (a computed 80.65) rounds to 80.7.
double roundHalfAwayFromZero(double value, int decimals);

// The rounded value as text with exactly `decimals` places ("25.0", "-0.5").
QString formatScore(double value, int decimals);

} // namespace pd
