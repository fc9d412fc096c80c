#include "style_chooser.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace warta {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kPreferredRole = Qt::UserRole + 2;

// Filters by styleMatches(), on the title and the id.
class StyleFilter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString &search)
    {
        m_search = search;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return styleMatches(index.data().toString(), index.data(kIdRole).toString(), m_search);
    }

private:
    QString m_search;
};

} // namespace

bool styleMatches(const QString &title, const QString &id, const QString &search)
{
    const QStringList words = search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!title.contains(word, Qt::CaseInsensitive) && !id.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

int styleMatchRank(const QString &title, bool preferred, const QString &search)
{
    const QString wanted = search.simplified();
    if (title.compare(wanted, Qt::CaseInsensitive) == 0)
        return 0;
    if (preferred)
        return 1;
    if (title.startsWith(wanted, Qt::CaseInsensitive))
        return 2;
    return 3;
}

StyleChooser::StyleChooser(const QList<CitationStyle> &styles, const QString &current, QWidget *parent,
                           Preview preview)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new StyleFilter(this))
    , m_preview(new QTextBrowser(this))
    , m_previewTimer(new QTimer(this))
    , m_previewText(std::move(preview))
{
    setWindowTitle(tr("Citation Style"));
    setAccessibleName(tr("Citation style chooser"));
    resize(600, 560);
    const QStringList preferred = preferredStyleIds();
    for (const CitationStyle &style : styles) {
        auto *item = new QStandardItem(style.title);
        item->setData(style.id, kIdRole);
        item->setData(preferred.contains(style.id), kPreferredRole);
        item->setToolTip(style.id);
        item->setEditable(false);
        if (preferred.contains(style.id)) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_model->appendRow(item);
    }
    m_proxy->setSourceModel(m_model);
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(tr("Installed citation styles"));
    m_list->setUniformItemSizes(true);
    m_search->setAccessibleName(tr("Search citation styles"));
    m_search->setPlaceholderText(tr("Search %n styles", nullptr, static_cast<int>(styles.size())));
    m_search->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_search);
    m_search->installEventFilter(this);
    m_preview->setAccessibleName(tr("Citation preview"));
    m_preview->setOpenLinks(false);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setMaximumHeight(130);
    auto *previewLabel = new QLabel(tr("Preview:"), this);
    m_preview->setVisible(static_cast<bool>(m_previewText));
    previewLabel->setVisible(static_cast<bool>(m_previewText));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Worded here: Qt's own catalogue for Indonesian is not installed on
    // every system, and without it the buttons would read "Cancel".
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use This Style"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    // Formatting a style takes a few milliseconds to parse it first: wait
    // until the highlight rests instead of formatting every row passed over.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &StyleChooser::updatePreview);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, m_previewTimer,
            qOverload<>(&QTimer::start));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, &StyleChooser::search);
    connect(m_search, &QLineEdit::returnPressed, this, &QDialog::accept);

    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(kIdRole).toString() == current) {
            m_list->setCurrentIndex(m_proxy->index(row, 0));
            m_list->scrollTo(m_list->currentIndex());
            break;
        }
    }
    if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    updatePreview();
    m_search->setFocus();
}

void StyleChooser::search(const QString &text)
{
    static_cast<StyleFilter *>(m_proxy)->setSearch(text);
    // The best match is highlighted, not whatever row the previous highlight
    // left behind: Enter takes what the reader searched for.
    int bestRow = -1;
    int bestRank = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const int rank = styleMatchRank(index.data().toString(), index.data(kPreferredRole).toBool(), text);
        if (bestRow < 0 || rank < bestRank) {
            bestRow = row;
            bestRank = rank;
        }
        if (rank == 0)
            break;
    }
    if (bestRow >= 0) {
        m_list->setCurrentIndex(m_proxy->index(bestRow, 0));
        m_list->scrollTo(m_list->currentIndex());
    }
}

bool StyleChooser::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search field moves into the list, onto the highlighted
    // style (the best match); Up and the page keys also move on in the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            m_list->setFocus(Qt::OtherFocusReason);
            if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_list->setCurrentIndex(m_proxy->index(0, 0));
            else if (key != Qt::Key_Down)
                QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void StyleChooser::updatePreview()
{
    m_previewTimer->stop();
    if (!m_previewText)
        return;
    const QString id = selectedStyle();
    m_preview->setHtml(id.isEmpty() ? QString() : m_previewText(id));
}

QString StyleChooser::selectedStyle() const
{
    return m_list->currentIndex().data(kIdRole).toString();
}

} // namespace warta
