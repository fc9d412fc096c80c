// The diagnostic name table is a public contract: every code has one name,
// names are unique and read back, and the JSON contract lists each of them.
#include "warta/common/diagnostic.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

using warta::DiagnosticCode;

TEST_CASE("every diagnostic code has a unique name that reads back", "[common][diagnostic]")
{
    std::set<std::string_view> seen;
    for (const DiagnosticCode code : warta::allDiagnosticCodes()) {
        const std::string_view name = warta::diagnosticName(code);
        CAPTURE(name);
        CHECK(name != "unknown");
        CHECK(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string_view::npos);
        CHECK(seen.insert(name).second);
        CHECK(warta::diagnosticFromName(name) == code);
    }
    CHECK(warta::allDiagnosticCodes().size() == static_cast<std::size_t>(DiagnosticCode::PagesMissing) + 1);
    CHECK_FALSE(warta::diagnosticFromName("no-such-code"));
    CHECK(warta::diagnosticName(DiagnosticCode::DateFromUrl) == "date-from-url");
}

TEST_CASE("docs/article-json.md lists every diagnostic code", "[common][diagnostic]")
{
    std::ifstream in(WARTA_DOCS_DIR "/article-json.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    for (const DiagnosticCode code : warta::allDiagnosticCodes()) {
        const std::string quoted = "`" + std::string(warta::diagnosticName(code)) + "`";
        CAPTURE(quoted);
        CHECK(text.str().find(quoted) != std::string::npos);
    }
}
