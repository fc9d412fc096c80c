#include "quote_ledger_model.h"

#include "text_convert.h"

namespace warta {

void QuoteLedgerModel::setArticle(const Article &article)
{
    beginResetModel();
    m_rows.clear();
    const int paragraphs = static_cast<int>(article.paragraphs.size());
    for (const Quote &quote : article.quotes) {
        Row row;
        row.speaker = qs(quote.speaker);
        row.role = qs(quote.role);
        row.verb = qs(quote.verb);
        row.text = qs(quote.text);
        row.paragraph = quote.paragraph;
        row.endParagraph = quote.endParagraph;
        if (quote.paragraph >= 0 && quote.paragraph < paragraphs)
            row.begin = utf16Position(article.paragraphs[static_cast<std::size_t>(quote.paragraph)].text,
                                      quote.begin);
        if (quote.endParagraph >= 0 && quote.endParagraph < paragraphs)
            row.end = utf16Position(article.paragraphs[static_cast<std::size_t>(quote.endParagraph)].text,
                                    quote.end);
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int QuoteLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QuoteLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteLedgerModel::displayData(const QModelIndex &index) const
{
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case SpeakerColumn:
        return row.speaker.isEmpty() ? tr("(unknown)") : row.speaker;
    case VerbColumn:
        return row.verb;
    case QuoteColumn:
        return row.text;
    case ParagraphColumn:
        return row.paragraph + 1;
    default:
        return {};
    }
}

QVariant QuoteLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index);
    case Qt::ToolTipRole:
        if (index.column() == QuoteColumn)
            return row.text;
        if (index.column() == SpeakerColumn && !row.role.isEmpty())
            return row.role;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ParagraphColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case QuoteIndexRole:
        return index.row();
    case SpeakerRole:
        return row.speaker;
    case ParagraphRole:
        return row.paragraph;
    case EndParagraphRole:
        return row.endParagraph;
    case BeginRole:
        return row.begin;
    case EndRole:
        return row.end;
    case SortRole:
        // Paragraph order breaks ties so that sorting by speaker keeps reading order.
        if (index.column() == ParagraphColumn)
            return row.paragraph * 100000 + row.begin;
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
    QStringList result;
    for (const Row &row : m_rows)
        if (!result.contains(row.speaker))
            result << row.speaker;
    return result;
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
    m_speaker.clear();
    m_filtering = false;
    invalidateFilter();
}

bool QuoteLedgerProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_filtering)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(QuoteLedgerModel::SpeakerRole).toString() == m_speaker;
}

} // namespace warta
