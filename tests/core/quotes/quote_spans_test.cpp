// The quotation-mark scanner on odd and hostile input: it must stay linear
// and never produce offsets outside the paragraph.

#include "quotes/quote_spans.h"
#include "warta/quotes/quote_finder.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace {

std::vector<warta::Paragraph> paragraphsOf(std::vector<std::string> texts)
{
    std::vector<warta::Paragraph> out;
    for (auto &t : texts)
        out.push_back({"", std::move(t), 0});
    return out;
}

void checkOffsets(const std::vector<warta::Paragraph> &paragraphs, const warta::QuoteLedger &ledger)
{
    for (const auto &q : ledger.quotes) {
        REQUIRE(q.paragraph >= 0);
        REQUIRE(q.endParagraph >= q.paragraph);
        REQUIRE(static_cast<std::size_t>(q.endParagraph) < paragraphs.size());
        CHECK(q.begin <= paragraphs[static_cast<std::size_t>(q.paragraph)].text.size());
        CHECK(q.end <= paragraphs[static_cast<std::size_t>(q.endParagraph)].text.size());
        if (q.paragraph == q.endParagraph)
            CHECK(q.begin <= q.end);
    }
}

// Speed is the quote growth benchmark's to measure (tests/bench); a test
// on a loaded machine can only say that the finder ends and stays in bounds.
void checkHostile(const std::vector<warta::Paragraph> &paragraphs)
{
    checkOffsets(paragraphs, warta::findQuotes(paragraphs));
}

} // namespace

TEST_CASE("spans: straight marks pair by position", "[quotes][spans]")
{
    const auto spans = warta::findQuoteSpans(paragraphsOf({"a \"b c\" d \"e\" f"}));
    REQUIRE(spans.size() == 2);
    CHECK(spans[0].pieces[0].begin == 3);
    CHECK(spans[0].pieces[0].end == 6);
    CHECK(spans[0].closed);
}

TEST_CASE("spans: an unclosed quotation ends with its paragraph when the next does not go on",
          "[quotes][spans]")
{
    const auto spans = warta::findQuoteSpans(paragraphsOf({"\"tanpa penutup", "Paragraf biasa."}));
    REQUIRE(spans.size() == 1);
    CHECK_FALSE(spans[0].closed);
    CHECK(spans[0].lastParagraph() == 0);
}

TEST_CASE("spans: a quotation longer than the cap is dropped", "[quotes][spans]")
{
    std::string text = "\"" + std::string(warta::kMaxQuoteBytes + 10, 'a') + "\" kata Budi.";
    CHECK(warta::findQuoteSpans(paragraphsOf({text})).empty());
}

TEST_CASE("hostile input ends and stays in bounds", "[quotes][robust]")
{
    constexpr std::size_t kMegabyte = 1 << 20;
    SECTION("a megabyte of straight marks")
    {
        checkHostile(paragraphsOf({std::string(kMegabyte, '"')}));
    }
    SECTION("a megabyte of curly opening marks")
    {
        std::string text;
        while (text.size() < kMegabyte)
            text += "\u201C";
        checkHostile(paragraphsOf({text, text}));
    }
    SECTION("a megabyte of attributed one-word quotes")
    {
        std::string text;
        while (text.size() < kMegabyte)
            text += "\"Ya,\" kata Budi Santoso. \"Tidak,\" ujarnya. ";
        checkHostile(paragraphsOf({text}));
    }
    SECTION("a megabyte of capitalised names and verbs")
    {
        std::string text;
        for (int i = 0; text.size() < kMegabyte; ++i)
            text += "Gubernur Nama" + std::to_string(i % 977) + " Orang mengatakan, \"Baik sekali.\" ";
        checkHostile(paragraphsOf({text}));
    }
    SECTION("random bytes and marks")
    {
        static const std::vector<std::string> pieces = {
                "\"", "\u201C",  "\u201D", "'", "\u2018", "\u2019", " ",  "kata", "Budi", ",",
                ".",  "ujarnya", "(",      ")", "\xE2",   "\xFF",   "\n", ":",    "Dia",  "menambahkan"};
        std::uint32_t state = 12345;
        for (int round = 0; round < 50; ++round) {
            std::vector<std::string> texts(5);
            for (auto &t : texts) {
                for (int i = 0; i < 400; ++i) {
                    state = state * 1664525U + 1013904223U;
                    t += pieces[(state >> 16) % pieces.size()];
                }
            }
            const auto paragraphs = paragraphsOf(texts);
            checkOffsets(paragraphs, warta::findQuotes(paragraphs));
        }
    }
}
