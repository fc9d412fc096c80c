#pragma once

#include "article_html.h"
#include "article_loader.h"
#include "citation_source.h"
#include "evidence_print.h"
#include "style_chooser.h"
#include "view_settings.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTextDocument;

namespace warta {

class FileWatch;
class FindBar;
class LibraryPanel;
struct CitationContext;
struct LibraryQuote;
class MessageBar;
class ReadingPane;
class SidePanel;

/// The viewer's window: the reading pane, the side panel (outline, quote
/// ledger, provenance), menus, toolbar and status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a saved page. On failure the current article stays and the error
    /// is shown above it (and returned by lastError()).
    /// `path` may be a `file://` URL.
    bool openFile(const QString &path);
    /// The same for a path in the file system's bytes, which need not be
    /// valid UTF-8.
    bool openNativeFile(const QByteArray &nativePath);
    /// While a file is open it is watched: a change reloads it; when it
    /// becomes unreadable or disappears, the article read before stays, with
    /// a message saying so, and it is reloaded if it comes back.
    FileWatch *fileWatch() const { return m_fileWatch; }
    /// Opens the bundled sample article.
    bool openSample();

    const Article *article() const { return m_loaded ? &m_loaded->article : nullptr; }
    QString currentPath() const { return m_loaded ? m_loaded->path : QString(); }
    QString lastError() const { return m_lastError; }

    ReadingPane *readingPane() const { return m_pane; }
    MessageBar *messageBar() const { return m_message; }
    SidePanel *sidePanel() const { return m_side; }
    QDockWidget *sideDock() const { return m_dock; }
    FindBar *findBar() const { return m_findBar; }
    QMenu *recentMenu() const { return m_recentMenu; }
    const ViewSettings &viewSettings() const { return m_view; }

    /// Replaces the citation source (the CSL processor, or a test's).
    void setCitationSource(std::unique_ptr<CitationSource> source);
    QString citationStyle() const { return m_style.id; }
    /// The locale citations are written in now ("en-GB", "id-ID").
    QString citationLocale() const;
    void setCitationStyle(const QString &styleId);
    /// "en-US", "id-ID", or empty for the style's own locale, else the
    /// interface language.
    void setCitationLocale(const QString &locale);

    // Commands, public so that tests and the keyboard reach the same code.
    void setTheme(Theme theme, bool remember = true);
    void changeTextSize(int delta); ///< 0 resets
    void goToParagraph(int index);
    void nextParagraph(int delta);
    /// Shows another part of a long article (ReadingPane::showPart).
    void showPart(int part);
    void activateQuote(int quoteIndex);
    bool copyCitation();
    bool copyParagraphWithCitation();
    bool copyQuoteWithCitation();
    /// The selected words in quotation marks and the in-text citation pinned
    /// to the paragraph the selection starts in.
    bool copySelectionWithCitation();
    /// The in-text citation alone, with no pinpoint.
    bool copyInTextCitation();
    /// The reference as BibTeX, RIS or CSL-JSON (an array) on the clipboard.
    bool copyReference(ReferenceFormat format);
    bool exportMarkdown(const QString &path);
    bool exportPdf(const QString &path);
    bool exportReference(ReferenceFormat format, const QString &path);
    /// Rebuilds the window in another language ("system", "en", "id") at the
    /// same place: same article, paragraph, tab, speaker filter and quote.
    /// Returns the new window (this one closes), or this when nothing changes.
    MainWindow *switchLanguage(const QString &setting);

    /// Where a context menu was asked for.
    enum class ContextArea {
        Article,
        Outline,
        Ledger
    };
    /// The context menu of an area: the copy commands that apply there (the
    /// same actions as the Cite menu, enabled as they are).
    std::unique_ptr<QMenu> contextMenu(ContextArea area);

    /// The chooser's preview: the open article in a style (empty without one).
    StyleChooser::Preview stylePreview() const;
    /// The article as printed and exported to PDF: on white, 11 points.
    std::unique_ptr<QTextDocument> printableDocument() const;
    /// The open article's evidence (URL, saved-at, SHA-256, citation).
    Evidence evidence() const;

