#pragma once

#include "library_indexing.h"
#include "library_references.h"

#include "warta/library/library.h"

#include <QWidget>

#include <optional>
#include <vector>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace warta {

class LibraryView;
class LibraryWatch;
class SpeakersView;

/// The library beside the reader: the window's connection to the database,
/// the Library and Speakers views over it, the files that gave no article,
/// the indexing in the background with its progress, the folder watch, and
/// what to do when the database cannot be used.
///
/// A database that is damaged, locked, on a read-only disk or made by a
/// newer Warta is never a crash: the panel says so in a sentence and offers
/// the way out (Rebuild, which moves the old file aside and never deletes
/// it; Open Read-Only; Try Again), and the reader's article stays as it is.
class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    enum Tab {
        ArticlesTab,
        SpeakersTab,
        ProblemsTab
    };

    /// `databasePath`: the SQLite file (defaultLibraryPath() in the program).
    explicit LibraryPanel(const QString &databasePath, QWidget *parent = nullptr);
    ~LibraryPanel() override;

    const QString &databasePath() const { return m_path; }
    /// Opens the database (read-write creates it); false shows the fault.
    bool open(LibraryAccess access = LibraryAccess::ReadWrite);
    /// Opens it when the file is there: a reader who never made a library
    /// gets no database file.
    void openIfPresent();
    /// Closes the window's connection (the views empty).
    void close();
    const Library *library() const { return m_library ? &*m_library : nullptr; }
    bool isReadOnly() const { return m_library && m_library->readOnly(); }

    /// Adds folders and indexes them in the background.
    void addFolders(const QStringList &folders);
    void update();
    /// Moves the database aside and builds it again from the folders.
    void rebuild();
    void cancelIndexing();
    bool isIndexing() const { return m_indexer->isRunning(); }

    /// The articles selected in the Library view.
    std::vector<LibraryArticle> selectedArticles() const;
    /// Their reference list in the chosen style; a failure sets `error`.
    std::optional<FormattedCitation> selectionReferenceList(const CitationContext &context,
                                                            QString *error) const;
    /// Their BibTeX, RIS or CSL-JSON; files that could not be read are
    /// named in `problems`.
    std::optional<QString> selectionReferences(ReferenceFormat format, QStringList *problems) const;
    /// A quote of the Speakers view with its citation.
    std::optional<FormattedCitation> citedQuote(const LibraryQuote &quote, const CitationContext &context,
                                                QString *error) const;

    /// The sentence shown when the library cannot be used (empty when it can).
    QString faultText() const;
    QPushButton *rebuildButton() const { return m_rebuild; }
    QPushButton *readOnlyButton() const { return m_readOnly; }
    QPushButton *retryButton() const { return m_retry; }
    QTabWidget *tabs() const { return m_tabs; }
    LibraryView *libraryView() const { return m_view; }
    SpeakersView *speakersView() const { return m_speakers; }
    QTreeWidget *problemList() const { return m_problems; }
    LibraryIndexer *indexer() const { return m_indexer; }
    LibraryWatch *folderWatch() const { return m_watch; }

signals:
    /// Open a saved file at a paragraph (0-based, -1 for its top) with words to highlight.
    void openRequested(const QString &path, int paragraph, const QStringList &words);
    void copyQuoteRequested(const warta::LibraryQuote &quote);
    void contextMenuRequested(const QPoint &globalPosition);
    /// A short message for the status bar.
    void statusMessage(const QString &text);
    /// Opened, closed, read-only or indexing changed: the menu's actions may change.
    void stateChanged();
    /// The status (problems, folders watched) was read, after an opening or an update.
    void statusRead();

private:
    void setLibrary(std::optional<Library> library);
    /// The problems listed and the folders watched, read again.
    void libraryChanged();
    void showFault(const Error &error, bool opening);
    void showNote(const QString &text);
    void hideFault();
    void readFailed(const Error &error);
    void indexingStarted();
    void indexingProgress(qint64 done, qint64 total, const QString &path);
    void indexingFinished(LibraryIndexer::Job job, const IndexReport &report);
    void indexingFailed(LibraryIndexer::Job job, const Error &error);
    void fillProblems(const std::vector<LibraryProblem> &problems);
    QStringList rememberedFolders() const;
    void rememberFolders(const QStringList &folders) const;

    QString m_path;
    std::optional<Library> m_library;
    std::optional<ErrorCode> m_fault;
    QFrame *m_faultBar;
    QLabel *m_faultLabel;
    QPushButton *m_rebuild;
    QPushButton *m_readOnly;
    QPushButton *m_retry;
    QWidget *m_progressRow;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QTabWidget *m_tabs;
    LibraryView *m_view;
    SpeakersView *m_speakers;
    QTreeWidget *m_problems;
    LibraryIndexer *m_indexer;
    LibraryWatch *m_watch;
    int m_statusRequest = 0; ///< the status asked for last (older answers are dropped)
};

} // namespace warta
