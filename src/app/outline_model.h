#pragma once

#include "article_text.h"

#include "warta/article/article.h"

#include <QAbstractListModel>

#include <memory>
#include <vector>

namespace warta {

/// The article's paragraphs as a list: "3  Karena itu ia langsung…". Rows
/// are made when the view asks for them, so an article of 200,000
/// paragraphs costs no more to show than one of twenty.
class OutlineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        NumberRole = Qt::UserRole + 1, ///< 1-based paragraph number (int)
        FirstWordsRole,                ///< the opening words (QString)
        TextRole,                      ///< the whole paragraph (QString)
        IdRole,                        ///< the paragraph's id ("p3"), as the JSON names it
        QuoteCountRole,                ///< quotes that start in it (int)
    };

    using QAbstractListModel::QAbstractListModel;

    void setArticle(const Article &article, std::shared_ptr<const ArticleText> text);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const Article *m_article = nullptr;
    std::shared_ptr<const ArticleText> m_text;
    std::vector<int> m_quotes; ///< quotes that start in each paragraph
};

} // namespace warta
