#include "speakers_view.h"

#include "library_background.h"
#include "library_model.h"
#include "text_convert.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace warta {

SpeakersView::SpeakersView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_people(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_copy(new QPushButton(tr("Copy with Citation"), this))
    , m_filterTimer(new QTimer(this))
{
    setAccessibleName(tr("Speakers"));
    m_filter->setPlaceholderText(tr("Find a person"));
    m_filter->setAccessibleName(tr("Find a person"));
    m_filter->setClearButtonEnabled(true);
    m_people->setAccessibleName(tr("People quoted in the library"));
    m_heading->setAccessibleName(tr("Person shown"));
    m_heading->setWordWrap(true);
    m_table->setAccessibleName(tr("Quotes of the person"));
    m_table->setColumnCount(QuoteColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Quote"), tr("Article"), tr("Date"), tr("¶")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The quote is what is read here: it takes the width and wraps.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QuoteTextColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(ArticleColumn, 120);
    m_table->setColumnWidth(DateColumn, 80);
    m_table->setColumnWidth(ParagraphColumn, 36);
    m_copy->setAccessibleName(tr("Copy the quote with its citation"));
    m_copy->setToolTip(
            tr("Copy the chosen quote and a reference pinned to its paragraph, in the chosen style"));
    m_copy->setEnabled(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_people, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    rightLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    left->setMinimumWidth(190);
    left->setMaximumWidth(280);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &SpeakersView::fillPeople);
    connect(m_people, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showSpeaker(item->data(Qt::UserRole).toString());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_copy->setEnabled(selectedQuote() != nullptr); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const LibraryQuote *quote = selectedQuote())
            emit copyRequested(*quote);
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && static_cast<std::size_t>(row) < m_quotes.size()) {
            const LibraryQuote &quote = m_quotes[static_cast<std::size_t>(row)];
            emit openRequested(qs(quote.article.path), quote.paragraph, qs(quote.text));
        }
    });
    fillQuotes();
}

void SpeakersView::setLibrary(const Library *library)
{
    m_library = library;
    m_current.clear();
    refresh();
}

void SpeakersView::refresh()
{
    fillPeople();
    if (!m_current.isEmpty())
        showSpeaker(m_current);
    else
        fillQuotes();
}

void SpeakersView::fillPeople()
{
    const QSignalBlocker blocker(m_people);
    m_people->clear();
    const int request = ++m_peopleRequest;
    if (!m_library)
        return;
    // Ranking every person of a large library takes seconds: off the
    // window's thread, the last asking wins.
    const std::string contains = m_filter->text().trimmed().toStdString();
    readInBackground<std::vector<LibraryPerson>>(
            m_library->path(), this,
            [contains](const Library &library) -> std::optional<std::vector<LibraryPerson>> {
                auto people = library.speakers(contains);
                return people ? std::optional(std::move(*people)) : std::nullopt;
            },
            [this, request](std::vector<LibraryPerson> people) {
                if (request == m_peopleRequest && m_library)
                    showPeople(people);
            });
}

void SpeakersView::showPeople(const std::vector<LibraryPerson> &people)
{
    const QSignalBlocker blocker(m_people);
    m_people->clear();
    for (const LibraryPerson &person : people) {
        const QString name = qs(person.name);
        auto *item = new QListWidgetItem(
                tr("%1 — %n quotes", nullptr, static_cast<int>(person.quoteCount)).arg(name), m_people);
        item->setData(Qt::UserRole, name);
        QStringList forms;
        for (const std::string &form : person.forms)
            forms << qs(form);
        item->setToolTip(tr("Also written: %1").arg(forms.join(QStringLiteral("; "))));
        if (name == m_current)
            m_people->setCurrentItem(item);
    }
}

void SpeakersView::showSpeaker(const QString &name)
{
    m_current = name;
    m_quotes.clear();
    if (m_library && !name.isEmpty()) {
        auto quotes = m_library->quotesOf(name.toStdString());
        if (quotes)
            m_quotes = std::move(*quotes);
        else
            emit failed(quotes.error());
    }
    fillQuotes();
}

void SpeakersView::fillQuotes()
{
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_quotes.size()));
    if (m_current.isEmpty())
        m_heading->setText(tr("Choose a person to see every quote of theirs in the library."));
    else
        m_heading->setText(tr("%1: %n quotes", nullptr, static_cast<int>(m_quotes.size())).arg(m_current));
    for (std::size_t i = 0; i < m_quotes.size(); ++i) {
        const LibraryQuote &quote = m_quotes[i];
        const int row = static_cast<int>(i);
        auto *text = new QTableWidgetItem(qs(quote.text));
        text->setToolTip(qs(quote.text));
        auto *article = new QTableWidgetItem(qs(quote.article.title));
        article->setToolTip(qs(quote.article.path));
        m_table->setItem(row, QuoteTextColumn, text);
        m_table->setItem(row, ArticleColumn, article);
        m_table->setItem(row, DateColumn, new QTableWidgetItem(libraryDateText(quote.article)));
        m_table->setItem(row, ParagraphColumn, new QTableWidgetItem(QString::number(quote.paragraph + 1)));
    }
    // At most a person's thousand quotes (quotesOf's limit): measured once.
    m_table->resizeRowsToContents();
    m_copy->setEnabled(selectedQuote() != nullptr);
}

const LibraryQuote *SpeakersView::selectedQuote() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return nullptr;
    const int row = ranges.first().topRow();
    if (row < 0 || static_cast<std::size_t>(row) >= m_quotes.size())
        return nullptr;
    return &m_quotes[static_cast<std::size_t>(row)];
}

} // namespace warta
