#pragma once
// Timing for the benchmark executables (header only): the median of N timed runs.

#include <QElapsedTimer>
#include <algorithm>
#include <functional>
#include <vector>

namespace pd::bench {

// Runs `work` `runs` times (at least once) and returns the median wall time in ms; `setUp`,
// when given, runs before each run and is not timed.
inline double medianMs(int runs, const std::function<void()> &work,
                       const std::function<void()> &setUp = {})
{
    std::vector<double> times;
    for (int i = 0; i < std::max(1, runs); ++i) {
        if (setUp)
            setUp();
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace pd::bench
