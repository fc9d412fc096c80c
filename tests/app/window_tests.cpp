#include "app_test_support.h"

#include "app_options.h"
#include "article_export.h"

#include "article_loader.h"
#include "find_bar.h"
#include "language.h"
#include "main_window.h"
#include "outline_model.h"
#include "quote_ledger_model.h"
#include "reading_pane.h"
#include "recent_files.h"
#include "side_panel.h"
#include "text_convert.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace warta;
using test::writeFile;

namespace {

int countOf(const QString &haystack, const QString &needle)
{
    int count = 0;
    for (qsizetype at = haystack.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = haystack.indexOf(needle, at + 1, Qt::CaseInsensitive))
        ++count;
    return count;
}

} // namespace

TEST_CASE("The window shows the sample article", "[window]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    const Article *article = window.article();
    REQUIRE(article);
    CHECK(window.windowTitle() ==
          QStringLiteral("Pemprov Sumsel Segera Wujudkan Internet Masuk Desa — Warta"));
    CHECK(window.sidePanel()->outlineModel()->rowCount() == static_cast<int>(article->paragraphs.size()));
    CHECK(window.sidePanel()->ledgerModel()->rowCount() == static_cast<int>(article->quotes.size()));
    CHECK(window.readingPane()->paragraphCount() == static_cast<int>(article->paragraphs.size()));
    // Every paragraph's position is a block holding exactly its text.
    for (int i = 0; i < window.readingPane()->paragraphCount(); ++i) {
        const int position = window.readingPane()->paragraphPosition(i);
        REQUIRE(position >= 0);
        const QString block = window.readingPane()->document()->findBlock(position).text();
        CHECK(block == qs(article->paragraphs[static_cast<std::size_t>(i)].text));
    }
}

TEST_CASE("The bundled sample opens with no arguments", "[window]")
{
    MainWindow window;
    REQUIRE(window.openSample());
    REQUIRE(window.article());
    CHECK(qs(window.article()->title) ==
          QStringLiteral("Pemprov Sumsel Segera Wujudkan Internet Masuk Desa"));
}

TEST_CASE("A file that cannot be read shows an error and keeps the article", "[window]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    const QString title = window.windowTitle();
    const int paragraphs = window.sidePanel()->outlineModel()->rowCount();

    struct Case {
        QString path;
        QString reason;
    };
    const Case cases[] = {
            {dir.filePath(QStringLiteral("missing.html")), QStringLiteral("there is no such file")},
            {writeFile(dir, QStringLiteral("paper.pdf"),
                       QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n")),
             QStringLiteral("the file is not a web page (it looks like a PDF document)")},
            {writeFile(dir, QStringLiteral("empty.html"), QByteArray()), QStringLiteral("the file is empty")},
            {dir.path(), QStringLiteral("it is a folder or a device, not a file")},
    };
    for (const Case &c : cases) {
        INFO(c.path.toStdString());
        CHECK_FALSE(window.openFile(c.path));
        const QString expected = QStringLiteral("Warta could not open “%1”: %2.")
                                         .arg(QDir::toNativeSeparators(c.path), c.reason);
        CHECK(window.lastError() == expected);
        CHECK(window.windowTitle() == title);
        CHECK(window.sidePanel()->outlineModel()->rowCount() == paragraphs);
    }
}

TEST_CASE("The reading pane never loads a remote resource", "[window][network]")
{
    ReadingPane pane;
    const Article article = test::syntheticArticle();
    const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42m"
                                                  "P8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    pane.setArticle(article, makeArticleText(article), {{QStringLiteral("warta-image:lead"), png}},
                    HtmlOptions{});
    pane.setHtml(QStringLiteral("<p><img src=\"https://cdn.sindonews.net/a.jpg\">"
                                "<img src=\"http://example.com/b.png\"><img src=\"warta-image:lead\"></p>"));
    pane.resize(400, 300);
    pane.show();
    QApplication::processEvents();
    const QVariant remote = pane.document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("https://cdn.sindonews.net/a.jpg")));
    CHECK(remote.isNull());
    CHECK(pane.refusedRequests() >= 2);
    const QVariant local =
            pane.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("warta-image:lead")));
    CHECK_FALSE(local.isNull());
}

