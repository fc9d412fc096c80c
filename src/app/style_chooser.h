#pragma once

#include "citation_source.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTextBrowser;
class QTimer;

namespace warta {

/// A searchable list of every installed CSL style, the five common ones
/// first, with a preview of the citation in the highlighted style.
class StyleChooser : public QDialog {
    Q_OBJECT
public:
    /// The preview as HTML for a style id; empty when there is nothing to show.
    using Preview = std::function<QString(const QString &styleId)>;

    StyleChooser(const QList<CitationStyle> &styles, const QString &current, QWidget *parent = nullptr,
                 Preview preview = {});

    QString selectedStyle() const;
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    /// The preview pane (plain text for tests; it updates shortly after the
    /// highlight moves, or at once through updatePreview()).
    QTextBrowser *previewPane() const { return m_preview; }
    void updatePreview();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);

    QLineEdit *m_search;
    QListView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTextBrowser *m_preview;
    QTimer *m_previewTimer;
    Preview m_previewText;
};

/// Whether a style title (or id) matches a search: every word of the search
/// appears in it, in any order and case ("chicago author" matches "Chicago
/// Manual of Style 17th edition (author-date)").
bool styleMatches(const QString &title, const QString &id, const QString &search);

/// How well a matching style answers a search, lower is better: the title
/// equal to the search, then a style of the common five, then a title that
/// starts with the search, then the rest. Ties keep the list's order.
int styleMatchRank(const QString &title, bool preferred, const QString &search);

} // namespace warta
