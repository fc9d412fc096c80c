#pragma once

#include <functional>

class QElapsedTimer;

namespace warta {

class MainWindow;

/// --benchmark: watches the window's event loop from now on (a timer asks
/// every 10 ms; the largest gap between two ticks, less the 10 ms, is the
/// longest stall a reader would feel).
void startStallWatch(MainWindow &window);

/// --benchmark, once the article has painted: goes on as a reader would
/// (a narrower window, Find typed word by word until the whole article is
/// searched, the last paragraph, another theme), then prints the figures
/// (docs/viewer.md) and calls `done`.
void runBenchmark(MainWindow &window, const QElapsedTimer &sinceMain, std::function<void()> done);

} // namespace warta
