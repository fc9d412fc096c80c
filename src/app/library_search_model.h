#pragma once

#include "warta/library/library.h"

#include <QAbstractTableModel>

#include <vector>

namespace warta {

/// The hits of a library search, one row per article, best first: title,
/// the words around the hit, site and date. Holds one page of hits
/// (SearchQuery::limit) and reads the next when the view scrolls to the end
/// (fetchMore), never every match.
class LibrarySearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        SnippetColumn,
        SiteColumn,
        DateColumn,
        ColumnCount
    };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1, ///< qint64
        PathRole,                         ///< QString
        ParagraphRole,                    ///< 0-based paragraph of the hit, -1 for the title (int)
        SnippetHtmlRole,                  ///< the snippet with its highlights in <b> (QString)
        HighlightsRole,                   ///< the highlighted words of the snippet (QStringList)
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// The connection searches run on (the window's), or none.
    void setLibrary(const Library *library);
    /// Runs a search and shows its first page; false (and an error) on failure.
    bool search(const SearchQuery &query);
    void clear();
    const SearchQuery &query() const { return m_query; }
    std::size_t total() const { return m_total; }
    const SearchHit *hitAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void failed(const warta::Error &error);

private:
    const Library *m_library = nullptr;
    SearchQuery m_query;
    std::vector<SearchHit> m_hits;
    std::size_t m_total = 0;
};

/// A snippet's highlights as HTML (<b>…</b>, the rest escaped), and the
/// highlighted words alone.
QString snippetHtml(const SearchHit &hit);
QStringList highlightedWords(const SearchHit &hit);

} // namespace warta
