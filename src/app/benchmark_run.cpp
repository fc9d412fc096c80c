#include "benchmark_run.h"

#include "find_bar.h"
#include "main_window.h"
#include "reading_pane.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>

namespace warta {
namespace {

// Seconds from process creation to now, from /proc (10 ms resolution).
double secondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray statLine = stat.readAll();
    // Field 22 (starttime) counts after the ")" that closes the command name.
    const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double start = fields.at(19).toDouble() / static_cast<double>(sysconf(_SC_CLK_TCK));
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return now - start;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// It counts the nested loop that waits for a page read on its own thread,
// and every step of building and laying out the document.
// Besides the wall-clock gap, the window thread's own CPU time in the gap:
// on a machine shared with other work the thread may simply wait for a core
// (the gap is long, the CPU time short), which is the machine's stall, not
// the viewer's.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1.0e6;
}

class StallWatch : public QObject {
public:
    explicit StallWatch(QObject *parent) : QObject(parent)
    {
        m_since.start();
        m_cpu = threadCpuMs();
        startTimer(kTickMs, Qt::PreciseTimer);
    }
    qint64 longestMs() const { return std::max<qint64>(m_longest - kTickMs, 0); }
    /// The most CPU time the window's thread spent between two ticks.
    qint64 longestBusyMs() const { return static_cast<qint64>(m_longestBusy); }
    /// Starts a new stretch, keeping the longest stall so far apart.
    std::pair<qint64, qint64> restart()
    {
        const std::pair<qint64, qint64> before{longestMs(), longestBusyMs()};
        m_longest = 0;
        m_longestBusy = 0;
        return before;
    }

protected:
    void timerEvent(QTimerEvent *) override
    {
        m_longest = std::max(m_longest, m_since.restart());
        const double cpu = threadCpuMs();
        m_longestBusy = std::max(m_longestBusy, cpu - m_cpu);
        m_cpu = cpu;
    }

private:
    static constexpr int kTickMs = 10;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    double m_cpu = 0;
    double m_longestBusy = 0;
};

StallWatch *stallWatchOf(MainWindow &window)
{
    for (QObject *child : window.children()) // no Q_OBJECT, so no findChild
        if (auto *found = dynamic_cast<StallWatch *>(child))
            return found;
    return nullptr;
}

// The reader's steps after the first paint, each when the one before is done.
struct Script {
    MainWindow &window;
    std::function<void()> done;
    QElapsedTimer clock;
    qint64 findFirstMs = -1;
    qint64 findAllMs = -1;
    int matches = 0;

    void after(int ms, std::function<void()> step) { QTimer::singleShot(ms, &window, std::move(step)); }

    void waitForFind(const std::shared_ptr<Script> &self)
    {
        ReadingPane *pane = window.readingPane();
        if (findFirstMs < 0 && pane->findMatchCount() > 0)
            findFirstMs = clock.elapsed();
        if (!pane->findComplete() && clock.elapsed() < 120000) {
            after(20, [self] { self->waitForFind(self); });
            return;
        }
        findAllMs = clock.elapsed();
        matches = pane->findMatchCount();
        window.findBar()->field()->clear();
        window.readingPane()->clearFind();
        after(100, [self] {
            self->window.goToParagraph(self->window.readingPane()->paragraphCount() - 1);
            self->after(300, [self] {
                self->window.setTheme(Theme::Dark, false);
                self->after(500, [self] { self->done(); });
            });
        });
    }
};

} // namespace

void startStallWatch(MainWindow &window)
{
    new StallWatch(&window);
}

void runBenchmark(MainWindow &window, const QElapsedTimer &sinceMain, std::function<void()> done)
{
    const qint64 mainMs = sinceMain.elapsed();
    const double processMs = secondsSinceProcessStart() * 1000.0;
    const long paintRss = peakRssKiB();
    StallWatch *watch = stallWatchOf(window);
    const auto toPaint = watch ? watch->restart() : std::pair<qint64, qint64>{-1, -1};
    auto script = std::make_shared<Script>(Script{window, {}, {}, -1, -1, 0});
    script->done = [script, &window, mainMs, processMs, paintRss, toPaint, watch, done] {
        std::printf("painted-article-ms-since-main %lld\nprocess-start-to-paint-ms %.0f\n"
                    "peak-rss-kib-at-paint %ld\npeak-rss-kib %ld\nlongest-stall-to-paint-ms %lld\n"
                    "longest-stall-after-paint-ms %lld\nlongest-busy-to-paint-ms %lld\n"
                    "longest-busy-after-paint-ms %lld\nfind-first-match-ms %lld\nfind-all-ms %lld\n"
                    "find-matches %d\nparts %d\n",
                    static_cast<long long>(mainMs), processMs, paintRss, peakRssKiB(),
                    static_cast<long long>(toPaint.first),
                    static_cast<long long>(watch ? watch->longestMs() : -1),
                    static_cast<long long>(toPaint.second),
                    static_cast<long long>(watch ? watch->longestBusyMs() : -1),
                    static_cast<long long>(script->findFirstMs), static_cast<long long>(script->findAllMs),
                    script->matches, window.readingPane()->partCount());
        std::fflush(stdout);
        done();
    };
    // A narrower window relays the article out; then Find, typed.
    window.resize(window.width() - 200, window.height());
    script->after(500, [script] {
        script->window.findBar()->activate();
        script->clock.start();
        script->window.findBar()->field()->setText(QStringLiteral("yang"));
        script->waitForFind(script);
    });
}

} // namespace warta
