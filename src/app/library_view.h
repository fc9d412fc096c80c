#pragma once

#include "warta/library/library.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace warta {

class LibraryArticleModel;
class LibrarySearchModel;

/// The library beside the reader: every article (a table read page by page,
/// sortable by column), a search box whose results come as the reader types
/// (debounced, SearchQuery::asYouType), and facets (site, year, speaker,
/// tag) that narrow both. Activating a row asks the window to open it, a
/// search hit at its paragraph with the hit's words.
class LibraryView : public QWidget {
    Q_OBJECT
public:
    /// How long typing must pause before the search runs.
    static constexpr int kSearchDelayMs = 120;
    /// Facet counts wait longer: they are not needed per keystroke.
    static constexpr int kFacetDelayMs = 400;

    explicit LibraryView(QWidget *parent = nullptr);

    /// The window's connection, or none (an empty view). It must outlive the view's use.
    void setLibrary(const Library *library);
    /// Reads the counts, the facets, the rows and the search again (after an update).
    void refresh();

    /// Runs the search typed now, without waiting (tests, Enter).
    void searchNow();
    /// Microseconds the last search took inside the view (query and model).
    qint64 lastSearchMicroseconds() const { return m_lastSearchUs; }
    /// The articles selected in the table shown, in its order.
    std::vector<LibraryArticle> selectedArticles() const;
    /// The filter of the facets chosen now.
    LibraryFilter filter() const;

    QLineEdit *searchField() const { return m_search; }
    QComboBox *siteFacet() const { return m_site; }
    QComboBox *yearFacet() const { return m_year; }
    QComboBox *speakerFacet() const { return m_speaker; }
    QComboBox *tagFacet() const { return m_tag; }
    QTableView *articleTable() const { return m_articles; }
    QTableView *resultTable() const { return m_results; }
    LibraryArticleModel *articleModel() const { return m_articleModel; }
    LibrarySearchModel *searchModel() const { return m_searchModel; }
    /// Whether the search results are shown (some text is typed).
    bool showingResults() const;
    QLabel *summary() const { return m_summary; }

signals:
    /// Open a saved file; `paragraph` (0-based) and the words to highlight
    /// come with a search hit (-1 and none for an article row).
    void openRequested(const QString &path, int paragraph, const QStringList &words);
    void contextMenuRequested(const QPoint &globalPosition);
    void selectionChanged();
    void failed(const warta::Error &error);

private:
    QComboBox *makeFacet(const QString &name, const QString &all);
    QTableView *makeTable(const QString &name);
    void facetChosen();
    void updateFacets();
    void fillFacet(QComboBox *box, const std::vector<FacetValue> &values);
    void updateSummary();
    void activate(const QModelIndex &index);
    SearchQuery query() const;

    const Library *m_library = nullptr;
    QLineEdit *m_search;
    QComboBox *m_site;
    QComboBox *m_year;
    QComboBox *m_speaker;
    QComboBox *m_tag;
    QStackedWidget *m_stack;
    QTableView *m_articles;
    QTableView *m_results;
    QLabel *m_summary;
    LibraryArticleModel *m_articleModel;
    LibrarySearchModel *m_searchModel;
    QTimer *m_searchTimer;
    QTimer *m_facetTimer;
    qint64 m_lastSearchUs = 0;
    int m_facetRequest = 0; ///< the facet counts asked for last (older answers are dropped)
    bool m_filling = false;
};

} // namespace warta