TEST_CASE("Activating a ledger row selects exactly the quoted words", "[window]")
{
    // The sample's quotes, and the synthetic article's multi-byte ones.
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    const Article *article = window.article();
    for (int i = 0; i < static_cast<int>(article->quotes.size()); ++i) {
        const Quote &quote = article->quotes[static_cast<std::size_t>(i)];
        if (quote.endParagraph != quote.paragraph)
            continue; // a selection across blocks has separators
        window.activateQuote(i);
        CHECK(window.readingPane()->textCursor().selectedText() == qs(quote.text));
        CHECK(window.readingPane()->currentParagraph() == quote.paragraph);
    }
}

TEST_CASE("Paragraph navigation moves the marker and the outline", "[window]")
{
    MainWindow window;
    window.resize(900, 500);
    REQUIRE(window.openFile(test::sampleFixture()));
    window.show();
    QApplication::processEvents();
    window.goToParagraph(0);
    window.nextParagraph(+1);
    window.nextParagraph(+1);
    CHECK(window.readingPane()->currentParagraph() == 2);
    CHECK(window.sidePanel()->outlineView()->currentIndex().row() == 2);
    window.nextParagraph(-1);
    CHECK(window.readingPane()->currentParagraph() == 1);
    window.nextParagraph(-100);
    CHECK(window.readingPane()->currentParagraph() == 0);
    window.nextParagraph(+1000);
    CHECK(window.readingPane()->currentParagraph() == window.readingPane()->paragraphCount() - 1);
    // Clicking a row in the outline goes there.
    Q_EMIT window.sidePanel()->outlineView()->activated(window.sidePanel()->outlineModel()->index(3, 0));
    CHECK(window.readingPane()->currentParagraph() == 3);
}

TEST_CASE("J and K move between paragraphs from the keyboard", "[window][keyboard]")
{
    MainWindow window;
    window.resize(900, 500);
    REQUIRE(window.openFile(test::sampleFixture()));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.readingPane()->setFocus();
    window.goToParagraph(0);
    QTest::keyClick(window.readingPane(), Qt::Key_J);
    QTest::keyClick(window.readingPane(), Qt::Key_J);
    CHECK(window.readingPane()->currentParagraph() == 2);
    QTest::keyClick(window.readingPane(), Qt::Key_K);
    CHECK(window.readingPane()->currentParagraph() == 1);
    // Ctrl+F opens the find bar with the focus in its field.
    QTest::keyClick(window.readingPane(), Qt::Key_F, Qt::ControlModifier);
    CHECK(window.findBar()->isVisible());
    CHECK(QApplication::focusWidget() == static_cast<QWidget *>(window.findBar()->field()));
}

TEST_CASE("Find counts and visits matches", "[window]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    int expected = 0;
    for (const Paragraph &paragraph : window.article()->paragraphs)
        expected += countOf(qs(paragraph.text), QStringLiteral("ICON+"));
    REQUIRE(expected > 1);
    const auto [first, total] = window.readingPane()->find(QStringLiteral("ICON+"), true);
    CHECK(total == expected);
    CHECK(first == 1);
    const auto [second, total2] = window.readingPane()->find(QStringLiteral("ICON+"), true);
    CHECK(second == 2);
    CHECK(total2 == expected);
    CHECK(window.readingPane()->find(QStringLiteral("ICON+"), false).first == 1);
    CHECK(window.readingPane()->find(QStringLiteral("zzqx-not-there"), true).second == 0);

    // Typing in the find field narrows the search without skipping ahead.
    window.findBar()->activate();
    window.readingPane()->moveCursor(QTextCursor::Start);
    QTest::keyClicks(window.findBar()->field(), QStringLiteral("ICO"));
    const QString firstMatch = window.readingPane()->textCursor().selectedText();
    const int firstAt = window.readingPane()->textCursor().selectionStart();
    QTest::keyClicks(window.findBar()->field(), QStringLiteral("N+"));
    CHECK(window.readingPane()->textCursor().selectionStart() == firstAt);
    CHECK(firstMatch.compare(QStringLiteral("ICO"), Qt::CaseInsensitive) == 0);
}

