#pragma once

#include "article_text.h"

#include "warta/article/article.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace warta {

/// Who said what: one row per direct quote (speaker, verb, quote, ¶).
class QuoteLedgerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SpeakerColumn,
        VerbColumn,
        QuoteColumn,
        ParagraphColumn,
        ColumnCount
    };
    enum Role {
        QuoteIndexRole = Qt::UserRole + 1, ///< index into Article::quotes (int)
        SpeakerRole,                       ///< the speaker's name, empty when unknown (QString)
        ParagraphRole,                     ///< 0-based paragraph where the quote starts (int)
        EndParagraphRole,                  ///< 0-based paragraph where it ends (int)
        BeginRole,                         ///< QString position in the start paragraph (int)
        EndRole,                           ///< QString position in the end paragraph (int)
        SortRole,                          ///< the column's value for sorting
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// `article` must outlive the model's use of it (the window keeps it).
    void setArticle(const Article &article, std::shared_ptr<const ArticleText> text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The distinct speakers in order of first appearance ("" for unknown).
    QStringList speakers() const;
    /// Whether row `left` sorts before row `right` by a column: the column's
    /// text without case, ties (and the ¶ column) in reading order. Typed
    /// and cached, not SortRole's QVariants, so that 75,000 quotes sort in
    /// milliseconds.
    bool lessThan(int column, int left, int right) const;

private:
    QVariant displayData(const QModelIndex &index) const;
    /// The quote of a row (rows are Article::quotes, in order).
    const Quote &quoteAt(int row) const { return m_article->quotes[static_cast<std::size_t>(row)]; }

    // Nothing is copied per row: an article of 200,000 quotes costs the
    // window no more to show than one of four (the rows' texts are made when
    // a view asks for them).
    const Article *m_article = nullptr;
    std::shared_ptr<const ArticleText> m_text;
    mutable std::vector<QString> m_sortKeys[ColumnCount]; ///< made on the first sort by a column
};

/// Sorting and the speaker filter over the ledger.
class QuoteLedgerProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit QuoteLedgerProxy(QObject *parent = nullptr);
    /// Shows only this speaker's quotes; an empty name stands for "unknown".
    void setSpeaker(const QString &speaker);
    /// Shows every quote again.
    void clearSpeaker();
    bool isFiltering() const { return m_filtering; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_speaker;
    bool m_filtering = false;
};

} // namespace warta
