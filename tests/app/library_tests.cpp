// The library beside the reader: its models over a library built here, the
// search as you type, opening a hit at its paragraph, the speakers' quotes
// with their citations, references of a selection, the folder watch, and the
// sentences and ways out when the database cannot be used.
#include "app_test_support.h"
#include "library_test_support.h"

#include "error_text.h"
#include "language.h"
#include "library_indexing.h"
#include "library_model.h"
#include "library_panel.h"
#include "library_search_model.h"
#include "library_view.h"
#include "library_watch.h"
#include "main_window.h"
#include "reading_pane.h"
#include "speakers_view.h"
#include "text_convert.h"

#include "warta/extract/extract.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace warta;

namespace {

constexpr auto kWarn = QAbstractItemModelTester::FailureReportingMode::Warning;

// The first word of a title long enough to be a search of its own.
QString searchWordOf(const QString &title)
{
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (word.size() >= 5 && word.front().isLetter() && word.back().isLetter())
            return word;
    return title.section(QLatin1Char(' '), 0, 0);
}

Error libraryError(ErrorCode code)
{
    return Error{code, {}};
}

} // namespace

TEST_CASE("The article model passes the model tester and counts from the library", "[library][models]")
{
    test::ModelTestMessages messages;
    QTemporaryDir data;
    const test::SavedFolder folder;
    Library library = test::buildLibrary(data.filePath(QStringLiteral("library.sqlite")), folder);
    LibraryArticleModel model;
    QAbstractItemModelTester tester(&model, kWarn);
    model.setLibrary(&library);
    const auto count = library.articleCount({});
    REQUIRE(count);
    CHECK(model.rowCount() == *count);
    REQUIRE(model.rowCount() >= 4);
    CHECK(model.columnCount() == LibraryArticleModel::ColumnCount);

    model.sort(LibraryArticleModel::TitleColumn, Qt::AscendingOrder);
    CHECK(model.order() == ArticleOrder::Title);
    const auto byTitle = library.articles({}, ArticleOrder::Title, 0, 1);
    REQUIRE(byTitle);
    CHECK(model.index(0, LibraryArticleModel::TitleColumn).data().toString() == qs(byTitle->front().title));
    model.sort(LibraryArticleModel::DateColumn, Qt::AscendingOrder);
    CHECK(model.order() == ArticleOrder::Oldest);
    model.sort(LibraryArticleModel::QuotesColumn, Qt::DescendingOrder);
    const int most = model.index(0, LibraryArticleModel::QuotesColumn).data().toInt();
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.index(row, LibraryArticleModel::QuotesColumn).data().toInt() <= most);

    LibraryFilter filter;
    filter.site = model.articleAt(0)->site;
    model.setFilter(filter);
    CHECK(model.rowCount() == *library.articleCount(filter));
    model.setLibrary(nullptr);
    CHECK(model.rowCount() == 0);
    model.setLibrary(&library);
    INFO(messages.last().toStdString());
    CHECK(messages.count() == 0);
}

TEST_CASE("The article table reads only the pages it shows", "[library][models]")
{
    QTemporaryDir data;
    auto library = Library::open(data.filePath(QStringLiteral("library.sqlite")).toStdString());
    REQUIRE(library);
    auto article = extractFile(test::sampleFixture().toStdString());
    REQUIRE(article);
    // Saves of distinct articles (each its own URL and content).
    const int total = 5 * LibraryArticleModel::kPageRows / 2;
    for (int i = 0; i < total; ++i) {
        Article copy = *article;
        copy.url = "https://example.test/article/" + std::to_string(i);
        copy.title = "Artikel nomor " + std::to_string(i);
        copy.source.sha256 =
                std::string(60, '0') + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')).toStdString();
        REQUIRE(library->addExtracted(copy));
    }
    LibraryArticleModel model;
    model.setLibrary(&*library);
    REQUIRE(model.rowCount() == total);
    QTableView view;
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QApplication::processEvents();
    CHECK(model.pagesRead() == 1);
    view.scrollToBottom();
    QApplication::processEvents();
    CHECK(model.pagesRead() <= 3);
    CHECK(model.index(total - 1, 0).data().toString().startsWith(QStringLiteral("Artikel nomor")));
}

