#include "app_options.h"

#include "article_loader.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace warta {

AppOptions parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "warta::Options",
            "Reads a saved news article: paragraphs, quotes and citations. It reads only the "
            "files you open and never connects to the network."));
    // Qt's own help and version texts, worded here so that they follow the
    // interface language even where Qt's catalogue is not installed.
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")},
                      QCoreApplication::translate("warta::Options", "Show this help and quit.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")},
                      QCoreApplication::translate("warta::Options", "Show the version and quit.")});
    parser.addPositionalArgument(
            QStringLiteral("file"),
            QCoreApplication::translate("warta::Options",
                                        "The saved page to open (.html, .htm, .mhtml, .mht), or a "
                                        "file:// URL. Without it Warta opens its sample article."),
            QStringLiteral("[file]"));
    addDeveloperOptions(parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        std::exit(0);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QApplication::applicationName()),
                    qPrintable(QApplication::applicationVersion()));
        std::exit(0);
    }

    AppOptions options;
    options.file = parser.positionalArguments().value(0);
    options.developer = readDeveloperOptions(parser);
    return options;
}

QByteArray nativeArgument(int argc, char **argv, const QString &decoded)
{
    // The last argument that decodes to it: the file is the last positional.
    for (int i = argc - 1; i > 0; --i) {
        if (QString::fromLocal8Bit(argv[i]) == decoded)
            return QByteArray(argv[i]);
    }
    return QFile::encodeName(decoded);
}

bool openStartFile(MainWindow &window, const AppOptions &options)
{
    // The sample only when no file was asked for: a file that cannot be
    // opened leaves an empty window saying why, and says it on stderr too.
    if (options.file.isEmpty())
        return window.openSample();
    const QByteArray native =
            options.nativeFile.isEmpty() ? QFile::encodeName(options.file) : options.nativeFile;
    if (window.openNativeFile(nativeFilePath(native)))
        return true;
    std::fprintf(stderr, "warta: %s\n", window.lastError().toLocal8Bit().constData());
    std::fflush(stderr);
    return false;
}

int runViewer(QApplication &app, const AppOptions &options)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    prepareDeveloperRun(*window, options.developer);
    window->resize(options.developer.size);
    if (options.developer.endsAfterPaint())
        finishAfterFirstPaint(*window, options.developer, sinceMain);
    // The window first, then the page: a page of tens of megabytes takes
    // seconds to read, and the window shows the progress and Cancel.
    window->show();
    openStartFile(*window, options);
    return app.exec();
}

} // namespace warta
