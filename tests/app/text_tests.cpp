#include "app_test_support.h"

#include "article_export.h"
#include "article_format.h"
#include "article_html.h"
#include "article_loader.h"
#include "text_convert.h"

#include <catch2/catch.hpp>

#include <QTextDocument>

using namespace warta;

TEST_CASE("UTF-8 byte offsets become QString positions", "[text]")
{
    const std::string text = "é’😀a"; // 2 + 3 + 4 + 1 bytes; 1 + 1 + 2 + 1 UTF-16 units
    CHECK(utf16Position(text, 0) == 0);
    CHECK(utf16Position(text, 2) == 1);
    CHECK(utf16Position(text, 5) == 2);
    CHECK(utf16Position(text, 9) == 4);
    CHECK(utf16Position(text, 10) == 5);
    CHECK(utf16Position(text, 99) == 5); // past the end clamps
    CHECK(utf16Position(text, 7) == 2);  // inside the emoji rounds down
    const QString converted = qs(text);
    CHECK(converted.mid(utf16Position(text, 9)) == QStringLiteral("a"));
}

TEST_CASE("Dates read in the long form with the Indonesian zone", "[text]")
{
    const ZonedTime time{epochFromCivil(2019, 6, 27, 10, 54, 0), 7 * 60};
    CHECK(longDate(time, UiLanguage::Indonesian) == QStringLiteral("Kamis, 27 Juni 2019, 17.54 WIB"));
    CHECK(longDate(time, UiLanguage::English) == QStringLiteral("Thursday, 27 June 2019, 17:54 WIB"));
    // Near midnight the local day differs from the UTC day.
    const ZonedTime late{epochFromCivil(2020, 2, 29, 16, 5, 0), 9 * 60};
    CHECK(longDate(late, UiLanguage::Indonesian) == QStringLiteral("Minggu, 1 Maret 2020, 01.05 WIT"));
}

TEST_CASE("Reading time is a range as Firefox computes it", "[text]")
{
    Article article;
    article.paragraphs.push_back({"p1", std::string(3000, 'a'), 0});
    const ReadingTime time = readingTime(article);
    CHECK(time.fastMinutes == 3); // 3000 / (987 + 118), rounded up
    CHECK(time.slowMinutes == 4); // 3000 / (987 - 118), rounded up
    CHECK(readingTimeText(time) == QStringLiteral("3–4 min"));
    article.paragraphs[0].text = std::string(500, 'a');
    CHECK(readingTimeText(readingTime(article)) == QStringLiteral("1 min"));
}

TEST_CASE("A file that is no page is named by what the core found it to be", "[text]")
{
    Error pdf{ErrorCode::NotHtml, "The file is a PDF document, not a saved web page."};
    pdf.dataKind = DataKind::PdfDocument;
    CHECK(openErrorMessage(QStringLiteral("/tmp/a.pdf"), pdf) ==
          QStringLiteral("Warta could not open “/tmp/a.pdf”: the file is not a web page (it looks like a PDF "
                         "document)."));
    const Error unnamed{ErrorCode::NotHtml, "The file is not a saved web page."};
    CHECK(openErrorMessage(QStringLiteral("/tmp/b"), unnamed) ==
          QStringLiteral("Warta could not open “/tmp/b”: the file is not a web page."));
    const Error error{ErrorCode::NotFound, "no such file"};
    CHECK(openErrorMessage(QStringLiteral("/tmp/none.html"), error) ==
          QStringLiteral("Warta could not open “/tmp/none.html”: there is no such file."));
}

TEST_CASE("The article document keeps each paragraph's text intact", "[text]")
{
    const Article article = test::syntheticArticle();
    HtmlOptions options;
    options.colors = themeColors(Theme::Light);
    QTextDocument document;
    document.setHtml(articleHtml(article, options));
    const QString plain = document.toPlainText();
    for (const Paragraph &paragraph : article.paragraphs)
        CHECK(plain.contains(qs(paragraph.text)));
    CHECK(plain.contains(qs(article.title)));
}

TEST_CASE("Markdown export escapes and keeps every paragraph", "[text]")
{
    Article article = test::syntheticArticle();
    article.paragraphs.push_back({"p4", "1. *bukan* daftar", 0});
    article.url = "https://example.com/a";
    const QString markdown = articleMarkdown(article);
    CHECK(markdown.startsWith(QStringLiteral("# Uji “kutipan” — café\n")));
    CHECK(markdown.contains(QStringLiteral("\\*bukan\\*")));
    CHECK(markdown.contains(qs(article.paragraphs[1].text)));
    CHECK(markdown.trimmed().endsWith(QStringLiteral("<https://example.com/a>")));
}

TEST_CASE("An error inside Warta still reads as a sentence", "[text]")
{
    // loadArticle turns an exception from the core (a bug) into this, so the
    // window keeps its article instead of ending.
    CHECK(openErrorMessage(QStringLiteral("/home/x/a.html"), Error{ErrorCode::Internal, "stol"}) ==
          QStringLiteral("Warta could not open “/home/x/a.html”: an error inside Warta stopped the reading "
                         "(stol); please report it with the file."));
}

TEST_CASE("First words stop at the count and say when more follows", "[text]")
{
    CHECK(firstWords(QStringLiteral("  satu dua\ttiga\n empat "), 2) == QStringLiteral("satu dua…"));
    CHECK(firstWords(QStringLiteral("satu dua"), 2) == QStringLiteral("satu dua"));
    CHECK(firstWords(QStringLiteral("satu dua  "), 2) == QStringLiteral("satu dua"));
    CHECK(firstWords(QStringLiteral(" \t "), 3).isEmpty());
    CHECK(firstWords(QStringLiteral("kata\u00a0kata lain"), 1) ==
          QStringLiteral("kata…")); // a no-break space parts words too
}
