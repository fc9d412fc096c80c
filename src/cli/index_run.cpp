#include "index_run.h"

#include "terminal_text.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <string>
#include <sys/ioctl.h>
#include <unistd.h>

namespace warta {
namespace {

// Set from the signal handler: a lock-free atomic store is async-signal-safe.
std::atomic<bool> gCancel{false};
std::atomic<int> gSignal{0};
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free);

struct sigaction gPreviousInt;
struct sigaction gPreviousTerm;

extern "C" void onStopSignal(int signal)
{
    gSignal.store(signal);
    gCancel.store(true);
}

void installHandlers()
{
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    // The first signal asks for a clean stop; a second one (SA_RESETHAND put
    // the default back) ends the program at once, as the user then wants.
    action.sa_flags = static_cast<int>(SA_RESETHAND);
    sigaction(SIGINT, &action, &gPreviousInt);
    sigaction(SIGTERM, &action, &gPreviousTerm);
}

void restoreHandlers()
{
    sigaction(SIGINT, &gPreviousInt, nullptr);
    sigaction(SIGTERM, &gPreviousTerm, nullptr);
}

std::size_t terminalWidth()
{
    struct winsize size {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 40)
        return size.ws_col;
    return 80;
}

std::string clockTime(double seconds)
{
    const auto total = static_cast<long>(seconds + 0.5);
    char buffer[32];
    if (total >= 3600)
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld", total / 60, total % 60);
    return buffer;
}

} // namespace

IndexRun::IndexRun(std::ostream &err, unsigned jobs)
    : m_err(err)
    , m_bar(::isatty(STDERR_FILENO) == 1)
    , m_start(std::chrono::steady_clock::now())
{
    gCancel.store(false);
    gSignal.store(0);
    installHandlers();
    m_options.jobs = jobs;
    m_options.cancel = &gCancel;
    if (m_bar)
        m_options.progress = [this](const IndexProgress &progress) { draw(progress); };
}

IndexRun::~IndexRun()
{
    finish();
    restoreHandlers();
}

int IndexRun::stoppedBy() const
{
    return gSignal.load();
}

void IndexRun::finish()
{
    if (m_drawn)
        m_err << "\r\x1b[K" << std::flush;
    m_drawn = false;
}

void IndexRun::draw(const IndexProgress &progress)
{
    using namespace std::chrono;
    const auto now = steady_clock::now();
    // A redraw costs a write to the terminal: ten a second are plenty.
    if (m_drawn && progress.done < progress.total && now - m_lastDraw < milliseconds(100))
        return;
    m_lastDraw = now;
    m_drawn = true;
    const double elapsed = duration_cast<duration<double>>(now - m_start).count();
    const double rate = elapsed > 0 ? static_cast<double>(progress.done) / elapsed : 0;
    char figures[128];
    std::snprintf(figures, sizeof figures, " %zu/%zu files  %.1f files/s", progress.done, progress.total,
                  rate);
    std::string line = figures;
    if (rate > 0 && progress.total > progress.done)
        line += "  " + clockTime(static_cast<double>(progress.total - progress.done) / rate) + " left";
    constexpr std::size_t kBarWidth = 20;
    const std::size_t filled = progress.total ? kBarWidth * progress.done / progress.total : 0;
    line = "[" + std::string(filled, '#') + std::string(kBarWidth - filled, '.') + "]" + line;
    const std::size_t width = terminalWidth() - 1;
    if (line.size() + 3 < width && !progress.path.empty())
        line += "  " + fitColumns(terminalSafe(std::filesystem::path(progress.path).filename().string()),
                                  width - line.size() - 2);
    m_err << "\r\x1b[K" << line << std::flush;
}

int stoppedExitCode(int signal)
{
    return 128 + signal;
}

} // namespace warta
