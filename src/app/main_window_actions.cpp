// Menus, toolbar and their actions (the Qt "application" example's layout).
#include "main_window.h"

#include "find_bar.h"
#include "language.h"
#include "reading_pane.h"
#include "recent_files.h"
#include "shortcuts_dialog.h"
#include "side_panel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QToolBar>

namespace warta {

QAction *MainWindow::makeAction(const QString &text, const QString &icon, const QString &tip)
{
    auto *action = new QAction(text, this);
    if (!icon.isEmpty())
        action->setIcon(QIcon::fromTheme(icon));
    action->setStatusTip(tip);
    action->setToolTip(tip);
    return action;
}

void MainWindow::createActions()
{
    m_themeGroup = new QActionGroup(this);
    menuBar()->setAccessibleName(tr("Menu bar"));
    createFileMenu();
    createEditMenu();
    createCiteMenu();
    createLibraryMenu();
    createViewMenu();
    createGoMenu();
    createLanguageMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    m_openAction = makeAction(tr("&Open…"), QStringLiteral("document-open"), tr("Open a saved web page"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
        const QString path = QFileDialog::getOpenFileName(
                this, tr("Open a saved article"), dir,
                tr("Saved web pages (*.html *.htm *.mhtml *.mht);;All files (*)"));
        if (path.isEmpty())
            return;
        QSettings().setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
        openFile(path);
    });
    menu->addAction(m_openAction);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    // Looked at again each time it opens: a file deleted meanwhile is left out.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();

    QAction *sample =
            makeAction(tr("Open &Sample Article"), {}, tr("Open the article that comes with Warta"));
    connect(sample, &QAction::triggered, this, &MainWindow::openSample);
    menu->addAction(sample);

    QAction *reload = makeAction(tr("Re&load"), QStringLiteral("view-refresh"), tr("Read the file again"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, [this] {
        if (m_loaded)
            openNativeFile(m_loaded->nativePath);
    });
    menu->addAction(reload);
    menu->addAction(m_addFolderAction);
    menu->addSeparator();

    QAction *markdown = makeAction(tr("Export as &Markdown…"), QStringLiteral("document-save-as"),
                                   tr("Save the article as a Markdown file"));
    connect(markdown, &QAction::triggered, this, &MainWindow::askExportMarkdown);
    QAction *pdf = makeAction(tr("Export as P&DF…"), QStringLiteral("document-export"),
                              tr("Save the article as a PDF file"));
    connect(pdf, &QAction::triggered, this, &MainWindow::askExportPdf);
    QAction *printAction =
            makeAction(tr("&Print…"), QStringLiteral("document-print"), tr("Print the article"));
    printAction->setShortcut(QKeySequence::Print);
    connect(printAction, &QAction::triggered, this, &MainWindow::print);
    menu->addActions({markdown, pdf, printAction});
    m_articleActions << reload << markdown << pdf << printAction;
    menu->addSeparator();

    QAction *quit = makeAction(tr("&Quit"), QStringLiteral("application-exit"), tr("Close Warta"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    menu->addAction(quit);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    // Files deleted or moved since are left out; each entry reads as the
    // article's headline, the path in its tip.
    QList<RecentFiles::Entry> entries = RecentFiles::entries();
    entries.removeIf([](const RecentFiles::Entry &entry) { return !QFileInfo::exists(entry.path); });
    for (int i = 0; i < entries.size(); ++i) {
        const RecentFiles::Entry &entry = entries.at(i);
        const QString path = entry.path;
        QString name = entry.title.isEmpty() ? QFileInfo(path).fileName() : entry.title;
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        // "&1 name" gives each entry a keyboard accelerator.
        const QString label = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name;
        QAction *action = m_recentMenu->addAction(label);
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!entries.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!entries.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        updateRecentMenu();
    });
}

void MainWindow::createEditMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Edit"));
    m_copyAction = makeAction(tr("&Copy"), QStringLiteral("edit-copy"), tr("Copy the selected text"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, m_pane, &ReadingPane::copy);
    menu->addAction(m_copyAction);
    menu->addSeparator();

    m_findAction = makeAction(tr("&Find…"), QStringLiteral("edit-find"), tr("Find text in the article"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_findBar, &FindBar::activate);
    QAction *next = makeAction(tr("Find &Next"), {}, tr("Go to the next match"));
    next->setShortcut(QKeySequence::FindNext);
    connect(next, &QAction::triggered, this, [this] {
        const auto [current, total] = m_pane->find(m_findBar->text(), true);
        m_findBar->setResult(current, total, m_pane->findComplete());
    });
    QAction *previous = makeAction(tr("Find Pre&vious"), {}, tr("Go to the previous match"));
    previous->setShortcut(QKeySequence::FindPrevious);
    connect(previous, &QAction::triggered, this, [this] {
        const auto [current, total] = m_pane->find(m_findBar->text(), false);
        m_findBar->setResult(current, total, m_pane->findComplete());
    });
    menu->addActions({m_findAction, next, previous});
    m_articleActions << m_findAction << next << previous;
}

void MainWindow::createCopyActions()
{
    m_copyCitationAction = makeAction(tr("Copy C&itation"), QStringLiteral("edit-copy"),
                                      tr("Copy a reference to this article in the chosen style"));
    m_copyCitationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyCitationAction, &QAction::triggered, this, &MainWindow::copyCitation);
    m_copyInTextAction = makeAction(tr("Copy I&n-text Citation"), {},
                                    tr("Copy the in-text citation alone, without a pinpoint"));
    m_copyInTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    connect(m_copyInTextAction, &QAction::triggered, this, &MainWindow::copyInTextCitation);
    m_copySelectionAction =
            makeAction(tr("Copy &Selection with Pinpoint"), {},
                       tr("Copy the selected words in quotation marks with the in-text citation of their "
                          "paragraph"));
    m_copySelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    connect(m_copySelectionAction, &QAction::triggered, this, &MainWindow::copySelectionWithCitation);
    m_copyParagraphAction = makeAction(tr("Copy &Paragraph with Citation"), {},
                                       tr("Copy the current paragraph and a reference pinned to it"));
    m_copyParagraphAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    connect(m_copyParagraphAction, &QAction::triggered, this, &MainWindow::copyParagraphWithCitation);
    m_copyQuoteAction = makeAction(tr("Copy &Quote with Citation"), {},
                                   tr("Copy the quote chosen in the ledger and a reference pinned to it"));
    m_copyQuoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q));
    connect(m_copyQuoteAction, &QAction::triggered, this, &MainWindow::copyQuoteWithCitation);
    m_citationActions << m_copyCitationAction << m_copyInTextAction << m_copyParagraphAction;
}

void MainWindow::createCiteMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Cite"));
    menu->setObjectName(QStringLiteral("citeMenu"));
    createCopyActions();
    // Its text names the style in use (updateCitationLabels).
    m_styleAction = makeAction(tr("Citation &Style…"), QStringLiteral("preferences-desktop"),
                               tr("Choose the citation style"));
    m_styleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(m_styleAction, &QAction::triggered, this, &MainWindow::chooseCitationStyle);
    menu->addActions({m_copyCitationAction, m_copyInTextAction, m_copySelectionAction, m_copyParagraphAction,
                      m_copyQuoteAction});
    m_copyReferenceMenu = menu->addMenu(tr("Copy &Reference As"));
    menu->addSeparator();
    menu->addAction(m_styleAction);
    createLocaleMenu(menu);
    QMenu *exportMenu = menu->addMenu(tr("E&xport Reference"));
    const std::pair<ReferenceFormat, QString> formats[] = {{ReferenceFormat::BibTeX, tr("&BibTeX")},
                                                           {ReferenceFormat::Ris, tr("&RIS")},
                                                           {ReferenceFormat::CslJson, tr("CSL-&JSON")}};
    for (const auto &[format, label] : formats) {
        QAction *copy = m_copyReferenceMenu->addAction(label);
        connect(copy, &QAction::triggered, this, [this, format = format] { copyReference(format); });
        QAction *save = exportMenu->addAction(label + QStringLiteral("…"));
        connect(save, &QAction::triggered, this, [this, format = format] { askExportReference(format); });
        m_citationActions << copy << save;
    }
}

