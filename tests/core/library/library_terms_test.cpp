// The reader's search words, folding, matching and snippets: no database.

#include "library/search_terms.h"
#include "library/snippets.h"
#include "library/text_fold.h"

#include <catch2/catch.hpp>

using namespace warta::library;

TEST_CASE("folding: case, accents and punctuation aside", "[library]")
{
    CHECK(foldKey("  Herman  Deru, S.H. ") == "herman deru s h");
    CHECK(foldKey("DÉSA Ñusantara") == "desa nusantara");
    CHECK(foldKey("Covid-19") == "covid 19");
    CHECK(foldKey("“!!”") == "");
}

TEST_CASE("search words: words, phrases, prefixes, exclusions", "[library]")
{
    const auto terms = parseSearchTerms(R"(internet "masuk desa" jar* -kota)", false);
    REQUIRE(terms.size() == 4);
    CHECK(terms[0].words == std::vector<std::string>{"internet"});
    CHECK(terms[1].words == std::vector<std::string>{"masuk", "desa"});
    CHECK(terms[2].prefix);
    CHECK(terms[3].excluded);
    CHECK(ftsExpression(terms) == R"(("internet" AND "masuk desa" AND "jar"*) NOT "kota")");
}

TEST_CASE("search words: no text is ever a syntax error", "[library]")
{
    // FTS5 operators and stray quotes are words or nothing, never syntax.
    CHECK(ftsExpression(parseSearchTerms(R"(AND OR NOT ( ) " NEAR)", false)) ==
          R"("and" AND "or" AND "not" AND "near")");
    CHECK(ftsExpression(parseSearchTerms(R"("unclosed phrase)", false)) == R"("unclosed phrase")");
    CHECK(ftsExpression(parseSearchTerms("-only -exclusions", false)).empty());
    CHECK(ftsExpression(parseSearchTerms("  ", false)).empty());
    CHECK(ftsExpression(parseSearchTerms("*", false)).empty());
}

TEST_CASE("search words as you type: the unfinished word is a prefix", "[library]")
{
    CHECK(ftsExpression(parseSearchTerms("internet mas", true)) == R"("internet" AND "mas"*)");
    CHECK(ftsExpression(parseSearchTerms("internet ", true)) == R"("internet")");
    // One or two letters would match nearly every word: they stay a word until the third.
    CHECK(ftsExpression(parseSearchTerms("internet ma", true)) == R"("internet" AND "ma")");
    CHECK(ftsExpression(parseSearchTerms("m", true)) == R"("m")");
    CHECK(ftsExpression(parseSearchTerms("\"masuk de", true)) == R"("masuk de")");
}

TEST_CASE("matching places phrases and prefixes in a text", "[library]")
{
    const std::string text = "Program Internet Masuk Désa dimulai; masuklah.";
    const auto terms = parseSearchTerms(R"("masuk desa" masuk*)", false);
    const auto matches = matchTerms(terms, foldedTokens(text));
    REQUIRE(matches.size() == 2);
    CHECK(text.substr(matches[0].begin, matches[0].end - matches[0].begin) == "Masuk Désa");
    CHECK(text.substr(matches[1].begin, matches[1].end - matches[1].begin) == "masuklah");
}

TEST_CASE("snippets: the paragraph with the most terms, cut around them", "[library]")
{
    const auto terms = parseSearchTerms("jaringan desa", false);
    std::string longParagraph;
    for (int i = 0; i < 40; ++i)
        longParagraph += "kata pengisi ";
    longParagraph += "jaringan sampai ke desa terpencil";
    for (int i = 0; i < 40; ++i)
        longParagraph += " kata pengisi";
    const std::string body = "Desa pertama disebut.\n" + longParagraph + "\nPenutup.";
    const auto placed = placeSnippet(terms, "Judul lain", body);
    CHECK(placed.paragraph == 1);
    CHECK(placed.text.rfind("\xE2\x80\xA6", 0) == 0);
    REQUIRE(placed.highlights.size() == 2);
    const auto &first = placed.highlights[0];
    CHECK(placed.text.substr(first.begin, first.end - first.begin) == "jaringan");
    CHECK(placed.text.size() < longParagraph.size());

    // Only the title holds the words: the hit is the title.
    const auto title =
            placeSnippet(parseSearchTerms("gubernur", false), "Gubernur Meresmikan", "Isi berita.");
    CHECK(title.paragraph == -1);
    REQUIRE(title.highlights.size() == 1);
}
