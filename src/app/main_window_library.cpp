// The library beside the reader: its dock, its menu, opening a hit, and the
// copy commands of its selection and of a speaker's quotes.
#include "main_window.h"

#include "library_panel.h"
#include "library_references.h"
#include "library_view.h"
#include "message_bar.h"
#include "reading_pane.h"
#include "speakers_view.h"
#include "text_convert.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace warta {

void MainWindow::createLibrary()
{
    m_library = new LibraryPanel(qs(defaultLibraryPath()), this);
    m_libraryDock = new QDockWidget(tr("Library"), this);
    m_libraryDock->setObjectName(QStringLiteral("libraryPanel"));
    m_libraryDock->setAccessibleName(tr("Library"));
    m_libraryDock->setWidget(m_library);
    m_libraryDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_libraryDock);
    // Hidden until the reader asks for it (or the saved layout shows it).
    m_libraryDock->hide();

    m_addFolderAction = makeAction(tr("Add Folder to &Library…"), QStringLiteral("folder-new"),
                                   tr("Index a folder of saved pages, and watch it for new ones"));
    connect(m_addFolderAction, &QAction::triggered, this, [this] {
        const QString dir = QSettings().value(QStringLiteral("files/lastDir")).toString();
        const QString folder = QFileDialog::getExistingDirectory(
                this, tr("Add a Folder of Saved Pages to the Library"), dir);
        if (folder.isEmpty())
            return;
        m_libraryDock->show();
        m_library->addFolders({folder});
    });

    connect(m_library, &LibraryPanel::openRequested, this, &MainWindow::openLibraryHit);
    connect(m_library, &LibraryPanel::copyQuoteRequested, this, &MainWindow::copyLibraryQuote);
    connect(m_library, &LibraryPanel::contextMenuRequested, this, &MainWindow::showLibraryContextMenu);
    connect(m_library, &LibraryPanel::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_library, &LibraryPanel::stateChanged, this, &MainWindow::updateLibraryActions);
    m_library->openIfPresent();
}

