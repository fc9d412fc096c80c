// The rules interpreter on pages written for each test: candidates with
// attributes and clean lists, per-field fallback, recognition, the site's
// dateline forms and its URL date rule (which no other site's page gets).
#include "dom/html_document.h"
#include "extract/extractor.h"
#include "extract/rules/rules_extractor.h"
#include "meta/page_metadata.h"
#include "sites/rules_file.h"
#include "warta/extract/extract.h"
#include "warta/load/saved_page.h"

#include <catch2/catch.hpp>

using namespace warta;

namespace {

// A site with one template, written for these tests.
constexpr const char *kRules = R"({
  "site": "Harian Contoh",
  "container_title": "HarianContoh.id",
  "title_suffixes": ["Harian Contoh"],
  "recognise": {"hosts": ["contoh.id"], "url_patterns": ["https://arsip.example.org/contoh/*"],
                "markers": ["meta[name=contoh-app]"]},
  "templates": [{
    "name": "2024", "detect": ["article.berita"],
    "fields": {
      "title": ["h1.judul"],
      "byline": [{"selector": ".penulis", "clean": [".tanggal"]}],
      "date": [{"selector": "meta[itemprop=datePublished]", "attribute": "content"}],
      "body": [".isi"],
      "tags": [".label a"]
    }
  }],
  "body_noise": [".iklan"],
  "datelines": ["HarianContoh.id, *:"],
  "url_date": "epoch-suffix"
})";

SiteRules contohRules()
{
    std::vector<std::string> problems;
    auto rules = detail::readSiteRules(kRules, "contoh.json", problems);
    REQUIRE(rules);
    rules->id = "contoh";
    return std::move(*rules);
}

std::string prose(int n)
{
    return "Kalimat " + std::to_string(n) +
           " menceritakan rapat dewan pada Selasa, perdebatan soal anggaran, jalan dan sekolah, "
           "dan keputusan yang ditunda sampai bulan depan.";
}

std::string page(const std::string &url, const std::string &body, const std::string &head = "")
{
    return "<html><head><link rel=canonical href=\"" + url +
           "\"><title>Judul Berita - Harian Contoh</title>" + head + "</head><body>" + body +
           "</body></html>";
}

struct Run {
    int score = 0;
    Expected<Article> article = fail(ErrorCode::Internal, "not run");
};

Run run(const SiteRules &rules, const std::string &html)
{
    auto saved = loadSavedBytes(html, "page.html");
    REQUIRE(saved);
    auto document = HtmlDocument::parse(saved->html);
    REQUIRE(document);
    const PageMetadata metadata = readPageMetadata(*document);
    const PageContext context{*saved, *document, metadata};
    const RulesExtractor extractor(rules);
    return {extractor.matchScore(context), extractor.extract(context)};
}

const std::string kArticle =
        "<article class=berita><h1 class=judul>Judul Berita</h1>"
        "<meta itemprop=datePublished content=\"2024-03-05T10:20:00+07:00\">"
        "<div class=penulis>Rina Wulandari <span class=tanggal>Selasa, 5 Maret 2024</span></div>"
        "<div class=isi><p>HarianContoh.id, Bandung: " +
        prose(1) + "</p><div class=iklan>Iklan</div><p>" + prose(2) +
        "</p></div><div class=label><a>Dewan</a><a>Anggaran</a></div></article>";

// Enough prose for the generic extractor to take it for an article.
std::string proseBlock()
{
    std::string html;
    for (int n = 1; n <= 5; ++n)
        html += "<p>" + prose(n) + "</p>";
    return html;
}

} // namespace

