#include "sites/site_registry.h"

#include "sites/builtin_rules.h"
#include "sites/json_positions.h"
#include "sites/rules_file.h"
#include "warta/sites/sites.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace warta {
namespace detail {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxRulesFileBytes = 1024 * 1024;

fs::path userSitesFolder()
{
    if (const char *data = std::getenv("XDG_DATA_HOME"); data && *data)
        return fs::path(data) / "warta" / "sites";
    if (const char *home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".local" / "share" / "warta" / "sites";
    return {};
}

// The site among `sites` that already names `host`.
const SiteRules *claimant(const std::vector<SiteRules> &sites, const std::string &host)
{
    for (const auto &site : sites) {
        if (std::find(site.recognise.hosts.begin(), site.recognise.hosts.end(), host) !=
            site.recognise.hosts.end())
            return &site;
    }
    return nullptr;
}

} // namespace

bool readRulesFile(const std::string &path, std::string &text, std::vector<std::string> &problems)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error) {
        problems.push_back(path + ": the rules file cannot be read (" + error.message() + ").");
        return false;
    }
    if (size > kMaxRulesFileBytes) {
        problems.push_back(path +
                           ": the rules file is over 1 MB, far more than any site needs; it was skipped.");
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) {
        problems.push_back(path + ": the rules file cannot be read.");
        return false;
    }
    return true;
}

std::vector<RulesSource> installedRulesSources(std::vector<std::string> &problems)
{
    std::vector<RulesSource> sources;
    for (const auto &builtIn : builtInRules())
        sources.push_back({std::string(builtIn.id), std::string(builtIn.path) + " (built in)",
                           std::string(builtIn.text), true});
    const fs::path folder = userSitesFolder();
    std::error_code error;
    if (folder.empty() || !fs::is_directory(folder, error))
        return sources;
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(folder, error)) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto &file : files) {
        RulesSource source{file.stem().string(), file.string(), {}, false};
        if (readRulesFile(file.string(), source.text, problems))
            sources.push_back(std::move(source));
    }
    return sources;
}

SiteRegistry loadSiteRegistry(const std::vector<RulesSource> &sources)
{
    // A user's file replaces the built-in one of the same name.
    std::vector<const RulesSource *> kept;
    for (const auto &source : sources) {
        auto same = std::find_if(kept.begin(), kept.end(),
                                 [&](const RulesSource *k) { return k->id == source.id; });
        if (same != kept.end())
            *same = &source;
        else
            kept.push_back(&source);
    }
    SiteRegistry registry;
    for (const RulesSource *each : kept) {
        const RulesSource &source = *each;
        auto rules = readSiteRules(source.text, source.label, registry.problems);
        if (!rules)
            continue;
        rules->id = source.id;
        rules->file = source.label;
        rules->builtIn = source.builtIn;
        for (auto &shape : rules->templates) {
            if (shape.name.empty())
                shape.name = source.id;
        }
        bool clash = false;
        for (std::size_t i = 0; i < rules->recognise.hosts.size(); ++i) {
            const std::string &host = rules->recognise.hosts[i];
            if (const SiteRules *other = claimant(registry.sites, host)) {
                registry.problems.push_back(
                        source.label + ", line " +
                        std::to_string(lineOfPointer(source.text, "/recognise/hosts/" + std::to_string(i))) +
                        ", field \"recognise.hosts[" + std::to_string(i) + "]\": the host \"" + host +
                        "\" is already claimed by " + other->file + "; this file was skipped.");
                clash = true;
            }
        }
        if (!clash)
            registry.sites.push_back(std::move(*rules));
    }
    return registry;
}

const SiteRegistry &siteRegistry()
{
    static const SiteRegistry registry = [] {
        std::vector<std::string> problems;
        SiteRegistry loaded = loadSiteRegistry(installedRulesSources(problems));
        problems.insert(problems.end(), loaded.problems.begin(), loaded.problems.end());
        loaded.problems = std::move(problems);
        return loaded;
    }();
    return registry;
}

} // namespace detail

std::vector<InstalledSite> installedSites()
{
    std::vector<InstalledSite> sites;
    for (const auto &rules : detail::siteRegistry().sites) {
        InstalledSite site{rules.id, rules.name, rules.file, rules.builtIn, rules.recognise.hosts, {}};
        for (const auto &shape : rules.templates)
            site.templates.push_back(shape.name);
        sites.push_back(std::move(site));
    }
    return sites;
}

const std::vector<std::string> &siteRulesProblems()
{
    return detail::siteRegistry().problems;
}

std::vector<std::string> checkSiteRulesFile(const std::string &path)
{
    std::vector<std::string> problems;
    std::string text;
    if (!detail::readRulesFile(path, text, problems))
        return problems;
    auto rules = detail::readSiteRules(text, path, problems);
    if (!rules)
        return problems;
    // The file would replace an installed one of its name, so only the others can clash.
    const std::string id = std::filesystem::path(path).stem().string();
    for (std::size_t i = 0; i < rules->recognise.hosts.size(); ++i) {
        for (const auto &site : detail::siteRegistry().sites) {
            const auto &hosts = site.recognise.hosts;
            if (site.id != id &&
                std::find(hosts.begin(), hosts.end(), rules->recognise.hosts[i]) != hosts.end())
                problems.push_back(
                        path + ", line " +
                        std::to_string(detail::lineOfPointer(text, "/recognise/hosts/" + std::to_string(i))) +
                        ", field \"recognise.hosts[" + std::to_string(i) + "]\": the host \"" +
                        rules->recognise.hosts[i] + "\" is already claimed by " + site.file + ".");
        }
    }
    return problems;
}

std::string citationContainerTitle(std::string_view siteName)
{
    for (const auto &rules : detail::siteRegistry().sites) {
        if (rules.name == siteName)
            return rules.containerTitle;
    }
    return std::string(siteName);
}

} // namespace warta
