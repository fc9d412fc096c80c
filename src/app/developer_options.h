#pragma once

#include <QSize>
#include <QString>

class QCommandLineParser;
class QElapsedTimer;

namespace warta {

class MainWindow;

/// The switches for making the documentation's pictures and figures: not
/// reading options, so they live apart from them (app_options.h).
struct DeveloperOptions {
    QString screenshot; ///< save a picture of the window there and quit
    QString theme;      ///< "light", "sepia" or "dark" for this run only
    QString tab;        ///< side-panel tab to show: "paragraphs", "quotes", "provenance"
    int quote = -1;     ///< ledger row to activate (0-based)
    QSize size{1180, 760};
    /// What the screenshot shows besides the window: "chooser" (the style
    /// chooser over it, with `search` typed), "cite-menu" (the Cite menu
    /// open), "pdf-page" (the first page as exported to PDF, alone),
    /// "reading" (the window 1.5 s after it appears, while the page is read),
    /// "library" (the Library beside the article, `search` typed into it),
    /// "speakers" (the Speakers view, the person `search` names or the most quoted).
    QString show;
    QString search;
    bool benchmark = false;        ///< print start-up time and peak memory, then quit
    bool libraryBenchmark = false; ///< print the Library view's figures, then quit

    /// Whether the run ends by itself once the article is painted.
    bool endsAfterPaint() const { return benchmark || libraryBenchmark || !screenshot.isEmpty(); }
};

/// Adds the developer switches to the parser (their help in the interface
/// language, under a heading of their own).
void addDeveloperOptions(QCommandLineParser &parser);
/// Reads them back after the parser has processed the arguments.
DeveloperOptions readDeveloperOptions(const QCommandLineParser &parser);

/// Applies what must be set before the article is shown (the theme).
void prepareDeveloperRun(MainWindow &window, const DeveloperOptions &options);
/// Once the reading pane has painted: prints the benchmark figures and saves
/// the screenshot, then quits. `sinceMain` was started in main()'s run.
void finishAfterFirstPaint(MainWindow &window, const DeveloperOptions &options,
                           const QElapsedTimer &sinceMain);

} // namespace warta
