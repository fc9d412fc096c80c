#include "load/meta_prescan.h"

#include <catch2/catch.hpp>

#include <string>

using warta::charsetFromContentType;
using warta::prescanMetaCharset;

namespace {

std::string prescan(const std::string &html)
{
    auto found = prescanMetaCharset(html);
    return found ? found->encoding : std::string("(none)");
}

} // namespace

TEST_CASE("prescan finds <meta charset> quoted, unquoted and in any case", "[load][prescan]")
{
    CHECK(prescan(R"(<html><head><meta charset="windows-1252"><title>x</title>)") == "windows-1252");
    CHECK(prescan("<META CHARSET=UTF-8>") == "UTF-8");
    CHECK(prescan("<meta charset='koi8-r'>") == "KOI8-R");
    CHECK(prescan("<meta\tcharset = \"utf-8\" />") == "UTF-8");
    CHECK(prescan("<meta/charset=utf-8>") == "UTF-8");
}

TEST_CASE("prescan reads http-equiv Content-Type with the attributes in any order", "[load][prescan]")
{
    CHECK(prescan(R"(<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">)") ==
          "windows-1252");
    CHECK(prescan(R"(<meta content="text/html; charset=ISO-8859-2" http-equiv="content-type">)") ==
          "ISO-8859-2");
    CHECK(prescan(R"(<meta content='text/html;charset="utf-8"' http-equiv=Content-Type>)") == "UTF-8");
    // A content charset without the pragma is no declaration.
    CHECK(prescan(R"(<meta content="text/html; charset=windows-1252">)") == "(none)");
    CHECK(prescan(R"(<meta http-equiv="refresh" content="5; charset=windows-1252">)") == "(none)");
}

TEST_CASE("prescan applies the WHATWG overrides", "[load][prescan]")
{
    CHECK(prescan("<meta charset=iso-8859-1>") == "windows-1252");
    CHECK(prescan("<meta charset=us-ascii>") == "windows-1252");
    CHECK(prescan("<meta charset=latin1>") == "windows-1252");
    CHECK(prescan("<meta charset=utf-16>") == "UTF-8");
    CHECK(prescan("<meta charset=utf-16be>") == "UTF-8");
    CHECK(prescan("<meta charset=x-user-defined>") == "windows-1252");
}

TEST_CASE("prescan skips comments, other tags' attributes and unknown labels", "[load][prescan]")
{
    CHECK(prescan("<!-- <meta charset=windows-1252> --><meta charset=utf-8>") == "UTF-8");
    CHECK(prescan("<!--<meta charset=windows-1252>-->") == "(none)");
    // "<!-->" closes at once, so the meta after it counts.
    CHECK(prescan("<!--><meta charset=windows-1252>") == "windows-1252");
    CHECK(prescan(R"(<div title="<meta charset=windows-1252>"><meta charset=utf-8>)") == "UTF-8");
    CHECK(prescan("<!DOCTYPE html><?xml version=1.0?><meta charset=koi8-r>") == "KOI8-R");
    CHECK(prescan("<meta charset=no-such-charset><meta charset=windows-1252>") == "windows-1252");
    CHECK(prescan("<metadata charset=windows-1252>") == "(none)");
    // The first attribute of a name wins.
    CHECK(prescan("<meta charset=windows-1252 charset=utf-8>") == "windows-1252");
}

TEST_CASE("prescan looks only at the first 1024 bytes", "[load][prescan]")
{
    const std::string early = std::string(900, ' ') + "<meta charset=windows-1252>";
    const std::string late = std::string(1100, ' ') + "<meta charset=windows-1252>";
    CHECK(prescan(early) == "windows-1252");
    CHECK(prescan(late) == "(none)");
}

TEST_CASE("charsetFromContentType follows the extraction algorithm", "[load][prescan]")
{
    CHECK(charsetFromContentType("text/html; charset=UTF-8") == std::optional<std::string>("UTF-8"));
    CHECK(charsetFromContentType("text/html;charset = 'koi8-r' ") == std::optional<std::string>("koi8-r"));
    CHECK(charsetFromContentType("text/html; charset=utf-8; foo=bar") == std::optional<std::string>("utf-8"));
    CHECK_FALSE(charsetFromContentType("text/html"));
    CHECK_FALSE(charsetFromContentType("text/html; charset=\"utf-8"));
    CHECK(charsetFromContentType("charsetx; charset=big5") == std::optional<std::string>("big5"));
}
