// The reader's corrections: kept per saved file in the data folder, applied
// to the ledger, and refused in a sentence when the file is bad or foreign.

#include "quote_test_support.h"

#include "warta/quotes/corrections.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using warta::QuoteCorrections;

namespace {

const std::string kSha = std::string(63, 'a') + "1";
const std::string kOtherSha = std::string(64, 'b');

// A data folder of the test's own, removed afterwards.
struct DataFolder {
    fs::path path;
    std::string previous;
    bool hadPrevious = false;
    DataFolder()
    {
        path = fs::temp_directory_path() / ("warta-corrections-" + std::to_string(::getpid()));
        fs::remove_all(path);
        if (const char *old = std::getenv("XDG_DATA_HOME")) {
            previous = old;
            hadPrevious = true;
        }
        ::setenv("XDG_DATA_HOME", path.c_str(), 1);
    }
    ~DataFolder()
    {
        if (hadPrevious)
            ::setenv("XDG_DATA_HOME", previous.c_str(), 1);
        else
            ::unsetenv("XDG_DATA_HOME");
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::vector<warta::Paragraph> paragraphsOf(const std::vector<std::string> &texts)
{
    std::vector<warta::Paragraph> out;
    for (const std::string &t : texts)
        out.push_back({"", t, 0});
    return out;
}

} // namespace

TEST_CASE("a corrected speaker is kept beside the file's hash and applied again", "[quotes][corrections]")
{
    DataFolder data;
    const auto paragraphs = paragraphsOf({"Menteri Andi Lubis hadir. \"Kami siap bekerja,\" ujarnya."});
    const auto ledger = warta::findQuotes(paragraphs);
    REQUIRE(ledger.quotes.size() == 1);

    QuoteCorrections corrections;
    corrections.fileSha256 = kSha;
    warta::correctSpeaker(corrections, ledger.quotes[0], "Rina Sari");
    const auto saved = warta::saveQuoteCorrections(corrections);
    REQUIRE(saved.has_value());
    CHECK(fs::path(*saved).parent_path() == data.path / "warta" / "quote-corrections");
    CHECK(fs::path(*saved).filename() == kSha + ".json");

    const auto loaded = warta::loadQuoteCorrections(kSha);
    REQUIRE(loaded.has_value());
    std::vector<warta::Quote> quotes = ledger.quotes;
    CHECK(warta::applyQuoteCorrections(*loaded, paragraphs, quotes) == 1);
    CHECK(quotes[0].speaker == "Rina Sari");
    CHECK(quotes[0].corrected);
    CHECK(quotes[0].attribution == "reader");
    CHECK(quotes[0].speakerConfidence == warta::SpeakerConfidence::High);

    // Correcting it again replaces the first correction.
    warta::correctSpeaker(corrections, ledger.quotes[0], std::nullopt);
    CHECK(corrections.items.size() == 1);
    CHECK_FALSE(corrections.items[0].speaker.has_value());
}

TEST_CASE("a quote marked from a selection is inserted in reading order", "[quotes][corrections]")
{
    const auto paragraphs =
            paragraphsOf({"\"Kami siap,\" kata Budi Santoso.", "Ia bilang semua aman terkendali."});
    std::vector<warta::Quote> quotes = warta::findQuotes(paragraphs).quotes;
    REQUIRE(quotes.size() == 1);
    QuoteCorrections corrections;
    corrections.fileSha256 = kSha;
    const std::string text = paragraphs[1].text;
    const std::size_t begin = text.find("semua");
    const auto marked = warta::markQuote(corrections, paragraphs, 1, begin, text.size() - 1, "Budi Santoso");
    REQUIRE(marked.has_value());
    CHECK(marked->text == "semua aman terkendali");
    CHECK(warta::applyQuoteCorrections(corrections, paragraphs, quotes) == 1);
    REQUIRE(quotes.size() == 2);
    CHECK(quotes[1].text == "semua aman terkendali");
    CHECK(quotes[1].corrected);

    // A selection outside the text, or cutting a character, is refused.
    CHECK_FALSE(warta::markQuote(corrections, paragraphs, 5, 0, 3, std::nullopt).has_value());
    CHECK_FALSE(warta::markQuote(corrections, paragraphs, 1, 4, 400, std::nullopt).has_value());
    const auto accented = paragraphsOf({"Kata \u00e9tude di sini."});
    CHECK_FALSE(warta::markQuote(corrections, accented, 0, 6, 9, std::nullopt).has_value());

    // A correction whose words are no longer in the file is left out.
    const auto changed = paragraphsOf({"\"Kami siap,\" kata Budi Santoso.", "Ia bilang semuanya beres."});
    std::vector<warta::Quote> again = warta::findQuotes(changed).quotes;
    CHECK(warta::applyQuoteCorrections(corrections, changed, again) == 0);
    CHECK(again.size() == 1);
}

TEST_CASE("bad, foreign or later correction files give a sentence", "[quotes][corrections]")
{
    const auto refused = [](const std::string &text) {
        const auto parsed = warta::parseQuoteCorrections(text, kSha);
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().message.rfind("The quote corrections file cannot be used: ", 0) == 0);
    };
    refused("");
    refused("not json {");
    refused("[1, 2]");
    refused(R"({"format": "something-else", "version": 1})");
    refused(R"({"format": "warta-quote-corrections", "version": 9, "file_sha256": ")" + kSha +
            R"(", "corrections": []})");
    refused(R"({"format": "warta-quote-corrections", "version": 1, "file_sha256": ")" + kOtherSha +
            R"(", "corrections": []})");
    refused(R"({"format": "warta-quote-corrections", "version": 1, "file_sha256": ")" + kSha +
            R"(", "corrections": [{"kind": "speaker", "paragraph": -1, "begin": 0, "end": 1, "text": "a"}]})");
    refused(R"({"format": "warta-quote-corrections", "version": 1, "file_sha256": ")" + kSha +
            R"(", "corrections": [{"kind": "speaker", "paragraph": 0, "begin": 0, "end": 1, "text": "a",
               "speaker": 7}]})");

    QuoteCorrections round;
    round.fileSha256 = kSha;
    warta::QuoteCorrection c;
    c.text = "kata \"itu\"";
    c.speaker = "Budi";
    round.items.push_back(c);
    const auto back = warta::parseQuoteCorrections(warta::quoteCorrectionsToJson(round), kSha);
    REQUIRE(back.has_value());
    REQUIRE(back->items.size() == 1);
    CHECK(back->items[0].text == c.text);
    CHECK(back->items[0].speaker == "Budi");
}

TEST_CASE("a corrections file that cannot be read is an error, a missing one is none",
          "[quotes][corrections]")
{
    DataFolder data;
    const auto none = warta::loadQuoteCorrections(kSha);
    REQUIRE(none.has_value());
    CHECK(none->items.empty());

    fs::create_directories(data.path / "warta" / "quote-corrections" / (kSha + ".json"));
    const auto folder = warta::loadQuoteCorrections(kSha);
    REQUIRE_FALSE(folder.has_value());
    CHECK(folder.error().message.rfind("The quote corrections file cannot be read: ", 0) == 0);
}

TEST_CASE("the data folder follows the XDG rules", "[quotes][corrections]")
{
    DataFolder data;
    CHECK(warta::quoteCorrectionsFolder() == (data.path / "warta" / "quote-corrections").string());
    ::setenv("XDG_DATA_HOME", "relative/path", 1);
    const char *home = std::getenv("HOME");
    if (home && *home)
        CHECK(warta::quoteCorrectionsFolder() ==
              (fs::path(home) / ".local" / "share" / "warta" / "quote-corrections").string());
    CHECK(warta::quoteCorrectionsPath("not-a-hash").empty());
}
