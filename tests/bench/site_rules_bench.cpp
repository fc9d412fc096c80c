// Site rules benchmark: reading, checking and compiling rules files, which
// Warta does once per process (at its first page). Not a test: it prints
// figures (docs/performance.md). The files are made here: N copies of the
// largest built-in rules file (SINDOnews: 7 templates, 47 noise selectors)
// and N copies of the smallest, each given hosts of its own so that they
// do not clash.
//
//   warta_site_rules_bench [--sites N] [--repeat N]
#include "sites/builtin_rules.h"
#include "sites/site_registry.h"

#include "fastest_time.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::vector<warta::detail::RulesSource> syntheticSites(int count, bool largest)
{
    std::string_view model;
    for (const auto &rules : warta::detail::builtInRules()) {
        if (model.empty() || (largest ? rules.text.size() > model.size() : rules.text.size() < model.size()))
            model = rules.text;
    }
    std::vector<warta::detail::RulesSource> sources;
    for (int i = 0; i < count; ++i) {
        std::string text(model);
        // Every "xxx.com" host becomes "xxx-N.example": unique per copy.
        for (std::size_t at = text.find("\"hosts\": [\""); at != std::string::npos;
             at = text.find("\"hosts\": [\"", at + 1)) {
            const std::size_t start = at + 11;
            const std::size_t end = text.find('"', start);
            text.replace(start, end - start, "site" + std::to_string(i) + ".example");
        }
        sources.push_back(
                {"site" + std::to_string(i), "site" + std::to_string(i) + ".json", std::move(text), false});
    }
    return sources;
}

} // namespace

int main(int argc, char **argv)
{
    int sites = 50;
    int repeat = 20;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view option = argv[i];
        if (option == "--sites")
            sites = std::atoi(argv[i + 1]);
        else if (option == "--repeat")
            repeat = std::atoi(argv[i + 1]);
    }
    bool good = true;
    for (const bool largest : {true, false}) {
        const auto sources = syntheticSites(sites, largest);
        std::size_t bytes = 0;
        for (const auto &source : sources)
            bytes += source.text.size();
        // The registry lives for the process: its teardown is kept out of the figure.
        std::vector<warta::detail::SiteRegistry> kept;
        kept.reserve(static_cast<std::size_t>(repeat));
        const double ms = warta::bench::fastestMs(
                repeat, [&] { kept.push_back(warta::detail::loadSiteRegistry(sources)); });
        const std::size_t loaded = kept.back().sites.size();
        const std::size_t problems = kept.back().problems.size();
        std::printf("site rules, %s file: %d files, %.1f KB, %zu loaded, %zu problems; load+check+compile "
                    "%.3f ms (fastest of %d)\n",
                    largest ? "largest" : "smallest", sites, static_cast<double>(bytes) / 1024.0, loaded,
                    problems, ms, repeat);
        good = good && problems == 0 && loaded == static_cast<std::size_t>(sites);
    }
    return good ? 0 : 1;
}