TEST_CASE("Text size and theme are applied and remembered", "[window][settings]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    window.changeTextSize(0);
    const double base = window.viewSettings().bodyPointSize();
    window.changeTextSize(+1);
    CHECK(window.viewSettings().bodyPointSize() > base);
    CHECK(ViewSettings::load().textStep == 1);
    for (int i = 0; i < 20; ++i)
        window.changeTextSize(-1);
    CHECK(window.viewSettings().textStep == ViewSettings::kMinStep);
    window.changeTextSize(0);
    CHECK(window.viewSettings().textStep == 0);

    window.setTheme(Theme::Dark);
    CHECK(window.readingPane()->palette().color(QPalette::Base) == themeColors(Theme::Dark).background);
    // The chrome around the article turns dark too.
    CHECK(QApplication::palette().color(QPalette::Window) == darkPalette().color(QPalette::Window));
    CHECK(ViewSettings::load().theme == Theme::Dark);
    window.setTheme(Theme::Sepia);
    CHECK(ViewSettings::load().theme == Theme::Sepia);
    CHECK(QApplication::palette().color(QPalette::Window) != darkPalette().color(QPalette::Window));
    window.setTheme(Theme::Light);
}

TEST_CASE("Recent files are a capped list, newest first", "[window][settings]")
{
    RecentFiles::clear();
    for (int i = 0; i < RecentFiles::kMaximum + 5; ++i)
        RecentFiles::add(QStringLiteral("/tmp/a%1.html").arg(i));
    RecentFiles::add(QStringLiteral("/tmp/a3.html"));
    const QStringList recent = RecentFiles::load();
    CHECK(recent.size() == RecentFiles::kMaximum);
    CHECK(recent.first() == QStringLiteral("/tmp/a3.html"));
    CHECK(recent.count(QStringLiteral("/tmp/a3.html")) == 1);
    CHECK(recent.at(1) == QStringLiteral("/tmp/a%1.html").arg(RecentFiles::kMaximum + 4));
    RecentFiles::clear();
    CHECK(RecentFiles::load().isEmpty());
}

