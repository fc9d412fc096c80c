#pragma once

#include "warta/article/article.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

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

    void setArticle(const Article &article);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The distinct speakers in order of first appearance ("" for unknown).
    QStringList speakers() const;

private:
    QVariant displayData(const QModelIndex &index) const;
    struct Row {
        QString speaker;
        QString role;
        QString verb;
        QString text;
        int paragraph = 0;
        int endParagraph = 0;
        int begin = 0;
        int end = 0;
    };
    std::vector<Row> m_rows;
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

private:
    QString m_speaker;
    bool m_filtering = false;
};

} // namespace warta