void MainWindow::createLibraryMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("Li&brary"));
    menu->setObjectName(QStringLiteral("libraryMenu"));
    QAction *show = m_libraryDock->toggleViewAction();
    show->setText(tr("Show &Library"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *search = makeAction(tr("&Search the Library"), QStringLiteral("edit-find"),
                                 tr("Search every article of the library"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(search, &QAction::triggered, this, [this] {
        m_libraryDock->show();
        m_library->tabs()->setCurrentIndex(LibraryPanel::ArticlesTab);
        m_library->libraryView()->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_library->libraryView()->searchField()->selectAll();
    });
    QAction *speakers =
            makeAction(tr("S&peakers"), {}, tr("Every person quoted in the library, with their quotes"));
    connect(speakers, &QAction::triggered, this, [this] {
        m_libraryDock->show();
        m_library->tabs()->setCurrentIndex(LibraryPanel::SpeakersTab);
        m_library->speakersView()->nameFilter()->setFocus(Qt::ShortcutFocusReason);
    });
    QAction *update = makeAction(tr("&Update the Library"), QStringLiteral("view-refresh"),
                                 tr("Read new and changed files of the library's folders"));
    update->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(update, &QAction::triggered, m_library, &LibraryPanel::update);
    QAction *rebuild = makeAction(tr("&Rebuild the Library"), {},
                                  tr("Move the database aside and read every folder again"));
    connect(rebuild, &QAction::triggered, this, [this] {
        m_libraryDock->show();
        m_library->rebuild();
    });
    QAction *cancel = makeAction(tr("&Cancel Indexing"), QStringLiteral("process-stop"),
                                 tr("Stop reading the folders; what was read is kept"));
    connect(cancel, &QAction::triggered, m_library, &LibraryPanel::cancelIndexing);
    menu->addActions({show, search, speakers});
    menu->addSeparator();
    menu->addActions({m_addFolderAction, update, rebuild, cancel});
    menu->addSeparator();
    m_libraryWriteActions << m_addFolderAction << update;

    QAction *list = makeAction(tr("Copy Reference &List"), QStringLiteral("edit-copy"),
                               tr("Copy the reference list of the selected articles in the chosen style"));
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(list, &QAction::triggered, this, &MainWindow::copyLibraryReferenceList);
    menu->addAction(list);
    m_librarySelectionActions << list;
    QMenu *copyAs = menu->addMenu(tr("Copy Selection &As"));
    QMenu *exportAs = menu->addMenu(tr("&Export Selection As"));
    m_libraryContextItems << list << copyAs->menuAction() << exportAs->menuAction();
    const std::pair<ReferenceFormat, QString> formats[] = {{ReferenceFormat::BibTeX, tr("&BibTeX")},
                                                           {ReferenceFormat::Ris, tr("&RIS")},
                                                           {ReferenceFormat::CslJson, tr("CSL-&JSON")}};
    for (const auto &[format, label] : formats) {
        QAction *copy = copyAs->addAction(label);
        connect(copy, &QAction::triggered, this, [this, format = format] { copyLibraryReferences(format); });
        QAction *save = exportAs->addAction(label + QStringLiteral("…"));
        connect(save, &QAction::triggered, this,
                [this, format = format] { askExportLibraryReferences(format); });
        m_librarySelectionActions << copy << save;
    }
    // Indexing shows in the panel; the Cancel item follows it.
    connect(m_library, &LibraryPanel::stateChanged, cancel,
            [this, cancel] { cancel->setEnabled(m_library->isIndexing()); });
    cancel->setEnabled(false);
    auto *selection = m_library->libraryView();
    for (QTableView *table : {selection->articleTable(), selection->resultTable()})
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::updateLibraryActions);
}

void MainWindow::updateLibraryActions()
{
    const bool open = m_library->library() != nullptr;
    const bool writable = !open || !m_library->isReadOnly();
    for (QAction *action : std::as_const(m_libraryWriteActions))
        action->setEnabled(writable && !m_library->isIndexing());
    const LibraryView *view = m_library->libraryView();
    const QTableView *table = view->showingResults() ? view->resultTable() : view->articleTable();
    const bool selected = open && table->selectionModel()->hasSelection();
    for (QAction *action : std::as_const(m_librarySelectionActions))
        action->setEnabled(selected);
}

void MainWindow::showLibraryContextMenu(const QPoint &globalPosition)
{
    // The Library menu's selection commands, enabled as they are there.
    QMenu menu(this);
    for (QAction *action : std::as_const(m_libraryContextItems))
        menu.addAction(action);
    menu.exec(globalPosition);
}

CitationContext MainWindow::citationContext() const
{
    return {m_citations.get(), m_style.id, m_style.title, citationLocale()};
}

bool MainWindow::openLibraryHit(const QString &path, int paragraph, const QStringList &words)
{
    // The file open now stays as the reader left it; another one is opened.
    const bool isOpen = m_loaded && m_loaded->path == QFileInfo(path).absoluteFilePath();
    if (!isOpen && !openFile(path))
        return false;
    if (paragraph < 0 || paragraph >= m_pane->paragraphCount())
        return true;
    goToParagraph(paragraph);
    const QString text = qs(m_loaded->article.paragraphs[static_cast<std::size_t>(paragraph)].text);
    for (const QString &word : words) {
        const int at = word.isEmpty() ? -1 : static_cast<int>(text.indexOf(word, 0, Qt::CaseInsensitive));
        if (at >= 0) {
            m_pane->highlightRange(paragraph, at, paragraph, at + static_cast<int>(word.size()));
            break;
        }
    }
    updateStatus();
    return true;
}

namespace {

void putOnClipboard(const FormattedCitation &citation)
{
    auto *mime = new QMimeData;
    mime->setText(citation.text);
    mime->setHtml(citation.html);
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace

bool MainWindow::copyLibraryReferenceList()
{
    QString error;
    const auto list = m_library->selectionReferenceList(citationContext(), &error);
    if (!list) {
        showError(tr("Warta could not make the reference list: %1.").arg(error));
        return false;
    }
    putOnClipboard(*list);
    statusBar()->showMessage(tr("Reference list of %n articles copied (%1, %2).", nullptr,
                                static_cast<int>(m_library->selectedArticles().size()))
                                     .arg(m_style.title, localeName(citationLocale())),
                             4000);
    return true;
}

bool MainWindow::copyLibraryReferences(ReferenceFormat format)
{
    QStringList problems;
    const auto text = m_library->selectionReferences(format, &problems);
    if (!text) {
        statusBar()->showMessage(tr("Choose one or more articles in the Library first."), 4000);
        return false;
    }
    QGuiApplication::clipboard()->setText(*text);
    statusBar()->showMessage(tr("References copied as %1.").arg(referenceFormatName(format)), 4000);
    if (!problems.isEmpty())
        showError(tr("Some articles were left out, their files could not be read: %1")
                          .arg(problems.join(QStringLiteral("; "))));
    return true;
}

bool MainWindow::exportLibraryReferences(ReferenceFormat format, const QString &path)
{
    QStringList problems;
    const auto text = m_library->selectionReferences(format, &problems);
    if (!text)
        return false;
    if (!problems.isEmpty())
        showError(tr("Some articles were left out, their files could not be read: %1")
                          .arg(problems.join(QStringLiteral("; "))));
    return writeExport(path, text->toUtf8());
}

void MainWindow::askExportLibraryReferences(ReferenceFormat format)
{
    QString name = QStringLiteral("references.bib");
    QString filter = tr("BibTeX (*.bib)");
    if (format == ReferenceFormat::Ris) {
        name = QStringLiteral("references.ris");
        filter = tr("RIS (*.ris)");
    } else if (format == ReferenceFormat::CslJson) {
        name = QStringLiteral("references.json");
        filter = tr("CSL-JSON (*.json)");
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export References"), name, filter);
    if (!path.isEmpty() && exportLibraryReferences(format, path))
        statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
}

bool MainWindow::copyLibraryQuote(const LibraryQuote &quote)
{
    QString error;
    const auto cited = m_library->citedQuote(quote, citationContext(), &error);
    if (!cited) {
        showError(tr("Warta could not make the citation: %1.").arg(error));
        return false;
    }
    putOnClipboard(*cited);
    statusBar()->showMessage(tr("Citation copied (%1, %2).").arg(m_style.title, localeName(citationLocale())),
                             4000);
    return true;
}

} // namespace warta
