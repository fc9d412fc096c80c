// Extraction benchmark over a folder of saved pages. Not a test: it prints
// figures. For each page it times, in the same run and on the same bytes:
//   raw      gumbo's own parse of the decoded page (the floor any extractor pays),
//   extract  the whole pipeline from bytes: load, parse, metadata, site rules,
//            quote finding, word count,
//   noquote  the same without the quote finder (to price quote finding).
// Each is the fastest of --repeat runs, to keep scheduler noise out.
//
//   warta_bench DIR [--repeat N] [--per-page]
//
// --per-page also prints one line per page (file, KB, raw ms, extract ms,
// ratio), slowest ratio first, to find the pages behind the p90.
#include "warta/extract/extract.h"
#include "warta/load/saved_page.h"

#include <gumbo.h>

#include "bench_stats.h"
#include "fastest_time.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

using warta::bench::fastestMs;
using warta::bench::percentile;

double sum(const std::vector<double> &values)
{
    double total = 0.0;
    for (double value : values)
        total += value;
    return total;
}

void printRow(const char *name, std::size_t files, double megabytes, const std::vector<double> &ms)
{
    const double seconds = sum(ms) / 1000.0;
    std::printf("%-10s %6zu %9.2f %9.3f %9.2f %9.2f %9.2f\n", name, files, megabytes, seconds,
                seconds > 0 ? megabytes / seconds : 0.0, percentile(ms, 0.5), percentile(ms, 0.9));
}

struct PageFigures {
    std::string name;
    std::size_t bytes = 0;
    double rawMs = 0.0;
    double extractMs = 0.0;
    double ratio() const { return rawMs > 0 ? extractMs / rawMs : 0.0; }
};

void printPages(std::vector<PageFigures> pages)
{
    std::sort(pages.begin(), pages.end(),
              [](const PageFigures &a, const PageFigures &b) { return a.ratio() > b.ratio(); });
    std::printf("%-40s %9s %9s %9s %6s\n", "page", "KB", "raw_ms", "extr_ms", "ratio");
    for (const auto &page : pages)
        std::printf("%-40.40s %9.1f %9.2f %9.2f %6.2f\n", page.name.c_str(),
                    static_cast<double>(page.bytes) / 1e3, page.rawMs, page.extractMs, page.ratio());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: warta_bench DIR [--repeat N] [--per-page]\n");
        return 2;
    }
    int repeat = 3;
    bool perPage = false;
    for (int i = 2; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--repeat" && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else if (argument == "--per-page")
            perPage = true;
    }
    std::vector<fs::path> pages;
    for (const auto &entry : fs::directory_iterator(argv[1])) {
        const std::string extension = entry.path().extension().string();
        if (entry.is_regular_file() && (extension == ".html" || extension == ".htm" || extension == ".mhtml"))
            pages.push_back(entry.path());
    }
    std::sort(pages.begin(), pages.end());

    std::vector<double> raw, extract, noQuotes, ratios;
    std::vector<PageFigures> figures;
    double megabytes = 0.0;
    std::size_t failures = 0;
    warta::ExtractOptions withoutQuotes;
    withoutQuotes.findQuotes = false;
    for (const auto &path : pages) {
        std::ifstream in(path, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), {}};
        megabytes += static_cast<double>(bytes.size()) / 1e6;
        const auto saved = warta::loadSavedBytes(bytes, path.string());
        if (!saved) {
            ++failures;
            continue;
        }
        const std::string &html = saved->html;
        const double rawMs = fastestMs(repeat, [&] {
            GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
            gumbo_destroy_output(&kGumboDefaultOptions, output);
        });
        bool ok = true;
        const double extractMs = fastestMs(repeat, [&] {
            const auto reloaded = warta::loadSavedBytes(bytes, path.string());
            ok = reloaded && warta::extractPage(*reloaded).has_value();
        });
        const double noQuotesMs = fastestMs(repeat, [&] {
            const auto reloaded = warta::loadSavedBytes(bytes, path.string());
            if (reloaded)
                (void)warta::extractPage(*reloaded, withoutQuotes);
        });
        failures += ok ? 0 : 1;
        raw.push_back(rawMs);
        extract.push_back(extractMs);
        noQuotes.push_back(noQuotesMs);
        ratios.push_back(rawMs > 0 ? extractMs / rawMs : 0.0);
        figures.push_back({path.filename().string(), bytes.size(), rawMs, extractMs});
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("# %zu pages in %s, fastest of %d runs each; %zu gave no article\n", pages.size(), argv[1],
                repeat, failures);
    std::printf("%-10s %6s %9s %9s %9s %9s %9s\n", "what", "pages", "MB", "total_s", "MB/s", "med_ms",
                "p90_ms");
    printRow("raw-gumbo", raw.size(), megabytes, raw);
    printRow("extract", extract.size(), megabytes, extract);
    printRow("no-quotes", noQuotes.size(), megabytes, noQuotes);
    std::printf("median extract/raw ratio per page: %.2f (p90 %.2f)\n", percentile(ratios, 0.5),
                percentile(ratios, 0.9));
    std::printf("median extract / median raw: %.2f\n",
                percentile(extract, 0.5) / std::max(1e-9, percentile(raw, 0.5)));
    std::printf("quote finding adds: %.1f %% of total extraction time\n",
                100.0 * (sum(extract) - sum(noQuotes)) / std::max(1e-9, sum(noQuotes)));
    std::printf("peak RSS: %.1f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    if (perPage)
        printPages(std::move(figures));
    return 0;
}
