#pragma once

#include "warta/common/error.h"
#include "warta/library/library.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>
#include <vector>

namespace warta {

/// The library's articles as a table (title, date, site, authors, quotes)
/// that never holds every row: rowCount comes from Library::articleCount and
/// rows are read a page at a time (Library::articles with an offset) when a
/// view asks for them, a few pages kept. 100,000 articles cost what a screen
/// of them costs. Sorting maps a column to an ArticleOrder and reads again.
class LibraryArticleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        DateColumn,
        SiteColumn,
        AuthorsColumn,
        QuotesColumn,
        ColumnCount
    };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1, ///< Library article id (qint64)
        PathRole,                         ///< a saved file of the article (QString)
    };
    /// Rows read at a time, and how many such pages are kept.
    static constexpr int kPageRows = 200;
    static constexpr std::size_t kPagesKept = 4;

    using QAbstractTableModel::QAbstractTableModel;

    /// The connection rows are read from (of the window's thread), or none.
    /// It must outlive the model's use of it.
    void setLibrary(const Library *library);
    void setFilter(const LibraryFilter &filter);
    const LibraryFilter &filter() const { return m_filter; }
    ArticleOrder order() const { return m_order; }
    /// Counts and reads again (after an update of the library).
    void refresh();

    /// The article of a row, read if need be; null past the end or on an error.
    const LibraryArticle *articleAt(int row) const;
    /// How many pages were read since the library was set (for the tests
    /// that check no view loads every row).
    int pagesRead() const { return m_pagesRead; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// Reading from the library failed (sent after the view's call returns).
    void failed(const warta::Error &error);

private:
    void reset();
    void report(const Error &error) const;

    const Library *m_library = nullptr;
    LibraryFilter m_filter;
    ArticleOrder m_order = ArticleOrder::Newest;
    int m_count = 0;
    mutable std::map<int, std::vector<LibraryArticle>> m_pages; ///< by page number
    mutable std::vector<int> m_pageUse;                         ///< page numbers, least recent first
    mutable int m_pagesRead = 0;
    mutable bool m_reporting = false;
};

/// The column of an article as the tables show it (shared by the article
/// and search tables).
QString libraryDateText(const LibraryArticle &article);
QString libraryAuthorsText(const LibraryArticle &article);

} // namespace warta