TEST_CASE("Candidates read attributes, leave out what clean names, and skip the body noise",
          "[sites][interpreter]")
{
    const SiteRules rules = contohRules();
    const Run result = run(rules, page("https://www.contoh.id/berita/judul-berita", kArticle));
    CHECK(result.score == 100);
    REQUIRE(result.article);
    const Article &article = *result.article;
    CHECK(article.site == "Harian Contoh");
    CHECK(article.layout == "2024");
    CHECK(article.title == "Judul Berita");
    REQUIRE(article.authors.size() == 1);
    CHECK(article.authors[0].name == "Rina Wulandari");
    REQUIRE(article.published);
    CHECK(article.published->epochSeconds == 1709608800);
    REQUIRE(article.paragraphs.size() == 2);
    CHECK(article.paragraphs[1].text == prose(2));
    CHECK(article.tags == std::vector<std::string>{"Dewan", "Anggaran"});
    CHECK(article.dateline == "HarianContoh.id, Bandung");
}

TEST_CASE("Pages are recognised by host, URL pattern or marker, and others declined", "[sites][interpreter]")
{
    const SiteRules rules = contohRules();
    CHECK(run(rules, page("https://daerah.contoh.id/a", kArticle)).score == 100);
    CHECK(run(rules, page("https://arsip.example.org/contoh/2024/a", kArticle)).score == 100);
    CHECK(run(rules, page("", kArticle, "<meta name=contoh-app content=1>")).score == 100);
    CHECK(run(rules, page("https://bukancontoh.id/a", kArticle)).score == 0);
    CHECK(run(rules, page("https://arsip.example.org/lain/a", kArticle)).score == 0);
}

TEST_CASE("A field the rules miss falls back to the generic reading, body included", "[sites][interpreter]")
{
    const SiteRules rules = contohRules();
    // The template is there, but neither the headline, the date nor the body container is.
    const std::string body = "<article class=berita><div class=konten><p>" + prose(1) + "</p><p>" + prose(2) +
                             "</p><p>" + prose(3) + "</p></div></article>";
    const Run result = run(
            rules, page("https://contoh.id/a", body,
                        "<meta property=\"article:published_time\" content=\"2024-03-05T10:20:00+07:00\">"));
    REQUIRE(result.article);
    CHECK(result.article->title == "Judul Berita"); // the <title> without the site's suffix
    CHECK(result.article->published);
    REQUIRE(result.article->paragraphs.size() == 3);
    CHECK(result.article->paragraphs[0].text == prose(1));
}

TEST_CASE("A page of the site in an unknown template keeps the site and says so", "[sites][interpreter]")
{
    const SiteRules rules = contohRules();
    const std::string body = "<main><h1>Judul Berita</h1>" + proseBlock() + "</main>";
    const Run result = run(rules, page("https://contoh.id/a", body));
    CHECK(result.score == 10);
    REQUIRE(result.article);
    CHECK(result.article->site == "Harian Contoh");
    CHECK(result.article->hasDiagnostic(DiagnosticCode::UnknownTemplate));
}

TEST_CASE("The URL date rule is the site's: a page without it gets no date from its URL",
          "[sites][interpreter]")
{
    const SiteRules rules = contohRules();
    const std::string undated = "<article class=berita><h1 class=judul>Judul Berita</h1><div class=isi><p>" +
                                prose(1) + "</p><p>" + prose(2) + "</p></div></article>";
    const Run mine = run(rules, page("https://contoh.id/berita/judul-berita-1709608800", undated));
    REQUIRE(mine.article);
    CHECK(mine.article->hasDiagnostic(DiagnosticCode::DateFromUrl));
    REQUIRE(mine.article->published);
    CHECK(mine.article->published->epochSeconds == 1709608800);

    // The same page on a site without rules: a ten-digit number is an id there.
    auto saved = loadSavedBytes(page("https://lain.example.com/berita/judul-berita-1709608800",
                                     "<main><h1>Judul Berita</h1>" + proseBlock() + "</main>"),
                                "page.html");
    REQUIRE(saved);
    const auto other = extractPage(*saved);
    REQUIRE(other);
    CHECK_FALSE(other->hasDiagnostic(DiagnosticCode::DateFromUrl));
    CHECK_FALSE(other->published);
}
