// The file of the command line: what is shown when it cannot be opened,
// file:// URLs, names that are not UTF-8; and the caret deciding the
// current paragraph.
#include "app_test_support.h"

#include "app_options.h"
#include "article_html.h"
#include "article_loader.h"
#include "language.h"
#include "main_window.h"
#include "message_bar.h"
#include "reading_pane.h"
#include "recent_files.h"
#include "side_panel.h"
#include "text_convert.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPointer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

using namespace warta;
using test::writeFile;

namespace {

// What the code under test writes to stderr while it lives.
class StderrCapture {
public:
    StderrCapture() : m_file(std::tmpfile())
    {
        std::fflush(stderr);
        m_saved = dup(STDERR_FILENO);
        dup2(fileno(m_file), STDERR_FILENO);
    }
    ~StderrCapture()
    {
        restore();
        std::fclose(m_file);
    }
    QByteArray text()
    {
        restore();
        std::rewind(m_file);
        QByteArray bytes;
        char buffer[4096];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, m_file)) > 0;)
            bytes.append(buffer, static_cast<qsizetype>(n));
        return bytes;
    }

private:
    void restore()
    {
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        dup2(m_saved, STDERR_FILENO);
        close(m_saved);
        m_saved = -1;
    }
    std::FILE *m_file;
    int m_saved = -1;
};

QByteArray sampleBytes()
{
    QFile file(test::sampleFixture());
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

TEST_CASE("A start file that cannot be opened is reported, with no sample in its place", "[window][start]")
{
    QTemporaryDir dir;
    struct Case {
        QString path;
        QString reason;
    };
    const Case cases[] = {
            {dir.filePath(QStringLiteral("hilang.html")), QStringLiteral("there is no such file")},
            {writeFile(dir, QStringLiteral("kosong.html"), {}), QStringLiteral("the file is empty")},
            {writeFile(dir, QStringLiteral("foto.html"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)),
             QStringLiteral("it looks like a PNG image")},
            {writeFile(dir, QStringLiteral("beranda.html"),
                       "<html><head><title>Beranda</title></head><body><nav><a href=\"/a\">A</a> "
                       "<a href=\"/b\">B</a></nav></body></html>"),
             QStringLiteral("the page holds no article")},
    };
    for (const Case &c : cases) {
        INFO(c.path.toStdString());
        MainWindow window;
        AppOptions options;
        options.file = c.path;
        StderrCapture capture;
        CHECK_FALSE(openStartFile(window, options));
        const QString err = QString::fromLocal8Bit(capture.text());
        CHECK(window.article() == nullptr); // not the sample
        CHECK(window.lastError().contains(c.reason));
        CHECK(window.lastError().contains(c.path));
        CHECK(err.contains(window.lastError()));
    }
    // No file given: the sample.
    MainWindow window;
    CHECK(openStartFile(window, AppOptions{}));
    REQUIRE(window.article());
}

TEST_CASE("A file:// URL opens the file it names", "[window][start]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("berita satu.html"), sampleBytes());
    MainWindow window;
    AppOptions options;
    options.file = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded); // "…/berita%20satu.html"
    REQUIRE(options.file.startsWith(QStringLiteral("file:///")));
    REQUIRE(openStartFile(window, options));
    CHECK(window.currentPath() == path);
    CHECK(nativeFilePath("file://localhost/tmp/a%20b.html") == QByteArray("/tmp/a b.html"));
    CHECK(nativeFilePath("file:/tmp/a.html") == QByteArray("/tmp/a.html"));
    CHECK(nativeFilePath("/tmp/file:a.html") == QByteArray("/tmp/file:a.html"));
}

TEST_CASE("A file name that is not UTF-8 opens, from the command line too", "[window][start]")
{
    QTemporaryDir dir;
    // "berita-café.html" in Latin-1, as an old download may be named.
    const QByteArray native = QFile::encodeName(dir.path()) + "/berita-caf\xE9.html";
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(fd >= 0);
    const QByteArray bytes = sampleBytes();
    REQUIRE(::write(fd, bytes.constData(), static_cast<std::size_t>(bytes.size())) == bytes.size());
    ::close(fd);

    MainWindow window;
    REQUIRE(window.openNativeFile(native));
    REQUIRE(window.article());

    // Qt decodes the argument as UTF-8 and loses the é; the raw argument keeps it.
    QByteArray program("warta");
    QByteArray theme("--theme");
    QByteArray dark("dark");
    QByteArray file(native);
    char *argv[] = {program.data(), theme.data(), dark.data(), file.data()};
    AppOptions options;
    options.file = QString::fromLocal8Bit(native);
    options.nativeFile = nativeArgument(4, argv, options.file);
    CHECK(options.nativeFile == native);
    MainWindow fromCommandLine;
    CHECK(openStartFile(fromCommandLine, options));

    // Dropped from a file manager, which sends the name percent-encoded
    // byte by byte: the window opens the URL's own bytes (dropEvent).
    const QUrl url = QUrl::fromEncoded(
            "file://" + QUrl::toPercentEncoding(QString::fromLatin1(native), "/").replace("%C3%A9", "%E9"));
    CHECK(nativeFilePath(url.toEncoded()) == native);
    MainWindow dropped;
    CHECK(dropped.openNativeFile(nativeFilePath(url.toEncoded())));
}

