#pragma once

#include "warta/cite/csl_style.h"
#include "warta/common/expected.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace warta::cite {

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

    const std::string &id() const;
    const detail::ItemData &data() const { return *m_data; }

private:
    CslItem() = default;
    std::shared_ptr<const detail::ItemData> m_data;
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

/// Renders items one at a time with one style and locale, as a "copy
/// citation" button would: every citation is the first (position "first").
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
    /// One citation of several items, in the given order, joined by the layout delimiter.
    Expected<std::string> citationCluster(const std::vector<CslItem> &items, OutputFormat format) const;
    /// Entries of a bibliography of several items, in the style's sort order when it has one.
    Expected<std::vector<std::string>> bibliographyEntries(const std::vector<CslItem> &items,
                                                           OutputFormat format) const;

private:
    CitationProcessor(CslStyle style, std::shared_ptr<const detail::CslLocale> locale);
    Expected<std::string> renderEntry(const CslItem &item, OutputFormat format, int number) const;
    Expected<std::string> renderCite(const std::vector<CslItem> &items, OutputFormat format,
                                     const std::optional<Locator> &locator) const;

    CslStyle m_style;
    std::shared_ptr<const detail::CslLocale> m_locale;
    bool m_flatten = true;
};

} // namespace warta::cite
