#include "library_search_model.h"

#include "library_model.h"
#include "text_convert.h"

#include <QStringList>

namespace warta {

QString snippetHtml(const SearchHit &hit)
{
    // Highlights are byte ranges of the UTF-8 snippet: cut there, then escape.
    QString html;
    std::size_t at = 0;
    const std::string &snippet = hit.snippet;
    for (const Highlight &highlight : hit.highlights) {
        if (highlight.begin < at || highlight.end > snippet.size() || highlight.end <= highlight.begin)
            continue;
        html += qs(snippet.substr(at, highlight.begin - at)).toHtmlEscaped();
        html += QStringLiteral("<b>") +
                qs(snippet.substr(highlight.begin, highlight.end - highlight.begin)).toHtmlEscaped() +
                QStringLiteral("</b>");
        at = highlight.end;
    }
    html += qs(snippet.substr(std::min(at, snippet.size()))).toHtmlEscaped();
    return html;
}

QStringList highlightedWords(const SearchHit &hit)
{
    QStringList words;
    for (const Highlight &highlight : hit.highlights)
        if (highlight.end > highlight.begin && highlight.end <= hit.snippet.size())
            words << qs(hit.snippet.substr(highlight.begin, highlight.end - highlight.begin));
    words.removeDuplicates();
    return words;
}

void LibrarySearchModel::setLibrary(const Library *library)
{
    m_library = library;
    clear();
}

void LibrarySearchModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_total = 0;
    m_query = {};
    endResetModel();
}

bool LibrarySearchModel::search(const SearchQuery &query)
{
    if (!m_library) {
        clear();
        return false;
    }
    auto result = m_library->search(query);
    beginResetModel();
    m_query = query;
    m_hits.clear();
    m_total = 0;
    if (result) {
        m_hits = std::move(result->hits);
        m_total = result->total;
    }
    endResetModel();
    if (!result)
        emit failed(result.error());
    return result.has_value();
}

const SearchHit *LibrarySearchModel::hitAt(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_hits.size())
        return nullptr;
    return &m_hits[static_cast<std::size_t>(row)];
}

int LibrarySearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int LibrarySearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibrarySearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ArticleIdRole:
        return QVariant::fromValue<qint64>(hit.article.id);
    case PathRole:
        return qs(hit.article.path);
    case ParagraphRole:
        return hit.paragraph;
    case SnippetHtmlRole:
        return snippetHtml(hit);
    case HighlightsRole:
        return highlightedWords(hit);
    case Qt::ToolTipRole:
        return index.column() == SnippetColumn ? qs(hit.snippet) : qs(hit.article.path);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return qs(hit.article.title);
    case SnippetColumn:
        if (hit.speaker)
            return qs(*hit.speaker) + QStringLiteral(": ") + qs(hit.snippet);
        return qs(hit.snippet);
    case SiteColumn:
        return qs(hit.article.site);
    case DateColumn:
        return libraryDateText(hit.article);
    }
    return {};
}

QVariant LibrarySearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SnippetColumn:
        return tr("Found");
    case SiteColumn:
        return tr("Site");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

bool LibrarySearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_library && m_hits.size() < m_total;
}

void LibrarySearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    SearchQuery next = m_query;
    next.offset = m_query.offset + m_hits.size();
    auto result = m_library->search(next);
    if (!result) {
        // No more pages until the next search: the view would ask again at once.
        m_total = m_hits.size();
        emit failed(result.error());
        return;
    }
    if (result->hits.empty()) {
        m_total = m_hits.size();
        return;
    }
    const int first = static_cast<int>(m_hits.size());
    beginInsertRows({}, first, first + static_cast<int>(result->hits.size()) - 1);
    for (SearchHit &hit : result->hits)
        m_hits.push_back(std::move(hit));
    endInsertRows();
}

} // namespace warta
