// Long articles in the reading pane: the document holds one bounded part,
// paragraphs longer than a piece are cut into blocks, quotes cost no
// selection each, and Find searches the article's text in slices. Every
// input is generated here, small enough for a test but past the limits
// (ReadingParts) that make an article of megabytes safe to show. How long
// the window stalls is measured by `warta --benchmark` (docs/viewer.md),
// not by a timed test.
#include "app_test_support.h"

#include "article_text.h"
#include "main_window.h"
#include "reading_pane.h"
#include "reading_parts.h"
#include "side_panel.h"
#include "text_convert.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QAccessibleTextInterface>
#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace warta;

namespace {

// One paragraph of `count` short quotations, as a transcript pasted whole.
Article manyQuotes(int count)
{
    Article article;
    article.title = "Transkrip";
    std::string text;
    for (int i = 0; i < count; ++i) {
        text += "Ia berkata “";
        Quote quote;
        quote.paragraph = quote.endParagraph = 0;
        quote.begin = text.size();
        text += "ya " + std::to_string(i);
        quote.end = text.size();
        quote.text = "ya " + std::to_string(i);
        article.quotes.push_back(quote);
        text += "” lalu diam. ";
    }
    article.paragraphs = {{"p1", text, 0}, {"p2", "Penutup.", 0}};
    return article;
}

// `count` paragraphs of prose, numbered so each can be told apart.
Article manyParagraphs(int count, std::size_t longParagraphChars = 0)
{
    Article article;
    article.title = "Artikel Panjang";
    for (int i = 0; i < count; ++i)
        article.paragraphs.push_back({"p" + std::to_string(i + 1),
                                      "Paragraf " + std::to_string(i + 1) +
                                              " berisi kalimat biasa tentang desa dan jalan, dengan koma.",
                                      0});
    if (longParagraphChars > 0) {
        std::string giant;
        while (giant.size() < longParagraphChars)
            giant += "kata-kata panjang tanpa jeda ";
        article.paragraphs[1].text = giant;
    }
    return article;
}

struct ShownArticle {
    Article article;
    std::shared_ptr<const ArticleText> text = makeArticleText(article);
};

} // namespace

TEST_CASE("Pieces cover every paragraph exactly, parts stay bounded", "[long]")
{
    std::vector<QString> paragraphs;
    paragraphs.push_back(QStringLiteral("Pendek."));
    QString noSpaces;
    while (noSpaces.size() < 3 * ReadingParts::kPieceChars)
        noSpaces += QStringLiteral("ab\U0001F600"); // a surrogate pair every 4 units
    paragraphs.push_back(noSpaces);
    QString words;
    while (words.size() < 10 * ReadingParts::kPieceChars)
        words += QStringLiteral("kata kata ");
    paragraphs.push_back(words);
    for (int i = 0; i < 3000; ++i)
        paragraphs.push_back(QStringLiteral("Paragraf biasa yang pendek, nomor %1.").arg(i));
    paragraphs.push_back(QString());

    const ReadingParts parts = planReadingParts(paragraphs);
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        int at = 0;
        for (int i = parts.paragraphPieces[p]; i < parts.paragraphPieces[p + 1]; ++i) {
            const ReadingParts::Piece &piece = parts.pieces[static_cast<std::size_t>(i)];
            CHECK(piece.paragraph == static_cast<int>(p));
            CHECK(piece.begin == at);
            CHECK(piece.end - piece.begin <= ReadingParts::kPieceChars);
            if (piece.begin < paragraphs[p].size())
                CHECK_FALSE(paragraphs[p].at(piece.begin).isLowSurrogate());
            at = piece.end;
        }
        CHECK(at == paragraphs[p].size());
    }
    for (int part = 0; part < parts.partCount(); ++part) {
        int chars = 0;
        const int first = parts.partStarts[static_cast<std::size_t>(part)];
        const int end = parts.partStarts[static_cast<std::size_t>(part) + 1];
        for (int i = first; i < end; ++i)
            chars += parts.pieces[static_cast<std::size_t>(i)].end -
                     parts.pieces[static_cast<std::size_t>(i)].begin;
        CHECK(end > first);
        CHECK(end - first <= ReadingParts::kPartPieces);
        CHECK((chars <= ReadingParts::kPartChars || end - first == 1));
    }
    // The last piece holding a position: the end of a paragraph is its own.
    CHECK(parts.pieceAt(2, static_cast<int>(words.size())) == parts.paragraphPieces[3] - 1);
    CHECK(parts.partCount() > 1);
}

TEST_CASE("An article of ordinary length is one part, one block per paragraph", "[long]")
{
    const ShownArticle shown{test::syntheticArticle()};
    ReadingPane pane;
    pane.setArticle(shown.article, shown.text, {}, HtmlOptions{});
    CHECK(pane.partCount() == 1);
    // The text is laid out to the view it is in, after the centring margins
    // change with a resize too.
    pane.resize(900, 500);
    pane.show();
    REQUIRE(QTest::qWaitForWindowExposed(&pane));
    pane.resize(500, 500);
    QApplication::processEvents();
    CHECK(pane.document()->pageSize().width() == pane.viewport()->width());
    for (int i = 0; i < pane.paragraphCount(); ++i)
        CHECK(pane.document()->findBlock(pane.paragraphPosition(i)).text() ==
              shown.text->paragraphs[static_cast<std::size_t>(i)]);
}

