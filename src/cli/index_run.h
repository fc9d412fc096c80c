#pragma once

#include "warta/library/library.h"

#include <chrono>
#include <iosfwd>

namespace warta {

/// What an indexing command sets up around the library's work: the
/// IndexOptions with a progress bar on stderr (only when stderr is a
/// terminal: count/total, files per second, time left) and a cancel flag
/// that SIGINT and SIGTERM raise, so that a stopped run ends after the files
/// in hand with everything read so far committed. One at a time per process.
class IndexRun {
public:
    IndexRun(std::ostream &err, unsigned jobs);
    ~IndexRun();
    IndexRun(const IndexRun &) = delete;
    IndexRun &operator=(const IndexRun &) = delete;

    const IndexOptions &options() const { return m_options; }
    /// The signal that stopped the run, 0 when none did.
    int stoppedBy() const;
    /// Ends the progress bar's line (before a summary is printed).
    void finish();

private:
    void draw(const IndexProgress &progress);

    std::ostream &m_err;
    IndexOptions m_options;
    bool m_bar = false;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
};

/// The exit code of a run a signal stopped: 128 + the signal, as a shell
/// reports a program the signal killed.
int stoppedExitCode(int signal);

} // namespace warta
