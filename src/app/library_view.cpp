#include "library_view.h"

#include "library_background.h"
#include "library_model.h"
#include "library_search_model.h"
#include "text_convert.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <set>

namespace warta {
namespace {

// The hit's words in bold inside the snippet: the reader sees why the
// article matched before opening it.
class SnippetDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString html = index.data(LibrarySearchModel::SnippetHtmlRole).toString();
        item.text.clear();
        item.widget->style()->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
        QTextDocument document;
        document.setDefaultFont(item.font);
        document.setDocumentMargin(2);
        document.setHtml(html);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = item.palette;
        context.palette.setColor(QPalette::Text, item.palette.color(item.state & QStyle::State_Selected
                                                                            ? QPalette::HighlightedText
                                                                            : QPalette::Text));
        painter->save();
        painter->translate(item.rect.topLeft());
        painter->setClipRect(item.rect.translated(-item.rect.topLeft()));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }
};

} // namespace

LibraryView::LibraryView(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_summary(new QLabel(this))
    , m_articleModel(new LibraryArticleModel(this))
    , m_searchModel(new LibrarySearchModel(this))
    , m_searchTimer(new QTimer(this))
    , m_facetTimer(new QTimer(this))
{
    setAccessibleName(tr("Library"));
    m_search->setPlaceholderText(tr("Search the library: words, “a phrase”, desa*, -word"));
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setClearButtonEnabled(true);
    m_site = makeFacet(tr("Site"), tr("All sites"));
    m_year = makeFacet(tr("Year"), tr("Every year"));
    m_speaker = makeFacet(tr("Speaker"), tr("Every speaker"));
    m_tag = makeFacet(tr("Tag"), tr("Every tag"));
    m_articles = makeTable(tr("Articles of the library"));
    m_results = makeTable(tr("Search results"));
    m_articles->setModel(m_articleModel);
    m_results->setModel(m_searchModel);
    m_results->setItemDelegateForColumn(LibrarySearchModel::SnippetColumn, new SnippetDelegate(m_results));
    // Newest first until the reader picks a column; set before sorting is
    // on, which sorts by the indicator at once.
    m_articles->horizontalHeader()->setSortIndicator(LibraryArticleModel::DateColumn, Qt::DescendingOrder);
    m_articles->setSortingEnabled(true);
    // Widths fixed here, never measured from the rows: measuring would read them all.
    const int articleWidths[] = {320, 90, 120, 160, 60};
    for (int column = 0; column < LibraryArticleModel::ColumnCount; ++column)
        m_articles->setColumnWidth(column, articleWidths[column]);
    const int resultWidths[] = {200, 420, 110, 90};
    for (int column = 0; column < LibrarySearchModel::ColumnCount; ++column)
        m_results->setColumnWidth(column, resultWidths[column]);
    m_stack->addWidget(m_articles);
    m_stack->addWidget(m_results);
    m_summary->setAccessibleName(tr("Library summary"));

    auto *facets = new QHBoxLayout;
    for (QComboBox *box : {m_site, m_year, m_speaker, m_tag})
        facets->addWidget(box, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(facets);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    m_facetTimer->setSingleShot(true);
    m_facetTimer->setInterval(kFacetDelayMs);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Cleared (the clear button, Escape): the articles again at once.
        if (text.trimmed().isEmpty())
            searchNow();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryView::searchNow);
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryView::searchNow);
    connect(m_facetTimer, &QTimer::timeout, this, &LibraryView::updateFacets);
    connect(m_articleModel, &LibraryArticleModel::failed, this, &LibraryView::failed);
    connect(m_searchModel, &LibrarySearchModel::failed, this, &LibraryView::failed);
    connect(m_articleModel, &QAbstractItemModel::modelReset, this, &LibraryView::updateSummary);
    for (QTableView *table : {m_articles, m_results}) {
        connect(table, &QAbstractItemView::activated, this, &LibraryView::activate);
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &LibraryView::selectionChanged);
        connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &at) {
            emit contextMenuRequested(table->viewport()->mapToGlobal(at));
        });
    }
    updateSummary();
}

QComboBox *LibraryView::makeFacet(const QString &name, const QString &all)
{
    auto *box = new QComboBox(this);
    box->setAccessibleName(name);
    box->setToolTip(name);
    box->addItem(all, QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            facetChosen();
    });
    return box;
}

