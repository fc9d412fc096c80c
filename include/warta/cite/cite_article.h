#pragma once

#include "warta/article/article.h"
#include "warta/cite/citation_processor.h"
#include "warta/cite/csl_style.h"
#include "warta/common/expected.h"

#include <optional>
#include <string>
#include <vector>

namespace warta {

/// Where in the article a citation points, both 1-based: a paragraph, or a
/// quote (cited at the paragraph where it starts). At most one is set.
struct Pinpoint {
    std::optional<int> paragraph;
    std::optional<int> quote;
};

/// The CSL locator of a pinpoint ("paragraph", "3"), or none. A quote number
/// past the article's quotes fails with ErrorCode::Usage; both set, too.
Expected<std::optional<Locator>> pinpointLocator(const Article &article, const Pinpoint &pinpoint);

/// What to print: the bibliography entry, or the in-text citation (the first
/// footnote for note styles). A locator implies the in-text citation.
struct CiteRequest {
    OutputFormat format = OutputFormat::Text;
    bool inText = false;
    std::optional<Locator> locator;
};

/// A style and locale made ready once, then used for any number of items: the
/// one call sequence (style → processor → item → render) of both front ends.
class Citer {
public:
    /// `style`: an id ("apa") or a .csl path; `locale`: empty keeps the style's.
    static Expected<Citer> create(const std::string &style, const std::string &locale = {},
                                  const StyleOptions &styles = {});

    /// Each item's entry or citation, in the order given.
    Expected<std::vector<std::string>> renderEach(const std::vector<CslItem> &items,
                                                  const CiteRequest &request) const;
    /// One item's entry or citation.
    Expected<std::string> renderOne(const CslItem &item, const CiteRequest &request) const;
    /// A whole document of several items: its citations and reference list
    /// (CitationProcessor::renderDocument).
    Expected<RenderedDocument> renderDocument(const std::vector<CslItem> &items,
                                              const std::vector<CitationCluster> &clusters,
                                              OutputFormat format) const;
    /// The article's entry or citation, pinned as asked.
    Expected<std::string> cite(const Article &article, OutputFormat format, bool inText,
                               const Pinpoint &pinpoint = {}) const;

private:
    explicit Citer(CitationProcessor processor) : m_processor(std::move(processor)) {}
    CitationProcessor m_processor;
};

struct CiteOptions {
    std::string style = "apa"; ///< an id or a .csl path
    std::string locale;        ///< empty keeps the style's default-locale
    OutputFormat format = OutputFormat::Text;
    bool inText = false; ///< implied by a pinpoint
    Pinpoint pinpoint;
};

/// One article in one style: the pinpoint is checked first, then the item is
/// built, then the style loaded.
Expected<std::string> citeArticle(const Article &article, const CiteOptions &options);

} // namespace warta
