#include "developer_options.h"

#include "benchmark_run.h"
#include "library_benchmark.h"
#include "library_panel.h"
#include "library_view.h"
#include "speakers_view.h"

#include "main_window.h"
#include "reading_pane.h"
#include "side_panel.h"
#include "style_chooser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPixmap>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace warta {
namespace {

// Fires once after the reading pane has painted the article.
class PaintProbe : public QObject {
public:
    explicit PaintProbe(std::function<void()> done) : m_done(std::move(done)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The window shows before the page is read; the first paint that
        // counts is the first with the article (or with the reason it did
        // not open).
        auto *window = qobject_cast<MainWindow *>(parent());
        const bool ready = window && (window->article() || !window->lastError().isEmpty());
        if (event->type() == QEvent::Paint && m_done && ready) {
            auto done = std::move(m_done);
            m_done = nullptr;
            QTimer::singleShot(0, watched, done); // after the paint has finished
        }
        return false;
    }

private:
    std::function<void()> m_done;
};

// The Library beside the article, or its Speakers view, as --show asks.
void prepareLibraryView(MainWindow &window, const DeveloperOptions &options)
{
    LibraryPanel *panel = window.libraryPanel();
    window.libraryDock()->show();
    window.resizeDocks({window.libraryDock()}, {options.size.width() * 2 / 5}, Qt::Horizontal);
    if (options.show == QLatin1String("speakers")) {
        panel->tabs()->setCurrentIndex(LibraryPanel::SpeakersTab);
        QListWidget *people = panel->speakersView()->speakerList();
        // The people are read on a thread of their own.
        QElapsedTimer waited;
        waited.start();
        while (people->count() == 0 && waited.elapsed() < 5000)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        int row = 0;
        for (int i = 0; i < people->count() && !options.search.isEmpty(); ++i)
            if (people->item(i)->text().startsWith(options.search, Qt::CaseInsensitive))
                row = i;
        people->setCurrentRow(row);
        panel->speakersView()->quoteTable()->selectRow(0);
        return;
    }
    panel->tabs()->setCurrentIndex(LibraryPanel::ArticlesTab);
    LibraryView *view = panel->libraryView();
    if (!options.search.isEmpty()) {
        // The hits as typed, their words in bold (a selection would hide them).
        view->searchField()->setText(options.search);
        view->searchNow();
        return;
    }
    // Two articles chosen, as for Library ▸ Copy Reference List.
    QTableView *table = view->articleTable();
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void prepareScreenshotView(MainWindow &window, const DeveloperOptions &options)
{
    if (options.show == QLatin1String("library") || options.show == QLatin1String("speakers"))
        prepareLibraryView(window, options);
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

QPixmap windowPicture(MainWindow &window)
{
    // grab() leaves unpainted chrome transparent; put it on the window colour.
    QPixmap shot(window.size());
    shot.fill(window.palette().color(QPalette::Window));
    window.render(&shot);
    return shot;
}

// A top-level widget painted onto the window's picture where it stands.
void paintOver(QPixmap &shot, MainWindow &window, QWidget &popup)
{
    QPixmap picture(popup.size());
    picture.fill(popup.palette().color(QPalette::Window));
    popup.render(&picture);
    QPainter painter(&shot);
    painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0))), picture);
    painter.setPen(popup.palette().color(QPalette::Mid));
    painter.drawRect(QRect(window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0))), popup.size())
                             .adjusted(0, 0, -1, -1));
}

QPixmap chooserPicture(MainWindow &window, const DeveloperOptions &options)
{
    QPixmap shot = windowPicture(window);
    StyleChooser chooser(installedStyles(), window.citationStyle(), &window, window.stylePreview());
    chooser.move(window.mapToGlobal(QPoint((window.width() - chooser.width()) / 2, 40)));
    chooser.show();
    if (!options.search.isEmpty())
        chooser.searchField()->setText(options.search);
    chooser.updatePreview();
    QApplication::processEvents();
    paintOver(shot, window, chooser);
    return shot;
}

QPixmap citeMenuPicture(MainWindow &window)
{
    QPixmap shot = windowPicture(window);
    for (QAction *action : window.menuBar()->actions()) {
        QMenu *menu = action->menu();
        if (!menu || menu->objectName() != QLatin1String("citeMenu"))
            continue;
        menu->popup(window.mapToGlobal(window.menuBar()->actionGeometry(action).bottomLeft() +
                                       window.menuBar()->pos()));
        QApplication::processEvents();
        paintOver(shot, window, *menu);
        menu->hide();
    }
    return shot;
}

// The first page as File ▸ Export as PDF lays it out (A4, the same margins
// and the evidence footer), painted at 110 dots an inch.
QPixmap pdfPagePicture(MainWindow &window)
{
    const QSizeF a4mm(210, 297);
    const qreal dpi = 110;
    const QSize size(qRound(a4mm.width() / 25.4 * dpi), qRound(a4mm.height() / 25.4 * dpi));
    const QMarginsF margins(18, 18, 18, 14);
    QImage page(size, QImage::Format_RGB32);
    page.setDotsPerMeterX(qRound(dpi / 0.0254));
    page.setDotsPerMeterY(qRound(dpi / 0.0254));
    page.fill(Qt::white);
    const auto document = window.printableDocument();
    const QPointF origin(margins.left() / 25.4 * dpi, margins.top() / 25.4 * dpi);
    const QSizeF area(size.width() - (margins.left() + margins.right()) / 25.4 * dpi,
                      size.height() - (margins.top() + margins.bottom()) / 25.4 * dpi);
    EvidencePages pages(*document, page, area, window.evidence());
    QPainter painter(&page);
    painter.translate(origin);
    pages.paintPage(painter, 0);
    painter.end();
    return QPixmap::fromImage(page);
}

