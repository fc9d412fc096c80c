#include "library_model.h"

#include "text_convert.h"

#include <QMetaObject>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace warta {

QString libraryDateText(const LibraryArticle &article)
{
    if (!article.published)
        return {};
    // The day alone: the table compares days; the reading pane shows the time.
    return qs(article.published->toIso8601()).left(10);
}

QString libraryAuthorsText(const LibraryArticle &article)
{
    QStringList names;
    for (const std::string &name : article.authors)
        names << qs(name);
    return names.join(QStringLiteral("; "));
}

void LibraryArticleModel::setLibrary(const Library *library)
{
    m_library = library;
    m_pagesRead = 0;
    reset();
}

void LibraryArticleModel::setFilter(const LibraryFilter &filter)
{
    m_filter = filter;
    reset();
}

void LibraryArticleModel::refresh()
{
    reset();
}

void LibraryArticleModel::reset()
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_count = 0;
    if (m_library) {
        const auto count = m_library->articleCount(m_filter);
        if (count)
            m_count = static_cast<int>(std::min<std::int64_t>(*count, std::numeric_limits<int>::max()));
        else
            report(count.error());
    }
    endResetModel();
}

void LibraryArticleModel::report(const Error &error) const
{
    // Views call data() while painting: the signal waits until they are done,
    // and one failing page does not send one signal per cell.
    if (m_reporting)
        return;
    m_reporting = true;
    auto *self = const_cast<LibraryArticleModel *>(this);
    QMetaObject::invokeMethod(
            self,
            [self, error] {
                self->m_reporting = false;
                emit self->failed(error);
            },
            Qt::QueuedConnection);
}

const LibraryArticle *LibraryArticleModel::articleAt(int row) const
{
    if (!m_library || row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageRows;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        const auto rows =
                m_library->articles(m_filter, m_order, static_cast<std::size_t>(page) * kPageRows, kPageRows);
        if (!rows) {
            report(rows.error());
            return nullptr;
        }
        ++m_pagesRead;
        found = m_pages.emplace(page, std::move(*rows)).first;
        if (m_pages.size() > kPagesKept) {
            m_pages.erase(m_pageUse.front());
            m_pageUse.erase(m_pageUse.begin());
        }
    }
    std::erase(m_pageUse, page);
    m_pageUse.push_back(page);
    const std::vector<LibraryArticle> &rows = found->second;
    const auto at = static_cast<std::size_t>(row % kPageRows);
    // The library changed under a page (another process indexing): a short
    // page until the next refresh, never a read past its end.
    return at < rows.size() ? &rows[at] : nullptr;
}

int LibraryArticleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LibraryArticleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryArticleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ArticleIdRole && role != PathRole &&
        role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == QuotesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const LibraryArticle *article = articleAt(index.row());
    if (!article)
        return {};
    if (role == ArticleIdRole)
        return QVariant::fromValue<qint64>(article->id);
    if (role == PathRole || (role == Qt::ToolTipRole && index.column() != TitleColumn))
        return qs(article->path);
    switch (index.column()) {
    case TitleColumn:
        return qs(article->title);
    case DateColumn:
        return libraryDateText(*article);
    case SiteColumn:
        return qs(article->site);
    case AuthorsColumn:
        return libraryAuthorsText(*article);
    case QuotesColumn:
        return article->quoteCount;
    }
    return {};
}

QVariant LibraryArticleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case SiteColumn:
        return tr("Site");
    case AuthorsColumn:
        return tr("Authors");
    case QuotesColumn:
        return tr("Quotes");
    }
    return {};
}

void LibraryArticleModel::sort(int column, Qt::SortOrder order)
{
    // The orders the library keeps an index for; authors sort as titles do
    // not (a list of names has no one order), so that column keeps the last.
    ArticleOrder next = m_order;
    switch (column) {
    case TitleColumn:
        next = ArticleOrder::Title;
        break;
    case DateColumn:
        next = order == Qt::AscendingOrder ? ArticleOrder::Oldest : ArticleOrder::Newest;
        break;
    case SiteColumn:
        next = ArticleOrder::Site;
        break;
    case QuotesColumn:
        next = ArticleOrder::Quotes;
        break;
    default:
        return;
    }
    if (next == m_order)
        return;
    m_order = next;
    // Rows are not kept to be moved: a new order is a new reading (and a
    // selection of the old rows means nothing in it).
    reset();
}

} // namespace warta
