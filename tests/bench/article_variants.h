#pragma once

// Varied articles made from a few real ones, for the library's figures: a
// library of 100,000 articles cannot be N copies of 50 texts, or every word
// would be in every document and the search figures would mean nothing.
//
// Variant i is a pure function of (pool, seed, i): the page generator and the
// benchmark make the same articles without sharing files. Each variant takes
// runs of paragraphs from two to four pool articles, swaps a share of their
// words for other words of the pool or for made-up words drawn with a Zipf
// law (so the vocabulary keeps growing with the library, as real news does),
// renames the people quoted and the reporters with invented names (a few
// speakers quoted often, most rarely), and draws a site, a date, tags and a
// unique URL and SHA-256.

#include "warta/article/article.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace warta::bench {

/// The articles of every saved page under `folder` that gives one (pages
/// with the same title once), sorted by path so that runs agree.
std::vector<Article> loadCorpusArticles(const std::string &folder);

class ArticleVariants {
public:
    ArticleVariants(std::vector<Article> pool, std::uint64_t seed);

    /// Variant `index`: its source path is `pathPrefix` + index + ".html".
    Article make(std::size_t index, const std::string &pathPrefix = "variant-") const;

    /// The invented sites, for filtered queries.
    static const std::vector<std::string> &siteNames();
    /// The invented person of rank `rank` (0 is the most quoted).
    static std::string personName(std::size_t rank, std::size_t tokens = 2);

    const std::vector<Article> &pool() const { return m_pool; }

private:
    std::vector<Article> m_pool;
    std::vector<std::string> m_words; ///< lower-case words of the pool, each once
    std::vector<std::string> m_tags;  ///< tags of the pool plus longer words
    std::uint64_t m_seed;
};

/// The web address of an invented site.
std::string siteDomain(const std::string &site);

/// Title and paragraph bytes: what LibraryStatus::textBytes counts.
std::size_t textBytes(const Article &article);

} // namespace warta::bench
