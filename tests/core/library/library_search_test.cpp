// Search, facets, people and quotes over articles written for the test.

#include "library_test_support.h"

#include <catch2/catch.hpp>

using namespace warta;
using warta::test::handMadeArticle;
using warta::test::quoteOf;

namespace {

// Three articles on two sites, with quotes of two people under varied forms.
void fill(Library &library)
{
    Article village = handMadeArticle("Pemprov Wujudkan Internet Masuk Desa",
                                      {"PALEMBANG - Pemerintah provinsi menyiapkan jaringan.",
                                       "\"Semua desa harus tersambung internet,\" kata Herman Dani.",
                                       "Program berlanjut hingga akhir tahun."},
                                      "https://www.example.id/read/1/internet-masuk-desa/", "2019-06-27");
    village.site = "SINDOnews";
    village.authors = {{"Ardi Pratama", AuthorRole::Reporter}};
    village.tags = {"Internet", "Desa"};
    village.quotes = {quoteOf("Semua desa harus tersambung internet,", "Herman Dani", 1)};

    Article port = handMadeArticle("Pelabuhan Baru Dibuka",
                                   {"Kapal pertama bersandar pagi ini.",
                                    "\"Pelabuhan ini membuka desa pesisir,\" ujar HERMAN DANI.",
                                    "\"Kami siap,\" kata Sari Wulan."},
                                   "https://kabar.example.id/pelabuhan", "2021-03-02");
    port.site = "Kabar Contoh";
    port.tags = {"internet"};
    port.quotes = {quoteOf("Pelabuhan ini membuka desa pesisir,", "HERMAN DANI", 1),
                   quoteOf("Kami siap,", "Sari Wulan", 2)};

    Article cafe =
            handMadeArticle("Kafe di Kota Tua", {"Sebuah café baru menarik pengunjung."}, {}, "2021-07-15");
    cafe.site = "Kabar Contoh";

    for (const Article *article : {&village, &port, &cafe})
        REQUIRE(library.addExtracted(*article));
}

// A scratch library holding the three articles of fill().
struct FilledLibrary {
    test::ScratchLibrary scratch;
    Library library = scratch.open();
    FilledLibrary() { fill(library); }
};

SearchQuery words(const std::string &text)
{
    SearchQuery query;
    query.text = text;
    return query;
}

} // namespace

TEST_CASE("search: ranked hits with the paragraph and highlighted words", "[library]")
{
    FilledLibrary filled;
    Library &library = filled.library;

    auto found = library.search(words("tersambung internet"));
    REQUIRE(found);
    REQUIRE(found->total == 1);
    const SearchHit &hit = found->hits.at(0);
    CHECK(hit.article.title == "Pemprov Wujudkan Internet Masuk Desa");
    CHECK(hit.kind == SearchHit::Kind::Paragraph);
    CHECK(hit.paragraph == 1);
    REQUIRE(hit.highlights.size() == 2);
    CHECK(hit.snippet.substr(hit.highlights[0].begin, hit.highlights[0].end - hit.highlights[0].begin) ==
          "tersambung");

    // A title word ranks its article first.
    auto desa = library.search(words("desa"));
    REQUIRE(desa);
    CHECK(desa->total == 2);
    CHECK(desa->hits.at(0).article.title == "Pemprov Wujudkan Internet Masuk Desa");
}

TEST_CASE("search: phrases, prefixes, accents and exclusions", "[library]")
{
    FilledLibrary filled;
    Library &library = filled.library;
    const auto count = [&](const std::string &text) {
        auto found = library.search(words(text));
        REQUIRE(found);
        return found->total;
    };
    CHECK(count(R"("masuk desa")") == 1);
    CHECK(count(R"("desa masuk")") == 0);
    CHECK(count("pelab*") == 1);
    CHECK(count("cafe") == 1); // "café" in the text
    CHECK(count("CAFÉ") == 1);
    CHECK(count("desa -pelabuhan") == 1);
    CHECK(count("kapal ( ) :") == 1); // brackets and colons are nothing, not syntax
    CHECK(count("") == 0);

    SearchQuery typing = words("pelabuhan bar");
    typing.asYouType = true;
    auto found = library.search(typing);
    REQUIRE(found);
    CHECK(found->total == 1);
}

TEST_CASE("search as you type completes the word from the library's words", "[library]")
{
    FilledLibrary filled;
    Library &library = filled.library;
    SearchQuery typing = words("tersam");
    typing.asYouType = true;
    auto found = library.search(typing);
    REQUIRE(found);
    REQUIRE(found->total == 1);
    const SearchHit &hit = found->hits.at(0);
    REQUIRE(hit.highlights.size() == 1);
    CHECK(hit.snippet.substr(hit.highlights[0].begin, hit.highlights[0].end - hit.highlights[0].begin) ==
          "tersambung");
    // A start no word has finds nothing, quickly.
    typing.text = "zzyzx";
    CHECK(library.search(typing)->total == 0);
    // Accents fold in completions too: "CAF" completes to "cafe".
    typing.text = "CAF";
    CHECK(library.search(typing)->total == 1);
    CHECK(library.facets(typing)->sites.size() == 1);
}

