#pragma once

#include "citation_source.h"

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace warta {

/// A searchable list of every installed CSL style, the five common ones first.
class StyleChooser : public QDialog {
    Q_OBJECT
public:
    StyleChooser(const QList<CitationStyle> &styles, const QString &current, QWidget *parent = nullptr);

    QString selectedStyle() const;
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }

private:
    QLineEdit *m_search;
    QListView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace warta
