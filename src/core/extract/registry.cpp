#include "extract/extractor.h"
#include "extract/generic/generic_extractor.h"
#include "extract/rules/rules_extractor.h"
#include "sites/site_registry.h"

#include <deque>

namespace warta {

const std::vector<const Extractor *> &extractorRegistry()
{
    // One interpreter per installed rules file (resources/sites/ and the
    // user's folder), then the generic extractor, which answers every page.
    static const std::deque<RulesExtractor> sites = [] {
        std::deque<RulesExtractor> made;
        for (const auto &rules : detail::siteRegistry().sites)
            made.emplace_back(rules);
        return made;
    }();
    static const GenericExtractor generic;
    static const std::vector<const Extractor *> registry = [] {
        std::vector<const Extractor *> list;
        for (const auto &site : sites)
            list.push_back(&site);
        list.push_back(&generic);
        return list;
    }();
    return registry;
}

} // namespace warta