TEST_CASE("search: filters by site, tag, author and date", "[library]")
{
    FilledLibrary filled;
    Library &library = filled.library;
    SearchQuery query = words("desa");
    query.filter.site = "kabar contoh";
    CHECK(library.search(query)->total == 1);
    query.filter = {};
    query.filter.tag = "INTERNET"; // tags fold like words
    CHECK(library.search(query)->total == 2);
    query.filter = {};
    query.filter.author = "pratama";
    CHECK(library.search(query)->total == 1);
    query.filter = {};
    query.filter.from = "2020";
    CHECK(library.search(query)->total == 1);
    query.filter.to = "2020-12";
    CHECK(library.search(query)->total == 0);
    query.filter = {};
    query.filter.to = "2019-06-27";
    CHECK(library.search(query)->total == 1);

    query.filter.from = "27/06/2019";
    auto refused = library.search(query);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
}

TEST_CASE("quotes: one person under several forms, with their quotes", "[library]")
{
    FilledLibrary filled;
    Library &library = filled.library;

    auto people = library.speakers();
    REQUIRE(people);
    REQUIRE(people->size() == 2);
    const LibraryPerson &most = people->front();
    CHECK(most.quoteCount == 2);
    CHECK(most.articleCount == 2);
    CHECK(most.forms == std::vector<std::string>{"HERMAN DANI", "Herman Dani"});
    CHECK(most.firstDay == "2019-06-27");
    CHECK(most.lastDay == "2021-03-02");

    auto quotes = library.quotesOf("herman dani");
    REQUIRE(quotes);
    REQUIRE(quotes->size() == 2);
    CHECK(quotes->front().article.title == "Pelabuhan Baru Dibuka"); // newest first
    CHECK(quotes->front().paragraph == 1);
    // A surname alone finds the person; part of a word does not.
    CHECK(library.quotesOf("Dani")->size() == 2);
    CHECK(library.quotesOf("Dan")->empty());

    SearchQuery inQuotes = words("desa");
    inQuotes.quotesOnly = true;
    auto found = library.search(inQuotes);
    REQUIRE(found);
    CHECK(found->total == 2);
    CHECK(found->hits.at(0).kind == SearchHit::Kind::Quote);
    inQuotes.filter.speaker = "Sari Wulan";
    CHECK(library.search(inQuotes)->total == 0);
    inQuotes.text.clear();
    auto all = library.search(inQuotes);
    REQUIRE(all);
    REQUIRE(all->total == 1);
    CHECK(all->hits.at(0).speaker == "Sari Wulan");
}

TEST_CASE("facets count the articles a search finds", "[library]")
{
    FilledLibrary filled;
    Library &library = filled.library;
    auto facets = library.facets(words("desa"));
    REQUIRE(facets);
    REQUIRE(facets->sites.size() == 2);
    CHECK(facets->years.size() == 2);
    REQUIRE_FALSE(facets->speakers.empty());
    CHECK(facets->speakers.front().count == 2);
    auto everything = library.facets(SearchQuery{});
    REQUIRE(everything);
    CHECK(everything->sites.front().value == "Kabar Contoh");
    CHECK(everything->sites.front().count == 2);
}

TEST_CASE("the article list comes in pages, in the order asked", "[library]")
{
    FilledLibrary filled;
    Library &library = filled.library;
    CHECK(library.articleCount({}).value() == 3);
    auto newest = library.articles({}, ArticleOrder::Newest, 0, 2);
    REQUIRE(newest);
    REQUIRE(newest->size() == 2);
    CHECK(newest->at(0).title == "Kafe di Kota Tua");
    auto rest = library.articles({}, ArticleOrder::Newest, 2, 2);
    REQUIRE(rest->size() == 1);
    CHECK(rest->at(0).published->toIso8601() == "2019-06-27T10:00:00+07:00");
    auto byQuotes = library.articles({}, ArticleOrder::Quotes, 0, 1);
    CHECK(byQuotes->at(0).quoteCount == 2);
    LibraryFilter site;
    site.site = "SINDOnews";
    CHECK(library.articleCount(site).value() == 1);
    auto item = library.cslJson(newest->at(0).id);
    REQUIRE(item);
    CHECK(item->find("\"Kafe di Kota Tua\"") != std::string::npos);
}