void saveScreenshot(MainWindow &window, const DeveloperOptions &options)
{
    QPixmap shot;
    if (options.show == QLatin1String("chooser"))
        shot = chooserPicture(window, options);
    else if (options.show == QLatin1String("cite-menu"))
        shot = citeMenuPicture(window);
    else if (options.show == QLatin1String("pdf-page"))
        shot = pdfPagePicture(window);
    else
        shot = windowPicture(window);
    shot.save(options.screenshot);
}

const QString kScreenshot = QStringLiteral("screenshot");
constexpr int kReadingShotMs = 1500;
const QString kTheme = QStringLiteral("theme");
const QString kTab = QStringLiteral("tab");
const QString kQuote = QStringLiteral("quote");
const QString kSize = QStringLiteral("size");
const QString kBenchmark = QStringLiteral("benchmark");
const QString kLibraryBenchmark = QStringLiteral("library-benchmark");
const QString kShow = QStringLiteral("show");
const QString kSearch = QStringLiteral("search");

} // namespace

void addDeveloperOptions(QCommandLineParser &parser)
{
    parser.addOptions({
            {kScreenshot,
             QCoreApplication::translate(
                     "warta::Options", "Developer: save a picture of the window to this PNG file and quit."),
             QStringLiteral("png")},
            {kTheme,
             QCoreApplication::translate("warta::Options",
                                         "Developer: light, sepia or dark, for this run only."),
             kTheme},
            {kTab,
             QCoreApplication::translate(
                     "warta::Options",
                     "Developer: the side-panel tab to show (paragraphs, quotes or provenance)."),
             kTab},
            {kQuote,
             QCoreApplication::translate("warta::Options", "Developer: the ledger row to highlight, from 0."),
             QStringLiteral("row")},
            {kSize,
             QCoreApplication::translate("warta::Options", "Developer: the window size, WIDTHxHEIGHT."),
             kSize},
            {kBenchmark, QCoreApplication::translate(
                                 "warta::Options",
                                 "Developer: print the time to the painted article and the peak memory, "
                                 "then quit.")},
            {kShow,
             QCoreApplication::translate(
                     "warta::Options",
                     "Developer: with --screenshot, also show the style chooser (chooser), "
                     "the Cite menu (cite-menu), only the first page as exported to PDF (pdf-page), "
                     "or the window 1.5 s after it appears, while a large page is read (reading); "
                     "the Library (library) or its Speakers view (speakers)."),
             kShow},
            {kLibraryBenchmark,
             QCoreApplication::translate("warta::Options",
                                         "Developer: print the Library view's figures (opening, scrolling, "
                                         "searching as you type) on the library, then quit.")},
            {kSearch,
             QCoreApplication::translate(
                     "warta::Options",
                     "Developer: the search typed into the style chooser of --show chooser, or into "
                     "the Library of --show library; the person of --show speakers."),
             kSearch},
    });
}

DeveloperOptions readDeveloperOptions(const QCommandLineParser &parser)
{
    DeveloperOptions options;
    options.screenshot = parser.value(kScreenshot);
    options.theme = parser.value(kTheme);
    options.tab = parser.value(kTab);
    options.quote = parser.isSet(kQuote) ? parser.value(kQuote).toInt() : -1;
    const QStringList wh = parser.value(kSize).split(QLatin1Char('x'));
    if (wh.size() == 2)
        options.size = QSize(wh[0].toInt(), wh[1].toInt());
    options.benchmark = parser.isSet(kBenchmark);
    options.libraryBenchmark = parser.isSet(kLibraryBenchmark);
    options.show = parser.value(kShow);
    options.search = parser.value(kSearch);
    return options;
}

void prepareDeveloperRun(MainWindow &window, const DeveloperOptions &options)
{
    if (options.benchmark)
        startStallWatch(window);
    if (!options.theme.isEmpty())
        window.setTheme(themeFromKey(options.theme, Theme::Light), false);
}

void finishAfterFirstPaint(MainWindow &window, const DeveloperOptions &options,
                           const QElapsedTimer &sinceMain)
{
    const bool whileReading = options.show == QLatin1String("reading");
    if (whileReading && !options.screenshot.isEmpty()) {
        // The window as it is while a large page is read: the progress row
        // and Cancel in the status bar.
        QTimer::singleShot(kReadingShotMs, &window,
                           [&window, options] { windowPicture(window).save(options.screenshot); });
    }
    auto *probe = new PaintProbe([&window, options, sinceMain, whileReading] {
        if (options.benchmark) {
            runBenchmark(window, sinceMain, [] { QApplication::quit(); });
            return;
        }
        if (options.libraryBenchmark) {
            runLibraryBenchmark(window, [] { QApplication::quit(); });
            return;
        }
        if (whileReading) {
            QApplication::quit();
            return;
        }
        prepareScreenshotView(window, options);
        QApplication::processEvents();
        saveScreenshot(window, options);
        QApplication::quit();
    });
    probe->setParent(&window);
    window.readingPane()->viewport()->installEventFilter(probe);
}

} // namespace warta