void MainWindow::createLocaleMenu(QMenu *citeMenu)
{
    m_localeMenu = citeMenu->addMenu(tr("Citation &Language"));
    auto *localeGroup = new QActionGroup(this);
    const QString currentLocale = QSettings().value(QStringLiteral("citation/locale")).toString();
    const std::pair<QString, QString> localeList[] = {
            {tr("&Automatic (the Style's Own, Else the Interface's)"), QString()},
            {tr("&English (US)"), QStringLiteral("en-US")},
            {tr("Bahasa &Indonesia"), QStringLiteral("id-ID")}};
    for (const auto &[label, locale] : localeList) {
        QAction *action = m_localeMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(locale == currentLocale);
        localeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, locale = locale] { setCitationLocale(locale); });
    }
}

void MainWindow::createViewMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    m_largerAction = makeAction(tr("&Larger Text"), QStringLiteral("zoom-in"), tr("Make the text larger"));
    m_largerAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(m_largerAction, &QAction::triggered, this, [this] { changeTextSize(+1); });
    m_smallerAction =
            makeAction(tr("&Smaller Text"), QStringLiteral("zoom-out"), tr("Make the text smaller"));
    m_smallerAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut});
    connect(m_smallerAction, &QAction::triggered, this, [this] { changeTextSize(-1); });
    QAction *reset = makeAction(tr("&Default Text Size"), QStringLiteral("zoom-original"),
                                tr("Return to the default text size"));
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(reset, &QAction::triggered, this, [this] { changeTextSize(0); });
    menu->addActions({m_largerAction, m_smallerAction, reset});
    menu->addSeparator();

    QMenu *themes = menu->addMenu(tr("&Theme"));
    const std::pair<QString, Theme> list[] = {
            {tr("&Light"), Theme::Light}, {tr("S&epia"), Theme::Sepia}, {tr("&Dark"), Theme::Dark}};
    for (const auto &[label, theme] : list) {
        QAction *action = themes->addAction(label);
        action->setCheckable(true);
        action->setData(themeKey(theme));
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] { setTheme(theme); });
    }
    m_lineWidthAction =
            makeAction(tr("Comfortable Line &Width"), {}, tr("Keep lines about 70 characters long"));
    m_lineWidthAction->setCheckable(true);
    connect(m_lineWidthAction, &QAction::toggled, this, [this](bool on) {
        if (m_view.limitLineWidth == on)
            return;
        m_view.limitLineWidth = on;
        m_view.save();
        applyView();
    });
    menu->addAction(m_lineWidthAction);
    menu->addSeparator();

    QAction *panel = m_dock->toggleViewAction();
    panel->setText(tr("Side &Panel"));
    panel->setShortcut(QKeySequence(Qt::Key_F9));
    menu->addAction(panel);
    const QString tabs[] = {tr("Show Paragrap&hs"), tr("Show &Quotes"), tr("Show Pro&venance")};
    for (int i = 0; i < 3; ++i) {
        QAction *action = menu->addAction(tabs[i]);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            m_dock->show();
            m_side->setCurrentIndex(i);
            m_side->currentWidget()->setFocus(Qt::ShortcutFocusReason);
            if (i == SidePanel::QuotesTab)
                m_side->ledgerView()->setFocus(Qt::ShortcutFocusReason);
            if (i == SidePanel::OutlineTab)
                m_side->outlineView()->setFocus(Qt::ShortcutFocusReason);
        });
    }
    QAction *article = menu->addAction(tr("Go to &Article Text"));
    article->setShortcut(QKeySequence(Qt::Key_F6));
    connect(article, &QAction::triggered, this, [this] { m_pane->setFocus(Qt::ShortcutFocusReason); });
}

