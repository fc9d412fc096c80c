#include "app_options.h"

#include "article_loader.h"
#include "main_window.h"
#include "reading_pane.h"
#include "side_panel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

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

// Fires once after the reading pane has painted the article.
class PaintProbe : public QObject {
public:
    explicit PaintProbe(std::function<void()> done) : m_done(std::move(done)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_done) {
            auto done = std::move(m_done);
            m_done = nullptr;
            QTimer::singleShot(0, watched, done); // after the paint has finished
        }
        return false;
    }

private:
    std::function<void()> m_done;
};

void prepareScreenshotView(MainWindow &window, const AppOptions &options)
{
    if (options.tab == QLatin1String("quotes"))
        window.sidePanel()->setCurrentIndex(SidePanel::QuotesTab);
    else if (options.tab == QLatin1String("provenance"))
        window.sidePanel()->setCurrentIndex(SidePanel::ProvenanceTab);
    else
        window.sidePanel()->setCurrentIndex(SidePanel::OutlineTab);
    if (options.quote >= 0) {
        window.sidePanel()->ledgerView()->selectRow(options.quote);
        window.activateQuote(options.quote);
    }
}

} // namespace

AppOptions parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "warta::Options", "Reads a saved news article: paragraphs, quotes and citations."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("file"),
            QApplication::translate("warta::Options", "Saved page to open (.html, .mhtml)."),
            QStringLiteral("[file]"));
    const QCommandLineOption screenshot(
            QStringLiteral("screenshot"),
            QApplication::translate("warta::Options", "Save a picture of the window and quit."),
            QStringLiteral("png"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("light, sepia or dark (this run only)."),
                                   QStringLiteral("theme"));
    const QCommandLineOption tab(QStringLiteral("tab"), QStringLiteral("paragraphs, quotes or provenance."),
                                 QStringLiteral("tab"));
    const QCommandLineOption quote(QStringLiteral("quote"), QStringLiteral("Ledger row to highlight."),
                                   QStringLiteral("row"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, WxH."),
                                  QStringLiteral("size"));
    const QCommandLineOption benchmark(QStringLiteral("benchmark"),
                                       QStringLiteral("Print start-up time and peak memory, then quit."));
    parser.addOptions({screenshot, theme, tab, quote, size, benchmark});
    parser.process(app);

    AppOptions options;
    options.file = parser.positionalArguments().value(0);
    options.screenshot = parser.value(screenshot);
    options.theme = parser.value(theme);
    options.tab = parser.value(tab);
    options.quote = parser.isSet(quote) ? parser.value(quote).toInt() : -1;
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    if (wh.size() == 2)
        options.size = QSize(wh[0].toInt(), wh[1].toInt());
    options.benchmark = parser.isSet(benchmark);
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
    if (!options.theme.isEmpty())
        window->setTheme(themeFromKey(options.theme, Theme::Light), false);
    openStartFile(*window, options);
    window->resize(options.size);

    if (options.benchmark || !options.screenshot.isEmpty()) {
        auto *probe = new PaintProbe([window, options, sinceMain] {
            const qint64 mainMs = sinceMain.elapsed();
            const double processMs = secondsSinceProcessStart() * 1000.0;
            if (options.benchmark)
                std::printf("painted-article-ms-since-main %lld\nprocess-start-to-paint-ms "
                            "%.0f\npeak-rss-kib %ld\n",
                            static_cast<long long>(mainMs), processMs, peakRssKiB());
            if (!options.screenshot.isEmpty()) {
                prepareScreenshotView(*window, options);
                QApplication::processEvents();
                // grab() leaves unpainted chrome transparent; put it on the window colour.
                QPixmap shot(window->size());
                shot.fill(window->palette().color(QPalette::Window));
                window->render(&shot);
                shot.save(options.screenshot);
            }
            QApplication::quit();
        });
        probe->setParent(window);
        window->readingPane()->viewport()->installEventFilter(probe);
    }
    window->show();
    return app.exec();
}

} // namespace warta
