// The registry of site rules: built-in files, the user's folder, and what
// happens to a file that cannot be used (it is skipped; nothing else is lost).
#include "load/temp_dir.h"
#include "sites/site_registry.h"
#include "warta/sites/sites.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace warta;

namespace {

detail::RulesSource source(const std::string &id, const std::string &text, bool builtIn = false)
{
    return {id, id + ".json", text, builtIn};
}

std::string siteFile(const std::string &name, const std::string &host)
{
    return R"({"site": ")" + name + R"(", "recognise": {"hosts": [")" + host + R"("]}})";
}

// Sets an environment variable for one test and puts the old value back.
class ScopedEnv {
public:
    ScopedEnv(const char *name, const std::string &value) : m_name(name)
    {
        if (const char *old = std::getenv(name))
            m_old = old;
        ::setenv(name, value.c_str(), 1);
    }
    ~ScopedEnv()
    {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    std::optional<std::string> m_old;
};

} // namespace

TEST_CASE("Every built-in rules file loads without a problem", "[sites][registry]")
{
    INFO(siteRulesProblems().size() << " problems; the first: "
                                    << (siteRulesProblems().empty() ? "" : siteRulesProblems()[0]));
    CHECK(siteRulesProblems().empty());
    const auto sites = installedSites();
    REQUIRE_FALSE(sites.empty());
    for (const auto &site : sites) {
        CHECK(site.builtIn);
        CHECK_FALSE(site.name.empty());
        CHECK_FALSE(site.templates.empty());
    }
}

TEST_CASE("Two files claiming one host: the second is skipped with a sentence", "[sites][registry]")
{
    const auto registry =
            detail::loadSiteRegistry({source("a", siteFile("A", "contoh.id")),
                                      source("b", "{\n\"site\": \"B\",\n\"recognise\": {\"hosts\": "
                                                  "[\"lain.id\",\n  \"contoh.id\"]}}"),
                                      source("c", siteFile("C", "ketiga.id"))});
    REQUIRE(registry.sites.size() == 2);
    CHECK(registry.sites[0].name == "A");
    CHECK(registry.sites[1].name == "C");
    REQUIRE(registry.problems.size() == 1);
    CHECK(registry.problems[0] ==
          "b.json, line 4, field \"recognise.hosts[1]\": the host \"contoh.id\" is already "
          "claimed by a.json; this file was skipped.");
}

TEST_CASE("A bad file is skipped and the others still load", "[sites][registry]")
{
    const auto registry =
            detail::loadSiteRegistry({source("a", siteFile("A", "a.id")), source("b", "{ \"site\": "),
                                      source("c", siteFile("C", "c.id"))});
    CHECK(registry.sites.size() == 2);
    REQUIRE(registry.problems.size() == 1);
    CHECK(registry.problems[0].starts_with("b.json, line 1, field \"(the file)\": is not valid JSON"));
}

TEST_CASE("A user's file named like a built-in one replaces it", "[sites][registry]")
{
    const auto registry = detail::loadSiteRegistry({source("contoh", siteFile("Contoh", "contoh.id"), true),
                                                    source("contoh", siteFile("Contoh Baru", "contoh.id"))});
    REQUIRE(registry.sites.size() == 1);
    CHECK(registry.sites[0].name == "Contoh Baru");
    CHECK_FALSE(registry.sites[0].builtIn);
    CHECK(registry.problems.empty());
}

TEST_CASE("Rules files are read from the user's data folder", "[sites][registry]")
{
    test::TempDir data;
    std::filesystem::create_directories(data.path() / "warta" / "sites");
    data.write("warta/sites/harian.json", siteFile("Harian", "harian.id"));
    data.write("warta/sites/notes.txt", "not a rules file");
    const ScopedEnv env("XDG_DATA_HOME", data.path().string());
    std::vector<std::string> problems;
    const auto sources = detail::installedRulesSources(problems);
    CHECK(problems.empty());
    REQUIRE_FALSE(sources.empty());
    CHECK(sources.back().id == "harian");
    CHECK_FALSE(sources.back().builtIn);
    const auto registry = detail::loadSiteRegistry(sources);
    CHECK(registry.sites.back().name == "Harian");
}

TEST_CASE("Without XDG_DATA_HOME the folder is ~/.local/share/warta/sites", "[sites][registry]")
{
    test::TempDir home;
    std::filesystem::create_directories(home.path() / ".local" / "share" / "warta" / "sites");
    home.write(".local/share/warta/sites/lokal.json", siteFile("Lokal", "lokal.id"));
    const ScopedEnv noData("XDG_DATA_HOME", "");
    const ScopedEnv env("HOME", home.path().string());
    std::vector<std::string> problems;
    const auto sources = detail::installedRulesSources(problems);
    REQUIRE_FALSE(sources.empty());
    CHECK(sources.back().id == "lokal");
}

TEST_CASE("Checking a rules file finds the hosts installed sites claim", "[sites][registry]")
{
    test::TempDir folder;
    const auto sites = installedSites();
    REQUIRE_FALSE(sites.empty());
    REQUIRE_FALSE(sites[0].hosts.empty());
    const std::string clash = folder.write("tiruan.json", siteFile("Tiruan", sites[0].hosts[0]));
    const auto problems = checkSiteRulesFile(clash);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("is already claimed by " + sites[0].file) != std::string::npos);
    CHECK(checkSiteRulesFile(folder.write("baru.json", siteFile("Baru", "baru.example.id"))).empty());
    CHECK(checkSiteRulesFile((folder.path() / "missing.json").string())[0].find("cannot be read") !=
          std::string::npos);
}

TEST_CASE("The citation's container title comes from the site's rules", "[sites][registry]")
{
    CHECK(citationContainerTitle("SINDOnews") == "SINDOnews.com");
    CHECK(citationContainerTitle("Harian Tanpa Aturan") == "Harian Tanpa Aturan");
}
