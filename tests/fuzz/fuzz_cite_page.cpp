// Fuzz target: the whole citation path from a saved page: load, extract, then every export
// (BibTeX and biblatex, RIS, CSL-JSON, the share block, Markdown) and the CSL processor's
// entry and citation in text and HTML. Each export is read back by a reader of its format:
// whatever the page says, a BibTeX entry must stay one entry with only its own fields, a RIS
// record one tag per line, CSL-JSON valid JSON.

#include "../core/cite/bibtex_reader.h"
#include "fuzz_check.h"
#include "warta/article/article_text.h"
#include "warta/cite/article_item.h"
#include "warta/cite/citation_processor.h"
#include "warta/extract/extract.h"
#include "warta/load/saved_page.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>

namespace {

const std::set<std::string> kBibtexFields = {"author", "title", "journal", "year",
                                             "month",  "url",   "urldate", "language"};
const std::set<std::string> kBiblatexFields = {"author",   "title",       "entrysubtype", "journaltitle",
                                               "date",     "url",         "urldate",      "langid",
                                               "language", "organization"};

void checkBibtex(const warta::Article &article, warta::BibtexDialect dialect)
{
    warta::ItemOptions options;
    options.today = "2026-12-04";
    options.bibtexDialect = dialect;
    const auto entry = warta::test::readBibtexEntry(warta::articleToBibtex(article, options));
    WARTA_FUZZ_CHECK(entry.has_value());
    const auto &allowed = dialect == warta::BibtexDialect::Biblatex ? kBiblatexFields : kBibtexFields;
    for (const auto &field : entry->fields)
        WARTA_FUZZ_CHECK(allowed.count(field.first) == 1 || field.first == "howpublished");
    WARTA_FUZZ_CHECK(warta::test::bibtexValueText(entry->fields.at("urldate")).has_value());
}

void checkRis(const warta::Article &article)
{
    std::istringstream lines(warta::articleToRis(article));
    std::string line;
    int records = 0;
    while (std::getline(lines, line)) {
        WARTA_FUZZ_CHECK(line.size() >= 6 && line.compare(2, 4, "  - ") == 0);
        records += line.rfind("TY  - ", 0) == 0 ? 1 : 0;
    }
    WARTA_FUZZ_CHECK(records == 1);
}

// APA, loaded once: the style and its processor live for the whole run.
const warta::CitationProcessor *processor()
{
    static const auto style = warta::CslStyle::load("apa");
    static const std::optional<warta::CitationProcessor> made =
            []() -> std::optional<warta::CitationProcessor> {
        if (!style)
            return std::nullopt;
        auto created = warta::CitationProcessor::create(style.value());
        if (!created)
            return std::nullopt;
        return std::move(created.value());
    }();
    return made ? &*made : nullptr;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view bytes(reinterpret_cast<const char *>(data), size);
    auto page = warta::loadSavedBytes(bytes, "page.html");
    if (!page)
        return 0;
    auto article = warta::extractPage(page.value());
    if (!article)
        return 0;
    checkBibtex(*article, warta::BibtexDialect::Bibtex);
    checkBibtex(*article, warta::BibtexDialect::Biblatex);
    checkRis(*article);
    warta::ItemOptions options;
    options.today = "2026-12-04";
    const auto json = nlohmann::json::parse(warta::articleToCslJson(*article, options), nullptr, false);
    WARTA_FUZZ_CHECK(!json.is_discarded() && json.is_object());
    const std::string share = warta::articleShareBlock(*article);
    WARTA_FUZZ_CHECK(!share.empty() && share.back() == '\n');
    (void)warta::articleToMarkdown(*article);
    auto item = warta::articleToItem(*article, options);
    WARTA_FUZZ_CHECK(item.has_value());
    if (const auto *cite = processor()) {
        for (auto format : {warta::OutputFormat::Text, warta::OutputFormat::Html}) {
            (void)cite->bibliography(item.value(), format);
            (void)cite->citation(item.value(), format, std::nullopt);
        }
    }
    return 0;
}
