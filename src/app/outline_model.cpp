#include "outline_model.h"

#include "article_format.h"
#include "article_html.h"
#include "text_convert.h"

namespace warta {

namespace {
constexpr int kFirstWords = 8;
constexpr qsizetype kTooltipChars = 2000;
} // namespace

void OutlineModel::setArticle(const Article &article, std::shared_ptr<const ArticleText> text)
{
    beginResetModel();
    m_article = &article;
    m_text = std::move(text);
    m_quotes.assign(article.paragraphs.size(), 0);
    for (const Quote &quote : article.quotes) {
        const auto p = static_cast<std::size_t>(quote.paragraph);
        if (quote.paragraph >= 0 && p < m_quotes.size())
            ++m_quotes[p];
    }
    endResetModel();
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_text ? 0 : m_text->paragraphCount();
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const QString &text = m_text->paragraphs[row];
    const int number = index.row() + 1;
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(number).arg(firstWords(text, kFirstWords));
    case Qt::ToolTipRole:
        // A tooltip of a whole paragraph of megabytes helps no one.
        return text.size() > kTooltipChars ? text.left(kTooltipChars) + QStringLiteral("…") : text;
    case Qt::AccessibleTextRole:
        return tr("Paragraph %1: %2").arg(number).arg(firstWords(text, kFirstWords));
    case NumberRole:
        return number;
    case FirstWordsRole:
        return firstWords(text, kFirstWords);
    case TextRole:
        return text;
    case IdRole:
        return paragraphId(*m_article, index.row());
    case QuoteCountRole:
        return m_quotes[row];
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
