// Every input in tests/fixtures/regressions/ once crashed, hung or ran away
// with memory (see its README); each goes through the public API here and
// must give a sane result or a clear error, quickly.
#include "warta/cite/citation_processor.h"
#include "warta/cite/csl_style.h"
#include "warta/extract/extract.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <iterator>
#include <string>

namespace {

std::string regressionPath(const std::string &name)
{
    return std::string(WARTA_FIXTURE_DIR) + "/regressions/" + name;
}

std::string readRegression(const std::string &name)
{
    std::ifstream in(regressionPath(name), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

TEST_CASE("regression: JSON-LD nested 100,000 deep does not overflow the stack", "[regressions]")
{
    const auto start = std::chrono::steady_clock::now();
    const auto article = warta::extractFile(regressionPath("jsonld-deep-nesting.html"));
    REQUIRE(article.has_value());
    // The block's headline may or may not be used; the page's own is the same
    // page, so either is sane. The prose must be there.
    CHECK_FALSE(article->title.empty());
    REQUIRE(article->paragraphs.size() >= 2);
    CHECK(article->paragraphs[0].text.rfind("JAKARTA", 0) == 0);
    CHECK(secondsSince(start) < 10.0);
}

TEST_CASE("regression: CSL macros that fan out 2^30 times are BadStyle, quickly", "[regressions]")
{
    const std::string xml = readRegression("csl-macro-fanout.csl");
    REQUIRE_FALSE(xml.empty());
    auto style = warta::CslStyle::fromXml(xml);
    REQUIRE(style.has_value());
    auto processor = warta::CitationProcessor::create(style.value());
    REQUIRE(processor.has_value());
    auto item = warta::CslItem::fromJson(R"({"id":"x","type":"book","title":"Judul"})");
    REQUIRE(item.has_value());

    const auto start = std::chrono::steady_clock::now();
    const auto citation = processor->citation(item.value(), warta::OutputFormat::Text);
    REQUIRE_FALSE(citation.has_value());
    CHECK(citation.error().code == warta::ErrorCode::BadStyle);
    CHECK_FALSE(citation.error().message.empty());
    const auto entry = processor->bibliography(item.value(), warta::OutputFormat::Html);
    REQUIRE_FALSE(entry.has_value());
    CHECK(entry.error().code == warta::ErrorCode::BadStyle);
    CHECK(secondsSince(start) < 10.0);
}

TEST_CASE("regression: CSL-JSON date parts beyond int are no date, not undefined behaviour", "[regressions]")
{
    // fuzz_cite: a year of 2.00778e63 was converted from double to int, which
    // is undefined behaviour (UBSan: "outside the range of representable
    // values"). Numbers that do not fit an int now count as no number.
    auto items = warta::CslItem::listFromJson(readRegression("csl-date-part-out-of-range.json"));
    REQUIRE(items.has_value());
    REQUIRE(items->size() == 5);
    auto style = warta::CslStyle::fromXml(
            R"CSL(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>dates</id><title>Dates</title></info>
      <citation><layout>
        <text variable="title"/>
        <date variable="issued" prefix=" ("  suffix=")" delimiter="-">
          <date-part name="year"/><date-part name="month" form="numeric"/><date-part name="day"/>
        </date>
      </layout></citation></style>)CSL");
    REQUIRE(style.has_value());
    auto processor = warta::CitationProcessor::create(style.value());
    REQUIRE(processor.has_value());
    const char *expected[] = {"Tahun terlalu besar", "Tahun terlalu kecil", "Bulan terlalu besar",
                              "Tanggal mentah terlalu panjang (99999999999999999999)",
                              "Tanggal biasa (2019-6-27)"};
    for (std::size_t i = 0; i < items->size(); ++i) {
        INFO(expected[i]);
        const auto citation = processor->citation((*items)[i], warta::OutputFormat::Text);
        REQUIRE(citation.has_value());
        CHECK(*citation == expected[i]);
    }
}

TEST_CASE("regression: CSL numbers of twenty digits print as they are, without an exception", "[regressions]")
{
    // Found by review after the fuzzer's date finding: <number> read every
    // all-digit value with std::stol, and the Chicago page-range rule read
    // the first page with it too; past 18 digits std::stol throws, and the
    // exception ended `warta-cli cite` (IEEE, Chicago and any style with
    // <number variable="volume"/>).
    auto items = warta::CslItem::listFromJson(readRegression("csl-number-too-long.json"));
    REQUIRE(items.has_value());
    REQUIRE(items->size() == 2);
    auto style = warta::CslStyle::fromXml(
            R"CSL(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" page-range-format="chicago">
      <info><id>numbers</id><title>Numbers</title></info>
      <citation><layout delimiter="; ">
        <number variable="volume" form="ordinal" suffix=" vol."/>
        <number variable="issue" form="roman" prefix=", no. "/>
        <text variable="page" prefix=", pp. "/>
      </layout></citation></style>)CSL");
    REQUIRE(style.has_value());
    auto processor = warta::CitationProcessor::create(style.value());
    REQUIRE(processor.has_value());
    const char *expected[] = {
            "99999999999999999999999 vol., no. xii, pp. 99999999999999999999\u201399999999999999999999999",
            "3rd vol., no. xii, pp. 321\u201328"};
    for (std::size_t i = 0; i < items->size(); ++i) {
        const auto citation = processor->citation((*items)[i], warta::OutputFormat::Text);
        REQUIRE(citation.has_value());
        CHECK(*citation == expected[i]);
    }
}

TEST_CASE("regression: formatting elements re-opened in every paragraph are refused while parsing",
          "[regressions]")
{
    const auto start = std::chrono::steady_clock::now();
    const auto article = warta::extractFile(regressionPath("formatting-flood.html"));
    REQUIRE_FALSE(article.has_value());
    CHECK(article.error().code == warta::ErrorCode::LimitExceeded);
    CHECK(article.error().message.find("The page's tree grew past 64 MB while being read") == 0);
    CHECK(secondsSince(start) < 5.0);
}

TEST_CASE("regression: short texts nested deep are read once, not once per level", "[regressions]")
{
    const auto start = std::chrono::steady_clock::now();
    const auto article = warta::extractFile(regressionPath("short-text-deep-nest.html"));
    REQUIRE(article.has_value());
    CHECK(article->title == "Uji pertumbuhan");
    CHECK(article->paragraphs.size() >= 20);
    // 3 s before (21 million node visits); a tenth of a second now. Generous for a busy machine.
    CHECK(secondsSince(start) < 2.0);
}
