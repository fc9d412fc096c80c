#pragma once

#include "warta/cite/csl_style.h"
#include "warta/common/expected.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace warta {

namespace detail {
struct ItemData;
class CslLocale;
} // namespace detail

enum class OutputFormat {
    Text,
    Html
};

/// A pinpoint: the CSL locator label ("page", "paragraph", …) and its value.
struct Locator {
    std::string label = "page";
    std::string value;
};

/// One CSL-JSON item, parsed once.
class CslItem {
public:
    /// One CSL-JSON object (or an array holding exactly one).
    static Expected<CslItem> fromJson(const std::string &json);
    /// A CSL-JSON object or array of objects.
    static Expected<std::vector<CslItem>> listFromJson(const std::string &json);
    /// An item built in code, without CSL-JSON text (the article's own: articleToItem).
    static CslItem fromData(detail::ItemData data);

    const std::string &id() const;
    /// Whether the item has a value for a CSL variable ("title", "issued", "author", …).
    bool has(const std::string &variable) const;
    const detail::ItemData &data() const { return *m_data; }

private:
    CslItem() = default;
    std::shared_ptr<const detail::ItemData> m_data;
};

/// One cite of a citation: the fields of a CSL-JSON cite-item.
struct CiteRef {
    std::string id;
    std::optional<Locator> locator;
    std::string prefix;
    std::string suffix;
    bool suppressAuthor = false;
};

/// One citation of a document: its cites, and the number of the footnote it sits
/// in (0 for an in-text citation).
struct CitationCluster {
    std::vector<CiteRef> cites;
    int noteIndex = 0;
};

/// Clusters in citeproc-js's citation format: a JSON array of
/// {"citationItems": [{"id", "locator", "label", "prefix", "suffix",
/// "suppress-author"}, …], "properties": {"noteIndex": N}}. A cluster may also
/// be a bare array of cite-items, or a [citation, before, after] triple.
Expected<std::vector<CitationCluster>> clustersFromJson(const std::string &json);

/// A document rendered as a word-processor plugin shows it after a refresh.
struct RenderedDocument {
    std::vector<std::string> citations;       ///< one per cluster, in document order
    std::vector<std::string> bibliography;    ///< the reference list, in the style's order
    std::vector<std::string> bibliographyIds; ///< the item of each entry
    std::vector<std::string> problems;        ///< one sentence per cite that names no item
};

struct ProcessorOptions {
    /// A locale forced over the style's default-locale ("id-ID"); empty keeps
    /// the style's (en-US when it has none).
    std::string locale;
    /// HTML bibliography entries: true prints a second-field-align margin
    /// flattened ("[1] rest"); false keeps citeproc-js's csl-left-margin /
    /// csl-right-inline <div>s. Other cs:display values are always written as
    /// citeproc-js's <div class="csl-…"> blocks in HTML.
    bool flattenDisplay = true;
};

/// Renders items with one style and locale: one at a time, as a "copy
/// citation" button would (every citation is the first, position "first"), or
/// a whole document of citations and its reference list.
class CitationProcessor {
public:
    static Expected<CitationProcessor> create(const CslStyle &style, const ProcessorOptions &options = {});

    /// The locale in use ("en-US").
    const std::string &localeId() const;

    /// The item's bibliography entry. HTML is wrapped in <div class="csl-entry">;
    /// a second-field-align margin is flattened to "margin, one space, the rest".
    Expected<std::string> bibliography(const CslItem &item, OutputFormat format) const;
    /// The item's citation (in-text, or the first footnote of a note style).
    Expected<std::string> citation(const CslItem &item, OutputFormat format,
                                   const std::optional<Locator> &locator = std::nullopt) const;
    /// A whole document: its citations in their final form (numbers, disambiguated
    /// names, year suffixes, positions such as ibid., sorted and collapsed cites) and
    /// its reference list (sorted, numbered, subsequent authors substituted). Without
    /// clusters the document cites every item once, in the given order.
    Expected<RenderedDocument> renderDocument(const std::vector<CslItem> &items,
                                              const std::vector<CitationCluster> &clusters,
                                              OutputFormat format) const;
    /// One citation of several items, sorted as the style sorts a citation.
    Expected<std::string> citationCluster(const std::vector<CslItem> &items, OutputFormat format) const;
    /// The reference list of several items (renderDocument without citations).
    Expected<std::vector<std::string>> bibliographyEntries(const std::vector<CslItem> &items,
                                                           OutputFormat format) const;

private:
    CitationProcessor(CslStyle style, std::shared_ptr<const detail::CslLocale> locale);

    CslStyle m_style;
    std::shared_ptr<const detail::CslLocale> m_locale;
    bool m_flatten = true;
};

} // namespace warta
