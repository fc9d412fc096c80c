#include "dom/html_document.h"
#include "dom/selector.h"
#include "extract/body_text.h"

#include <catch2/catch.hpp>

using namespace warta;

namespace {

std::vector<std::string> paragraphsOf(const std::string &bodyHtml)
{
    auto document = HtmlDocument::parse("<html><body><div id=c>" + bodyHtml + "</div></body></html>");
    REQUIRE(document.has_value());
    const Node container = selectFirst(document->root(), "#c");
    std::vector<std::string> texts;
    for (auto &paragraph : collectParagraphs(container, [](Node node) { return node.hasClass("ad"); }))
        texts.push_back(paragraph.text);
    return texts;
}

} // namespace

TEST_CASE("Two <br> end a paragraph, one is a line break inside it", "[extract][body]")
{
    CHECK(paragraphsOf("<strong>JAKARTA</strong> - Satu.<br />\n<br />\nDua<br>baris.<br><br>Tiga.") ==
          std::vector<std::string>{"JAKARTA - Satu.", "Dua baris.", "Tiga."});
}

TEST_CASE("Block elements end paragraphs and noise is skipped", "[extract][body]")
{
    CHECK(paragraphsOf("<p>Satu <a href=x>tautan</a>.</p><div "
                       "class=ad>Iklan</div><p>Dua.</p>Tiga<div>Empat</div>") ==
          std::vector<std::string>{"Satu tautan.", "Dua.", "Tiga", "Empat"});
}

TEST_CASE("Scripts, styles and white space make no paragraph", "[extract][body]")
{
    CHECK(paragraphsOf("<script>var a = 1;</script><style>p{}</style> \n <br><br> &nbsp; "
                       "<p>Isi&nbsp;berita.</p>") == std::vector<std::string>{"Isi berita."});
}

TEST_CASE("Paragraph offsets point into the source", "[extract][body]")
{
    const std::string html = "<html><body><div id=c>Satu.<br><br>Dua.</div></body></html>";
    auto document = HtmlDocument::parse(html);
    REQUIRE(document.has_value());
    const auto paragraphs =
            collectParagraphs(selectFirst(document->root(), "#c"), [](Node) { return false; });
    REQUIRE(paragraphs.size() == 2);
    CHECK(html.compare(paragraphs[0].sourceOffset, 5, "Satu.") == 0);
    CHECK(html.compare(paragraphs[1].sourceOffset, 4, "Dua.") == 0);
}
