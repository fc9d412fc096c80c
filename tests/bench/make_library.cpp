// Writes a large library of varied saved pages for the library's indexing
// figures (docs/library.md): N pages made from the articles of a folder of
// real saved pages (paragraphs recombined, words swapped, people renamed,
// sites, dates and tags drawn; see article_variants.h), each about 60 KB
// (36–84 KB) with a news site's page around the article (saved_page_html.h).
// Pages go to OUT/SITE/YEAR/N.html, as a reader's folders might hold them.
//
//   warta_make_library OUT [--corpus DIR] [--pages N] [--seed N]
//
// --corpus defaults to the repository's SINDOnews fixture pages.
#include "article_variants.h"
#include "saved_page_html.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: warta_make_library OUT [--corpus DIR] [--pages N] [--seed N]\n");
        return 2;
    }
    const fs::path out = argv[1];
    std::string corpus = WARTA_FIXTURE_DIR "/sindonews";
    std::size_t pages = 3000;
    std::uint64_t seed = 1;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--corpus")
            corpus = argv[i + 1];
        else if (arg == "--pages")
            pages = std::strtoull(argv[i + 1], nullptr, 10);
        else if (arg == "--seed")
            seed = std::strtoull(argv[i + 1], nullptr, 10);
    }
    const auto start = std::chrono::steady_clock::now();
    warta::bench::ArticleVariants variants(warta::bench::loadCorpusArticles(corpus), seed);
    if (variants.pool().empty()) {
        std::fprintf(stderr, "no article in %s\n", corpus.c_str());
        return 1;
    }
    // The side column lists the headlines of the pages written just before.
    std::deque<std::string> related;
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < pages; ++i) {
        const warta::Article article = variants.make(i);
        const auto year = article.published ? article.published->local().year : 0;
        const fs::path folder = out / warta::bench::siteDomain(article.site) / std::to_string(year);
        fs::create_directories(folder);
        const std::string page =
                warta::bench::savedPageHtml(article, article.source.bytes, {related.begin(), related.end()});
        std::ofstream(folder / (std::to_string(i) + ".html"), std::ios::binary) << page;
        bytes += page.size();
        related.push_back(article.title);
        if (related.size() > 30)
            related.pop_front();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%zu pages from %zu corpus articles (%s), %.1f MB, %.1f KB a page on average, %.1f s\n",
                pages, variants.pool().size(), corpus.c_str(), static_cast<double>(bytes) / 1e6,
                pages ? static_cast<double>(bytes) / 1024.0 / static_cast<double>(pages) : 0.0, seconds);
    return 0;
}
