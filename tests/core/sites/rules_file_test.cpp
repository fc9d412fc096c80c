// A rules file is input: every problem is a sentence naming the file, the
// line and the field, and the file is skipped whole.
#include "sites/json_positions.h"
#include "sites/rules_file.h"

#include <catch2/catch.hpp>

using namespace warta;

namespace {

struct Read {
    std::optional<SiteRules> rules;
    std::vector<std::string> problems;
};

Read readRules(const std::string &text)
{
    Read read;
    read.rules = detail::readSiteRules(text, "mysite.json", read.problems);
    return read;
}

bool mentions(const std::vector<std::string> &problems, const std::string &part)
{
    for (const auto &problem : problems) {
        if (problem.find(part) != std::string::npos)
            return true;
    }
    return false;
}

std::string allOf(const std::vector<std::string> &problems)
{
    std::string joined;
    for (const auto &problem : problems)
        joined += problem + "\n";
    return joined;
}

} // namespace

TEST_CASE("A rules file with comments and one page shape loads and compiles", "[sites][rules]")
{
    const auto read = readRules(R"(// Harian Contoh, a paper written for this test
{
  "site": "Harian Contoh", /* as articles name it */
  "recognise": {"hosts": ["contoh.co.id"]},
  "fields": {
    "title": ["h1.judul"],
    "date": [{"selector": "meta[itemprop=datePublished]", "attribute": "content"}],
    "byline": [{"selector": ".penulis", "clean": [".tanggal"]}]
  }
})");
    INFO(allOf(read.problems));
    REQUIRE(read.rules);
    CHECK(read.problems.empty());
    CHECK(read.rules->name == "Harian Contoh");
    CHECK(read.rules->containerTitle == "Harian Contoh");
    REQUIRE(read.rules->templates.size() == 1);
    CHECK(read.rules->templates[0].detect.empty());
    REQUIRE(read.rules->fields.date.size() == 1);
    CHECK(read.rules->fields.date[0].attribute == "content");
    CHECK(read.rules->fields.byline[0].clean.has_value());
}

TEST_CASE("A template's empty field takes the site's list", "[sites][rules]")
{
    const auto read = readRules(R"({
  "site": "S", "recognise": {"hosts": ["s.id"]},
  "fields": {"tags": [".tag a"], "title": ["h1"]},
  "templates": [{"name": "baru", "detect": [".baru"], "fields": {"title": ["h1.baru"]}}]
})");
    REQUIRE(read.rules);
    const auto &shape = read.rules->templates[0];
    CHECK(fieldOf(*read.rules, shape, &FieldRules::title)[0].selectorText == "h1.baru");
    CHECK(fieldOf(*read.rules, shape, &FieldRules::tags)[0].selectorText == ".tag a");
}

TEST_CASE("A syntax error names the file and its line", "[sites][rules]")
{
    const auto read = readRules(
            "{\n  \"site\": \"S\",\n  \"recognise\": {\"hosts\": [\"s.id\"]\n  \"fields\": {}\n}\n");
    CHECK_FALSE(read.rules);
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0].starts_with("mysite.json, line 4, "));
    CHECK(mentions(read.problems, "is not valid JSON"));
}

TEST_CASE("An unknown field names its line and the fields allowed there", "[sites][rules]")
{
    const auto read = readRules("{\n  \"site\": \"S\",\n  \"recognise\": {\n    \"hosts\": [\"s.id\"],\n"
                                "    \"hostz\": [\"t.id\"]\n  }\n}\n");
    CHECK_FALSE(read.rules);
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0] ==
          "mysite.json, line 5, field \"recognise.hostz\": unknown field; the fields here are hosts, "
          "url_patterns, site_names, markers.");
}

TEST_CASE("A wrong type names the field and what it must be", "[sites][rules]")
{
    const auto read = readRules("{\"site\": \"S\", \"recognise\": {\"hosts\": [\"s.id\"]},\n"
                                "\"title_suffixes\": \"S.com\"}");
    CHECK_FALSE(read.rules);
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0] ==
          "mysite.json, line 2, field \"title_suffixes\": must be a list of strings, not a string.");
}

