#pragma once
// The upper tail of the chi-square distribution, from Boost.Math. Kept in its own file with
// no translatable text: lupdate's parser takes many minutes over Boost's headers, so this
// file is left out of update_translations (cmake/Translations.cmake).

namespace pd {

// P(X >= x) for X ~ chi-square with `degreesOfFreedom` (> 0).
double chiSquareUpperTail(double x, double degreesOfFreedom);

} // namespace pd
