#include "main_window.h"

#include "article_export.h"
#include "article_format.h"
#include "article_html.h"
#include "background_load.h"
#include "file_watch.h"
#include "find_bar.h"
#include "language.h"
#include "message_bar.h"
#include "reading_pane.h"
#include "reading_positions.h"
#include "recent_files.h"
#include "side_panel.h"
#include "text_convert.h"

#include "warta/sites/sites.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

namespace warta {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(ViewSettings::load())
    , m_citations(makeCitationSource())
{
    setWindowTitle(tr("Warta"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/warta.svg")));
    setAcceptDrops(true);
    setAccessibleName(tr("Warta"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_message = new MessageBar(central);
    m_pane = new ReadingPane(central);
    m_findBar = new FindBar(central);
    m_findBar->hide();
    layout->addWidget(m_message);
    layout->addWidget(m_pane, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    m_side = new SidePanel(this);
    m_dock = new QDockWidget(tr("Outline and quotes"), this);
    m_dock->setObjectName(QStringLiteral("sidePanel"));
    m_dock->setAccessibleName(tr("Outline and quotes"));
    m_dock->setWidget(m_side);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);

    m_fileWatch = new FileWatch(this);
    connect(m_fileWatch, &FileWatch::changed, this, &MainWindow::reloadChangedFile);
    connect(m_fileWatch, &FileWatch::removed, this, &MainWindow::reportRemovedFile);
    connect(m_side, &SidePanel::paragraphActivated, this, &MainWindow::goToParagraph);
    connect(m_side, &SidePanel::quoteActivated, this, &MainWindow::activateQuote);
    connect(m_pane, &ReadingPane::currentParagraphChanged, this, [this](int index) {
        m_side->setCurrentParagraph(index);
        updateStatus();
    });
    connect(m_findBar, &FindBar::findRequested, this, [this](const QString &text, bool forward) {
        const auto [current, total] = m_pane->find(text, forward);
        m_findBar->setResult(current, total, m_pane->findComplete());
    });
    connect(m_findBar, &FindBar::searchChanged, this, [this](const QString &text) {
        const auto [current, total] = m_pane->find(text, true, true);
        m_findBar->setResult(current, total, m_pane->findComplete());
    });
    connect(m_pane, &ReadingPane::findProgress, m_findBar, &FindBar::setResult);
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_pane->clearFind();
        m_pane->setFocus();
    });

    createLibrary();
    createActions();
    createContextMenus();
    connect(m_pane, &QTextEdit::copyAvailable, this, &MainWindow::updateCitationActions);
    const QString savedStyle = QSettings().value(QStringLiteral("citation/style")).toString();
    setCitationStyle(savedStyle.isEmpty() ? preferredStyleIds().constFirst() : savedStyle);
    createToolBar();
    createStatusBar();
    applyView();
    resize(1180, 780);
    resizeDocks({m_dock}, {390}, Qt::Horizontal);
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
    updateCitationActions();
    for (QAction *action : std::as_const(m_articleActions))
        action->setEnabled(false);
    updateLibraryActions();
    showSiteRulesProblems();
}

void MainWindow::showSiteRulesProblems()
{
    // A rules file the reader added that the core could not load: say so at
    // once, or its site would quietly fall back to content scoring. The
    // sentences name the file, line and field, as the core wrote them.
    const std::vector<std::string> &problems = siteRulesProblems();
    if (problems.empty())
        return;
    QStringList lines;
    for (const std::string &problem : problems)
        lines << qs(problem);
    m_message->showMessage(
            tr("Warta skipped site rules it could not load: %1").arg(lines.join(QLatin1Char(' '))));
}

MainWindow::~MainWindow() = default;

namespace {

// Frees an article on the thread pool. The window and its views must no
// longer refer to it; its ArticleText goes with it once the views have
// let go of theirs.
void freeInBackground(std::optional<LoadedArticle> article)
{
    if (!article)
        return;
    auto owned = std::make_shared<LoadedArticle>(std::move(*article));
    QThreadPool::globalInstance()->start([owned = std::move(owned)]() mutable { owned.reset(); });
}

} // namespace

namespace {

// The wait cursor for as long as it lives.
struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

bool MainWindow::openFile(const QString &path)
{
    return openNativeFile(nativeFilePath(QFile::encodeName(path)));
}

bool MainWindow::openNativeFile(const QByteArray &nativePath)
{
    // Read on a thread of its own: most pages open in a blink, but a page of
    // tens of megabytes takes seconds, during which the window repaints and
    // offers Cancel. One file at a time.
    if (m_opening)
        return false;
    m_opening = true;
    const BusyCursor busy;
    const QString name = QFileInfo(QFile::decodeName(nativePath)).fileName();
    std::optional<LoadOutcome> outcome =
            loadWhileResponsive(nativePath, *statusBar(), tr("Reading “%1”…").arg(name));
    m_opening = false;
    if (!outcome) {
        statusBar()->showMessage(tr("Opening “%1” was cancelled.").arg(name), 4000);
        return false;
    }
    if (!outcome->loaded) {
        showError(outcome->error);
        return false;
    }
    showArticle(std::move(*outcome->loaded));
    RecentFiles::add(m_loaded->path, qs(m_loaded->article.title));
    updateRecentMenu();
    return true;
}

bool MainWindow::openSample()
{
    LoadOutcome outcome = loadSampleArticle();
    if (!outcome.loaded) {
        showError(outcome.error);
        return false;
    }
    showArticle(std::move(*outcome.loaded));
    return true;
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    m_message->showMessage(message);
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showArticle(LoadedArticle loaded)
{
    const bool samePath = m_loaded && m_loaded->path == loaded.path;
    if (m_loaded && !samePath)
        rememberPosition();
    // The article shown so far is freed on another thread once nothing
    // refers to it: hundreds of thousands of strings take a while to free.
    std::optional<LoadedArticle> previous = std::move(m_loaded);
    m_loaded = std::move(loaded);
    m_activeQuote = -1; // the quotes may differ even in the same file
    m_lastError.clear();
    m_message->hide();
    m_fileWatch->setPath(m_loaded->path);
    const Article &article = m_loaded->article;
    setWindowTitle(tr("%1 — Warta").arg(qs(article.title)));
    m_side->setArticle(article, m_loaded->text, provenanceHtml(article, uiLanguage()));
    m_pane->setArticle(article, m_loaded->text, m_loaded->images, htmlOptions());
    freeInBackground(std::move(previous));
    showPagesNote(article);
    if (!samePath) {
        // A file read before opens where the reader left it.
        const int remembered = ReadingPositions::load(m_loaded->path);
        if (remembered > 0 && remembered < m_pane->paragraphCount())
            m_pane->goToParagraph(remembered);
        else
            m_pane->scrollToTop();
    }
    for (QAction *action : std::as_const(m_articleActions))
        action->setEnabled(true);
    updateCitationActions();
    updateStatus();
}

HtmlOptions MainWindow::htmlOptions() const
{
    HtmlOptions options;
    options.colors = themeColors(m_view.theme);
    options.bodyPointSize = m_view.bodyPointSize();
    options.language = uiLanguage();
    options.leadImageUrl = m_loaded ? m_loaded->leadImageUrl : QString();
    QFont font = m_pane->document()->defaultFont();
    font.setPointSizeF(options.bodyPointSize);
    m_pane->document()->setDefaultFont(font);
    return options;
}

void MainWindow::renderArticle()
{
    if (!m_loaded)
        return;
    const int current = m_pane->currentParagraph();
    m_pane->setHtmlOptions(htmlOptions());
    // A new theme or text size keeps the quote chosen in the ledger and the
    // place the reader was at.
    if (m_activeQuote >= 0)
        activateQuote(m_activeQuote);
    if (current > 0 || m_activeQuote >= 0)
        m_pane->goToParagraph(std::max(current, 0));
}

void MainWindow::showPagesNote(const Article &article)
{
    // Joined as warta-cli --join-pages joins: say so, and name what is
    // missing, so that no one cites a part as the whole.
    QString joined;
    QString missing;
    for (const Diagnostic &diagnostic : article.diagnostics) {
        if (diagnostic.code == DiagnosticCode::PagesJoined)
            joined = qs(diagnostic.subject);
        else if (diagnostic.code == DiagnosticCode::PagesMissing)
            missing = qs(diagnostic.subject);
    }
    if (!joined.isEmpty()) {
        QString note = tr("This article was saved in several pages; Warta joined them from this folder: %1.")
                               .arg(joined);
        if (!missing.isEmpty())
            note += QLatin1Char(' ') + tr("Not in the folder, so left out: page %1.").arg(missing);
        m_message->showNote(note);
    } else if (article.pageCount > 1) {
        m_message->showNote(tr("This is page %1 of %2 of the article; its other pages are not in this "
                               "folder, so only this page is shown.")
                                    .arg(article.page)
                                    .arg(article.pageCount));
    }
}

void MainWindow::applyView()
{
    // Dark reading wants dark chrome (and dialogs) around it; the other
    // themes keep the system's palette, remembered before the first change.
    static const QPalette systemPalette = QApplication::palette();
    QApplication::setPalette(m_view.theme == Theme::Dark ? darkPalette() : systemPalette);
    m_pane->applyTheme(themeColors(m_view.theme));
    m_pane->setLimitLineWidth(m_view.limitLineWidth);
    renderArticle();
    m_largerAction->setEnabled(m_view.textStep < ViewSettings::kMaxStep);
    m_smallerAction->setEnabled(m_view.textStep > ViewSettings::kMinStep);
    m_lineWidthAction->setChecked(m_view.limitLineWidth);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == themeKey(m_view.theme));
}

void MainWindow::setTheme(Theme theme, bool remember)
{
    m_view.theme = theme;
    if (remember)
        m_view.save();
    applyView();
}

void MainWindow::changeTextSize(int delta)
{
    m_view.textStep =
            delta == 0 ? 0
                       : std::clamp(m_view.textStep + delta, ViewSettings::kMinStep, ViewSettings::kMaxStep);
    m_view.save();
    applyView();
}

void MainWindow::updateStatus()
{
    if (!m_loaded)
        return;
    const Article &article = m_loaded->article;
    m_words->setText(tr("%n words", nullptr, articleWords(article)));
    // From the window's text, converted once: not the article again on
    // every move of the caret.
    m_reading->setText(readingTimeText(readingTime(m_loaded->text->characters(), article.language)));
    const int count = static_cast<int>(article.paragraphs.size());
    QString position = tr("Paragraph %1 of %2").arg(std::max(m_pane->currentParagraph(), 0) + 1).arg(count);
    if (m_pane->partCount() > 1)
        position += QStringLiteral(" · ") +
                    tr("part %1 of %2").arg(m_pane->currentPart() + 1).arg(m_pane->partCount());
    m_position->setText(position);
}

void MainWindow::createStatusBar()
{
    m_words = new QLabel(this);
    m_reading = new QLabel(this);
    m_position = new QLabel(this);
    m_words->setAccessibleName(tr("Word count"));
    m_reading->setAccessibleName(tr("Reading time"));
    m_position->setAccessibleName(tr("Current paragraph"));
    for (QLabel *label : {m_position, m_words, m_reading})
        label->setContentsMargins(10, 0, 10, 0);
    statusBar()->addPermanentWidget(m_position);
    statusBar()->addPermanentWidget(m_words);
    statusBar()->addPermanentWidget(m_reading);
}

void MainWindow::goToParagraph(int index)
{
    m_pane->goToParagraph(index);
    updateStatus();
}

void MainWindow::showPart(int part)
{
    m_pane->showPart(part);
    updateStatus();
}

void MainWindow::nextParagraph(int delta)
{
    if (!m_loaded)
        return;
    const int count = m_pane->paragraphCount();
    const int target = std::clamp(m_pane->currentParagraph() + delta, 0, std::max(count - 1, 0));
    goToParagraph(target);
}

void MainWindow::activateQuote(int quoteIndex)
{
    if (!m_loaded || quoteIndex < 0)
        return;
    const auto &quotes = m_loaded->article.quotes;
    if (static_cast<std::size_t>(quoteIndex) >= quotes.size())
        return;
    const Quote &quote = quotes[static_cast<std::size_t>(quoteIndex)];
    const auto &paragraphs = m_loaded->article.paragraphs;
    if (quote.paragraph < 0 || static_cast<std::size_t>(quote.endParagraph) >= paragraphs.size())
        return;
    const QuoteRange &range = m_loaded->text->quotes[static_cast<std::size_t>(quoteIndex)];
    m_pane->highlightRange(quote.paragraph, static_cast<int>(range.begin), quote.endParagraph,
                           static_cast<int>(range.end));
    m_activeQuote = quoteIndex;
    updateStatus();
}

MainWindow::ReadingState MainWindow::readingState() const
{
    ReadingState state;
    state.paragraph = m_pane->currentParagraph();
    state.quote = m_activeQuote;
    state.tab = m_side->currentIndex();
    const int speaker = m_side->speakerFilter()->currentIndex();
    if (speaker > 0)
        state.speaker = m_side->speakerFilter()->itemData(speaker).toString();
    return state;
}

void MainWindow::restoreReadingState(const ReadingState &state)
{
    m_side->setCurrentIndex(state.tab);
    if (state.speaker) {
        const int index = m_side->speakerFilter()->findData(*state.speaker);
        if (index > 0)
            m_side->speakerFilter()->setCurrentIndex(index);
    }
    if (state.quote >= 0)
        activateQuote(state.quote);
    if (state.paragraph >= 0)
        goToParagraph(state.paragraph);
}

void MainWindow::reloadChangedFile(const QString &path)
{
    if (!m_loaded || m_loaded->path != path)
        return;
    // Read off the window's thread like any opening: a big file rewritten
    // on disk must not freeze the window either.
    if (m_opening)
        return;
    m_opening = true;
    std::optional<LoadOutcome> read =
            loadWhileResponsive(m_loaded->nativePath, *statusBar(),
                                tr("Reading “%1” again…").arg(QFileInfo(m_loaded->path).fileName()));
    m_opening = false;
    if (!read || !m_loaded || m_loaded->path != path)
        return;
    LoadOutcome outcome = std::move(*read);
    if (outcome.loaded) {
        showArticle(std::move(*outcome.loaded));
        statusBar()->showMessage(tr("Reloaded: the file changed on disk."), 4000);
        return;
    }
    // Half-written, emptied or overwritten with something else: what was read
    // before is still the best copy the reader has, so it stays.
    showError(tr("The file changed on disk. %1 Warta keeps showing the version it read before.")
                      .arg(outcome.error));
}

void MainWindow::reportRemovedFile(const QString &path)
{
    if (!m_loaded || m_loaded->path != path)
        return;
    showError(tr("“%1” was moved or deleted. Warta keeps showing the article it read, and reloads the file "
                 "if it "
                 "comes back.")
                      .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    // The URL's own bytes: toLocalFile() decodes as UTF-8 and loses a name
    // that is not (an old Latin-1 download), which the file manager sends
    // percent-encoded byte by byte.
    openNativeFile(nativeFilePath(urls.first().toEncoded()));
}

void MainWindow::rememberPosition() const
{
    if (m_loaded)
        ReadingPositions::save(m_loaded->path, m_pane->currentParagraph());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberPosition();
    QSettings().setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace warta
