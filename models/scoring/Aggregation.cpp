#include "scoring/Aggregation.h"

#include <algorithm>
#include <numeric>

namespace pd {
namespace {
double mean(std::vector<double>::const_iterator first, std::vector<double>::const_iterator last)
{
    const auto count = std::distance(first, last);
    if (count <= 0)
        return 0.0;
    return std::accumulate(first, last, 0.0) / static_cast<double>(count);
}
} // namespace

AggregateResult aggregate(std::vector<double> values, Aggregation method, int trim)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    switch (method) {
    case Aggregation::Mean:
        return {mean(values.begin(), values.end()), false};
    case Aggregation::Median:
        if (n % 2 == 1)
            return {values[n / 2], false};
        return {(values[n / 2 - 1] + values[n / 2]) / 2.0, false};
    case Aggregation::TrimmedMean: {
        const std::size_t k = static_cast<std::size_t>(std::max(trim, 0));
        if (n <= 2 * k)
            return {mean(values.begin(), values.end()), true};
        const auto first = values.begin() + static_cast<std::ptrdiff_t>(k);
        const auto last = values.end() - static_cast<std::ptrdiff_t>(k);
        return {mean(first, last), false};
    }
    }
    return {};
}

} // namespace pd
