// Compares the processor with citeproc-js output for every record of the
// citations gold (tests/fixtures/citations, see its README for the rules).
#include "warta/cite/citation_processor.h"

#include "warta/text/text.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace {

using namespace warta;

std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string trim(const std::string &s)
{
    std::size_t b = s.find_first_not_of(" \t\n\r");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\n\r") - b + 1);
}

std::string normText(const std::string &s)
{
    return normalizeNfc(trim(s));
}

std::string normHtml(const std::string &s)
{
    static const std::regex kLayout(">\\s*\\n\\s*<");
    std::string out = std::regex_replace(normalizeNfc(s), kLayout, "><");
    for (const auto &[from, to] :
         std::map<std::string, std::string>{{"&amp;", "&#38;"}, {"&lt;", "&#60;"}, {"&gt;", "&#62;"}})
        for (std::size_t pos; (pos = out.find(from)) != std::string::npos;)
            out.replace(pos, from.size(), to);
    return trim(out);
}

struct Engine {
    CslStyle style;
    CitationProcessor processor;
};

} // namespace

TEST_CASE("cite: every record of the citeproc-js gold is identical", "[cite][gold]")
{
    const std::string dir = std::string(WARTA_FIXTURE_DIR) + "/citations/";
    auto items = CslItem::listFromJson(readAll(dir + "items.json"));
    REQUIRE(items);
    std::map<std::string, CslItem> byId;
    for (const auto &item : items.value())
        byId.emplace(item.id(), item);

    std::map<std::string, std::unique_ptr<Engine>> engines;
    std::ifstream lines(dir + "dev.jsonl");
    int records = 0, compared = 0, mismatches = 0;
    std::map<std::string, int> perStyle;
    for (std::string line; std::getline(lines, line);) {
        if (line.empty())
            continue;
        auto record = nlohmann::json::parse(line);
        ++records;
        const std::string styleId = record["style"], locale = record["locale"], itemId = record["item_id"];
        const std::string key = styleId + "|" + locale;
        if (!engines.count(key)) {
            auto style = CslStyle::load(styleId);
            REQUIRE(style);
            // The style's own default gives the first locale; any other is forced.
            std::string defaultLocale = style->defaultLocale().empty() ? "en-US" : style->defaultLocale();
            ProcessorOptions options;
            if (locale != defaultLocale)
                options.locale = locale;
            auto processor = CitationProcessor::create(style.value(), options);
            REQUIRE(processor);
            engines[key] = std::make_unique<Engine>(Engine{style.value(), processor.value()});
        }
        const CitationProcessor &p = engines[key]->processor;
        REQUIRE(byId.count(itemId));
        const CslItem &item = byId.at(itemId);
        const Locator locator{"paragraph", "5"};
        auto check = [&](const char *field, const warta::Expected<std::string> &got, bool html) {
            if (record[field].is_null())
                return;
            ++compared;
            std::string want = record[field];
            std::string have = got ? got.value() : "ERROR: " + got.error().message;
            bool same = html ? normHtml(want) == normHtml(have) : normText(want) == normText(have);
            if (!same) {
                ++mismatches;
                ++perStyle[styleId];
                if (perStyle[styleId] <= 2)
                    WARN(styleId << " " << locale << " " << itemId << " " << field << "\n  want: " << want
                                 << "\n  have: " << have);
            }
        };
        check("bibliography_text", p.bibliography(item, OutputFormat::Text), false);
        check("bibliography_html", p.bibliography(item, OutputFormat::Html), true);
        check("citation_text", p.citation(item, OutputFormat::Text), false);
        check("citation_html", p.citation(item, OutputFormat::Html), true);
        check("citation_locator_text", p.citation(item, OutputFormat::Text, locator), false);
        check("citation_locator_html", p.citation(item, OutputFormat::Html, locator), true);
    }
    std::ostringstream summary;
    for (const auto &[style, count] : perStyle)
        summary << style << ": " << count << "\n";
    INFO("mismatches per style:\n" << summary.str());
    INFO(mismatches << " of " << compared << " fields differ");
    CHECK(records == 840);
    CHECK(mismatches == 0);
}
