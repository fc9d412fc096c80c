#pragma once

#include <functional>

namespace warta {

class MainWindow;

/// --library-benchmark, once the window has painted: the figures of the
/// Library view on the library it opened (docs/library.md, "In the
/// viewer"): the time from opening the database to the first rows painted,
/// the time a keystroke in the search box takes to show its hits (typed
/// prefix by prefix, as a reader types, the debounce left out), and the pages
/// read while scrolling to the end. Prints them, then calls `done`.
void runLibraryBenchmark(MainWindow &window, std::function<void()> done);

} // namespace warta
