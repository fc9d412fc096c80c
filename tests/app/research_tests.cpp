// What a researcher does with an article: quote a selection with its
// pinpoint, copy the in-text citation or the reference in an exchange
// format, find the copy commands where the pointer is, print with the
// evidence at every page's foot, come back to the same place, look up keys.
#include "app_test_support.h"

#include "evidence_print.h"
#include "main_window.h"
#include "quote_ledger_model.h"
#include "reading_pane.h"
#include "shortcuts_dialog.h"
#include "side_panel.h"
#include "text_convert.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include <functional>

using namespace warta;
using test::writeFile;

namespace {

QByteArray sampleBytes()
{
    QFile file(test::sampleFixture());
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// Selects `length` characters from `offset` into paragraph `index`.
void selectInParagraph(ReadingPane &pane, int index, int offset, int length)
{
    QTextCursor cursor(pane.document());
    cursor.setPosition(pane.paragraphPosition(index) + offset);
    cursor.setPosition(pane.paragraphPosition(index) + offset + length, QTextCursor::KeepAnchor);
    pane.setTextCursor(cursor);
}

QStringList actionTexts(const QMenu &menu)
{
    QStringList texts;
    for (const QAction *action : menu.actions())
        if (!action->isSeparator())
            texts << action->text();
    return texts;
}

const QAction *actionNamed(const QMenu &menu, const QString &text)
{
    for (const QAction *action : menu.actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

// The window with the build's CSL processor, APA 7 in en-US, on the sample.
struct ApaWindow {
    MainWindow window;
    ApaWindow()
    {
        REQUIRE(window.openFile(test::sampleFixture()));
        window.setCitationStyle(QStringLiteral("apa"));
        window.setCitationLocale(QStringLiteral("en-US"));
    }
    ~ApaWindow() { window.setCitationLocale(QString()); }
    ApaWindow(const ApaWindow &) = delete;
    ApaWindow &operator=(const ApaWindow &) = delete;
};

} // namespace

TEST_CASE("A selection is copied in quotation marks with the pinpoint of its paragraph", "[citations][csl]")
{
    ApaWindow apa;
    MainWindow &window = apa.window;
    const Article &article = *window.article();
    // Paragraph 4 opens with a quotation of its own: its mark is dropped,
    // and the copy's own marks stand instead.
    const QString paragraph = qs(article.paragraphs[3].text);
    REQUIRE(paragraph.startsWith(QStringLiteral("\"Intinya ICON+ punya ")));
    selectInParagraph(*window.readingPane(), 3, 0, 20);
    REQUIRE(window.copySelectionWithCitation());
    const QString text = QGuiApplication::clipboard()->mimeData()->text();
    CHECK(text == QStringLiteral("“Intinya ICON+ punya” (“Pemprov Sumsel Segera Wujudkan Internet Masuk "
                                 "Desa,” 2019, para. 4)"));

    // Nothing selected: nothing copied, and the command says so.
    QTextCursor caret = window.readingPane()->textCursor();
    caret.clearSelection();
    window.readingPane()->setTextCursor(caret);
    CHECK_FALSE(window.copySelectionWithCitation());
}

TEST_CASE("A selection over two paragraphs is one quotation pinned to the first", "[citations][csl]")
{
    ApaWindow apa;
    MainWindow &window = apa.window;
    ReadingPane &pane = *window.readingPane();
    QTextCursor cursor(pane.document());
    cursor.setPosition(pane.paragraphPosition(5) - 10);
    cursor.setPosition(pane.paragraphPosition(5) + 12, QTextCursor::KeepAnchor);
    pane.setTextCursor(cursor);
    REQUIRE(window.copySelectionWithCitation());
    const QString text = QGuiApplication::clipboard()->mimeData()->text();
    CHECK_FALSE(text.contains(QLatin1Char('\n')));
    CHECK_FALSE(text.contains(QChar::ParagraphSeparator));
    CHECK(text.endsWith(QStringLiteral("2019, para. 5)")));
}

TEST_CASE("The in-text citation is copied alone", "[citations][csl]")
{
    ApaWindow apa;
    REQUIRE(apa.window.copyInTextCitation());
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    CHECK(mime->text() == QStringLiteral("(“Pemprov Sumsel Segera Wujudkan Internet Masuk Desa,” 2019)"));
    CHECK_FALSE(mime->html().isEmpty());
}

TEST_CASE("The reference is copied as BibTeX, RIS or a CSL-JSON array", "[citations][export]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    REQUIRE(window.copyReference(ReferenceFormat::BibTeX));
    CHECK(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("@article{")));
    REQUIRE(window.copyReference(ReferenceFormat::Ris));
    CHECK(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("TY  - NEWS")));
    REQUIRE(window.copyReference(ReferenceFormat::CslJson));
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(json.isArray());
    REQUIRE(json.array().size() == 1);
    CHECK(json.array().at(0).toObject().value(QStringLiteral("title")).toString() ==
          QStringLiteral("Pemprov Sumsel Segera Wujudkan Internet Masuk Desa"));
}

TEST_CASE("The article, the outline and the ledger have context menus with the copy commands", "[citations]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    window.show();
    {
        const auto menu = window.contextMenu(MainWindow::ContextArea::Article);
        const QStringList texts = actionTexts(*menu);
        CHECK(texts.contains(QStringLiteral("Copy &Selection with Pinpoint")));
        CHECK(texts.contains(QStringLiteral("Copy &Paragraph with Citation")));
        CHECK(texts.contains(QStringLiteral("Copy I&n-text Citation")));
        CHECK(texts.contains(QStringLiteral("Copy &Reference As")));
        // No selection yet: the selection command is there but off.
        CHECK_FALSE(actionNamed(*menu, QStringLiteral("Copy &Selection with Pinpoint"))->isEnabled());
    }
    selectInParagraph(*window.readingPane(), 1, 0, 8);
    CHECK(actionNamed(*window.contextMenu(MainWindow::ContextArea::Article),
                      QStringLiteral("Copy &Selection with Pinpoint"))
                  ->isEnabled());
    const QStringList outline = actionTexts(*window.contextMenu(MainWindow::ContextArea::Outline));
    CHECK(outline.contains(QStringLiteral("Copy &Paragraph with Citation")));
    CHECK(outline.contains(QStringLiteral("Copy I&n-text Citation")));
    const QStringList ledger = actionTexts(*window.contextMenu(MainWindow::ContextArea::Ledger));
    CHECK(ledger.contains(QStringLiteral("Copy &Quote with Citation")));
    CHECK(ledger.contains(QStringLiteral("Copy C&itation")));

    // A right click on a ledger row chooses that quote for the menu's command.
    QTableView *view = window.sidePanel()->ledgerView();
    window.sidePanel()->setCurrentIndex(SidePanel::QuotesTab);
    QApplication::processEvents();
    const QRect row = view->visualRect(view->model()->index(1, 0));
    REQUIRE(row.isValid());
    QTimer::singleShot(0, [] {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
    });
    emit view->customContextMenuRequested(row.center());
    CHECK(window.sidePanel()->selectedQuote() ==
          view->model()->index(1, 0).data(QuoteLedgerModel::QuoteIndexRole).toInt());
}

TEST_CASE("A file opened again opens at the paragraph the reader left", "[window][settings]")
{
    QTemporaryDir dir;
    const QString first = writeFile(dir, QStringLiteral("a.html"), sampleBytes());
    const QString second = writeFile(dir, QStringLiteral("b.html"), sampleBytes());
    {
        MainWindow window;
        REQUIRE(window.openFile(first));
        window.goToParagraph(6);
        REQUIRE(window.openFile(second)); // leaving a.html remembers ¶7
        window.goToParagraph(2);
        window.close(); // closing remembers b.html's ¶3
    }
    MainWindow window;
    REQUIRE(window.openFile(first));
    CHECK(window.readingPane()->currentParagraph() == 6);
    REQUIRE(window.openFile(second));
    CHECK(window.readingPane()->currentParagraph() == 2);
}

TEST_CASE("Help lists the keys of every command that has some", "[window][keyboard]")
{
    MainWindow window;
    ShortcutsDialog dialog(*window.menuBar(), &window);
    QStringList rows;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        rows << dialog.table()->item(row, 0)->text() + QStringLiteral(" = ") +
                        dialog.table()->item(row, 1)->text();
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    const QString ctrlShiftC =
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C).toString(QKeySequence::NativeText);
    CHECK(rows.contains(QStringLiteral("Copy Citation = ") + ctrlShiftC));
    CHECK(rows.contains(QStringLiteral("Next Paragraph = J, ") +
                        QKeySequence(Qt::CTRL | Qt::Key_Down).toString(QKeySequence::NativeText)));
    CHECK(rows.contains(QStringLiteral("Side Panel = F9")));
    CHECK(rows.filter(QStringLiteral("find bar")).size() >= 2);
    // Every menu command with keys is listed.
    int withKeys = 0;
    const std::function<void(const QList<QAction *> &)> count = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->menu())
                count(action->menu()->actions());
            else if (!action->shortcuts().isEmpty())
                ++withKeys;
        }
    };
    count(window.menuBar()->actions());
    CHECK(withKeys > 20);
    CHECK(dialog.table()->rowCount() >= withKeys);
}

