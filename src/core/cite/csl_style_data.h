#pragma once

#include <pugixml.hpp>

#include <map>
#include <memory>
#include <string>

namespace warta::detail {

/// A parsed CSL style: the XML stays in memory and elements are interpreted
/// directly from it (a style is small; walking pugixml nodes is fast enough).
struct StyleData {
    std::shared_ptr<pugi::xml_document> doc;
    pugi::xml_node root;
    pugi::xml_node citation;
    pugi::xml_node bibliography;
    std::map<std::string, pugi::xml_node> macros;
    std::string id;
    std::string title;
    std::string path;
    std::string styleClass;        ///< "in-text" or "note"
    std::string defaultLocale;     ///< empty when the style sets none
    std::string parentId;          ///< for a dependent style: the parent it rendered through
    bool printsYearSuffix = false; ///< some element renders the year-suffix variable
};

} // namespace warta::detail
