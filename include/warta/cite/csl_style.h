#pragma once

#include "warta/common/expected.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace warta {

namespace detail {
struct StyleData;
}
struct StyleFactory;

/// Where styles and locales are looked up. Empty strings mean the defaults:
/// the system CSL folder (Debian's citation-style-language packages) and the
/// user folder ~/.local/share/warta/styles.
struct StyleOptions {
    std::string cslDir;
    std::string userStyleDir;
};

struct StyleSummary {
    std::string id;
    std::string title;
    std::string path;
    bool dependent = false;
};

/// A loaded CSL style. Dependent styles are resolved to their independent
/// parent; the dependent's own default-locale wins over the parent's.
/// Cheap to copy (the parsed style is shared and immutable).
class CslStyle {
public:
    /// `idOrPath`: a style id ("apa"), searched in the user folder, `styles/`
    /// and `styles/dependent/`; or a path to a .csl file. An unknown id fails
    /// with ErrorCode::StyleNotFound naming the nearest ids.
    static Expected<CslStyle> load(const std::string &idOrPath, const StyleOptions &options = {});
    /// A style given as XML text (dependent links are resolved by id).
    static Expected<CslStyle> fromXml(const std::string &xml, const StyleOptions &options = {});

    const std::string &id() const;
    const std::string &title() const;
    /// The style's default-locale, empty when it sets none.
    const std::string &defaultLocale() const;
    /// "in-text" or "note".
    const std::string &styleClass() const;
    /// The id of the independent parent when this is a dependent style, else empty.
    const std::string &parentId() const;
    bool hasBibliography() const;
    /// Folder with locales-xx-XX.xml files.
    const std::string &localeDir() const { return m_localeDir; }

    const detail::StyleData &data() const { return *m_data; }

private:
    friend struct StyleFactory;
    CslStyle() = default;
    std::shared_ptr<const detail::StyleData> m_data;
    std::string m_localeDir;
};

/// Every installed style (user folder first), sorted by id.
std::vector<StyleSummary> listStyles(const StyleOptions &options = {});

/// The installed style ids closest to `id` by edit distance, best first.
std::vector<std::string> nearestStyleIds(const std::string &id, std::size_t count,
                                         const StyleOptions &options = {});

} // namespace warta
