#pragma once

#include <algorithm>
#include <chrono>

namespace warta::bench {

/// The fastest of `repeat` runs of `work`, in milliseconds: the minimum keeps
/// the scheduler's noise out of the figure, which is what the benchmarks
/// compare (the same bytes through two code paths in one run).
template <typename Work>
double fastestMs(int repeat, Work &&work)
{
    using Clock = std::chrono::steady_clock;
    double best = 1e300;
    for (int i = 0; i < repeat; ++i) {
        const auto start = Clock::now();
        work();
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return best;
}

} // namespace warta::bench
