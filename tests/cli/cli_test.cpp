// warta-cli end to end: the real binary, its output, its exit codes.
#include "cli_run.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

const std::string kSample =
        fixture("sindonews/reconstructed/g2-legacy-pemprov-sumsel-internet-masuk-desa.html");
const std::string kG4 = fixture("sindonews/reconstructed/g4-menag-bp-haji-bpkh-datangi-kpk.html");

} // namespace

TEST_CASE("extract --json prints one article object", "[cli]")
{
    const Run run = cli({"extract", "--json", kSample});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.empty());
    const auto article = nlohmann::json::parse(run.out);
    CHECK(article["title"] == "Pemprov Sumsel Segera Wujudkan Internet Masuk Desa");
    CHECK(article["published"] == "2019-06-27T17:54:00+07:00");
    CHECK(article["layout"] == "g2-legacy");
    CHECK(article["source"]["container"] == "html");
    CHECK(article["source"]["sha256"].get<std::string>().size() == 64);
    CHECK(article["paragraphs"].size() == 10);
}

TEST_CASE("Several files give JSON Lines, one article a line", "[cli]")
{
    const Run run = cli({"extract", kSample, kG4});
    REQUIRE(run.exitCode == 0);
    std::istringstream lines(run.out);
    std::vector<std::string> titles;
    for (std::string line; std::getline(lines, line);)
        titles.push_back(nlohmann::json::parse(line)["title"]);
    CHECK(titles == std::vector<std::string>{"Pemprov Sumsel Segera Wujudkan Internet Masuk Desa",
                                             "Menteri Agama, BP Haji, dan BPKH Datangi KPK, Ada Apa?"});
}

TEST_CASE("A batch goes on past a bad file and fails at the end", "[cli]")
{
    const std::string missing = fixture("no-such-page.html");
    const Run run = cli({"extract", missing, kSample});
    CHECK(run.exitCode == 1);
    CHECK(run.err.find("warta-cli: " + missing + ": ") == 0);
    CHECK(nlohmann::json::parse(run.out)["title"] == "Pemprov Sumsel Segera Wujudkan Internet Masuk Desa");
}

TEST_CASE("Each error kind has its own exit code", "[cli]")
{
    CHECK(cli({"extract", fixture("no-such-page.html")}).exitCode == 3);
    CHECK(cli({"extract", fixture("sindonews")}).exitCode == 4);
    const Run homepage =
            cli({"extract",
                 fixture("sindonews/real/non-article/sindonews-www-homepage-2024-09-saved-by-browser.html")});
    CHECK(homepage.exitCode == 12);
    CHECK(homepage.err.find("does not look like an article") != std::string::npos);
    CHECK(homepage.out.empty());
    CHECK(cli({"extract", "--frobnicate", kSample}).exitCode == 2);
    CHECK(cli({"extract"}).exitCode == 2);
    CHECK(cli({"no-such-command"}).exitCode == 2);
    CHECK(cli({}).exitCode == 2);
}

TEST_CASE("Markdown and plain text are for reading", "[cli]")
{
    const Run markdown = cli({"extract", "--markdown", kSample});
    REQUIRE(markdown.exitCode == 0);
    CHECK(markdown.out.starts_with(
            "# Pemprov Sumsel Segera Wujudkan Internet Masuk Desa\n\nKamis, 27 Juni 2019, 17.54 WIB"));
    CHECK(markdown.out.find("\nPALEMBANG - Melalui Perusahaan Daerah") != std::string::npos);
    CHECK(markdown.out.find("Source: <https://sumsel.sindonews.com/read/2476/1/") != std::string::npos);
    const Run text = cli({"extract", "--text", kSample});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.starts_with("Pemprov Sumsel Segera Wujudkan Internet Masuk Desa\nKamis, 27 Juni 2019 - "
                               "17:54 WIB\n\nPALEMBANG - "));
}

TEST_CASE("Joining pages: the saved pages of one article come together in order", "[cli]")
{
    const Run run =
            cli({"extract", "--join-pages",
                 fixture("sindonews/reconstructed/g4-sedekah-dikehendaki-allah-p2-chrome-html-only.html")});
    REQUIRE(run.exitCode == 0);
    const auto joined = nlohmann::json::parse(run.out);
    std::ifstream goldFile(
            fixture("sindonews/reconstructed/"
                    "g4-sedekah-dikehendaki-allah-showpage-all-chrome-html-only.expected.json"));
    const auto whole = nlohmann::json::parse(goldFile);
    CHECK(joined["paragraphs"] == whole["paragraphs"]);
    CHECK(joined["page"] == 1);
    CHECK(joined["page_count"] == 1);
    bool reported = false;
    for (const auto &diagnostic : joined["diagnostics"])
        reported |= diagnostic["code"] == "pages-joined";
    CHECK(reported);
}

