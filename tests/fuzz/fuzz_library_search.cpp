// Fuzz target: the library's search on arbitrary reader input. The first line
// is the search text, the second a filter value (site, speaker and dates all
// take it), the rest an article's body for the snippet finder. No input may
// give an internal error (an FTS5 syntax error would), and every highlight
// must lie inside its snippet.

#include "fuzz_check.h"
#include "library/search_terms.h"
#include "library/snippets.h"
#include "library/text_fold.h"
#include "warta/library/library.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

namespace {

// One small library for the whole run, in a fresh temporary folder.
warta::Library &sharedLibrary()
{
    static warta::Library library = [] {
        std::string folder = (std::filesystem::temp_directory_path() / "warta-fuzz-XXXXXX").string();
        WARTA_FUZZ_CHECK(mkdtemp(folder.data()) != nullptr);
        auto opened = warta::Library::open(folder + "/library.sqlite");
        WARTA_FUZZ_CHECK(opened.has_value());
        const char *texts[][2] = {{"Internet Masuk Desa", "Pemerintah menyiapkan jaringan internet desa.\n"
                                                          "\"Semua tersambung,\" kata Herman Dani."},
                                  {"Kafe di Kota Tua", "Sebuah café baru menarik pengunjung."}};
        int n = 0;
        for (const auto &text : texts) {
            warta::Article article;
            article.title = text[0];
            article.site = "Warta Uji";
            article.paragraphs = {{"p1", text[1], 0}};
            article.quotes.push_back({"Semua tersambung,", std::string("Herman Dani"), std::nullopt, "kata",
                                      0, 0, 0, 0, "name-after", warta::SpeakerConfidence::High, false});
            article.source.sha256 = std::string(63, '0') + std::to_string(n);
            article.source.path = folder + "/page" + std::to_string(n++) + ".html";
            WARTA_FUZZ_CHECK(opened->addExtracted(article).has_value());
        }
        return std::move(*opened);
    }();
    return library;
}

std::string_view nextLine(std::string_view &text)
{
    const auto cut = text.find('\n');
    const std::string_view line = text.substr(0, cut);
    text = cut == std::string_view::npos ? std::string_view() : text.substr(cut + 1);
    return line;
}

void checkHighlights(const std::string &snippet, const std::vector<warta::Highlight> &highlights)
{
    for (const auto &highlight : highlights)
        WARTA_FUZZ_CHECK(highlight.begin <= highlight.end && highlight.end <= snippet.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::string text(nextLine(input));
    const std::string filter(nextLine(input));
    const std::string body(input);

    (void)warta::library::foldKey(text);
    for (const bool typing : {false, true}) {
        const auto terms = warta::library::parseSearchTerms(text, typing);
        const auto placed = warta::library::placeSnippet(terms, text, body);
        WARTA_FUZZ_CHECK(placed.paragraph >= -1);
        checkHighlights(placed.text, placed.highlights);

        warta::SearchQuery query;
        query.text = text;
        query.asYouType = typing;
        query.limit = 5;
        if (!filter.empty()) {
            query.filter.site = filter;
            query.filter.speaker = typing ? filter : std::string();
            query.filter.from = filter;
        }
        for (const bool quotes : {false, true}) {
            query.quotesOnly = quotes;
            const auto found = sharedLibrary().search(query);
            WARTA_FUZZ_CHECK(found.has_value() || found.error().code == warta::ErrorCode::BadInput);
            if (found)
                for (const auto &hit : found->hits)
                    checkHighlights(hit.snippet, hit.highlights);
            const auto facets = sharedLibrary().facets(query);
            WARTA_FUZZ_CHECK(facets.has_value() || facets.error().code == warta::ErrorCode::BadInput);
        }
    }
    return 0;
}
