// The texts content cleaning tests, found in one bottom-up walk: they must answer as reading
// each element's own text would (Node::cleanText), and stop keeping a text once it is too long
// to be an answer.
#include "dom/html_document.h"
#include "dom/selector.h"
#include "extract/generic/block_names.h"
#include "extract/generic/text_marks.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

warta::Node first(const warta::HtmlDocument &document, const char *selector)
{
    auto found = warta::selectFirst(document.body(), selector);
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("text marks: ad labels and headline headings as their own text says", "[extract][generic]")
{
    auto document = warta::HtmlDocument::parse(
            "<body><div id=c>"
            "<div id=label><span>  ADVERTISEMENT </span><script>x = 'long script text'</script></div>"
            "<div id=split><b>Adv</b><i>ert</i></div>"
            "<div id=words><b>Scroll to</b>\n\n <i>continue with content</i></div>"
            "<div id=prose>Iklan baris di koran lokal</div>"
            "<h1 id=title>Pemprov <em>Sumsel</em> Segera Wujudkan Internet</h1>"
            "<h2 id=other>Baca juga berita lain</h2>"
            "</div></body>");
    REQUIRE(document);
    const warta::TextMarks marks(first(*document, "#c"),
                                 "Pemprov Sumsel Segera Wujudkan Internet Masuk Desa");
    for (const char *id : {"#label", "#split", "#words"}) {
        INFO(id);
        const warta::Node element = first(*document, id);
        CHECK(marks.isAdLabel(element));
        CHECK(warta::isAdLabel(element.cleanText())); // the same answer as the element's own text
    }
    CHECK_FALSE(marks.isAdLabel(first(*document, "#prose")));
    CHECK(marks.repeatsTitle(first(*document, "#title")));
    CHECK_FALSE(marks.repeatsTitle(first(*document, "#other")));
}

TEST_CASE("text marks: a text past its cap is no answer, however it ends", "[extract][generic]")
{
    const std::string filler(warta::TextMarks::kLabelBytes, 'x');
    auto document = warta::HtmlDocument::parse(
            "<body><div id=c><div id=long><span>" + filler + "</span> iklan</div><h1 id=h>" +
            std::string(warta::TextMarks::kHeadingBytes + 1, 'y') + "</h1></div></body>");
    REQUIRE(document);
    const warta::TextMarks marks(first(*document, "#c"), std::string(warta::TextMarks::kHeadingBytes, 'y'));
    CHECK_FALSE(marks.isAdLabel(first(*document, "#long")));
    CHECK_FALSE(marks.repeatsTitle(first(*document, "#h")));
}