TEST_CASE("A single page of a multi-page article is extracted as saved", "[cli]")
{
    const Run run =
            cli({"extract",
                 fixture("sindonews/reconstructed/g4-sedekah-dikehendaki-allah-p2-chrome-html-only.html")});
    REQUIRE(run.exitCode == 0);
    const auto article = nlohmann::json::parse(run.out);
    CHECK(article["page"] == 2);
    CHECK(article["page_count"] == 2);
}

TEST_CASE("help is printed on request", "[cli]")
{
    const Run run = cli({"--help"});
    CHECK(run.exitCode == 0);
    CHECK(run.out.find("extract") != std::string::npos);
    CHECK(cli({"extract", "--help"}).out.find("--join-pages") != std::string::npos);
}

TEST_CASE("cite --csl-json refuses what is not a regular file in a sentence", "[cli][cite]")
{
    // /dev/zero was read until memory ran out; a FIFO blocked for ever; a folder was "not JSON".
    const Run zero = cli({"cite", "--csl-json", "/dev/zero"});
    CHECK(zero.exitCode == 4);
    CHECK(zero.err ==
          "warta-cli: cite: /dev/zero: It is not a regular file (a device, pipe or socket), so it "
          "cannot be opened as a CSL-JSON file.\n");
    const fs::path fifo = fs::temp_directory_path() / ("warta-cli-fifo-" + std::to_string(::getpid()));
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const Run pipe = cli({"cite", "--csl-json", fifo.string()});
    fs::remove(fifo);
    CHECK(pipe.exitCode == 4);
    const Run folder = cli({"cite", "--csl-json", fixture("sindonews")});
    CHECK(folder.exitCode == 4);
    CHECK(folder.err.find("It is a folder, not a CSL-JSON file.") != std::string::npos);
    const Run missing = cli({"cite", "--csl-json", fixture("no-such-items.json")});
    CHECK(missing.exitCode == 3);
    // And the page itself, through extract: a FIFO is refused, not waited on.
    const fs::path page =
            fs::temp_directory_path() / ("warta-cli-fifo-page-" + std::to_string(::getpid()) + ".html");
    REQUIRE(::mkfifo(page.c_str(), 0600) == 0);
    const Run extract = cli({"extract", page.string()});
    fs::remove(page);
    CHECK(extract.exitCode == 4);
}

TEST_CASE("cite --format bibtex is classic BibTeX, biblatex on request", "[cli][cite]")
{
    const Run bibtex = cli({"cite", kSample, "--format", "bibtex"});
    REQUIRE(bibtex.exitCode == 0);
    CHECK(bibtex.out.rfind("@article{", 0) == 0);
    CHECK(bibtex.out.find("  journal = {{SINDOnews.com}},\n") != std::string::npos);
    CHECK(bibtex.out.find("  year = {2019},\n") != std::string::npos);
    const Run biblatex = cli({"cite", kSample, "--format", "biblatex"});
    REQUIRE(biblatex.exitCode == 0);
    CHECK(biblatex.out.find("  journaltitle = {{SINDOnews.com}},\n") != std::string::npos);
    CHECK(biblatex.out.find("  date = {2019-06-27},\n") != std::string::npos);
    CHECK(cli({"cite", "--csl-json", fixture("no-such-items.json"), "--format", "biblatex"}).exitCode == 2);
}

TEST_CASE("quotes: a corrected speaker is kept for the file and printed as corrected", "[cli][quotes]")
{
    const fs::path data = fs::temp_directory_path() / ("warta-cli-data-" + std::to_string(::getpid()));
    fs::remove_all(data);
    ::setenv("XDG_DATA_HOME", data.c_str(), 1);
    const std::string before = slurp(kSample);

    const Run set = cli({"quotes", "--json", "--set-speaker=1:Nama Pembaca", kSample});
    REQUIRE(set.exitCode == 0);
    const auto quotes = nlohmann::json::parse(set.out);
    REQUIRE(quotes.size() >= 2);
    CHECK(quotes[0]["speaker"] == "Nama Pembaca");
    CHECK(quotes[0]["corrected"] == true);
    CHECK(quotes[0]["attribution"] == "reader");
    CHECK(quotes[1]["corrected"] == false);

    // Kept: a later run without options still shows it; the saved page is untouched.
    const Run again = cli({"quotes", "--json", kSample});
    REQUIRE(again.exitCode == 0);
    CHECK(nlohmann::json::parse(again.out)[0]["speaker"] == "Nama Pembaca");
    CHECK(slurp(kSample) == before);

    // A damaged corrections file is a sentence, and the quotes are listed as found.
    for (const auto &entry : fs::recursive_directory_iterator(data))
        if (entry.is_regular_file())
            std::ofstream(entry.path(), std::ios::trunc) << "{ broken";
    const Run damaged = cli({"quotes", "--json", kSample});
    CHECK(damaged.exitCode == 0);
    CHECK(damaged.err.find("The quote corrections file cannot be used") != std::string::npos);
    CHECK(nlohmann::json::parse(damaged.out)[0]["corrected"] == false);

    const Run beyond = cli({"quotes", "--set-speaker=999:X", kSample});
    CHECK(beyond.exitCode != 0);
    ::unsetenv("XDG_DATA_HOME");
    fs::remove_all(data);
}