TEST_CASE("Printed pages carry the evidence at their foot", "[window][export]")
{
    Article article = test::syntheticArticle();
    article.url = "https://example.com/berita";
    article.source.sha256 = std::string(64, 'a');
    article.source.savedAt = "2019-06-27T18:00:00+07:00";
    const Evidence evidence = articleEvidence(article, QStringLiteral("Uji. (2019). Contoh."));
    QTextDocument document;
    QString html;
    for (int i = 0; i < 400; ++i)
        html += QStringLiteral("<p>Paragraf %1 dengan beberapa kata untuk mengisi halaman.</p>").arg(i);
    document.setHtml(html);
    QImage page(QSize(800, 1100), QImage::Format_RGB32);
    page.fill(Qt::white);
    EvidencePages pages(document, page, QSizeF(page.size()), evidence);
    REQUIRE(pages.pageCount() > 2);
    for (int index : {0, pages.pageCount() - 1}) {
        const QString footer = pages.footerText(index);
        CHECK(footer.contains(QStringLiteral("https://example.com/berita")));
        CHECK(footer.contains(QString(64, QLatin1Char('a'))));
        CHECK(footer.contains(QStringLiteral("2019-06-27T18:00:00+07:00")));
        CHECK(footer.contains(QStringLiteral("Uji. (2019). Contoh.")));
        CHECK(footer.contains(QStringLiteral("Page %1 of %2").arg(index + 1).arg(pages.pageCount())));
    }
    {
        QPainter painter(&page);
        pages.paintPage(painter, 0);
    }
    // Ink in the footer's band at the bottom, and in the text above it.
    const auto inked = [&](int top, int bottom) {
        for (int y = top; y < bottom; ++y)
            for (int x = 0; x < page.width(); x += 2)
                if (qGray(page.pixel(x, y)) < 128)
                    return true;
        return false;
    };
    CHECK(inked(page.height() - 60, page.height()));
    CHECK(inked(0, 200));
}

TEST_CASE("An export that cannot be written says why", "[window][export]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    const QString folder = dir.filePath(QStringLiteral("tidak-ada/a.pdf"));
    CHECK_FALSE(window.exportPdf(folder));
    // The system's reason follows the path ("No such file or directory").
    CHECK(window.lastError().startsWith(QStringLiteral("Warta could not write “%1”: ").arg(folder)));
    CHECK(window.lastError().size() > QStringLiteral("Warta could not write “%1”: .").arg(folder).size() + 3);
    CHECK_FALSE(window.exportMarkdown(dir.filePath(QStringLiteral("tidak-ada/a.md"))));
    CHECK(window.lastError().contains(QStringLiteral(": ")));
}
