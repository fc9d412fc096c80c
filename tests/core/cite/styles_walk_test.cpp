// Loads every independent style installed in the system CSL folder and
// renders a sample article with it: none may fail to load or render.
#include "warta/cite/citation_processor.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace {

using namespace warta;

std::string sampleItem()
{
    std::ifstream in(std::string(WARTA_FIXTURE_DIR) + "/citations/items.json");
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace

TEST_CASE("cite: every installed independent style renders the sample article", "[cite][styles]")
{
    auto items = CslItem::listFromJson(sampleItem());
    REQUIRE(items);
    REQUIRE(items->size() > 1);
    const CslItem &article = items->at(1); // one person, a date, a URL
    int independent = 0, rendered = 0;
    std::ostringstream failures, empty;
    for (const auto &summary : listStyles()) {
        if (summary.dependent)
            continue;
        ++independent;
        auto style = CslStyle::load(summary.path);
        if (!style) {
            failures << summary.id << ": load: " << style.error().message << "\n";
            continue;
        }
        auto processor = CitationProcessor::create(style.value());
        if (!processor) {
            failures << summary.id << ": locale: " << processor.error().message << "\n";
            continue;
        }
        auto citation = processor->citation(article, OutputFormat::Html, Locator{"paragraph", "5"});
        bool ok = citation.has_value();
        if (ok && style->hasBibliography()) {
            auto entry = processor->bibliography(article, OutputFormat::Text);
            ok = entry.has_value();
            if (!ok)
                failures << summary.id << ": bibliography: " << entry.error().message << "\n";
            // A few styles have no branch for newspaper articles: nothing to print is correct.
            else if (entry->empty())
                empty << summary.id << "\n";
        } else if (!ok) {
            failures << summary.id << ": citation: " << citation.error().message << "\n";
        }
        rendered += ok ? 1 : 0;
    }
    if (std::getenv("WARTA_CSL_SUITE_REPORT"))
        WARN(rendered << " of " << independent << " independent styles render; empty entries:\n"
                      << empty.str());
    INFO(failures.str());
    CHECK(independent > 1000);
    CHECK(rendered == independent);
}
