// Citation benchmark. Not a test: it prints figures. It times, fastest of
// --repeat runs, the reference list of a document of N newspaper articles
// (default 100; authors, dates and titles varied so that sorting, year
// suffixes and disambiguation all have work) in one style (default apa), in
// text and HTML, and the same document's citations, one cluster per item.
//
//   warta_cite_bench [--style ID] [--items N] [--repeat N]
#include "warta/cite/citation_processor.h"

#include "fastest_time.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using warta::bench::fastestMs;

// Item i: one of 30 reporters (so authors repeat), years 2015–2024, a few
// articles sharing author and year (year suffixes), every seventh with two authors.
std::string itemsJson(int count)
{
    static const char *const kFamily[] = {"Dani", "Rahmawati", "Iqbal", "Santoso", "Wijaya", "Putri"};
    static const char *const kGiven[] = {"Ahmad", "Siti", "Muhammad", "Budi", "Dewi"};
    std::string json = "[";
    for (int i = 0; i < count; ++i) {
        const int person = i % 30;
        std::string author = std::string(R"({"family":")") + kFamily[person % 6] + R"(","given":")" +
                             kGiven[person / 6] + R"("})";
        if (i % 7 == 0)
            author += std::string(R"(,{"family":")") + kFamily[(person + 1) % 6] + R"(","given":"Nur"})";
        json += std::string(i ? "," : "") + R"({"id":"item-)" + std::to_string(i) +
                R"(","type":"article-newspaper","title":"Berita nomor )" + std::to_string(i) +
                R"( tentang pembangunan desa","container-title":"SINDOnews.com","language":"id","author":[)" +
                author + R"(],"issued":{"date-parts":[[)" + std::to_string(2015 + (i / 3) % 10) + "," +
                std::to_string(1 + i % 12) + "," + std::to_string(1 + i % 28) +
                R"(]]},"URL":"https://nasional.sindonews.com/read/)" + std::to_string(100000 + i) + R"("})";
    }
    return json + "]";
}

} // namespace

int main(int argc, char **argv)
{
    std::string styleId = "apa";
    int count = 100;
    int repeat = 20;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--style")
            styleId = argv[i + 1];
        else if (arg == "--items")
            count = std::max(1, std::atoi(argv[i + 1]));
        else if (arg == "--repeat")
            repeat = std::max(1, std::atoi(argv[i + 1]));
    }
    auto style = warta::CslStyle::load(styleId);
    if (!style) {
        std::fprintf(stderr, "%s\n", style.error().message.c_str());
        return 1;
    }
    auto processor = warta::CitationProcessor::create(style.value());
    auto items = warta::CslItem::listFromJson(itemsJson(count));
    if (!processor || !items) {
        std::fprintf(stderr, "cannot set up the benchmark\n");
        return 1;
    }
    std::vector<warta::CitationCluster> clusters;
    for (const auto &item : *items)
        clusters.push_back({{{item.id(), std::nullopt, {}, {}, false}}, 0});
    std::size_t entries = 0;
    const double text = fastestMs(repeat, [&] {
        entries = processor->renderDocument(*items, {}, warta::OutputFormat::Text)->bibliography.size();
    });
    const double html =
            fastestMs(repeat, [&] { processor->renderDocument(*items, {}, warta::OutputFormat::Html); });
    const double cites = fastestMs(
            repeat, [&] { processor->renderDocument(*items, clusters, warta::OutputFormat::Text); });
    std::printf("style %s, %d items, %zu entries, fastest of %d runs\n", styleId.c_str(), count, entries,
                repeat);
    std::printf("  reference list, text   %8.2f ms\n", text);
    std::printf("  reference list, html   %8.2f ms\n", html);
    std::printf("  citations + list, text %8.2f ms\n", cites);
    return 0;
}