void MainWindow::createGoMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Go"));
    QAction *next =
            makeAction(tr("&Next Paragraph"), QStringLiteral("go-down"), tr("Move to the next paragraph"));
    // J/K as in a news reader; Ctrl+Down/Up as in a word processor, the
    // keys a screen reader user tries first. Either moves the caret, which
    // the screen reader follows and reads from.
    next->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_Down)});
    connect(next, &QAction::triggered, this, [this] { nextParagraph(+1); });
    QAction *previous = makeAction(tr("&Previous Paragraph"), QStringLiteral("go-up"),
                                   tr("Move to the previous paragraph"));
    previous->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_Up)});
    connect(previous, &QAction::triggered, this, [this] { nextParagraph(-1); });
    QAction *first =
            makeAction(tr("&First Paragraph"), QStringLiteral("go-top"), tr("Move to the first paragraph"));
    first->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    connect(first, &QAction::triggered, this, [this] { goToParagraph(0); });
    QAction *last =
            makeAction(tr("&Last Paragraph"), QStringLiteral("go-bottom"), tr("Move to the last paragraph"));
    last->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    connect(last, &QAction::triggered, this, [this] { goToParagraph(m_pane->paragraphCount() - 1); });
    // A long article is shown part by part (docs/viewer.md).
    QAction *nextPart = makeAction(tr("Next Pa&rt"), QStringLiteral("go-next"),
                                   tr("Show the next part of a long article"));
    nextPart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextPart, &QAction::triggered, this, [this] { showPart(m_pane->currentPart() + 1); });
    QAction *previousPart = makeAction(tr("Previous P&art"), QStringLiteral("go-previous"),
                                       tr("Show the previous part of a long article"));
    previousPart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousPart, &QAction::triggered, this, [this] { showPart(m_pane->currentPart() - 1); });
    menu->addActions({next, previous, first, last});
    menu->addSeparator();
    menu->addActions({nextPart, previousPart});
    m_articleActions << next << previous << first << last << nextPart << previousPart;
}

