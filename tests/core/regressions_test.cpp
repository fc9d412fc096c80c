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
    auto style = warta::cite::CslStyle::fromXml(xml);
    REQUIRE(style.has_value());
    auto processor = warta::cite::CitationProcessor::create(style.value());
    REQUIRE(processor.has_value());
    auto item = warta::cite::CslItem::fromJson(R"({"id":"x","type":"book","title":"Judul"})");
    REQUIRE(item.has_value());

    const auto start = std::chrono::steady_clock::now();
    const auto citation = processor->citation(item.value(), warta::cite::OutputFormat::Text);
    REQUIRE_FALSE(citation.has_value());
    CHECK(citation.error().code == warta::ErrorCode::BadStyle);
    CHECK_FALSE(citation.error().message.empty());
    const auto entry = processor->bibliography(item.value(), warta::cite::OutputFormat::Html);
    REQUIRE_FALSE(entry.has_value());
    CHECK(entry.error().code == warta::ErrorCode::BadStyle);
    CHECK(secondsSince(start) < 10.0);
}
