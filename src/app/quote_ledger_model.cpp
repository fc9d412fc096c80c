#include "quote_ledger_model.h"

#include "text_convert.h"

#include <unordered_set>

namespace warta {

void QuoteLedgerModel::setArticle(const Article &article, std::shared_ptr<const ArticleText> text)
{
    // The quotes' places come converted (ArticleText): converting each here
    // walked its paragraph from the start, quadratic in a paragraph's quotes.
    beginResetModel();
    m_article = &article;
    m_text = std::move(text);
    for (auto &keys : m_sortKeys)
        keys.clear();
    endResetModel();
}

int QuoteLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_article ? 0 : static_cast<int>(m_article->quotes.size());
}

int QuoteLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteLedgerModel::displayData(const QModelIndex &index) const
{
    const Quote &quote = quoteAt(index.row());
    switch (index.column()) {
    case SpeakerColumn:
        return quote.speaker && !quote.speaker->empty() ? qs(quote.speaker) : tr("(unknown)");
    case VerbColumn:
        return qs(quote.verb);
    case QuoteColumn:
        return qs(quote.text);
    case ParagraphColumn:
        return quote.paragraph + 1;
    default:
        return {};
    }
}

QVariant QuoteLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Quote &quote = quoteAt(index.row());
    const QuoteRange &place = m_text->quotes[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index);
    case Qt::ToolTipRole:
        if (index.column() == QuoteColumn)
            return qs(quote.text);
        if (index.column() == SpeakerColumn && quote.role && !quote.role->empty())
            return qs(quote.role);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ParagraphColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case QuoteIndexRole:
        return index.row();
    case SpeakerRole:
        return qs(quote.speaker);
    case ParagraphRole:
        return quote.paragraph;
    case EndParagraphRole:
        return quote.endParagraph;
    case BeginRole:
        return static_cast<int>(place.begin);
    case EndRole:
        return static_cast<int>(place.end);
    case SortRole:
        // Paragraph order breaks ties so that sorting by speaker keeps reading order.
        if (index.column() == ParagraphColumn)
            return static_cast<qlonglong>(quote.paragraph) * 100000000 + static_cast<qlonglong>(place.begin);
        return displayData(index).toString().toLower() +
               QStringLiteral("\x01%1").arg(index.row(), 6, 10, QLatin1Char('0'));
    default:
        return {};
    }
}

QVariant QuoteLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SpeakerColumn:
        return tr("Speaker");
    case VerbColumn:
        return tr("Verb");
    case QuoteColumn:
        return tr("Quote");
    case ParagraphColumn:
        return tr("¶");
    default:
        return {};
    }
}

QHash<int, QByteArray> QuoteLedgerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(QuoteIndexRole, "quoteIndex");
    names.insert(SpeakerRole, "speaker");
    names.insert(ParagraphRole, "paragraph");
    names.insert(EndParagraphRole, "endParagraph");
    names.insert(BeginRole, "begin");
    names.insert(EndRole, "end");
    names.insert(SortRole, "sortKey");
    return names;
}

QStringList QuoteLedgerModel::speakers() const
{
    // A set beside the list: a transcript of 200,000 quotes by many people
    // made the list's own contains() quadratic.
    QStringList result;
    if (!m_article)
        return result;
    std::unordered_set<std::string> seen;
    for (const Quote &quote : m_article->quotes) {
        const std::string name = quote.speaker.value_or(std::string());
        if (seen.insert(name).second)
            result << qs(name);
    }
    return result;
}

bool QuoteLedgerModel::lessThan(int column, int left, int right) const
{
    const auto readingOrder = [this](int a, int b) {
        const Quote &qa = quoteAt(a);
        const Quote &qb = quoteAt(b);
        if (qa.paragraph != qb.paragraph)
            return qa.paragraph < qb.paragraph;
        if (qa.begin != qb.begin)
            return qa.begin < qb.begin;
        return a < b;
    };
    if (column == ParagraphColumn || column < 0 || column >= ColumnCount)
        return readingOrder(left, right);
    std::vector<QString> &keys = m_sortKeys[column];
    if (keys.empty()) {
        keys.reserve(static_cast<std::size_t>(rowCount()));
        for (int row = 0; row < rowCount(); ++row)
            keys.push_back(displayData(index(row, column)).toString().toLower());
    }
    const int order = keys[static_cast<std::size_t>(left)].compare(keys[static_cast<std::size_t>(right)]);
    return order != 0 ? order < 0 : readingOrder(left, right);
}

QuoteLedgerProxy::QuoteLedgerProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(QuoteLedgerModel::SortRole);
}

void QuoteLedgerProxy::setSpeaker(const QString &speaker)
{
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() is the way.
    m_speaker = speaker;
    m_filtering = true;
    invalidateFilter();
}

void QuoteLedgerProxy::clearSpeaker()
{
    if (!m_filtering)
        return; // filtering and sorting 75,000 rows again for nothing is a stall

    m_speaker.clear();
    m_filtering = false;
    invalidateFilter();
}

bool QuoteLedgerProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *ledger = qobject_cast<const QuoteLedgerModel *>(sourceModel()))
        return ledger->lessThan(left.column(), left.row(), right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

bool QuoteLedgerProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_filtering)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(QuoteLedgerModel::SpeakerRole).toString() == m_speaker;
}

} // namespace warta
