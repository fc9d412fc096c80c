// The pipeline above the page: joining pages from Articles, the sibling finder
// that searches decoded text, and the lead image read only from the saved file.
#include "warta/extract/join_pages.h"
#include "warta/extract/loaded_page.h"
#include "warta/load/sibling_pages.h"

#include "load/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace warta;
using warta::test::TempDir;

namespace {

Article pageOf(int page, int pageCount, std::vector<std::string> texts, const std::string &path)
{
    Article article;
    article.url = "https://example.com/read/1/2/judul";
    article.page = page;
    article.pageCount = pageCount;
    article.editorInitials = "e" + std::to_string(page);
    article.source.path = path;
    for (auto &text : texts)
        article.paragraphs.push_back(
                {"p" + std::to_string(article.paragraphs.size() + 1), std::move(text), 0});
    return article;
}

// A page that says which article it belongs to, as every page of one does.
std::string pageHtml(const std::string &canonical, const std::string &body)
{
    return "<html><head><link rel=\"canonical\" href=\"" + canonical + "\"></head><body><p>" + body +
           "</p></body></html>";
}

} // namespace

TEST_CASE("joinPages: pages of one article in page order, renumbered, as one page", "[extract][join]")
{
    const Article first = pageOf(2, 3, {"dua a", "dua b"}, "/x/p2.html");
    const std::vector<Article> others = {pageOf(3, 3, {"tiga"}, "/x/p3.html"),
                                         pageOf(1, 3, {"satu"}, "/x/p1.html"),
                                         pageOf(1, 3, {"satu lagi"}, "/x/copy.html"), // page seen already
                                         pageOf(1, 2, {"lain"}, "/x/other.html")};    // another page count
    const Article joined = joinPages(first, others);
    REQUIRE(joined.paragraphs.size() == 4);
    CHECK(joined.paragraphs[0].text == "satu");
    CHECK(joined.paragraphs[1].text == "dua a");
    CHECK(joined.paragraphs[3].text == "tiga");
    CHECK(joined.paragraphs[3].id == "p4");
    CHECK(joined.page == 1);
    CHECK(joined.pageCount == 1);
    CHECK(joined.editorInitials == "e3"); // the last page's
    REQUIRE(joined.hasDiagnostic(DiagnosticCode::PagesJoined));
    CHECK(joined.diagnostics.back().subject == "p1.html, p2.html, p3.html");
    CHECK_FALSE(joined.hasDiagnostic(DiagnosticCode::PagesMissing));
}

TEST_CASE("joinPages: missing pages are named; a lone page says so", "[extract][join]")
{
    const Article gap = joinPages(pageOf(1, 3, {"satu"}, "/x/p1.html"),
                                  std::vector{pageOf(3, 3, {"tiga"}, "/x/p3.html")});
    CHECK(gap.paragraphs.size() == 2);
    CHECK(gap.hasDiagnostic(DiagnosticCode::PagesMissing));
    CHECK(gap.diagnostics.back().subject == "2");

    const Article alone = joinPages(pageOf(2, 2, {"dua"}, "/x/p2.html"), {});
    CHECK(alone.page == 2);
    CHECK(alone.hasDiagnostic(DiagnosticCode::PagesMissing));
    const Article single = joinPages(pageOf(1, 1, {"satu"}, "/x/a.html"), {});
    CHECK(single.diagnostics.empty());
}

TEST_CASE("findSiblingPages decodes before it searches: a quoted-printable MHTML page is found",
          "[extract][join]")
{
    TempDir dir;
    const std::string canonical = "https://example.com/read/16024/70/judul-panjang";
    const std::string first = dir.write("p1.html", pageHtml(canonical, "Satu."));
    // Quoted-printable breaks the URL's path with a soft line break ("=\r\n")
    // and encodes "=" itself, so the raw bytes never contain the path.
    const std::string qpHtml =
            "<html><head><link rel=3D\"canonical\" href=3D\"https://example.com/read/160=\r\n"
            "24/70/judul-panjang\"></head><body><p>Dua.</p></body></html>";
    dir.write("p2.mhtml", "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
                          "--b\r\nContent-Type: text/html; charset=utf-8\r\n"
                          "Content-Transfer-Encoding: quoted-printable\r\n"
                          "Content-Location: https://example.com/read/16024/70/judul-panjang?page=2\r\n\r\n" +
                                  qpHtml + "\r\n--b--\r\n");
    dir.write("unrelated.html", pageHtml("https://example.com/read/9/9/lain", "Lain."));
    auto saved = loadSavedFile(first);
    REQUIRE(saved);
    const auto found = findSiblingPages(*saved, "/read/16024/70/judul-panjang");
    REQUIRE(found.size() == 1);
    CHECK(std::filesystem::path(found[0].source.path).filename() == "p2.mhtml");
    CHECK(found[0].source.container == Container::Mhtml);
}

TEST_CASE("leadImageBytes reads only inside the page's folder", "[extract][image]")
{
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "Judul_files");
    dir.write("Judul_files/foto utama.jpg", "JPEGBYTES");
    dir.write("secret.txt", "SECRET");
    LoadedPage page;
    page.directory = (dir.path() / "Judul_files").string();
    page.article.leadImage = LeadImage{"https://example.com/foto.jpg", std::nullopt, "foto%20utama.jpg", {}};
    CHECK(leadImageBytes(page) == std::optional<std::string>("JPEGBYTES"));
    page.article.leadImage->local = "../secret.txt"; // out of the folder
    CHECK_FALSE(leadImageBytes(page));
    page.article.leadImage->local = (dir.path() / "secret.txt").string(); // absolute, elsewhere
    CHECK_FALSE(leadImageBytes(page));

    // SingleFile's data: URI and an MHTML part are the other two places.
    page.article.leadImage =
            LeadImage{"https://example.com/foto.jpg", std::nullopt, "data:", "data:image/png;base64,UE5H"};
    CHECK(leadImageBytes(page) == std::optional<std::string>("PNG"));
    page.article.leadImage = LeadImage{"https://example.com/foto.jpg", std::nullopt, std::nullopt, {}};
    page.resources.push_back({"https://example.com/foto.jpg", "image/jpeg", "PART"});
    CHECK(leadImageBytes(page) == std::optional<std::string>("PART"));
    CHECK_FALSE(leadImageBytes(page, 2)); // over the size limit
}
