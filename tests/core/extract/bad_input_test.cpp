// Every kind of bad input gets a clear error or a usable article: never a
// crash, a hang or garbage.
#include "warta/extract/extract.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace fs = std::filesystem;

namespace {

class TempFolder {
public:
    TempFolder() : m_path(fs::temp_directory_path() / ("warta-bad-input-" + std::to_string(::getpid())))
    {
        fs::create_directories(m_path);
    }
    ~TempFolder() { fs::remove_all(m_path); }
    fs::path write(const std::string &name, const std::string &bytes) const
    {
        const fs::path path = m_path / name;
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }
    const fs::path &path() const { return m_path; }

private:
    fs::path m_path;
};

warta::ErrorCode errorOf(const fs::path &path)
{
    const auto article = warta::extractFile(path.string());
    REQUIRE_FALSE(article.has_value());
    CHECK_FALSE(article.error().message.empty());
    return article.error().code;
}

std::string readFixture(const std::string &relative)
{
    std::ifstream in(fs::path(WARTA_FIXTURE_DIR) / relative, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

const std::string kSample = "sindonews/reconstructed/g2-legacy-pemprov-sumsel-internet-masuk-desa.html";

} // namespace

TEST_CASE("Missing files, folders and empty files are refused by kind", "[extract][bad-input]")
{
    TempFolder folder;
    CHECK(errorOf(folder.path() / "no-such-page.html") == warta::ErrorCode::NotFound);
    CHECK(errorOf(folder.path()) == warta::ErrorCode::NotAFile);
    CHECK(errorOf(folder.write("empty.html", "")) == warta::ErrorCode::EmptyFile);
    CHECK(errorOf(folder.write("blank.html", " \n\t\r\n ")) == warta::ErrorCode::EmptyFile);
}

TEST_CASE("Binary files are not taken for web pages", "[extract][bad-input]")
{
    TempFolder folder;
    const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", 25);
    const std::string zip("PK\x03\x04\x14\0\0\0\x08\0", 10);
    CHECK(errorOf(folder.write("image.html", png)) == warta::ErrorCode::NotHtml);
    CHECK(errorOf(folder.write("document.html", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")) ==
          warta::ErrorCode::NotHtml);
    CHECK(errorOf(folder.write("archive.html", zip + std::string(200, '\0'))) == warta::ErrorCode::NotHtml);
}

TEST_CASE("A page that is not an article says so", "[extract][bad-input]")
{
    const fs::path homepage =
            fs::path(WARTA_FIXTURE_DIR) /
            "sindonews/real/non-article/sindonews-www-homepage-2024-09-saved-by-browser.html";
    CHECK(errorOf(homepage) == warta::ErrorCode::NotAnArticle);
    TempFolder folder;
    CHECK(errorOf(folder.write("tiny.html", "<html><body><p>Halo.</p></body></html>")) ==
          warta::ErrorCode::NotAnArticle);
}

TEST_CASE("Truncated HTML still gives the article's first part", "[extract][bad-input]")
{
    const std::string page = readFixture(kSample);
    const auto cut = page.find("Selain berorientasi");
    REQUIRE(cut != std::string::npos);
    TempFolder folder;
    const auto article =
            warta::extractFile(folder.write("truncated.html", page.substr(0, cut + 40)).string());
    REQUIRE(article.has_value());
    CHECK(article->title == "Pemprov Sumsel Segera Wujudkan Internet Masuk Desa");
    REQUIRE(article->paragraphs.size() == 5);
    CHECK(article->paragraphs[4].text.starts_with("Selain berorientasi pada profit"));
}

TEST_CASE("Invalid UTF-8 and NUL bytes become replacement characters, not garbage", "[extract][bad-input]")
{
    std::string page = readFixture(kSample);
    const auto at = page.find("Melalui Perusahaan");
    REQUIRE(at != std::string::npos);
    page.insert(at, std::string("\xff\xfe\0", 3));
    TempFolder folder;
    const auto article = warta::extractFile(folder.write("broken.html", page).string());
    REQUIRE(article.has_value());
    REQUIRE_FALSE(article->paragraphs.empty());
    CHECK(article->paragraphs[0].text.find("PALEMBANG") == 0);
    CHECK(article->paragraphs[0].text.find('\0') == std::string::npos);
}

TEST_CASE("A page nested 100,000 deep is refused without overflowing the stack", "[extract][bad-input]")
{
    std::string page = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        page += "<div>";
    page += "teks</body></html>";
    TempFolder folder;
    CHECK(errorOf(folder.write("deep.html", page)) == warta::ErrorCode::LimitExceeded);
}

TEST_CASE("A 50 MB page is read within the limits", "[extract][bad-input][large]")
{
    std::string page = readFixture(kSample);
    const auto bodyEnd = page.find("<div class=\"editor\">");
    REQUIRE(bodyEnd != std::string::npos);
    std::string filler;
    const std::string paragraph =
            "Paragraf pengisi yang panjang untuk menguji halaman besar, dengan koma, titik dan kata. ";
    while (filler.size() < 50u * 1024u * 1024u)
        filler += paragraph + paragraph + "<br />\n<br />\n";
    page.insert(bodyEnd, filler);
    TempFolder folder;
    const auto article = warta::extractFile(folder.write("large.html", page).string());
    REQUIRE(article.has_value());
    CHECK(article->paragraphs.size() > 100000);
    CHECK(article->title == "Pemprov Sumsel Segera Wujudkan Internet Masuk Desa");
    // Quote finding has its own, lower limit: it says so instead of growing.
    CHECK(article->quotes.empty());
    CHECK(article->hasDiagnostic(warta::DiagnosticCode::QuotesSkipped));
}

TEST_CASE("A file over the size limit is refused with the limit named", "[extract][bad-input]")
{
    TempFolder folder;
    warta::ExtractOptions options;
    options.limits.maxFileBytes = 1024;
    const auto article =
            warta::extractFile(folder.write("big.html", std::string(4096, 'a')).string(), options);
    REQUIRE_FALSE(article.has_value());
    CHECK(article.error().code == warta::ErrorCode::TooLarge);
}
