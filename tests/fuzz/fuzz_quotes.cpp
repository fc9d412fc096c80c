// Fuzz target: the quote finder on arbitrary paragraph text. The input is cut
// into paragraphs at line breaks (at most 64, so that a run stays fast); every
// quote found must point inside its paragraphs.

#include "fuzz_check.h"
#include "warta/quotes/quote_finder.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char *>(data), size);
    std::vector<warta::Paragraph> paragraphs;
    while (!text.empty() && paragraphs.size() < 64) {
        const auto cut = text.find('\n');
        warta::Paragraph paragraph;
        paragraph.id = "p" + std::to_string(paragraphs.size() + 1);
        paragraph.text = std::string(text.substr(0, cut));
        paragraphs.push_back(std::move(paragraph));
        text = cut == std::string_view::npos ? std::string_view() : text.substr(cut + 1);
    }
    const auto ledger = warta::findQuotes(paragraphs);
    for (const auto &quote : ledger.quotes) {
        WARTA_FUZZ_CHECK(quote.paragraph >= 0 && quote.paragraph <= quote.endParagraph);
        WARTA_FUZZ_CHECK(static_cast<std::size_t>(quote.endParagraph) < paragraphs.size());
        const auto &first = paragraphs[static_cast<std::size_t>(quote.paragraph)].text;
        const auto &last = paragraphs[static_cast<std::size_t>(quote.endParagraph)].text;
        WARTA_FUZZ_CHECK(quote.begin <= first.size());
        WARTA_FUZZ_CHECK(quote.end <= last.size());
        if (quote.paragraph == quote.endParagraph)
            WARTA_FUZZ_CHECK(quote.begin <= quote.end);
    }
    for (const auto &speech : ledger.reportedSpeech)
        WARTA_FUZZ_CHECK(speech.paragraph >= 0 &&
                         static_cast<std::size_t>(speech.paragraph) < paragraphs.size());
    return 0;
}
