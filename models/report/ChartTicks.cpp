#include "report/ChartTicks.h"

#include <algorithm>
#include <cmath>

namespace pd {

double chartTickStep(double scale)
{
    if (!std::isfinite(scale) || scale <= 0.0)
        return 1.0;
    for (double step : {1.0, 2.0, 5.0})
        if (scale / step <= kMaxChartIntervals)
            return step;
    for (double power = 10.0;; power *= 10.0)
        for (double m : {1.0, 2.0, 2.5, 5.0})
            if (scale / (m * power) <= kMaxChartIntervals)
                return m * power;
}

std::vector<double> chartTicks(double scale)
{
    std::vector<double> ticks;
    const double step = chartTickStep(scale);
    for (int i = 0; i * step <= scale + 1e-9 * std::max(1.0, scale); ++i)
        ticks.push_back(i * step);
    if (ticks.empty())
        ticks.push_back(0.0);
    return ticks;
}

} // namespace pd
