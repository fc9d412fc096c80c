#pragma once

#include "cite/csl_output.h"
#include "warta/common/expected.h"

#include <pugixml.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace warta::detail {

struct CslTerm {
    std::string single;
    std::string multiple;
    std::string gender;     ///< gender of the noun term ("masculine"), for ordinals
    std::string genderForm; ///< gender variant of an ordinal term
    std::string match;      ///< ordinal match rule
};

/// The terms, date formats and options of one language after merging the
/// style's inline <locale> overrides over the locale files (CSL fallback chain).
class CslLocale {
public:
    std::string lang;
    QuoteMarks quotes;
    bool limitDayOrdinalsToDay1 = false;

    /// Term text by name, form and number, with the CSL form fallbacks
    /// (verb-short → verb → long, symbol → short → long). nullopt when undefined.
    std::optional<std::string> term(const std::string &name, const std::string &form = "long",
                                    bool plural = false) const;
    const CslTerm *findTerm(const std::string &name, const std::string &form,
                            const std::string &gender = {}) const;
    /// The locale's <date form="text|numeric"> element.
    pugi::xml_node dateFormat(const std::string &form) const;
    std::string ordinal(long number, const std::string &gender) const;
    std::string longOrdinal(long number, const std::string &gender) const;

    /// Merges one <locale> element's content over what is there.
    void merge(pugi::xml_node locale);
    /// Keeps a document alive that dateFormat nodes point into.
    void keep(std::shared_ptr<pugi::xml_document> doc) { m_docs.push_back(std::move(doc)); }

private:
    std::map<std::string, CslTerm> m_terms; // key: name '\x1f' form '\x1f' gender-form
    std::map<std::string, pugi::xml_node> m_dates;
    std::vector<std::shared_ptr<pugi::xml_document>> m_docs;
};

/// Builds the locale for `lang` (e.g. "id-ID", "en"): en-US file, the language's
/// files, then the style's inline locales for that language. `styleRoot` may be null.
Expected<std::shared_ptr<CslLocale>> buildLocale(const std::string &localeDir, const std::string &lang,
                                                 pugi::xml_node styleRoot);

} // namespace warta::detail