TEST_CASE("A long article is shown part by part; positions and Find follow", "[long]")
{
    // Before parts, the whole article was one document: a width change or a
    // jump laid all of it out on the window's thread (minutes at 12 MB).
    const ShownArticle shown{manyParagraphs(4000, 3 * ReadingParts::kPieceChars + 17)};
    MainWindow window;
    ReadingPane &pane = *window.readingPane();
    pane.setArticle(shown.article, shown.text, {}, HtmlOptions{});
    REQUIRE(pane.partCount() > 1);
    const int headroom = 4000; // the headline, the links, the tags
    for (int part = 0; part < pane.partCount(); ++part) {
        pane.showPart(part);
        CHECK(pane.document()->characterCount() <=
              ReadingParts::kPartChars + ReadingParts::kPartPieces + headroom);
    }
    // Every paragraph reachable, its start where the pane says.
    for (int i : {0, 1, 2, 1999, 3999}) {
        INFO(i);
        pane.goToParagraph(i);
        CHECK(pane.currentParagraph() == i);
        const int position = pane.paragraphPosition(i);
        REQUIRE(position >= 0);
        CHECK(pane.textCursor().position() == position);
        const QString &text = shown.text->paragraphs[static_cast<std::size_t>(i)];
        CHECK(pane.document()->findBlock(position).text() ==
              text.left(ReadingParts::kPieceChars).left(pane.document()->findBlock(position).length() - 1));
    }
    // The cut paragraph reads on across its blocks: each position is its character.
    const QString &giant = shown.text->paragraphs[1];
    pane.goToParagraph(1);
    for (int offset = 0; offset < giant.size(); offset += 997) {
        const int position = pane.documentPosition(1, offset);
        REQUIRE(position >= 0);
        CHECK(pane.document()->characterAt(position) == giant.at(offset));
        CHECK(pane.paragraphAt(position) == 1);
    }

    // Find: matches in every part, each selected where it is.
    const auto [first, total] = pane.find(QStringLiteral("paragraf 3999 "), true);
    QElapsedTimer waited;
    waited.start();
    while (!pane.findComplete() && waited.elapsed() < 30000)
        QApplication::processEvents();
    CHECK(pane.findComplete());
    CHECK(pane.findMatchCount() == 1);
    CHECK(pane.textCursor().selectedText().compare(QStringLiteral("paragraf 3999 "), Qt::CaseInsensitive) ==
          0);
    CHECK(pane.currentParagraph() == 3998);
    (void)first;
    (void)total;
    const auto [current, all] = pane.find(QStringLiteral("dengan koma"), true);
    while (!pane.findComplete())
        QApplication::processEvents();
    CHECK(pane.findMatchCount() == 3999); // every paragraph but the cut one
    pane.find(QStringLiteral("dengan koma"), true);
    CHECK(pane.textCursor().selectedText() == QStringLiteral("dengan koma"));
    (void)current;
    (void)all;
}

TEST_CASE("A paragraph of 20,000 quotes costs no selection per quote", "[long]")
{
    // The current paragraph's band used to be a selection and its quotes
    // were painted again above it, one selection each: painting grew with
    // quotes × lines (8.9 s for 20,000; 200,000 never painted).
    const ShownArticle shown{manyQuotes(20000)};
    ReadingPane pane;
    pane.resize(700, 500);
    pane.setArticle(shown.article, shown.text, {}, HtmlOptions{});
    pane.show();
    pane.goToParagraph(0);
    CHECK(pane.currentParagraph() == 0);
    CHECK(pane.extraSelections().size() <= 1);
    // The quotes' places are right however many a paragraph holds.
    REQUIRE(shown.text->quotes.size() == 20000);
    const QString &paragraph = shown.text->paragraphs[0];
    for (std::size_t i = 0; i < shown.text->quotes.size(); i += 1999) {
        const QuoteRange &range = shown.text->quotes[i];
        CHECK(paragraph.mid(static_cast<qsizetype>(range.begin),
                            static_cast<qsizetype>(range.end - range.begin)) ==
              qs(shown.article.quotes[i].text));
    }
    CHECK(shown.text->quoteRanges[0].size() == 20000);
}

TEST_CASE("The outline's rows are of one height, made on demand", "[long]")
{
    MainWindow window;
    QListView *outline = window.sidePanel()->outlineView();
    CHECK(outline->uniformItemSizes());
    CHECK_FALSE(outline->wordWrap());
}

TEST_CASE("Paragraphs are exposed to screen readers and reached by keyboard", "[long][accessibility]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ReadingPane *pane = window.readingPane();
    pane->setFocus();
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(pane);
    REQUIRE(accessible);
    QAccessibleTextInterface *text = accessible->textInterface();
    REQUIRE(text);
    // Each paragraph is one text paragraph of the accessible text.
    for (int i = 0; i < pane->paragraphCount(); ++i) {
        int start = -1;
        int end = -1;
        const QString said =
                text->textAtOffset(pane->paragraphPosition(i), QAccessible::ParagraphBoundary, &start, &end);
        CHECK(said.trimmed() == qs(window.article()->paragraphs[static_cast<std::size_t>(i)].text).trimmed());
        CHECK(start == pane->paragraphPosition(i));
    }
    // Ctrl+Down and J go to the next paragraph, moving the caret there, which
    // is what a screen reader follows and reads.
    pane->goToParagraph(0);
    QTest::keyClick(pane, Qt::Key_Down, Qt::ControlModifier);
    CHECK(pane->currentParagraph() == 1);
    CHECK(text->cursorPosition() == pane->paragraphPosition(1));
    QTest::keyClick(pane, Qt::Key_J);
    CHECK(pane->currentParagraph() == 2);
    CHECK(text->cursorPosition() == pane->paragraphPosition(2));
    QTest::keyClick(pane, Qt::Key_Up, Qt::ControlModifier);
    CHECK(pane->currentParagraph() == 1);
    CHECK(text->cursorPosition() == pane->paragraphPosition(1));
}
