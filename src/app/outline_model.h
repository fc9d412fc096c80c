#pragma once

#include "warta/article/article.h"

#include <QAbstractListModel>

#include <vector>

namespace warta {

/// The article's paragraphs as a list: "3  Karena itu ia langsung…".
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

    void setArticle(const Article &article);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        QString text;
        QString firstWords;
        QString id;
        int quotes = 0;
    };
    std::vector<Row> m_rows;
};

} // namespace warta
