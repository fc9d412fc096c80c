#include "outline_model.h"

#include "article_format.h"
#include "article_html.h"
#include "text_convert.h"

namespace warta {

namespace {
constexpr int kFirstWords = 8;
}

void OutlineModel::setArticle(const Article &article)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(article.paragraphs.size());
    for (std::size_t i = 0; i < article.paragraphs.size(); ++i) {
        Row row;
        row.text = qs(article.paragraphs[i].text);
        row.firstWords = firstWords(row.text, kFirstWords);
        row.id = paragraphId(article, static_cast<int>(i));
        m_rows.push_back(std::move(row));
    }
    for (const Quote &quote : article.quotes) {
        const auto p = static_cast<std::size_t>(quote.paragraph);
        if (quote.paragraph >= 0 && p < m_rows.size())
            ++m_rows[p].quotes;
    }
    endResetModel();
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const int number = index.row() + 1;
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(number).arg(row.firstWords);
    case Qt::ToolTipRole:
        return row.text;
    case Qt::AccessibleTextRole:
        return tr("Paragraph %1: %2").arg(number).arg(row.firstWords);
    case NumberRole:
        return number;
    case FirstWordsRole:
        return row.firstWords;
    case TextRole:
        return row.text;
    case IdRole:
        return row.id;
    case QuoteCountRole:
        return row.quotes;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutlineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NumberRole, "number");
    names.insert(FirstWordsRole, "firstWords");
    names.insert(TextRole, "text");
    names.insert(IdRole, "id");
    names.insert(QuoteCountRole, "quoteCount");
    return names;
}

} // namespace warta
