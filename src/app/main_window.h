#pragma once

#include "article_loader.h"
#include "citation_source.h"
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
    bool openFile(const QString &path);
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
    SidePanel *sidePanel() const { return m_side; }
    QDockWidget *sideDock() const { return m_dock; }
    FindBar *findBar() const { return m_findBar; }
    const ViewSettings &viewSettings() const { return m_view; }

    /// Replaces the citation source (the CSL processor, or a test's).
    void setCitationSource(std::unique_ptr<CitationSource> source);
    QString citationStyle() const { return m_styleId; }
    void setCitationStyle(const QString &styleId);
    /// "en-US", "id-ID", or empty to follow the interface language.
    void setCitationLocale(const QString &locale);

    // Commands, public so that tests and the keyboard reach the same code.
    void setTheme(Theme theme, bool remember = true);
    void changeTextSize(int delta); ///< 0 resets
    void goToParagraph(int index);
    void nextParagraph(int delta);
    void activateQuote(int quoteIndex);
    bool copyCitation();
    bool copyParagraphWithCitation();
    bool copyQuoteWithCitation();
    bool exportMarkdown(const QString &path);
    bool exportPdf(const QString &path);
    bool exportReference(ReferenceFormat format, const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createCiteMenu();
    void createViewMenu();
    void createGoMenu();
    void createLanguageMenu();
    void createHelpMenu();
    void createToolBar();
    void createStatusBar();
    QAction *makeAction(const QString &text, const QString &icon, const QString &tip);

    void showArticle(LoadedArticle loaded);
    void renderArticle();
    void applyView();
    void updateStatus();
    void updateRecentMenu();
    void updateCitationActions();
    void showError(const QString &message);
    void reloadChangedFile(const QString &path);
    void reportRemovedFile(const QString &path);
    void switchLanguage(const QString &setting);
    void chooseCitationStyle();
    void askExportMarkdown();
    void askExportPdf();
    void askExportReference(ReferenceFormat format);
    void print();
    bool putCitation(const QString &prefixText, const QString &prefixHtml, const cite::Pinpoint &pinpoint);
    QString citationLocale() const;
    std::unique_ptr<QTextDocument> printableDocument() const;

    std::optional<LoadedArticle> m_loaded;
    QString m_lastError;
    ViewSettings m_view;
    std::unique_ptr<CitationSource> m_citations;
    QString m_styleId;

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
    QAction *m_copyCitationAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_largerAction = nullptr;
    QAction *m_smallerAction = nullptr;
    QAction *m_lineWidthAction = nullptr;
};

} // namespace warta
