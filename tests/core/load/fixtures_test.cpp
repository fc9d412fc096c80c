#include "warta/common/sha256.h"
#include "warta/load/saved_page.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace warta;
namespace fs = std::filesystem;

namespace {

const fs::path kSindonews = fs::path(WARTA_FIXTURE_DIR) / "sindonews";

std::vector<std::string> savedPages()
{
    std::vector<std::string> paths;
    for (const auto &entry : fs::recursive_directory_iterator(kSindonews)) {
        const auto ext = entry.path().extension();
        if (entry.is_regular_file() && (ext == ".html" || ext == ".mhtml"))
            paths.push_back(entry.path().string());
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool contains(const std::string &name, const std::string &part)
{
    return name.find(part) != std::string::npos;
}

Container expectedContainer(const std::string &stem)
{
    if (contains(stem, "-mhtml"))
        return Container::Mhtml;
    if (contains(stem, "-singlefile"))
        return Container::SingleFile;
    return Container::Html;
}

// Characters outside ASCII, counted as UTF-8 lead bytes.
std::size_t nonAsciiChars(const std::string &utf8)
{
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0xc0;
    }));
}

} // namespace

TEST_CASE("there are SINDOnews fixtures of every container", "[load][fixtures]")
{
    const auto paths = savedPages();
    CHECK(paths.size() >= 30);
    for (const char *variant :
         {"-mhtml", "-singlefile", "-cp1252", "-chrome-complete", "-chrome-html-only"}) {
        INFO(variant);
        CHECK(std::any_of(paths.begin(), paths.end(),
                          [&](const std::string &p) { return contains(p, variant); }));
    }
}

TEST_CASE("every SINDOnews fixture loads with the right container, charset and saved-from URL",
          "[load][fixtures]")
{
    const std::string path = GENERATE(from_range(savedPages()));
    const fs::path file(path);
    const std::string stem = file.stem().string();
    INFO(path);
    auto page = loadSavedFile(path);
    REQUIRE(page.has_value());

    const std::string raw = readAll(file);
    CHECK(page->source.path == path);
    CHECK(page->source.bytes == raw.size());
    CHECK(page->source.sha256 == sha256Hex(raw));
    CHECK(page->source.container == expectedContainer(stem));
    CHECK(page->source.encoding == (contains(stem, "-cp1252") ? "windows-1252" : "UTF-8"));
    CHECK(page->directory == fs::absolute(file).parent_path().string());
    CHECK(page->html.find("\xef\xbf\xbd") == std::string::npos);
    CHECK(page->html.find("</html>") != std::string::npos);

    const fs::path expectedPath = file.parent_path() / (stem + ".expected.json");
    if (fs::exists(expectedPath)) {
        const auto expected = nlohmann::json::parse(readAll(expectedPath));
        const auto &url = expected.at("saved_from_url");
        if (url.is_null())
            CHECK_FALSE(page->savedFromUrl.has_value());
        else
            CHECK(page->savedFromUrl == std::optional<std::string>(url.get<std::string>()));
    }
    if (page->source.container != Container::Html)
        CHECK(page->source.savedAt.has_value());
    if (page->source.container == Container::Mhtml)
        CHECK_FALSE(page->resources.empty());
}

TEST_CASE("windows-1252 fixtures come out as the right UTF-8 characters", "[load][fixtures]")
{
    const fs::path dir = kSindonews / "reconstructed";
    const fs::path path = dir / "g4-menag-bp-haji-bpkh-datangi-kpk-cp1252.html";
    auto page = loadSavedFile(path.string());
    REQUIRE(page.has_value());
    const std::string &html = page->html;

    // One character per byte above 0x7F in the file, none lost or doubled.
    const std::string raw = readAll(path);
    const auto highBytes = static_cast<std::size_t>(std::count_if(
            raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
    CHECK(nonAsciiChars(html) == highBytes);

    const auto expected =
            nlohmann::json::parse(readAll(dir / "g4-menag-bp-haji-bpkh-datangi-kpk-cp1252.expected.json"));
    const std::string quote = expected.at("quotes").at(0).at("text").get<std::string>();
    CHECK(contains(html, "\u201c" + quote.substr(0, 8)));                  // “Hari ini
    CHECK(contains(html, "korupsi,\u201d kata"));                          // ”
    CHECK(contains(html, "<strong>JAKARTA</strong> \u2013\u00a0Menteri")); // – and a no-break space
    CHECK(contains(html, "loading\u2026"));                                // …

    auto older = loadSavedFile((dir / "g1a-pelapor-ketua-dpr-emak-emak-rewel-cp1252.html").string());
    REQUIRE(older.has_value());
    CHECK(older->source.encoding == "windows-1252");
    CHECK(contains(older->html, "<strong>JAKARTA</strong> -\u00a0Sejumlah"));
}

TEST_CASE("the cp1252 and UTF-8 saves of one article decode to the same text", "[load][fixtures]")
{
    // The same article saved as UTF-8 and re-encoded as windows-1252: the body
    // paragraph with curly quotes must decode identically from both.
    const fs::path dir = kSindonews / "reconstructed";
    auto cp1252 = loadSavedFile((dir / "g4-menag-bp-haji-bpkh-datangi-kpk-cp1252.html").string());
    auto utf8 = loadSavedFile((dir / "g4-menag-bp-haji-bpkh-datangi-kpk.html").string());
    REQUIRE(cp1252.has_value());
    REQUIRE(utf8.has_value());
    const std::string marker = "Adapun audiensi membahas";
    const auto a = cp1252->html.find(marker);
    const auto b = utf8->html.find(marker);
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    // Up to the paragraph's last words: the two files differ in line ends.
    const std::string last = "(23/1/2025).";
    const auto endA = cp1252->html.find(last, a);
    const auto endB = utf8->html.find(last, b);
    REQUIRE(endA != std::string::npos);
    REQUIRE(endB != std::string::npos);
    CHECK(cp1252->html.substr(a, endA - a) == utf8->html.substr(b, endB - b));
}