TEST_CASE("cite --bibliography and --citations render a whole document", "[cli][cite]")
{
    const std::string items = fixture("citations/items.json");
    const Run list = cli({"cite", "--csl-json", items, "--style", "ieee", "--bibliography"});
    REQUIRE(list.exitCode == 0);
    // One numbered entry per item, numbered in citation order.
    CHECK(std::count(list.out.begin(), list.out.end(), '\n') == 20);
    CHECK(list.out.rfind("[1] ", 0) == 0);
    CHECK(list.out.find("\n[20] ") != std::string::npos);

    const fs::path clusters = fs::temp_directory_path() / ("warta-clusters-" + std::to_string(::getpid()));
    {
        std::ofstream out(clusters);
        out << R"([{"citationItems":[{"id":"edge-two-authors"},{"id":"edge-three-authors"},)"
            << R"({"id":"sindonews-sumsel-2019-06-27-byline"}],"properties":{"noteIndex":0}},)"
            << R"({"citationItems":[{"id":"no-such-item"},{"id":"edge-two-authors"}]}])";
    }
    const Run cites = cli({"cite", "--csl-json", items, "--style", "ieee", "--citations", clusters.string()});
    fs::remove(clusters);
    REQUIRE(cites.exitCode == 0);
    CHECK(cites.out == "[1]–[3]\n[1]\n");
    // The unknown item is named in a sentence; the rest is still printed.
    CHECK(cites.err.find("\"no-such-item\", which is not among the items") != std::string::npos);
}

namespace {

// A data folder of the user's own site rules, for one test.
struct UserSites {
    fs::path root;
    explicit UserSites(const std::string &tag)
        : root(fs::temp_directory_path() / ("warta-cli-sites-" + tag + "-" + std::to_string(::getpid())))
    {
        fs::create_directories(root / "warta" / "sites");
    }
    ~UserSites() { fs::remove_all(root); }
    UserSites(const UserSites &) = delete;
    UserSites &operator=(const UserSites &) = delete;
    std::string write(const std::string &name, const std::string &text) const
    {
        const fs::path file = root / "warta" / "sites" / name;
        std::ofstream(file) << text;
        return file.string();
    }
    std::string environment() const { return "XDG_DATA_HOME=" + quoted(root.string()) + " "; }
};

} // namespace

TEST_CASE("sites lists the built-in sites and a user's own", "[cli][sites]")
{
    const Run builtIn = cli({"sites"});
    REQUIRE(builtIn.exitCode == 0);
    CHECK(builtIn.err.empty());
    CHECK(builtIn.out.find(
                  "sindonews\tSINDOnews\tsindonews.com\tresources/sites/sindonews.json (built in)\n") !=
          std::string::npos);

    const UserSites user("list");
    const std::string file =
            user.write("harian.json", R"({"site": "Harian", "recognise": {"hosts": ["harian.id"]}})");
    const Run withUser = cli({"sites"}, user.environment());
    CHECK(withUser.exitCode == 0);
    CHECK(withUser.out.find("harian\tHarian\tharian.id\t" + file + "\n") != std::string::npos);
}

TEST_CASE("sites --check names the line and field of each problem and fails", "[cli][sites]")
{
    const UserSites folder("check");
    const std::string bad =
            folder.write("rusak.json", "{\n  \"site\": \"Rusak\",\n  \"recognise\": {\"hosts\": "
                                       "[\"rusak.id\"]},\n  \"fields\": {\"title\": [\"h1[\"]}\n}\n");
    const Run run = cli({"sites", "--check", bad});
    CHECK(run.exitCode == 1);
    CHECK(run.err == "warta-cli: " + bad +
                             ", line 4, field \"fields.title[0]\": the selector \"h1[\" does not parse: an "
                             "attribute name is missing after '[' at character 4.\n");
    const std::string good =
            folder.write("baik.json", R"({"site": "Baik", "recognise": {"hosts": ["baik.id"]}})");
    const Run fine = cli({"sites", "--check", good});
    CHECK(fine.exitCode == 0);
    CHECK(fine.err.empty());
}

TEST_CASE("A user's bad rules file is named on stderr and the rest still works", "[cli][sites]")
{
    const UserSites user("bad");
    const std::string bad =
            user.write("rusak.json", "{ \"site\": \"Rusak\", \"recognise\": {\"hostz\": []} }");
    const Run run = cli({"extract", "--json", kSample}, user.environment());
    CHECK(run.exitCode == 0);
    CHECK(run.err.find("warta-cli: " + bad + ", line 1, field \"recognise.hostz\": unknown field") == 0);
    CHECK(nlohmann::json::parse(run.out)["site"] == "SINDOnews");
    CHECK(cli({"sites"}, user.environment()).exitCode == 1);
}
