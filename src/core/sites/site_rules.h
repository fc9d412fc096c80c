#pragma once

#include "dom/selector.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace warta {

/// One way to read a field: the elements `selector` finds, their text (or
/// the value of `attribute`), without the descendants `clean` names.
struct FieldCandidate {
    std::string selectorText; ///< as written in the rules file, for diagnostics
    Selector selector;
    std::string attribute; ///< empty: the element's visible text
    std::optional<Selector> clean;
};

/// An ordered list of candidates: the first that gives a value wins.
using FieldCandidates = std::vector<FieldCandidate>;

/// Where each field of an article is on the page; an empty list means "not
/// stated here" (a template's empty list takes the site's own).
struct FieldRules {
    FieldCandidates title;
    FieldCandidates subtitle;
    FieldCandidates byline;
    FieldCandidates date;
    FieldCandidates body; ///< body containers; every match of the first productive candidate is read
    FieldCandidates image;
    FieldCandidates caption;
    FieldCandidates tags;
    FieldCandidates section; ///< breadcrumb items, in order
    FieldCandidates editor;  ///< the element holding the editor's initials
};

/// One page template of a site, recognised when all `detect` selectors match.
struct SiteTemplate {
    std::string name; ///< the article's `layout`
    std::vector<Selector> detect;
    FieldRules fields; ///< the template's own lists; an empty one takes the site's
};

/// How a site's pages are recognised.
struct SiteRecognition {
    std::vector<std::string> hosts;       ///< the host or any subdomain of it
    std::vector<std::string> urlPatterns; ///< '*' matches any run of characters
    std::vector<std::string> siteNames;   ///< contained in og:site_name, any case
    std::vector<Selector> markers;        ///< any of them marks a saved copy whose URL is lost
};

/// A multi-page article's paging block.
struct PagingRules {
    std::optional<Selector> links; ///< the page-number links; the active one has `activeClass`
    std::string activeClass = "active";
    std::vector<std::string> wholeArticle; ///< URL parts of the one-page view ("showpage=all")
};

/// How a site's sections are named.
struct SectionRules {
    std::vector<std::string> drop; ///< breadcrumb words that are no section ("Home")
    std::vector<std::pair<std::string, std::string>> fromSubdomain; ///< "nasional" → "Nasional"
    std::vector<std::string> opinion; ///< sections whose bylines are writers (op-eds)
};

/// The URL date rules a site may name (the code behind each is in url_date_rules.cpp).
enum class UrlDateRule {
    EpochSuffix, ///< "…/slug-1561632896": Unix seconds after the slug's last dash
};

/// Everything one rules file says about one site; see docs/adding-a-site.md.
struct SiteRules {
    std::string id;   ///< the file's name without ".json"
    std::string file; ///< where it was read from ("built in" files name their resource path)
    bool builtIn = false;

    std::string name;           ///< the article's `site`
    std::string containerTitle; ///< the citation's container title; `name` when the file gives none
    std::vector<std::string> titleSuffixes;
    SiteRecognition recognise;
    FieldRules fields;
    std::vector<SiteTemplate> templates; ///< newest first: the first that matches is used
    std::optional<Selector> bodyNoise;
    PagingRules paging;
    SectionRules sections;
    std::vector<std::string> datelines; ///< forms such as "Metrotvnews.com, *:" ('*' is the place)
    std::optional<UrlDateRule> urlDate;
};

/// A template's candidates for one field: its own list, else the site's.
inline const FieldCandidates &fieldOf(const SiteRules &site, const SiteTemplate &shape,
                                      FieldCandidates FieldRules::*field)
{
    return (shape.fields.*field).empty() ? site.fields.*field : shape.fields.*field;
}

} // namespace warta