void MainWindow::createLanguageMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const std::pair<QString, QString> list[] = {{tr("&System Language"), QStringLiteral("system")},
                                                {QStringLiteral("&English"), QStringLiteral("en")},
                                                {QStringLiteral("Bahasa &Indonesia"), QStringLiteral("id")}};
    const QString current = languageSetting();
    for (const auto &[label, key] : list) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(key == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, key = key] { switchLanguage(key); });
    }
}

void MainWindow::createHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    QAction *about = makeAction(tr("&About Warta"), QStringLiteral("help-about"), tr("About this program"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Warta"),
                           tr("<p><b>Warta</b> %1</p><p>A reader for saved news articles: paragraphs, "
                              "quotes and citations. It reads only the files you open and never "
                              "connects to the network.</p>")
                                   .arg(QApplication::applicationVersion()));
    });
    QAction *keys = makeAction(tr("&Keyboard Shortcuts"), QStringLiteral("help-keyboard-shortcuts"),
                               tr("List the keys of every command"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(*menuBar(), this);
        dialog.exec();
    });
    menu->addActions({keys, about});
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(tr("Main toolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_openAction);
    bar->addAction(m_copyCitationAction);
    bar->addAction(m_findAction);
    bar->addSeparator();
    bar->addAction(m_smallerAction);
    bar->addAction(m_largerAction);
}

MainWindow *MainWindow::switchLanguage(const QString &setting)
{
    if (setting == languageSetting())
        return this;
    setLanguageSetting(setting);
    installTranslations(*qApp);
    // Every string was translated when the widgets were made, so the simplest
    // faithful switch is a new window in the new language at the same place.
    QSettings().setValue(QStringLiteral("window/state"), saveState());
    auto *replacement = new MainWindow;
    replacement->setAttribute(Qt::WA_DeleteOnClose);
    replacement->setGeometry(geometry());
    if (m_loaded && replacement->openNativeFile(m_loaded->nativePath))
        replacement->restoreReadingState(readingState());
    replacement->show();
    setAttribute(Qt::WA_DeleteOnClose);
    close();
    return replacement;
}

} // namespace warta