TEST_CASE("The search model passes the model tester and pages its hits", "[library][models]")
{
    test::ModelTestMessages messages;
    QTemporaryDir data;
    const test::SavedFolder folder;
    Library library = test::buildLibrary(data.filePath(QStringLiteral("library.sqlite")), folder);
    LibrarySearchModel model;
    QAbstractItemModelTester tester(&model, kWarn);
    model.setLibrary(&library);
    const auto first = library.articles({}, ArticleOrder::Title, 0, 1);
    REQUIRE(first);
    SearchQuery query;
    query.text = searchWordOf(qs(first->front().title)).toStdString();
    query.asYouType = true;
    query.limit = 1;
    REQUIRE(model.search(query));
    CHECK(model.rowCount() == 1);
    CHECK(model.total() >= 1);
    const QString html = model.index(0, LibrarySearchModel::SnippetColumn)
                                 .data(LibrarySearchModel::SnippetHtmlRole)
                                 .toString();
    CHECK((html.contains(QStringLiteral("<b>")) || model.hitAt(0)->highlights.empty()));
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(static_cast<std::size_t>(model.rowCount()) == model.total());
    query.text = "zzqxqnotaword";
    REQUIRE(model.search(query));
    CHECK(model.rowCount() == 0);
    model.clear();
    INFO(messages.last().toStdString());
    CHECK(messages.count() == 0);
}

TEST_CASE("Typing in the library's search shows hits, and opening one goes to its paragraph",
          "[library][window]")
{
    const QString path = test::freshLibraryPath();
    const test::SavedFolder folder;
    {
        Library built = test::buildLibrary(path, folder);
    }
    MainWindow window;
    window.show();
    LibraryPanel *panel = window.libraryPanel();
    REQUIRE(panel->library());
    LibraryView *view = panel->libraryView();
    CHECK(view->articleModel()->rowCount() >= 4);
    // A word of a paragraph of some article: its hit is a paragraph.
    const auto some = panel->library()->articles({}, ArticleOrder::Quotes, 0, 1);
    REQUIRE(some);
    auto article = extractFile(some->front().path);
    REQUIRE(article);
    REQUIRE(article->paragraphs.size() > 2);
    const QString paragraphText = qs(article->paragraphs[2].text);
    // Three words in a row made of letters only: a phrase the search must find.
    const QStringList words = paragraphText.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QRegularExpression letters(QStringLiteral("^\\p{L}+$"));
    QString phrase;
    for (qsizetype i = 0; i + 2 < words.size() && phrase.isEmpty(); ++i)
        if (letters.match(words[i]).hasMatch() && letters.match(words[i + 1]).hasMatch() &&
            letters.match(words[i + 2]).hasMatch())
            phrase = QStringList(words.mid(i, 3)).join(QLatin1Char(' '));
    REQUIRE_FALSE(phrase.isEmpty());
    QTest::keyClicks(view->searchField(), QStringLiteral("\"%1\"").arg(phrase));
    QTRY_VERIFY_WITH_TIMEOUT(view->showingResults() && view->searchModel()->rowCount() > 0, 2000);
    const SearchHit *hit = view->searchModel()->hitAt(0);
    REQUIRE(hit);
    CHECK(hit->article.id == some->front().id);
    REQUIRE(hit->paragraph >= 0);
    emit view->resultTable()->activated(view->searchModel()->index(0, 0));
    QApplication::processEvents();
    CHECK(QFileInfo(window.currentPath()) == QFileInfo(qs(hit->article.path)));
    CHECK(window.readingPane()->currentParagraph() == hit->paragraph);
    const QStringList highlighted = highlightedWords(*hit);
    if (!highlighted.isEmpty())
        CHECK(window.readingPane()->textCursor().selectedText().compare(highlighted.front(),
                                                                        Qt::CaseInsensitive) == 0);
}

TEST_CASE("A speaker's quote is copied with a citation pinned to its paragraph", "[library][window]")
{
    const test::SavedFolder folder;
    {
        Library built = test::buildLibrary(test::freshLibraryPath(), folder);
    }
    MainWindow window;
    SpeakersView *speakers = window.libraryPanel()->speakersView();
    QTRY_VERIFY_WITH_TIMEOUT(speakers->speakerList()->count() > 0, 5000);
    speakers->speakerList()->setCurrentRow(0);
    REQUIRE(!speakers->quotes().empty());
    speakers->quoteTable()->selectRow(0);
    REQUIRE(speakers->copyButton()->isEnabled());
    window.setCitationStyle(QStringLiteral("apa"));
    speakers->copyButton()->click();
    const LibraryQuote &quote = speakers->quotes().front();
    const QString copied = QGuiApplication::clipboard()->text();
    INFO(copied.toStdString());
    CHECK(copied.contains(qs(quote.text)));
    CHECK(copied.contains(QStringLiteral("para. %1").arg(quote.paragraph + 1)));
}

