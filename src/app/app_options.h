#pragma once

#include <QSize>
#include <QString>

class QApplication;

namespace warta {

/// The command line of `warta`.
struct AppOptions {
    QString file;       ///< the article to open; empty for the bundled sample
    QString screenshot; ///< save a picture of the window there and quit
    QString theme;      ///< "light", "sepia" or "dark" for this run only
    QString tab;        ///< side-panel tab to show: "paragraphs", "quotes", "provenance"
    int quote = -1;     ///< ledger row to activate (0-based)
    QSize size{1180, 760};
    bool benchmark = false; ///< print start-up time and peak memory, then quit
};

/// Parses the arguments (after QApplication has seen them); exits on --help.
AppOptions parseOptions(const QApplication &app);

/// Runs the viewer with the options; returns the exit code.
int runViewer(QApplication &app, const AppOptions &options);

} // namespace warta
