#pragma once

#include "article_text.h"

#include "warta/article/article.h"

#include <QTabWidget>

#include <memory>

class QComboBox;
class QListView;
class QTableView;
class QTextBrowser;

namespace warta {

class OutlineModel;
class QuoteLedgerModel;
class QuoteLedgerProxy;

/// The side panel: paragraph outline, quote ledger and provenance, as tabs.
class SidePanel : public QTabWidget {
    Q_OBJECT
public:
    enum Tab {
        OutlineTab,
        QuotesTab,
        ProvenanceTab
    };

    explicit SidePanel(QWidget *parent = nullptr);

    void setArticle(const Article &article, std::shared_ptr<const ArticleText> text,
                    const QString &provenanceHtml);
    /// Selects paragraph `index` in the outline without emitting a signal.
    void setCurrentParagraph(int index);

    OutlineModel *outlineModel() const { return m_outline; }
    QuoteLedgerModel *ledgerModel() const { return m_ledger; }
    QuoteLedgerProxy *ledgerProxy() const { return m_proxy; }
    QListView *outlineView() const { return m_outlineView; }
    QTableView *ledgerView() const { return m_ledgerView; }
    QComboBox *speakerFilter() const { return m_speakers; }
    /// The ledger row (index into Article::quotes) selected, or -1.
    int selectedQuote() const;

signals:
    void paragraphActivated(int index);
    void quoteActivated(int quoteIndex);

private:
    QWidget *createOutlineTab();
    QWidget *createQuotesTab();
    void fillSpeakers();

    OutlineModel *m_outline;
    QuoteLedgerModel *m_ledger;
    QuoteLedgerProxy *m_proxy;
    QListView *m_outlineView = nullptr;
    QTableView *m_ledgerView = nullptr;
    QComboBox *m_speakers = nullptr;
    QTextBrowser *m_provenance = nullptr;
    bool m_syncing = false;
};

} // namespace warta