TEST_CASE("Markdown and PDF export write files", "[window][export]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    const QString markdown = dir.filePath(QStringLiteral("a.md"));
    REQUIRE(window.exportMarkdown(markdown));
    QFile md(markdown);
    REQUIRE(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    CHECK(text.startsWith(QStringLiteral("# Pemprov Sumsel Segera Wujudkan Internet Masuk Desa")));
    CHECK(text.contains(qs(window.article()->paragraphs.back().text).left(40)));
    // The evidence block after the article.
    CHECK(text.contains(QStringLiteral("SHA-256 of the saved file: ") + qs(window.article()->source.sha256)));
    CHECK(text.contains(QStringLiteral("Cite as: ")));

    const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
    REQUIRE(window.exportPdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(file.size() > 1000);
}

TEST_CASE("The window reloads a file that changes on disk", "[window]")
{
    QTemporaryDir dir;
    QFile source(test::sampleFixture());
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray html = source.readAll();
    const QString path = writeFile(dir, QStringLiteral("a.html"), html);
    MainWindow window;
    REQUIRE(window.openFile(path));
    html.replace("Pemprov Sumsel Segera Wujudkan Internet Masuk Desa", "Judul Baru Setelah Disunting");
    writeFile(dir, QStringLiteral("a.html"), html);
    CHECK(QTest::qWaitFor([&] { return window.windowTitle().startsWith(QStringLiteral("Judul Baru")); },
                          5000));
}

TEST_CASE("Screenshot mode paints the article in the chosen theme", "[window][screenshot]")
{
    QTemporaryDir dir;
    AppOptions options;
    options.file = test::sampleFixture();
    options.developer.screenshot = dir.filePath(QStringLiteral("dark.png"));
    options.developer.theme = QStringLiteral("dark");
    options.developer.tab = QStringLiteral("quotes");
    options.developer.size = QSize(1000, 700);
    REQUIRE(runViewer(*qApp, options) == 0);
    QImage shot(options.developer.screenshot);
    REQUIRE(shot.size() == QSize(1000, 700));
    // The menu bar (top right, past the menus) and the status bar are dark too.
    INFO(shot.pixelColor(900, 8).name().toStdString() + " " + shot.pixelColor(5, 695).name().toStdString());
    CHECK(shot.pixelColor(900, 8).lightness() < 100);
    CHECK(shot.pixelColor(5, 695).lightness() < 100);
    // --theme is for one run only: nothing is remembered.
    CHECK(QSettings().value(QStringLiteral("view/theme")).toString() != QStringLiteral("dark"));
}

TEST_CASE("Screenshot mode shows the chooser, the Cite menu or the PDF page", "[window][screenshot]")
{
    QTemporaryDir dir;
    const auto shoot = [&](const QString &show) {
        AppOptions options;
        options.file = test::sampleFixture();
        options.developer.screenshot = dir.filePath(show + QStringLiteral(".png"));
        options.developer.show = show;
        options.developer.size = QSize(1000, 700);
        REQUIRE(runViewer(*qApp, options) == 0);
        return QImage(options.developer.screenshot);
    };
    const QImage window = shoot(QStringLiteral("none"));
    const QImage chooser = shoot(QStringLiteral("chooser"));
    const QImage menu = shoot(QStringLiteral("cite-menu"));
    REQUIRE(chooser.size() == QSize(1000, 700));
    REQUIRE(menu.size() == QSize(1000, 700));
    // Something was painted over the window in each.
    CHECK(chooser != window);
    CHECK(menu != window);
    CHECK(menu != chooser);
    // The PDF page alone: A4's proportions, white at its corner.
    const QImage page = shoot(QStringLiteral("pdf-page"));
    REQUIRE_FALSE(page.isNull());
    CHECK(std::abs(static_cast<double>(page.height()) / page.width() - 297.0 / 210.0) < 0.01);
    CHECK(page.pixelColor(2, 2) == QColor(Qt::white));
}

TEST_CASE("Every control has an accessible name", "[window][accessibility]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    window.findBar()->activate();
    window.show();
    QStringList unnamed;
    int checked = 0;
    // Each side-panel tab in turn, so that its controls are on screen.
    for (int tab = 0; tab < window.sidePanel()->count(); ++tab) {
        window.sidePanel()->setCurrentIndex(tab);
        QApplication::processEvents();
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(widget) ||
                                 qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                                 qobject_cast<QAbstractItemView *>(widget) ||
                                 qobject_cast<QTextEdit *>(widget) || qobject_cast<QTabBar *>(widget) ||
                                 qobject_cast<QMenuBar *>(widget);
            if (!control || !widget->isVisibleTo(&window))
                continue;
            ++checked;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(
                        QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
        }
    }
    INFO(unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(checked > 30);
    CHECK(unnamed.isEmpty());
}

TEST_CASE("The accessibility tree names every control a screen reader reaches", "[window][accessibility]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    window.findBar()->activate();
    window.show();
    QApplication::processEvents();
    // What a screen reader walks: the window's accessible tree, not its widgets.
    const QSet<QAccessible::Role> controls = {
            QAccessible::PushButton, QAccessible::CheckBox,     QAccessible::RadioButton,
            QAccessible::ComboBox,   QAccessible::EditableText, QAccessible::List,
            QAccessible::Table,      QAccessible::PageTab,      QAccessible::PageTabList,
            QAccessible::MenuBar,    QAccessible::ToolBar,      QAccessible::ButtonMenu,
            QAccessible::MenuItem,   QAccessible::ProgressBar,  QAccessible::Document};
    QStringList unnamed;
    int reached = 0;
    std::vector<QAccessibleInterface *> stack{QAccessible::queryAccessibleInterface(&window)};
    while (!stack.empty()) {
        QAccessibleInterface *node = stack.back();
        stack.pop_back();
        if (!node || node->state().invisible)
            continue;
        if (controls.contains(node->role())) {
            ++reached;
            if (node->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("role %1 (%2)")
                                   .arg(static_cast<int>(node->role()))
                                   .arg(node->object() ? QString::fromLatin1(
                                                                 node->object()->metaObject()->className())
                                                       : QString());
        }
        for (int i = 0; i < node->childCount(); ++i)
            stack.push_back(node->child(i));
    }
    INFO(unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(reached > 20);
    CHECK(unnamed.isEmpty());
}

TEST_CASE("The Indonesian interface is translated", "[window][language]")
{
    setLanguageSetting(QStringLiteral("id"));
    installTranslations(*qApp);
    CHECK(uiLanguage() == UiLanguage::Indonesian);
    {
        MainWindow window;
        REQUIRE(window.openFile(test::sampleFixture()));
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        CHECK(menus.contains(QStringLiteral("&Berkas")));
        CHECK(menus.contains(QStringLiteral("&Tampilan")));
        // The date follows the interface language.
        CHECK(window.readingPane()->toPlainText().contains(QStringLiteral("Kamis, 27 Juni 2019, 17.54 WIB")));
        CHECK(window.sidePanel()->tabText(SidePanel::QuotesTab).startsWith(QStringLiteral("&Kutipan")));
        // Extraction notes are worded by code in the interface language, not
        // copied from the core's English message.
        const Diagnostic noByline{DiagnosticCode::NoByline, "The page names no reporter or writer.", {}};
        CHECK(diagnosticText(noByline).toStdString() == "Halaman tidak menyebut reporter atau penulis.");
        const Diagnostic joined{DiagnosticCode::PagesJoined, "Joined pages from: a.html, b.html.",
                                "a.html, b.html"};
        CHECK(diagnosticText(joined).toStdString() == "Halaman yang digabung: a.html, b.html.");
    }
    setLanguageSetting(QStringLiteral("en"));
    installTranslations(*qApp);
    CHECK(uiLanguage() == UiLanguage::English);
    MainWindow english;
    REQUIRE(english.openFile(test::sampleFixture()));
    CHECK(english.readingPane()->toPlainText().contains(QStringLiteral("Thursday, 27 June 2019, 17:54 WIB")));
}

TEST_CASE("The lead image comes from the saved folder and nowhere else", "[window][network]")
{
    QTemporaryDir dir;
    QFile source(test::fixturePath(QStringLiteral(
            "sindonews/reconstructed/g2-legacy-pemprov-sumsel-internet-masuk-desa-chrome-complete.html")));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray html = source.readAll();
    const QString folder =
            QStringLiteral("Pemprov Sumsel Segera Wujudkan Internet Masuk Desa - SINDOnews.com_files");
    REQUIRE(QDir(dir.path()).mkpath(folder));
    QImage pixel(4, 3, QImage::Format_RGB32);
    pixel.fill(Qt::red);
    REQUIRE(pixel.save(
            dir.filePath(folder +
                         QStringLiteral("/pemprov-sumsel-segera-wujudkan-internet-masuk-desa-kxm.jpg")),
            "PNG"));
    const QString page = writeFile(dir, QStringLiteral("page.html"), html);

    MainWindow window;
    REQUIRE(window.openFile(page));
    const QVariant image = window.readingPane()->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("warta-image:lead")));
    REQUIRE(image.canConvert<QImage>());
    CHECK(image.value<QImage>().size() == QSize(4, 3));
    CHECK(window.readingPane()->toPlainText().contains(
            QStringLiteral("Pemprov Sumsel Segera Wujudkan Internet Masuk Desa")));

    // A page whose image points outside its folder gets no image.
    QImage outside(2, 2, QImage::Format_RGB32);
    outside.fill(Qt::blue);
    QTemporaryDir parent;
    REQUIRE(outside.save(parent.filePath(QStringLiteral("secret.jpg")), "PNG"));
    QDir(parent.path()).mkpath(QStringLiteral("inner"));
    html.replace(QByteArray("./Pemprov Sumsel Segera Wujudkan Internet Masuk Desa - SINDOnews.com_files/"
                            "pemprov-sumsel-segera-wujudkan-internet-masuk-desa-kxm.jpg"),
                 QByteArray("../secret.jpg"));
    QFile inner(parent.filePath(QStringLiteral("inner/page.html")));
    REQUIRE(inner.open(QIODevice::WriteOnly));
    inner.write(html);
    inner.close();
    const LoadOutcome outcome = loadArticle(inner.fileName());
    REQUIRE(outcome.loaded);
    REQUIRE(outcome.loaded->article.leadImage);
    CHECK(outcome.loaded->images.isEmpty());
}

TEST_CASE("A SingleFile page shows the lead image it carries inside", "[window]")
{
    // SingleFile replaces each loaded image's src with a data: URI; this
    // fixture was saved before the image loaded (a 1x1 placeholder), so give
    // it the image a later save would have.
    QFile source(test::fixturePath(
            QStringLiteral("sindonews/reconstructed/g4-menag-bp-haji-bpkh-datangi-kpk-singlefile.html")));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray html = source.readAll();
    const QByteArray placeholder = "src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///"
                                   "yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" data-src=\"https://pict";
    REQUIRE(html.count(placeholder) == 1);
    // A photograph, not a spacer: the core takes data: images of 512 bytes
    // or less for lazy-load placeholders.
    QImage photo(64, 48, QImage::Format_RGB32);
    for (int y = 0; y < photo.height(); ++y)
        for (int x = 0; x < photo.width(); ++x)
            photo.setPixel(x, y, qRgb(x * 4, y * 5, (x * y) % 256));
    QByteArray png;
    QBuffer buffer(&png);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(photo.save(&buffer, "PNG"));
    REQUIRE(png.toBase64().size() > 512);
    html.replace(placeholder, "src=\"data:image/png;base64," + png.toBase64() + "\" data-src=\"https://pict");
    QTemporaryDir dir;

    MainWindow window;
    REQUIRE(window.openFile(writeFile(dir, QStringLiteral("singlefile.html"), html)));
    REQUIRE(window.article()->leadImage);
    CHECK(window.article()->leadImage->local == std::optional<std::string>("data:"));
    const QVariant image = window.readingPane()->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("warta-image:lead")));
    REQUIRE(image.canConvert<QImage>());
    CHECK(image.value<QImage>().size() == QSize(64, 48));
}

TEST_CASE("One window opens every reconstructed fixture in turn", "[window][fixtures]")
{
    MainWindow window;
    test::ModelTestMessages messages;
    QAbstractItemModelTester outlineTester(window.sidePanel()->outlineModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester ledgerTester(window.sidePanel()->ledgerProxy(),
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    const QStringList fixtures = test::reconstructedFixtures();
    REQUIRE(fixtures.size() >= 20);
    for (const QString &path : fixtures) {
        INFO(path.toStdString());
        REQUIRE(window.openFile(path));
        const Article *article = window.article();
        CHECK(window.sidePanel()->outlineModel()->rowCount() == static_cast<int>(article->paragraphs.size()));
        CHECK(window.sidePanel()->ledgerModel()->rowCount() == static_cast<int>(article->quotes.size()));
        CHECK(window.sidePanel()->ledgerProxy()->rowCount() == static_cast<int>(article->quotes.size()));
        REQUIRE(window.readingPane()->paragraphCount() == static_cast<int>(article->paragraphs.size()));
        for (int i = 0; i < window.readingPane()->paragraphCount(); ++i) {
            const int position = window.readingPane()->paragraphPosition(i);
            REQUIRE(position >= 0);
            CHECK(window.readingPane()->document()->findBlock(position).text() ==
                  qs(article->paragraphs[static_cast<std::size_t>(i)].text));
        }
        CHECK(window.windowTitle() == qs(article->title) + QStringLiteral(" — Warta"));
    }
    CHECK(messages.count() == 0);
}

TEST_CASE("A long article keeps the document's format table small", "[window][large]")
{
    // Qt looks formats up in a table that hashes anchor names poorly: one
    // distinct format per paragraph made a 10,000-paragraph page take
    // seconds to show and a 50 MB one many minutes. The number of formats
    // must not grow with the paragraphs.
    QTemporaryDir dir;
    QByteArray html = "<html><head><title>Artikel Panjang Sekali</title></head><body><article>"
                      "<h1>Artikel Panjang Sekali</h1>";
    constexpr int kParagraphs = 3000;
    for (int i = 1; i <= kParagraphs; ++i)
        html += QStringLiteral("<p>Paragraf nomor %1 berisi kalimat yang cukup panjang, dengan koma, agar "
                               "terbaca sebagai isi artikel oleh pemindai konten.</p>")
                        .arg(i)
                        .toUtf8();
    html += "</article></body></html>";
    MainWindow window;
    REQUIRE(window.openFile(writeFile(dir, QStringLiteral("panjang.html"), html)));
    REQUIRE(window.readingPane()->paragraphCount() == kParagraphs);
    for (int i : {0, 1, kParagraphs / 2, kParagraphs - 1}) {
        INFO(i);
        window.goToParagraph(i); // a long article is shown part by part
        const int position = window.readingPane()->paragraphPosition(i);
        CHECK(window.readingPane()->document()->findBlock(position).text() ==
              qs(window.article()->paragraphs[static_cast<std::size_t>(i)].text));
    }
    CHECK(window.readingPane()->document()->allFormats().size() < 64);
}

TEST_CASE("Dropping a file on the window opens it", "[window]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    const QString other = test::fixturePath(
            QStringLiteral("sindonews/reconstructed/g4-menag-bp-haji-bpkh-datangi-kpk.html"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(other)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    CHECK(window.currentPath() == QFileInfo(other).absoluteFilePath());

    // A remote URL is not something the viewer will fetch.
    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://nasional.sindonews.com/read/1/2/x"))});
    QDragEnterEvent refused(QPoint(20, 20), Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    CHECK_FALSE(refused.isAccepted());
}