TEST_CASE("The caret decides the current paragraph, the last ones included", "[window]")
{
    MainWindow window;
    window.resize(900, 500);
    REQUIRE(window.openFile(test::sampleFixture()));
    window.show();
    QApplication::processEvents();
    ReadingPane *pane = window.readingPane();
    const int last = pane->paragraphCount() - 1;
    REQUIRE(last > 4);
    // A click (the caret) in the last paragraph, while the top of the view
    // shows the first ones.
    QTextCursor cursor(pane->document());
    cursor.setPosition(pane->paragraphPosition(last) + 3);
    pane->setTextCursor(cursor);
    CHECK(pane->currentParagraph() == last);
    // A selection inside a paragraph makes it current too.
    cursor.setPosition(pane->paragraphPosition(2) + 1);
    cursor.setPosition(pane->paragraphPosition(2) + 8, QTextCursor::KeepAnchor);
    pane->setTextCursor(cursor);
    CHECK(pane->currentParagraph() == 2);
    // Scrolling alone does not move it.
    pane->verticalScrollBar()->setValue(pane->verticalScrollBar()->maximum());
    QApplication::processEvents();
    CHECK(pane->currentParagraph() == 2);
    CHECK(pane->paragraphAt(0) == -1); // the headline is before the body
    CHECK(pane->paragraphAt(pane->document()->characterCount()) == last);
}

TEST_CASE("The current paragraph's band keeps its quotes tinted", "[window]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    const Article &article = *window.article();
    REQUIRE_FALSE(article.quotes.empty());
    const Quote &quote = article.quotes.front();
    window.goToParagraph(quote.paragraph);
    const ThemeColors colors = themeColors(window.viewSettings().theme);
    const int start = window.readingPane()->paragraphPosition(quote.paragraph);
    const int begin =
            start +
            utf16Position(article.paragraphs[static_cast<std::size_t>(quote.paragraph)].text, quote.begin);
    // Look at the painted pane: the band beside the text, the quote's tint
    // over the band where the quote is.
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ReadingPane *pane = window.readingPane();
    const QImage shot = pane->viewport()->grab().toImage();
    QTextCursor at(pane->document());
    at.setPosition(begin + 1);
    const QRect left = pane->cursorRect(at);
    at.setPosition(begin + 3);
    const QRect right = pane->cursorRect(at);
    int tinted = 0;
    int pixels = 0;
    for (int x = left.right() + 1; x < right.left(); ++x)
        for (int y = left.top(); y <= left.bottom(); ++y, ++pixels)
            tinted += shot.pixelColor(x, y) == colors.quote ? 1 : 0;
    CHECK(pixels > 0);
    CHECK(tinted * 3 > pixels); // the glyphs cover the rest
    CHECK(shot.pixelColor(2, left.center().y()) == colors.current);
    // And no selection per quote: the band is painted, not selected.
    CHECK(pane->extraSelections().isEmpty());
}

TEST_CASE("Quote stretches are converted in one walk, many quotes to a paragraph", "[text]")
{
    Article article;
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> bytes;
    for (int i = 0; i < 2000; ++i) {
        text += i % 3 == 0 ? "é “" : "😀 “";
        const std::size_t begin = text.size();
        text += "kata";
        bytes.emplace_back(begin, text.size());
        text += "” ";
    }
    article.paragraphs = {{"p1", text, 0}};
    for (const auto &[begin, end] : bytes) {
        Quote quote;
        quote.paragraph = quote.endParagraph = 0;
        quote.begin = begin;
        quote.end = end;
        article.quotes.push_back(quote);
    }
    std::reverse(article.quotes.begin(), article.quotes.end()); // any order in, sorted out
    const auto ranges = makeArticleText(article)->quoteRanges;
    REQUIRE(ranges.size() == 1);
    REQUIRE(ranges[0].size() == bytes.size());
    const QString converted = qs(text);
    for (std::size_t i = 0; i < bytes.size(); i += 97) {
        CHECK(ranges[0][i].begin == static_cast<std::size_t>(utf16Position(text, bytes[i].first)));
        CHECK(converted.mid(static_cast<qsizetype>(ranges[0][i].begin), 4) == QStringLiteral("kata"));
    }
}

