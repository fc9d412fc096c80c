// Fuzz target: the library's ingest on arbitrary bytes — the page is loaded
// and extracted as the indexer does, stored in a fresh in-memory library,
// and found again: its first title word finds it (when the word is plain
// ASCII, where the index's tokenizer and the library's folding agree by
// construction), its speakers' quotes are listed, its citation item reads
// back and the status counts it.

#include "fuzz_check.h"
#include "library/text_fold.h"
#include "warta/cite/citation_processor.h"
#include "warta/extract/extract.h"
#include "warta/library/library.h"
#include "warta/load/saved_page.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view bytes(reinterpret_cast<const char *>(data), size);
    auto page = warta::loadSavedBytes(bytes, "/fuzz/page.html");
    if (!page)
        return 0;
    auto article = warta::extractPage(page.value());
    if (!article)
        return 0;
    auto library = warta::Library::open(":memory:");
    WARTA_FUZZ_CHECK(library.has_value());
    auto id = library->addExtracted(*article);
    WARTA_FUZZ_CHECK(id.has_value());

    const auto tokens = warta::library::foldedTokens(article->title);
    if (!tokens.empty()) {
        warta::SearchQuery query;
        query.text = tokens.front().folded;
        auto found = library->search(query);
        WARTA_FUZZ_CHECK(found.has_value());
        const bool plain = std::all_of(query.text.begin(), query.text.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        });
        if (plain)
            WARTA_FUZZ_CHECK(found->total == 1);
    }
    auto item = library->cslJson(*id);
    WARTA_FUZZ_CHECK(item.has_value());
    WARTA_FUZZ_CHECK(warta::CslItem::fromJson(*item).has_value());
    for (const auto &quote : article->quotes) {
        if (!quote.speaker || quote.speaker->empty())
            continue;
        auto quotes = library->quotesOf(*quote.speaker);
        WARTA_FUZZ_CHECK(quotes.has_value());
    }
    auto status = library->status();
    WARTA_FUZZ_CHECK(status.has_value() && status->articles == 1);
    return 0;
}
