#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

class QApplication;

namespace warta {

/// The command line of `warta`.
struct AppOptions {
    QString file;          ///< the article to open; empty for the bundled sample
    QByteArray nativeFile; ///< the same as the command line spelled it (see nativeArgument)
    QString screenshot;    ///< save a picture of the window there and quit
    QString theme;         ///< "light", "sepia" or "dark" for this run only
    QString tab;           ///< side-panel tab to show: "paragraphs", "quotes", "provenance"
    int quote = -1;        ///< ledger row to activate (0-based)
    QSize size{1180, 760};
    bool benchmark = false; ///< print start-up time and peak memory, then quit
};

/// Parses the arguments (after QApplication has seen them); exits on --help.
AppOptions parseOptions(const QApplication &app);

/// The command-line argument `decoded` came from, in its own bytes: Qt
/// decodes arguments as UTF-8, which loses a file name that is not.
QByteArray nativeArgument(int argc, char **argv, const QString &decoded);

class MainWindow;
/// Opens the file of the command line in the window (the sample when none
/// was given); a file that cannot be opened is reported in the window and
/// on stderr, and no sample takes its place.
bool openStartFile(MainWindow &window, const AppOptions &options);

/// Runs the viewer with the options; returns the exit code.
int runViewer(QApplication &app, const AppOptions &options);

} // namespace warta
