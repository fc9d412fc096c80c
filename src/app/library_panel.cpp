#include "library_panel.h"

#include "error_text.h"
#include "library_background.h"
#include "library_model.h"
#include "library_view.h"
#include "library_watch.h"
#include "speakers_view.h"
#include "text_convert.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace warta {
namespace {

const QString kFoldersKey = QStringLiteral("library/folders");

std::string nativePath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

} // namespace

LibraryPanel::LibraryPanel(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_path(databasePath)
    , m_faultBar(new QFrame(this))
    , m_faultLabel(new QLabel(m_faultBar))
    , m_rebuild(new QPushButton(tr("Rebuild the Library"), m_faultBar))
    , m_readOnly(new QPushButton(tr("Open Read-Only"), m_faultBar))
    , m_retry(new QPushButton(tr("Try Again"), m_faultBar))
    , m_progressRow(new QWidget(this))
    , m_progressLabel(new QLabel(m_progressRow))
    , m_progressBar(new QProgressBar(m_progressRow))
    , m_tabs(new QTabWidget(this))
    , m_view(new LibraryView(m_tabs))
    , m_speakers(new SpeakersView(m_tabs))
    , m_problems(new QTreeWidget(m_tabs))
    , m_indexer(new LibraryIndexer(databasePath, this))
    , m_watch(new LibraryWatch(this))
{
    setAccessibleName(tr("Library"));
    m_faultBar->setFrameShape(QFrame::StyledPanel);
    m_faultBar->setAccessibleName(tr("Library problem"));
    m_faultLabel->setWordWrap(true);
    m_faultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_faultLabel->setAccessibleName(tr("What is wrong with the library"));
    m_rebuild->setAccessibleName(tr("Rebuild the library from the saved files"));
    m_rebuild->setToolTip(tr("Moves the old database aside (it is kept, not deleted) and reads the folders "
                             "again"));
    m_readOnly->setAccessibleName(tr("Open the library for reading only"));
    m_retry->setAccessibleName(tr("Try opening the library again"));
    auto *faultLayout = new QHBoxLayout(m_faultBar);
    faultLayout->addWidget(m_faultLabel, 1);
    faultLayout->addWidget(m_rebuild);
    faultLayout->addWidget(m_readOnly);
    faultLayout->addWidget(m_retry);
    m_faultBar->hide();

    auto *cancel = new QPushButton(tr("Cancel"), m_progressRow);
    cancel->setAccessibleName(tr("Cancel indexing"));
    m_progressBar->setAccessibleName(tr("Indexing progress"));
    m_progressBar->setMaximumWidth(200);
    m_progressLabel->setAccessibleName(tr("Indexing"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(4, 0, 4, 0);
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_progressBar);
    progressLayout->addWidget(cancel);
    m_progressRow->hide();

    m_problems->setAccessibleName(tr("Files that gave no article"));
    m_problems->setColumnCount(2);
    m_problems->setHeaderLabels({tr("File"), tr("Why")});
    m_problems->setRootIsDecorated(false);
    m_problems->header()->resizeSection(0, 320);
    m_tabs->setAccessibleName(tr("Library views"));
    m_tabs->addTab(m_view, tr("Articles"));
    m_tabs->addTab(m_speakers, tr("Speakers"));
    m_tabs->addTab(m_problems, tr("Not Read"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_faultBar);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_tabs, 1);

    connect(m_rebuild, &QPushButton::clicked, this, &LibraryPanel::rebuild);
    connect(m_readOnly, &QPushButton::clicked, this, [this] { open(LibraryAccess::ReadOnly); });
    connect(m_retry, &QPushButton::clicked, this, [this] { open(); });
    connect(cancel, &QPushButton::clicked, this, &LibraryPanel::cancelIndexing);
    connect(m_view, &LibraryView::openRequested, this, &LibraryPanel::openRequested);
    connect(m_view, &LibraryView::contextMenuRequested, this, &LibraryPanel::contextMenuRequested);
    connect(m_view, &LibraryView::selectionChanged, this, &LibraryPanel::stateChanged);
    connect(m_view, &LibraryView::failed, this, &LibraryPanel::readFailed);
    connect(m_speakers, &SpeakersView::failed, this, &LibraryPanel::readFailed);
    connect(m_speakers, &SpeakersView::copyRequested, this, &LibraryPanel::copyQuoteRequested);
    connect(m_speakers, &SpeakersView::openRequested, this,
            [this](const QString &path, int paragraph, const QString &words) {
                emit openRequested(path, paragraph, {words});
            });
    connect(m_indexer, &LibraryIndexer::started, this, &LibraryPanel::indexingStarted);
    connect(m_indexer, &LibraryIndexer::progress, this, &LibraryPanel::indexingProgress);
    connect(m_indexer, &LibraryIndexer::finished, this, &LibraryPanel::indexingFinished);
    connect(m_indexer, &LibraryIndexer::failed, this, &LibraryPanel::indexingFailed);
    // A page saved into a watched folder appears without the reader asking.
    connect(m_watch, &LibraryWatch::changed, this, [this] {
        if (m_library && !m_library->readOnly())
            update();
    });
}

LibraryPanel::~LibraryPanel()
{
    // The views let go of the connection before it closes.
    m_view->setLibrary(nullptr);
    m_speakers->setLibrary(nullptr);
}

void LibraryPanel::openIfPresent()
{
    if (!m_library && QFileInfo::exists(m_path))
        open();
}

bool LibraryPanel::open(LibraryAccess access)
{
    setLibrary(std::nullopt);
    auto opened = Library::open(nativePath(m_path), access);
    if (!opened) {
        showFault(opened.error(), true);
        // A way out that was just tried and failed is not offered again.
        if (access == LibraryAccess::ReadOnly)
            m_readOnly->hide();
        return false;
    }
    hideFault();
    setLibrary(std::move(*opened));
    if (m_library->readOnly())
        showNote(tr("The library is open for reading only: search and citations work; adding folders and "
                    "updating do not."));
    return true;
}

void LibraryPanel::close()
{
    setLibrary(std::nullopt);
}

void LibraryPanel::setLibrary(std::optional<Library> library)
{
    m_view->setLibrary(nullptr);
    m_speakers->setLibrary(nullptr);
    m_library = std::move(library);
    m_view->setLibrary(this->library());
    m_speakers->setLibrary(this->library());
    libraryChanged();
}

void LibraryPanel::libraryChanged()
{
    emit stateChanged();
    if (!m_library) {
        fillProblems({});
        m_watch->setFolders({});
        return;
    }
    // The status lists every problem and counts everything: seconds on a
    // large library, so it is read off the window's thread.
    const int request = ++m_statusRequest;
    readInBackground<LibraryStatus>(
            m_library->path(), this,
            [](const Library &library) -> std::optional<LibraryStatus> {
                auto status = library.status();
                return status ? std::optional(std::move(*status)) : std::nullopt;
            },
            [this, request](LibraryStatus status) {
                if (request != m_statusRequest || !m_library)
                    return;
                fillProblems(status.problems);
                QStringList folders;
                for (const std::string &folder : status.folders)
                    folders << QFile::decodeName(QByteArray::fromStdString(folder));
                m_watch->setFolders(m_library->readOnly() ? QStringList() : folders);
                emit statusRead();
            });
}

void LibraryPanel::showFault(const Error &error, bool opening)
{
    m_fault = error.code;
    const QString reason = errorReason(error);
    m_faultLabel->setText(opening ? tr("Warta could not open the library: %1.").arg(reason)
                                  : tr("Warta could not read the library: %1.").arg(reason));
    // The ways out that fit: a damaged or too-new file is rebuilt from the
    // saved pages (the old one moved aside; a newer Warta's schema is not
    // read at all, its meaning unknown to this one); one this Warta may not
    // write can still be read; a lock passes.
    const ErrorCode code = error.code;
    m_rebuild->setVisible(code == ErrorCode::LibraryDamaged || code == ErrorCode::LibraryTooNew);
    m_readOnly->setVisible(code == ErrorCode::LibraryReadOnly || code == ErrorCode::LibraryBusy);
    m_retry->setVisible(code != ErrorCode::LibraryDamaged && code != ErrorCode::LibraryTooNew);
    m_faultBar->setStyleSheet(QStringLiteral("QFrame { background: #fdecea; color: #5f2120; }"));
    m_faultBar->show();
    emit statusMessage(m_faultLabel->text());
}

void LibraryPanel::showNote(const QString &text)
{
    m_fault.reset();
    m_faultLabel->setText(text);
    m_rebuild->hide();
    m_readOnly->hide();
    m_retry->setVisible(true);
    m_retry->setText(tr("Open for Writing"));
    m_faultBar->setStyleSheet(QString());
    m_faultBar->show();
}

void LibraryPanel::hideFault()
{
    m_fault.reset();
    m_retry->setText(tr("Try Again"));
    m_faultBar->hide();
}

QString LibraryPanel::faultText() const
{
    return m_faultBar->isHidden() ? QString() : m_faultLabel->text();
}

void LibraryPanel::readFailed(const Error &error)
{
    // A lock passes and the rows read stay; a file found damaged while in use
    // is closed, so nothing more is read from it, until it is rebuilt.
    if (error.code == ErrorCode::LibraryDamaged)
        setLibrary(std::nullopt);
    showFault(error, false);
}

QStringList LibraryPanel::rememberedFolders() const
{
    return QSettings().value(kFoldersKey).toStringList();
}

void LibraryPanel::rememberFolders(const QStringList &folders) const
{
    // Kept in the settings too: a database too damaged to list its folders
    // is still rebuilt from them.
    QStringList all = rememberedFolders();
    for (const QString &folder : folders)
        if (!all.contains(folder))
            all << folder;
    QSettings().setValue(kFoldersKey, all);
}

void LibraryPanel::addFolders(const QStringList &folders)
{
    if (folders.isEmpty())
        return;
    QStringList absolute;
    for (const QString &folder : folders)
        absolute << QDir(folder).absolutePath();
    rememberFolders(absolute);
    if (!m_library && !open())
        return;
    if (m_library->readOnly()) {
        emit statusMessage(tr("The library is open for reading only; no folder can be added."));
        return;
    }
    if (!m_indexer->start(LibraryIndexer::Job::AddFolders, absolute))
        emit statusMessage(tr("The library is being indexed; add the folder again when it is done."));
}

void LibraryPanel::update()
{
    if (!m_library || m_library->readOnly())
        return;
    m_indexer->start(LibraryIndexer::Job::Update);
}

void LibraryPanel::rebuild()
{
    if (m_indexer->isRunning())
        return;
    // The window's connection is closed first: the file is moved aside.
    setLibrary(std::nullopt);
    hideFault();
    QStringList folders = rememberedFolders();
    m_indexer->start(LibraryIndexer::Job::Rebuild, folders);
}

void LibraryPanel::cancelIndexing()
{
    m_indexer->cancel();
    m_progressLabel->setText(tr("Stopping after the files in hand…"));
}

void LibraryPanel::indexingStarted()
{
    m_progressLabel->setText(tr("Looking for saved pages…"));
    m_progressBar->setRange(0, 0);
    m_progressRow->show();
    emit stateChanged();
}

void LibraryPanel::indexingProgress(qint64 done, qint64 total, const QString &path)
{
    if (total <= 0)
        return;
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(static_cast<int>(done * 1000 / total));
    m_progressLabel->setText(
            tr("Indexing %1 of %2: %3")
                    .arg(QLocale().toString(done), QLocale().toString(total), QFileInfo(path).fileName()));
}

void LibraryPanel::indexingFinished(LibraryIndexer::Job job, const IndexReport &report)
{
    m_progressRow->hide();
    if (job == LibraryIndexer::Job::Rebuild || !m_library)
        open();
    else {
        m_view->refresh();
        m_speakers->refresh();
        libraryChanged();
    }
    QString text = tr("Library updated: %1 new, %2 changed, %3 moved, %4 removed, %5 gave no article.")
                           .arg(report.added)
                           .arg(report.changed)
                           .arg(report.moved)
                           .arg(report.removed)
                           .arg(report.failed);
    if (report.cancelled)
        text = tr("Indexing stopped; what was read is kept.") + QLatin1Char(' ') + text;
    emit statusMessage(text);
    emit stateChanged();
}

void LibraryPanel::indexingFailed(LibraryIndexer::Job, const Error &error)
{
    m_progressRow->hide();
    showFault(error, !m_library);
    emit stateChanged();
}

void LibraryPanel::fillProblems(const std::vector<LibraryProblem> &problems)
{
    m_problems->clear();
    int count = 0;
    for (const LibraryProblem &problem : problems) {
        // The reason in the reader's language, by its code.
        const QString why = errorReason(Error{problem.code, problem.reason});
        auto *item = new QTreeWidgetItem(
                m_problems,
                {QDir::toNativeSeparators(QFile::decodeName(QByteArray::fromStdString(problem.path))), why});
        item->setToolTip(1, why);
        ++count;
    }
    m_tabs->setTabText(ProblemsTab, count ? tr("Not Read (%1)").arg(count) : tr("Not Read"));
}

std::vector<LibraryArticle> LibraryPanel::selectedArticles() const
{
    return m_view->selectedArticles();
}

std::optional<FormattedCitation> LibraryPanel::selectionReferenceList(const CitationContext &context,
                                                                      QString *error) const
{
    const std::vector<LibraryArticle> selected = selectedArticles();
    if (!m_library || selected.empty()) {
        *error = tr("choose one or more articles in the Library first");
        return std::nullopt;
    }
    std::vector<std::int64_t> ids;
    for (const LibraryArticle &article : selected)
        ids.push_back(article.id);
    return libraryReferenceList(*m_library, ids, context, error);
}

std::optional<QString> LibraryPanel::selectionReferences(ReferenceFormat format, QStringList *problems) const
{
    const std::vector<LibraryArticle> selected = selectedArticles();
    if (!m_library || selected.empty())
        return std::nullopt;
    return libraryReferences(*m_library, selected, format, problems);
}

std::optional<FormattedCitation>
LibraryPanel::citedQuote(const LibraryQuote &quote, const CitationContext &context, QString *error) const
{
    if (!m_library) {
        *error = tr("the library is not open");
        return std::nullopt;
    }
    const auto citation = libraryQuoteCitation(*m_library, quote, context, error);
    if (!citation)
        return std::nullopt;
    return quoteWithCitation(quote, *citation);
}

} // namespace warta
