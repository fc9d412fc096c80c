#include "warta/date/date_parser.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

struct GoldDate {
    std::string file;
    std::string publishedText;
    std::string published;
    std::string url;
};

bool endsWith(const std::string &text, std::string_view suffix)
{
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string stringField(const nlohmann::json &json, const char *key)
{
    const auto it = json.find(key);
    return (it != json.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

// Every gold file that states both a printed date and its ISO form.
std::vector<GoldDate> goldDates()
{
    std::vector<GoldDate> dates;
    const std::filesystem::path root = std::filesystem::path(WARTA_FIXTURE_DIR) / "sindonews";
    for (const auto &entry : std::filesystem::recursive_directory_iterator(root)) {
        const std::string path = entry.path().string();
        if (!entry.is_regular_file() || !endsWith(path, ".expected.json"))
            continue;
        std::ifstream in(entry.path());
        const nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
        if (json.is_discarded() || !json.is_object())
            continue;
        GoldDate gold{path, stringField(json, "published_text"), stringField(json, "published"),
                      stringField(json, "url")};
        if (!gold.publishedText.empty() && !gold.published.empty())
            dates.push_back(std::move(gold));
    }
    return dates;
}

} // namespace

TEST_CASE("Every published_text of the gold files parses to its published", "[date][fixtures]")
{
    const std::vector<GoldDate> dates = goldDates();
    // The corpus has dozens; an empty list would mean the fixtures moved.
    REQUIRE(dates.size() >= 20);
    for (const GoldDate &gold : dates) {
        INFO(gold.file << ": " << gold.publishedText);
        const auto parsed = warta::parseDateTextDetailed(gold.publishedText);
        REQUIRE(parsed);
        CHECK(parsed->time.toIso8601() == gold.published);
        CHECK(parsed->hasTime);
        CHECK(parsed->hasZone);
        CHECK_FALSE(parsed->weekdayMismatch);
        // The machine form reads back to the same instant and offset.
        CHECK(warta::parseIso8601(gold.published) == parsed->time);
    }
}

TEST_CASE("URL epochs of the gold files agree with their published time", "[date][fixtures]")
{
    int withEpoch = 0;
    int withinAMinute = 0;
    for (const GoldDate &gold : goldDates()) {
        const auto epoch = warta::epochFromArticleUrl(gold.url);
        const auto published = warta::parseIso8601(gold.published);
        if (!epoch || !published)
            continue;
        ++withEpoch;
        INFO(gold.file << ": " << gold.url << " vs " << gold.published);
        // The slug is stamped when the article is saved: usually within the
        // minute the page prints, hours apart for a scheduled article (the
        // Pierre Tendean fixture: two hours before its printed time).
        const std::int64_t difference = *epoch - published->epochSeconds;
        CHECK(difference > -24 * 3600);
        CHECK(difference < 24 * 3600);
        if (difference >= -60 && difference < 60)
            ++withinAMinute;
    }
    CHECK(withEpoch > 0);
    CHECK(withinAMinute * 4 >= withEpoch * 3);
}
