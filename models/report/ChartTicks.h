#pragma once
// The tick step of every chart's value axis, on screen (ui/charts/ChartsPage) and in the
// PDF report (report/ReportChartImage), so that both show the same ticks: whole points,
// the smallest of 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 … that gives at most
// 10 intervals from 0 to `scale` (100 points: every 10; 35 or 40: every 5; 37: every 5, the
// last tick at 35). Ticks sit on the multiples of the step from 0.

#include <vector>

namespace pd {

inline constexpr int kMaxChartIntervals = 10;

// 1 for a scale that is not a positive finite number.
double chartTickStep(double scale);

// The ticks from 0 to `scale` (0, step, 2 step … up to scale).
std::vector<double> chartTicks(double scale);

} // namespace pd