TEST_CASE("A language switch keeps the place, the tab, the filter and the quote", "[window][language]")
{
    setLanguageSetting(QStringLiteral("en"));
    installTranslations(*qApp);
    auto *window = new MainWindow;
    REQUIRE(window->openFile(test::sampleFixture()));
    window->show();
    const Article &article = *window->article();
    REQUIRE(article.quotes.size() > 1);
    window->sidePanel()->setCurrentIndex(SidePanel::QuotesTab);
    QComboBox *filter = window->sidePanel()->speakerFilter();
    REQUIRE(filter->count() > 2);
    filter->setCurrentIndex(1);
    const QString speaker = filter->itemData(1).toString();
    window->activateQuote(1);
    window->goToParagraph(7);

    QPointer<MainWindow> old(window);
    MainWindow *replacement = window->switchLanguage(QStringLiteral("id"));
    REQUIRE(replacement != window);
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(old.isNull());
    CHECK(uiLanguage() == UiLanguage::Indonesian);
    CHECK(replacement->readingPane()->currentParagraph() == 7);
    CHECK(replacement->sidePanel()->currentIndex() == SidePanel::QuotesTab);
    CHECK(replacement->sidePanel()->speakerFilter()->currentData().toString() == speaker);
    CHECK(replacement->readingPane()->extraSelections().size() == 1); // the quote is still marked
    delete replacement;
    setLanguageSetting(QStringLiteral("en"));
    installTranslations(*qApp);
}

TEST_CASE("A theme switch keeps the quote chosen in the ledger", "[window][settings]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    window.activateQuote(0);
    const auto marked = [&] {
        for (const QTextEdit::ExtraSelection &selection : window.readingPane()->extraSelections())
            if (selection.format.background().color() == themeColors(window.viewSettings().theme).quoteActive)
                return true;
        return false;
    };
    REQUIRE(marked());
    const Theme before = window.viewSettings().theme;
    window.setTheme(before == Theme::Dark ? Theme::Sepia : Theme::Dark, false);
    CHECK(marked());
    window.setTheme(before, false);
}

TEST_CASE("Open Recent shows headlines and leaves out files that are gone", "[window][settings]")
{
    RecentFiles::clear();
    QTemporaryDir dir;
    const QString kept = writeFile(dir, QStringLiteral("a.html"), sampleBytes());
    const QString gone = writeFile(dir, QStringLiteral("b.html"), sampleBytes());
    MainWindow window;
    REQUIRE(window.openFile(gone));
    REQUIRE(window.openFile(kept));
    QFile::remove(gone);
    // With no file opened since, the menu is looked at again when it is
    // about to be shown.
    emit window.recentMenu()->aboutToShow();
    QStringList shownTips;
    for (const QAction *action : window.recentMenu()->actions())
        shownTips << action->toolTip();
    CHECK(shownTips.contains(kept));
    CHECK_FALSE(shownTips.contains(gone));
    REQUIRE(window.openFile(kept)); // and when a file is opened
    // Other tests may share the settings file, so only these two entries
    // are checked: the headline first, the deleted file nowhere.
    QStringList labels;
    QStringList tips;
    for (const QAction *action : window.recentMenu()->actions()) {
        labels << action->text();
        tips << action->toolTip();
    }
    REQUIRE_FALSE(labels.isEmpty());
    CHECK(labels.first() == QStringLiteral("&1 Pemprov Sumsel Segera Wujudkan Internet Masuk Desa"));
    CHECK(tips.first() == kept);
    CHECK_FALSE(tips.contains(gone));
    RecentFiles::clear();
}

TEST_CASE("A site rules file that cannot be loaded is named in the message bar", "[window][sites]")
{
    // The reader's own rules folder (the test run's data folder); read once
    // per process, on first use, so the file is there before any window.
    const QString folder = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/warta/sites");
    REQUIRE(QDir().mkpath(folder));
    QFile broken(folder + QStringLiteral("/rusak.json"));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"site\": ");
    broken.close();
    MainWindow window;
    window.show();
    CHECK(window.messageBar()->isVisible());
    CHECK(window.messageBar()->text().contains(QStringLiteral("rusak.json")));
}
