#pragma once

#include "developer_options.h"

#include <QByteArray>
#include <QString>

class QApplication;

namespace warta {

/// The command line of `warta`: what a reader gives it, and the developer
/// switches kept apart (developer_options.h).
struct AppOptions {
    QString file;          ///< the article to open; empty for the bundled sample
    QByteArray nativeFile; ///< the same as the command line spelled it (see nativeArgument)
    DeveloperOptions developer;
};

/// Parses the arguments (after QApplication has seen them and the
/// translations are installed, so --help is in the interface language);
/// exits on --help and --version.
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
