// Fuzz target: the whole pipeline on arbitrary bytes — load, parse with
// gumbo, metadata and JSON-LD, the extractor registry, body text, dates,
// quotes — then the article's JSON and text forms.

#include "fuzz_check.h"
#include "warta/article/article_json.h"
#include "warta/article/article_text.h"
#include "warta/extract/extract.h"
#include "warta/load/saved_page.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view bytes(reinterpret_cast<const char *>(data), size);
    auto page = warta::loadSavedBytes(bytes, "page.html");
    if (!page)
        return 0;
    auto article = warta::extractPage(page.value());
    if (!article) {
        WARTA_FUZZ_CHECK(!article.error().message.empty());
        WARTA_FUZZ_CHECK(article.error().code != warta::ErrorCode::Internal);
        return 0;
    }
    const auto &paragraphs = article->paragraphs;
    for (const auto &quote : article->quotes) {
        WARTA_FUZZ_CHECK(quote.paragraph >= 0 && quote.paragraph <= quote.endParagraph);
        WARTA_FUZZ_CHECK(static_cast<std::size_t>(quote.endParagraph) < paragraphs.size());
        WARTA_FUZZ_CHECK(quote.begin <= paragraphs[static_cast<std::size_t>(quote.paragraph)].text.size());
        WARTA_FUZZ_CHECK(quote.end <= paragraphs[static_cast<std::size_t>(quote.endParagraph)].text.size());
    }
    WARTA_FUZZ_CHECK(!warta::articleToJson(*article).empty());
    (void)warta::articleToMarkdown(*article);
    (void)warta::articleToPlainText(*article);
    return 0;
}
