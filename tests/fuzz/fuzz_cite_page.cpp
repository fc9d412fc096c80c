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

void checkBibtex(const warta::Article &article, warta::cite::BibtexDialect dialect)
{
    warta::cite::ItemOptions options;
    options.today = "2026-12-04";
    options.bibtexDialect = dialect;
    const auto entry = warta::test::readBibtexEntry(warta::cite::articleToBibtex(article, options));
    WARTA_FUZZ_CHECK(entry.has_value());
    const auto &allowed = dialect == warta::cite::BibtexDialect::Biblatex ? kBiblatexFields : kBibtexFields;
    for (const auto &field : entry->fields)
        WARTA_FUZZ_CHECK(allowed.count(field.first) == 1 || field.first == "howpublished");
    WARTA_FUZZ_CHECK(warta::test::bibtexValueText(entry->fields.at("urldate")).has_value());
}

void checkRis(const warta::Article &article)
{
    std::istringstream lines(warta::cite::articleToRis(article));
    std::string line;
    int records = 0;
    while (std::getline(lines, line)) {
        WARTA_FUZZ_CHECK(line.size() >= 6 && line.compare(2, 4, "  - ") == 0);
        records += line.rfind("TY  - ", 0) == 0 ? 1 : 0;
    }
    WARTA_FUZZ_CHECK(records == 1);
}

// APA, loaded once: the style and its processor live for the whole run.
const warta::cite::CitationProcessor *processor()
{
    static const auto style = warta::cite::CslStyle::load("apa");
    static const std::optional<warta::cite::CitationProcessor> made =
            []() -> std::optional<warta::cite::CitationProcessor> {
        if (!style)
            return std::nullopt;
        auto created = warta::cite::CitationProcessor::create(style.value());
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
    checkBibtex(*article, warta::cite::BibtexDialect::Bibtex);
    checkBibtex(*article, warta::cite::BibtexDialect::Biblatex);
    checkRis(*article);
    warta::cite::ItemOptions options;
    options.today = "2026-12-04";
    const auto json = nlohmann::json::parse(warta::cite::articleToCslJson(*article, options), nullptr, false);
    WARTA_FUZZ_CHECK(!json.is_discarded() && json.is_object());
    const std::string share = warta::cite::articleShareBlock(*article);
    WARTA_FUZZ_CHECK(!share.empty() && share.back() == '\n');
    (void)warta::articleToMarkdown(*article);
    auto item = warta::cite::articleToItem(*article, options);
    WARTA_FUZZ_CHECK(item.has_value());
    if (const auto *cite = processor()) {
        for (auto format : {warta::cite::OutputFormat::Text, warta::cite::OutputFormat::Html}) {
            (void)cite->bibliography(item.value(), format);
            (void)cite->citation(item.value(), format, std::nullopt);
        }
    }
    return 0;
}
