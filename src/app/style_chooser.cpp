#include "style_chooser.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace warta {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

StyleChooser::StyleChooser(const QList<CitationStyle> &styles, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Citation Style"));
    setAccessibleName(tr("Citation style chooser"));
    resize(560, 480);
    const QStringList preferred = preferredStyleIds();
    for (const CitationStyle &style : styles) {
        auto *item = new QStandardItem(style.title);
        item->setData(style.id, kIdRole);
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
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(tr("Installed citation styles"));
    m_list->setUniformItemSizes(true);
    m_search->setAccessibleName(tr("Search citation styles"));
    m_search->setPlaceholderText(tr("Search %n styles", nullptr, static_cast<int>(styles.size())));
    m_search->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_search);
    m_search->installEventFilter(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    // Down arrow from the search field moves into the list.
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
    m_search->setFocus();
}

QString StyleChooser::selectedStyle() const
{
    return m_list->currentIndex().data(kIdRole).toString();
}

} // namespace warta
