#include "library_benchmark.h"

#include "library_model.h"
#include "library_panel.h"
#include "library_search_model.h"
#include "library_view.h"
#include "main_window.h"
#include "text_convert.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace warta {
namespace {

// Counts the paints of a widget.
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

double percentile(std::vector<double> values, double share)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(share * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

double milliseconds(const QElapsedTimer &clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

// Processes events until the table has painted once more (at most a second).
void untilPainted(QTableView &table, PaintCounter &counter)
{
    const int before = counter.paints;
    QElapsedTimer guard;
    guard.start();
    table.viewport()->update();
    while (counter.paints == before && guard.elapsed() < 1000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
}

// The words a reader would type: the longer words of the first titles,
// each typed from its third letter on.
std::vector<QString> typedPrefixes(const Library &library, std::size_t words)
{
    std::vector<QString> prefixes;
    const auto titles = library.articles({}, ArticleOrder::Newest, 0, 200);
    if (!titles)
        return prefixes;
    std::size_t used = 0;
    for (const LibraryArticle &article : *titles) {
        for (const QString &word : qs(article.title).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word.size() < 6 || !word.front().isLetter())
                continue;
            for (qsizetype length = 3; length <= word.size(); ++length)
                prefixes.push_back(word.left(length));
            if (++used == words)
                return prefixes;
            break;
        }
    }
    return prefixes;
}

} // namespace

void runLibraryBenchmark(MainWindow &window, std::function<void()> done)
{
    LibraryPanel *panel = window.libraryPanel();
    LibraryView *view = panel->libraryView();
    QTableView *table = view->articleTable();
    PaintCounter counter;
    table->viewport()->installEventFilter(&counter);
    window.libraryDock()->show();

    // Opening: the database opened, counted and its first page of rows painted.
    std::vector<double> opens;
    for (int run = 0; run < 5; ++run) {
        panel->close();
        QApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        if (!panel->open()) {
            std::printf("library: %s\n", panel->faultText().toLocal8Bit().constData());
            done();
            return;
        }
        untilPainted(*table, counter);
        opens.push_back(milliseconds(clock));
        // The facet counts, the people and the status go on on threads of
        // their own: let them end before the next opening is timed.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 6000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    const int articles = view->articleModel()->rowCount();

    // Scrolling to the end and back: the pages read, never every row.
    const int pagesBefore = view->articleModel()->pagesRead();
    QElapsedTimer scrollClock;
    scrollClock.start();
    for (int step = 0; step < 20; ++step) {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() * step / 19);
        untilPainted(*table, counter);
    }
    const double scrollMs = milliseconds(scrollClock) / 20;
    const int pagesRead = view->articleModel()->pagesRead() - pagesBefore;

    // Typing: each prefix as a keystroke, its search run and its hits painted.
    QTableView *results = view->resultTable();
    PaintCounter resultPaints;
    results->viewport()->installEventFilter(&resultPaints);
    std::vector<double> keystrokes;
    std::vector<double> queries;
    for (const QString &prefix : typedPrefixes(*panel->library(), 40)) {
        QElapsedTimer clock;
        clock.start();
        view->searchField()->setText(prefix);
        view->searchNow();
        queries.push_back(static_cast<double>(view->lastSearchMicroseconds()) / 1000.0);
        untilPainted(*results, resultPaints);
        keystrokes.push_back(milliseconds(clock));
    }
    view->searchField()->clear();

    std::printf("library articles: %d\n", articles);
    std::printf(
            "library view open to first rows painted: first %.1f ms, median %.1f ms, max %.1f ms (5 runs)\n",
            opens.front(), percentile(opens, 0.5), percentile(opens, 1.0));
    std::printf("scroll step (20 steps top to bottom): %.1f ms each; pages of %d rows read: %d\n", scrollMs,
                LibraryArticleModel::kPageRows, pagesRead);
    std::printf(
            "search as you type (%zu keystrokes): query p50 %.1f ms, p95 %.1f ms; keystroke to hits painted "
            "p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
            keystrokes.size(), percentile(queries, 0.5), percentile(queries, 0.95),
            percentile(keystrokes, 0.5), percentile(keystrokes, 0.95), percentile(keystrokes, 1.0));
    std::fflush(stdout);
    done();
}

} // namespace warta