QTableView *LibraryView::makeTable(const QString &name)
{
    auto *table = new QTableView(this);
    table->setAccessibleName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    // One height for every row: the view never measures rows it does not show.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

void LibraryView::setLibrary(const Library *library)
{
    m_library = library;
    m_articleModel->setLibrary(library);
    m_searchModel->setLibrary(library);
    refresh();
}

void LibraryView::refresh()
{
    m_articleModel->setFilter(filter());
    if (showingResults())
        searchNow();
    updateFacets();
    updateSummary();
}

LibraryFilter LibraryView::filter() const
{
    LibraryFilter filter;
    filter.site = m_site->currentData().toString().toStdString();
    filter.tag = m_tag->currentData().toString().toStdString();
    filter.speaker = m_speaker->currentData().toString().toStdString();
    const QString year = m_year->currentData().toString();
    if (!year.isEmpty())
        filter.year = year.toInt();
    return filter;
}

SearchQuery LibraryView::query() const
{
    SearchQuery query;
    query.text = m_search->text().trimmed().toStdString();
    query.asYouType = true;
    query.filter = filter();
    return query;
}

bool LibraryView::showingResults() const
{
    return !m_search->text().trimmed().isEmpty();
}

void LibraryView::searchNow()
{
    m_searchTimer->stop();
    if (!showingResults()) {
        m_searchModel->clear();
        m_stack->setCurrentWidget(m_articles);
        updateSummary();
        m_facetTimer->start();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    m_searchModel->search(query());
    m_stack->setCurrentWidget(m_results);
    m_lastSearchUs = clock.nsecsElapsed() / 1000;
    updateSummary();
    m_facetTimer->start();
}

void LibraryView::facetChosen()
{
    m_articleModel->setFilter(filter());
    if (showingResults())
        searchNow();
    else
        m_facetTimer->start();
    updateSummary();
}

void LibraryView::updateFacets()
{
    if (!m_library)
        return;
    // Counting every facet of 100,000 articles takes seconds: off the
    // window's thread, the last asking wins.
    const int request = ++m_facetRequest;
    const SearchQuery asked = query();
    readInBackground<Facets>(
            m_library->path(), this,
            [asked](const Library &library) -> std::optional<Facets> {
                auto facets = library.facets(asked);
                return facets ? std::optional<Facets>(std::move(*facets)) : std::nullopt;
            },
            [this, request](Facets facets) {
                if (request != m_facetRequest || !m_library)
                    return;
                fillFacet(m_site, facets.sites);
                fillFacet(m_year, facets.years);
                fillFacet(m_speaker, facets.speakers);
                fillFacet(m_tag, facets.tags);
            });
}

void LibraryView::fillFacet(QComboBox *box, const std::vector<FacetValue> &values)
{
    // The value chosen stays chosen (and listed) whatever the counts now are.
    const QString chosen = box->currentData().toString();
    m_filling = true;
    while (box->count() > 1)
        box->removeItem(1);
    bool listed = chosen.isEmpty();
    for (const FacetValue &value : values) {
        const QString text = qs(value.value);
        box->addItem(QStringLiteral("%1 (%2)").arg(text).arg(value.count), text);
        listed = listed || text == chosen;
    }
    if (!listed)
        box->addItem(chosen, chosen);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
    m_filling = false;
}

void LibraryView::updateSummary()
{
    if (!m_library) {
        m_summary->setText(
                tr("No library yet: File ▸ Add Folder to Library… indexes a folder of saved pages."));
        return;
    }
    if (showingResults()) {
        const auto total = static_cast<int>(m_searchModel->total());
        m_summary->setText(
                tr("%n articles match", nullptr, total) +
                QStringLiteral(" · %1 ms")
                        .arg(QLocale().toString(static_cast<double>(m_lastSearchUs) / 1000.0, 'f', 1)));
        return;
    }
    m_summary->setText(tr("%n articles", nullptr, m_articleModel->rowCount()));
}

void LibraryView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.model() == m_searchModel) {
        const SearchHit *hit = m_searchModel->hitAt(index.row());
        if (hit)
            emit openRequested(qs(hit->article.path), hit->paragraph, highlightedWords(*hit));
        return;
    }
    const LibraryArticle *article = m_articleModel->articleAt(index.row());
    if (article)
        emit openRequested(qs(article->path), -1, {});
}

std::vector<LibraryArticle> LibraryView::selectedArticles() const
{
    std::vector<LibraryArticle> selected;
    const QTableView *table = showingResults() ? m_results : m_articles;
    std::set<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows.insert(index.row());
    for (const int row : rows) {
        if (showingResults()) {
            if (const SearchHit *hit = m_searchModel->hitAt(row))
                selected.push_back(hit->article);
        } else if (const LibraryArticle *article = m_articleModel->articleAt(row)) {
            selected.push_back(*article);
        }
    }
    return selected;
}

} // namespace warta