    // The library beside the reader (main_window_library.cpp).
    LibraryPanel *libraryPanel() const { return m_library; }
    QDockWidget *libraryDock() const { return m_libraryDock; }
    /// Opens a saved file of the library (unless it is the one open) and, for
    /// a search hit, goes to its paragraph (0-based) with the first of
    /// `words` found there selected.
    bool openLibraryHit(const QString &path, int paragraph, const QStringList &words);
    /// The reference list of the articles selected in the Library view, in
    /// the chosen style, on the clipboard.
    bool copyLibraryReferenceList();
    /// Their BibTeX, RIS or CSL-JSON on the clipboard, or written to a file.
    bool copyLibraryReferences(ReferenceFormat format);
    bool exportLibraryReferences(ReferenceFormat format, const QString &path);
    /// A quote of the Speakers view, with its citation pinned to its paragraph.
    bool copyLibraryQuote(const LibraryQuote &quote);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createCiteMenu();
    void createCopyActions();
    void createLocaleMenu(QMenu *citeMenu);
    void createContextMenus();
    void showContextMenu(ContextArea area, const QPoint &globalPosition);
    void createViewMenu();
    void createGoMenu();
    void createLanguageMenu();
    void createHelpMenu();
    void createLibrary();
    void createLibraryMenu();
    void showLibraryContextMenu(const QPoint &globalPosition);
    void updateLibraryActions();
    void askExportLibraryReferences(ReferenceFormat format);
    CitationContext citationContext() const;
    void createToolBar();
    void createStatusBar();
    QAction *makeAction(const QString &text, const QString &icon, const QString &tip);

    void showArticle(LoadedArticle loaded);
    void renderArticle();
    /// The reading pane's HTML options for the view settings (and the
    /// pane's default font set to their size).
    HtmlOptions htmlOptions() const;
    /// The note on a multi-page article: pages joined, pages missing.
    void showPagesNote(const Article &article);
    void applyView();
    void updateStatus();
    void updateRecentMenu();
    void updateCitationActions();
    void showError(const QString &message);
    void showSiteRulesProblems();
    /// Remembers the paragraph the reader is at in the open file.
    void rememberPosition() const;
    void reloadChangedFile(const QString &path);
    void reportRemovedFile(const QString &path);
    /// Where the reader is: what a rebuilt window (a language switch) restores.
    struct ReadingState {
        int paragraph = -1;
        int quote = -1;
        int tab = 0;
        std::optional<QString> speaker; ///< the ledger's speaker filter, when set
    };
    ReadingState readingState() const;
    void restoreReadingState(const ReadingState &state);
    void chooseCitationStyle();
    /// Writes an export whole or not at all; a failure is shown with the reason.
    bool writeExport(const QString &path, const QByteArray &bytes);
    void askExportMarkdown();
    void askExportPdf();
    void askExportReference(ReferenceFormat format);
    void print();
    /// What a copy command puts on the clipboard.
    enum class CopyShape {
        Reference, ///< the reference-list entry
        InText,    ///< the in-text citation (or first note)
        Passage,   ///< the words, the pinned in-text citation, then the entry
        Quotation, ///< the words in quotation marks and the pinned in-text citation
    };
    bool putCitation(CopyShape shape, const QString &words, const Pinpoint &pinpoint);
    static QString referenceFormatName(ReferenceFormat format);
    /// The reference as BibTeX, RIS or CSL-JSON; a failure is shown.
    std::optional<QString> referenceText(ReferenceFormat format);
    QString citationLocaleFor(const CitationStyle &style) const;
    void updateCitationLabels();
    static QString localeName(const QString &locale);

    std::optional<LoadedArticle> m_loaded;
    QString m_lastError;
    ViewSettings m_view;
    std::unique_ptr<CitationSource> m_citations;
    CitationStyle m_style;
    int m_activeQuote = -1; ///< the quote highlighted from the ledger, or -1
    bool m_opening = false; ///< a file is being read (openNativeFile is not re-entered)

    ReadingPane *m_pane = nullptr;
    SidePanel *m_side = nullptr;
    QDockWidget *m_dock = nullptr;
    FindBar *m_findBar = nullptr;
    MessageBar *m_message = nullptr;
    FileWatch *m_fileWatch = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_reading = nullptr;
    QLabel *m_position = nullptr;

    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QList<QAction *> m_articleActions;  ///< enabled only with an article open
    QList<QAction *> m_citationActions; ///< also need a citation source
    QAction *m_openAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyCitationAction = nullptr;
    QAction *m_copyQuoteAction = nullptr;
    QAction *m_copyInTextAction = nullptr;
    QAction *m_copySelectionAction = nullptr;
    QAction *m_copyParagraphAction = nullptr;
    QMenu *m_copyReferenceMenu = nullptr;
    QAction *m_styleAction = nullptr;
    QMenu *m_localeMenu = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_largerAction = nullptr;
    QAction *m_smallerAction = nullptr;
    QAction *m_lineWidthAction = nullptr;

    LibraryPanel *m_library = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QAction *m_addFolderAction = nullptr;
    QList<QAction *> m_libraryWriteActions;     ///< need a library Warta may write
    QList<QAction *> m_librarySelectionActions; ///< need articles selected in the library
    QList<QAction *> m_libraryContextItems;     ///< the library tables' context menu
};

} // namespace warta