TEST_CASE("A selection of the library is copied as a reference list and as BibTeX, RIS and CSL-JSON",
          "[library][window]")
{
    const test::SavedFolder folder;
    {
        Library built = test::buildLibrary(test::freshLibraryPath(), folder);
    }
    MainWindow window;
    window.setCitationStyle(QStringLiteral("apa"));
    LibraryView *view = window.libraryPanel()->libraryView();
    CHECK_FALSE(window.copyLibraryReferenceList());
    view->articleTable()->selectRow(0);
    view->articleTable()->selectionModel()->select(view->articleModel()->index(1, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(view->selectedArticles().size() == 2);
    REQUIRE(window.copyLibraryReferenceList());
    const QString list = QGuiApplication::clipboard()->text();
    CHECK(list.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2);
    REQUIRE(window.copyLibraryReferences(ReferenceFormat::BibTeX));
    CHECK(QGuiApplication::clipboard()->text().count(QLatin1Char('@')) == 2);
    REQUIRE(window.copyLibraryReferences(ReferenceFormat::Ris));
    CHECK(QGuiApplication::clipboard()->text().count(QStringLiteral("TY  - ")) == 2);
    REQUIRE(window.copyLibraryReferences(ReferenceFormat::CslJson));
    const QString json = QGuiApplication::clipboard()->text();
    CHECK(json.startsWith(QLatin1Char('[')));
    CHECK(json.count(QStringLiteral("\"title\"")) >= 2);
}

TEST_CASE("A file that gives no article is listed with its reason", "[library][window]")
{
    const test::SavedFolder folder;
    {
        Library built = test::buildLibrary(test::freshLibraryPath(), folder);
    }
    MainWindow window;
    QTreeWidget *problems = window.libraryPanel()->problemList();
    QTRY_VERIFY_WITH_TIMEOUT(problems->topLevelItemCount() == 1, 5000);
    CHECK(problems->topLevelItem(0)->text(0).endsWith(QStringLiteral("not-an-article.html")));
    CHECK(problems->topLevelItem(0)->text(1).startsWith(QStringLiteral("the file is not a web page")));
    CHECK(window.libraryPanel()->libraryView()->articleModel()->rowCount() >= 4);
}

TEST_CASE("A damaged library gives a sentence and a rebuild that keeps the old file",
          "[library][window][faults]")
{
    const QString path = test::freshLibraryPath();
    {
        QFile garbage(path);
        REQUIRE(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x5a'));
    }
    MainWindow window;
    REQUIRE(window.openSample());
    const QString title = window.windowTitle();
    LibraryPanel *panel = window.libraryPanel();
    CHECK(panel->library() == nullptr);
    CHECK(panel->faultText().contains(errorReason(libraryError(ErrorCode::LibraryDamaged))));
    CHECK_FALSE(panel->rebuildButton()->isHidden());
    CHECK(window.article());
    panel->rebuildButton()->click();
    panel->indexer()->wait();
    CHECK(panel->library());
    CHECK(panel->faultText().isEmpty());
    const QStringList aside =
            QFileInfo(path).dir().entryList({QFileInfo(path).fileName() + QStringLiteral(".damaged-*")});
    CHECK(aside.size() == 1);
    CHECK(window.windowTitle() == title);
}

TEST_CASE("A library of a newer Warta is offered a rebuild, not a reading it cannot vouch for",
          "[library][window][faults]")
{
    const QString path = test::freshLibraryPath();
    const test::SavedFolder folder(2);
    {
        Library built = test::buildLibrary(path, folder);
    }
    test::setSchemaVersion(path, librarySchemaVersion() + 1);
    MainWindow window;
    LibraryPanel *panel = window.libraryPanel();
    CHECK(panel->library() == nullptr);
    CHECK(panel->faultText().contains(errorReason(libraryError(ErrorCode::LibraryTooNew))));
    CHECK(panel->readOnlyButton()->isHidden());
    CHECK_FALSE(panel->rebuildButton()->isHidden());
}

TEST_CASE("The library's sentences are Indonesian in the Indonesian interface", "[library][translation]")
{
    setLanguageSetting(QStringLiteral("id"));
    installTranslations(*qApp);
    const QString path = test::freshLibraryPath();
    {
        QFile garbage(path);
        REQUIRE(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, '\x01'));
    }
    LibraryPanel panel(path);
    panel.open();
    const QString text = panel.faultText();
    setLanguageSetting(QStringLiteral("en"));
    installTranslations(*qApp);
    INFO(text.toStdString());
    CHECK_FALSE(text.isEmpty());
    CHECK_FALSE(text.contains(QStringLiteral("library")));
    CHECK_FALSE(text.contains(QStringLiteral("rebuild")));
}

TEST_CASE("A page saved into a library folder appears without an update asked for", "[library][watch]")
{
    test::SavedFolder folder(2);
    {
        Library built = test::buildLibrary(test::freshLibraryPath(), folder);
    }
    LibraryPanel panel(QString::fromStdString(defaultLibraryPath()));
    panel.open();
    REQUIRE(panel.library());
    panel.folderWatch()->setSettleMilliseconds(100);
    QTRY_VERIFY_WITH_TIMEOUT(panel.folderWatch()->watchedCount() >= 1, 5000);
    const auto before = panel.library()->status();
    REQUIRE(before);
    QSignalSpy finished(panel.indexer(), &LibraryIndexer::finished);
    folder.addPage(5);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 10000);
    // The file is read (an article of its own, or another save of one there).
    CHECK(panel.library()->status()->files == before->files + 1);
}
