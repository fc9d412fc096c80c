#include "side_panel.h"

#include "outline_model.h"
#include "quote_ledger_model.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSignalBlocker>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace warta {

SidePanel::SidePanel(QWidget *parent)
    : QTabWidget(parent)
    , m_outline(new OutlineModel(this))
    , m_ledger(new QuoteLedgerModel(this))
    , m_proxy(new QuoteLedgerProxy(this))
{
    m_proxy->setSourceModel(m_ledger);
    setAccessibleName(tr("Side panel"));
    setDocumentMode(true);
    addTab(createOutlineTab(), tr("&Paragraphs"));
    addTab(createQuotesTab(), tr("&Quotes"));
    m_provenance = new QTextBrowser(this);
    m_provenance->setOpenLinks(false);
    m_provenance->setAccessibleName(tr("Provenance"));
    addTab(m_provenance, tr("P&rovenance"));
}

QWidget *SidePanel::createOutlineTab()
{
    m_outlineView = new QListView(this);
    m_outlineView->setModel(m_outline);
    m_outlineView->setAccessibleName(tr("Paragraph outline"));
    // One line per row, all of one height: a list of rows of their own
    // heights measures every row on each layout, minutes for 200,000.
    m_outlineView->setUniformItemSizes(true);
    m_outlineView->setWordWrap(false);
    m_outlineView->setTextElideMode(Qt::ElideRight);
    m_outlineView->setLayoutMode(QListView::Batched); // placed a batch per turn of the event loop
    m_outlineView->setBatchSize(2000);
    m_outlineView->setSpacing(2);
    m_outlineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_outlineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto emitRow = [this](const QModelIndex &index) {
        if (!m_syncing && index.isValid())
            emit paragraphActivated(index.row());
    };
    connect(m_outlineView, &QListView::activated, this, emitRow);
    connect(m_outlineView, &QListView::clicked, this, emitRow);
    return m_outlineView;
}

QWidget *SidePanel::createQuotesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    m_speakers = new QComboBox(page);
    m_speakers->setAccessibleName(tr("Filter quotes by speaker"));
    auto *label = new QLabel(tr("&Speaker:"), page);
    label->setBuddy(m_speakers);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_speakers, 1);
    layout->addLayout(row);

    m_ledgerView = new QTableView(page);
    m_ledgerView->setModel(m_proxy);
    m_ledgerView->setAccessibleName(tr("Quote ledger"));
    m_ledgerView->setSortingEnabled(true);
    m_ledgerView->sortByColumn(QuoteLedgerModel::ParagraphColumn, Qt::AscendingOrder);
    m_ledgerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledgerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ledgerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledgerView->setWordWrap(false);
    m_ledgerView->verticalHeader()->hide();
    m_ledgerView->horizontalHeader()->setAccessibleName(tr("Ledger columns: click to sort"));
    m_ledgerView->horizontalHeader()->setSectionResizeMode(QuoteLedgerModel::QuoteColumn,
                                                           QHeaderView::Stretch);
    m_ledgerView->horizontalHeader()->setSectionResizeMode(QuoteLedgerModel::ParagraphColumn,
                                                           QHeaderView::ResizeToContents);
    layout->addWidget(m_ledgerView, 1);

    connect(m_ledgerView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit quoteActivated(index.data(QuoteLedgerModel::QuoteIndexRole).toInt());
    });
    connect(m_ledgerView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit quoteActivated(index.data(QuoteLedgerModel::QuoteIndexRole).toInt());
    });
    connect(m_speakers, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index <= 0)
            m_proxy->clearSpeaker();
        else
            m_proxy->setSpeaker(m_speakers->itemData(index).toString());
    });
    return page;
}

void SidePanel::fillSpeakers()
{
    const QSignalBlocker block(m_speakers);
    m_speakers->clear();
    m_speakers->addItem(tr("All speakers"));
    for (const QString &speaker : m_ledger->speakers())
        m_speakers->addItem(speaker.isEmpty() ? tr("(unknown)") : speaker, speaker);
    m_proxy->clearSpeaker();
}

void SidePanel::setArticle(const Article &article, std::shared_ptr<const ArticleText> text,
                           const QString &provenanceHtml)
{
    // Quotes come in reading order, the ledger's first order (¶): shown as
    // they come, with the sort indicator set, rather than sorted again on
    // every article (tens of milliseconds for 75,000 quotes). A click on a
    // column header sorts.
    m_proxy->sort(-1);
    m_ledger->setArticle(article, text);
    {
        const QSignalBlocker quiet(m_ledgerView->horizontalHeader());
        m_ledgerView->horizontalHeader()->setSortIndicator(QuoteLedgerModel::ParagraphColumn,
                                                           Qt::AscendingOrder);
    }
    m_outline->setArticle(article, std::move(text));
    fillSpeakers();
    m_ledgerView->resizeColumnToContents(QuoteLedgerModel::SpeakerColumn);
    m_ledgerView->resizeColumnToContents(QuoteLedgerModel::VerbColumn);
    m_provenance->setHtml(provenanceHtml);
    setTabText(QuotesTab, tr("&Quotes (%1)").arg(article.quotes.size()));
}

void SidePanel::setCurrentParagraph(int index)
{
    m_syncing = true;
    const QModelIndex row = m_outline->index(index, 0);
    m_outlineView->setCurrentIndex(row);
    m_outlineView->scrollTo(row);
    m_syncing = false;
}

int SidePanel::selectedQuote() const
{
    const QModelIndex current = m_ledgerView->currentIndex();
    return current.isValid() ? current.data(QuoteLedgerModel::QuoteIndexRole).toInt() : -1;
}

} // namespace warta