TEST_CASE("A selector that does not parse says why and where", "[sites][rules]")
{
    const auto read = readRules(R"({
  "site": "S", "recognise": {"hosts": ["s.id"]},
  "templates": [
    {"name": "a", "detect": ["h1"],
     "fields": {"title": ["h1",
                          "h1..judul"]}}
  ]
})");
    CHECK_FALSE(read.rules);
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0] ==
          "mysite.json, line 6, field \"templates[0].fields.title[1]\": the selector "
          "\"h1..judul\" does not parse: a class name is missing after '.' at character 4.");
}

TEST_CASE("Every problem of a file is reported, not only the first", "[sites][rules]")
{
    const auto read = readRules(R"({
  "recognise": {"hosts": ["https://s.id/"]},
  "url_date": "yyyy/mm/dd",
  "colour": "red"
})");
    CHECK_FALSE(read.rules);
    CHECK(mentions(read.problems, "line 1, field \"(the file)\": a rules file needs \"site\""));
    CHECK(mentions(read.problems, "line 2, field \"recognise.hosts[0]\": \"https://s.id/\" is not a host"));
    CHECK(mentions(read.problems,
                   "line 3, field \"url_date\": \"yyyy/mm/dd\" is no URL date rule; the rules are "
                   "\"epoch-suffix\""));
    CHECK(mentions(read.problems, "line 4, field \"colour\": unknown field"));
}

TEST_CASE("A body candidate cannot read an attribute", "[sites][rules]")
{
    const auto read = readRules(R"({"site": "S", "recognise": {"hosts": ["s.id"]},
 "fields": {"body": [{"selector": "article", "attribute": "content"}]}})");
    CHECK_FALSE(read.rules);
    CHECK(mentions(read.problems, "field \"fields.body[0].attribute\": this field is read from elements"));
}

TEST_CASE("A file that recognises nothing, or is not an object, is refused", "[sites][rules]")
{
    CHECK(mentions(readRules(R"({"site": "S", "recognise": {}})").problems,
                   "field \"recognise\": names no host, URL pattern, site name or marker"));
    CHECK(mentions(readRules(R"({"site": "S"})").problems, "a rules file needs \"recognise\""));
    CHECK(mentions(readRules(R"(["site"])").problems, "must be an object"));
    CHECK(mentions(readRules("").problems, "is not valid JSON"));
}

TEST_CASE("Value offsets follow keys, array items and comments", "[sites][rules]")
{
    const std::string text =
            "{\n  // a comment with \"quotes\" and [brackets]\n  \"a\": [1,\n   {\"b\": \"x]\"}],\n"
            "  \"c\": {}\n}";
    const auto offsets = detail::jsonValueOffsets(text);
    CHECK(detail::lineOfOffset(text, offsets.at("/a")) == 3);
    CHECK(detail::lineOfOffset(text, offsets.at("/a/0")) == 3);
    CHECK(detail::lineOfOffset(text, offsets.at("/a/1/b")) == 4);
    CHECK(detail::lineOfOffset(text, offsets.at("/c")) == 5);
}

TEST_CASE("A hostile rules file ends in a sentence, not a crash", "[sites][rules]")
{
    // 100,000 nested lists where a candidate should be.
    const std::string deep =
            std::string(R"({"site": "S", "recognise": {"hosts": ["s.id"]}, "fields": {"title": )") +
            std::string(100000, '[') + std::string(100000, ']') + "}}";
    const auto nested = readRules(deep);
    CHECK_FALSE(nested.rules);
    CHECK(mentions(nested.problems, "field \"fields.title[0]\": must be a selector string"));
    // Bytes that are no JSON at all, and a NUL in the middle.
    CHECK(mentions(readRules(std::string("{\"site\": \"S\0\"}", 14)).problems, "is not valid JSON"));
    CHECK(mentions(readRules("\x89PNG\r\n\x1a\n").problems, "is not valid JSON"));
}
