#include "cite/csl_locale.h"

#include "warta/load/file_bytes.h"

#include <cctype>
#include <filesystem>

namespace warta::detail {
namespace {

// Locale files write elisions with a straight apostrophe ("à l'adresse", "dell'"); citeproc-js
// prints an apostrophe between two letters as the typographic one, as in item fields.
std::string typographicApostrophes(std::string text)
{
    auto isLetterByte = [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return std::isalpha(byte) || byte >= 0x80;
    };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\'' && i > 0 && i + 1 < text.size() && isLetterByte(text[i - 1]) &&
            isLetterByte(text[i + 1]))
            out += "\u2019";
        else
            out += text[i];
    }
    return out;
}

std::string key(const std::string &name, const std::string &form, const std::string &gender)
{
    return name + '\x1f' + form + '\x1f' + gender;
}

// Region used when a style or user names only a language ("de" → "de-DE").
std::string primaryDialect(const std::string &language)
{
    static const std::map<std::string, std::string> kPrimary = {
            {"af", "af-ZA"}, {"bg", "bg-BG"}, {"ca", "ca-AD"}, {"cs", "cs-CZ"}, {"cy", "cy-GB"},
            {"da", "da-DK"}, {"de", "de-DE"}, {"el", "el-GR"}, {"en", "en-US"}, {"es", "es-ES"},
            {"et", "et-EE"}, {"fa", "fa-IR"}, {"fi", "fi-FI"}, {"fr", "fr-FR"}, {"he", "he-IL"},
            {"hi", "hi-IN"}, {"hr", "hr-HR"}, {"hu", "hu-HU"}, {"id", "id-ID"}, {"is", "is-IS"},
            {"it", "it-IT"}, {"ja", "ja-JP"}, {"km", "km-KH"}, {"ko", "ko-KR"}, {"lt", "lt-LT"},
            {"lv", "lv-LV"}, {"mn", "mn-MN"}, {"nb", "nb-NO"}, {"nl", "nl-NL"}, {"nn", "nn-NO"},
            {"pl", "pl-PL"}, {"pt", "pt-PT"}, {"ro", "ro-RO"}, {"ru", "ru-RU"}, {"sk", "sk-SK"},
            {"sl", "sl-SI"}, {"sr", "sr-RS"}, {"sv", "sv-SE"}, {"th", "th-TH"}, {"tr", "tr-TR"},
            {"uk", "uk-UA"}, {"vi", "vi-VN"}, {"zh", "zh-CN"}};
    auto it = kPrimary.find(language);
    return it == kPrimary.end() ? language : it->second;
}

bool loadFile(CslLocale &locale, const std::string &path)
{
    // Locale files are under 100 KB; the same reader as for styles, so nothing can stall it.
    constexpr std::size_t kMaxLocaleBytes = 8u * 1024u * 1024u;
    auto bytes = readFileBytes(path, kMaxLocaleBytes, FileKind{"a CSL locale", "locales"});
    if (!bytes)
        return false;
    auto doc = std::make_shared<pugi::xml_document>();
    if (!doc->load_buffer(bytes->data(), bytes->size()))
        return false;
    locale.merge(doc->child("locale"));
    locale.keep(std::move(doc));
    return true;
}

} // namespace

const CslTerm *CslLocale::findTerm(const std::string &name, const std::string &form,
                                   const std::string &gender) const
{
    auto it = m_terms.find(key(name, form, gender));
    if (it == m_terms.end() && !gender.empty())
        it = m_terms.find(key(name, form, ""));
    return it == m_terms.end() ? nullptr : &it->second;
}

std::optional<std::string> CslLocale::term(const std::string &name, const std::string &form,
                                           bool plural) const
{
    std::string current = form.empty() ? "long" : form;
    while (true) {
        if (const CslTerm *found = findTerm(name, current)) {
            if (plural && !found->multiple.empty())
                return found->multiple;
            return found->single;
        }
        if (current == "verb-short")
            current = "verb";
        else if (current == "symbol")
            current = "short";
        else if (current == "verb" || current == "short")
            current = "long";
        else
            return std::nullopt;
    }
}

pugi::xml_node CslLocale::dateFormat(const std::string &form) const
{
    auto it = m_dates.find(form);
    return it == m_dates.end() ? pugi::xml_node() : it->second;
}

void CslLocale::merge(pugi::xml_node locale)
{
    if (!locale)
        return;
    if (auto options = locale.child("style-options")) {
        if (auto a = options.attribute("punctuation-in-quote"))
            quotes.punctuationInQuote = std::string(a.value()) == "true";
        if (auto a = options.attribute("limit-day-ordinals-to-day-1"))
            limitDayOrdinalsToDay1 = std::string(a.value()) == "true";
    }
    for (auto date : locale.children("date"))
        m_dates[date.attribute("form").value()] = date;
    auto terms = locale.child("terms");
    bool clearedOrdinals = false;
    for (auto node : terms.children("term")) {
        std::string name = node.attribute("name").value();
        if (name.rfind("ordinal", 0) == 0 && !clearedOrdinals) {
            // A locale that defines ordinals replaces the whole inherited set.
            for (auto it = m_terms.begin(); it != m_terms.end();)
                it = it->first.rfind("ordinal", 0) == 0 ? m_terms.erase(it) : std::next(it);
            clearedOrdinals = true;
        }
        std::string form = node.attribute("form").as_string("long");
        CslTerm term;
        term.gender = node.attribute("gender").value();
        term.genderForm = node.attribute("gender-form").value();
        term.match = node.attribute("match").value();
        if (node.child("single") || node.child("multiple")) {
            term.single = typographicApostrophes(node.child_value("single"));
            term.multiple = typographicApostrophes(node.child_value("multiple"));
        } else {
            term.single = typographicApostrophes(node.child_value());
        }
        m_terms[key(name, form, term.genderForm)] = term;
    }
    if (auto t = findTerm("open-quote", "long"))
        quotes.open = t->single;
    if (auto t = findTerm("close-quote", "long"))
        quotes.close = t->single;
    if (auto t = findTerm("open-inner-quote", "long"))
        quotes.openInner = t->single;
    if (auto t = findTerm("close-inner-quote", "long"))
        quotes.closeInner = t->single;
}

std::string CslLocale::ordinal(long number, const std::string &gender) const
{
    auto pick = [&](const std::string &name) -> const CslTerm * { return findTerm(name, "long", gender); };
    const long lastTwo = number % 100;
    const CslTerm *found = nullptr;
    if (lastTwo >= 10) {
        std::string name = "ordinal-" + std::to_string(lastTwo);
        if (const CslTerm *t = pick(name))
            found = t;
    }
    if (!found) {
        std::string name = "ordinal-0" + std::to_string(number % 10);
        if (const CslTerm *t = pick(name)) {
            // "last-two-digits" (the default for 10–19) does not apply to 11–13.
            bool teen = lastTwo >= 11 && lastTwo <= 19;
            if (!(teen && t->match != "last-digit"))
                found = t;
            if (teen && t->match == "whole-number")
                found = nullptr;
        }
    }
    if (!found)
        found = pick("ordinal");
    return std::to_string(number) + (found ? found->single : std::string());
}

std::string CslLocale::longOrdinal(long number, const std::string &gender) const
{
    if (number >= 1 && number <= 10) {
        std::string name = number == 10 ? "long-ordinal-10" : "long-ordinal-0" + std::to_string(number);
        if (const CslTerm *t = findTerm(name, "long", gender))
            return t->single;
    }
    return ordinal(number, gender);
}

Expected<std::shared_ptr<CslLocale>> buildLocale(const std::string &localeDir, const std::string &langIn,
                                                 pugi::xml_node styleRoot)
{
    std::string lang = langIn.empty() ? "en-US" : langIn;
    // "en-US-x-sort-…": private-use extensions do not select a file.
    if (std::size_t ext = lang.find("-x-"); ext != std::string::npos)
        lang = lang.substr(0, ext);
    const std::string language = lang.substr(0, lang.find('-'));
    if (lang.find('-') == std::string::npos)
        lang = primaryDialect(lang);
    auto locale = std::make_shared<CslLocale>();
    locale->lang = lang;
    namespace fs = std::filesystem;
    auto file = [&](const std::string &code) { return localeDir + "/locales-" + code + ".xml"; };
    if (!loadFile(*locale, file("en-US")))
        return fail(ErrorCode::StyleNotFound, "the CSL locale folder has no locales-en-US.xml: " + localeDir);
    bool found = lang == "en-US";
    const std::string primary = primaryDialect(language);
    if (primary != lang && primary != "en-US" && fs::exists(file(primary)))
        found = loadFile(*locale, file(primary)) || found;
    if (lang != "en-US" && fs::exists(file(lang)))
        found = loadFile(*locale, file(lang)) || found;
    if (!found && fs::exists(file(language)))
        found = loadFile(*locale, file(language));
    // No file for the language: citeproc-js goes on with en-US (plus the
    // style's inline locale for that language, merged below).
    (void)found;
    if (styleRoot) {
        for (const std::string &want : {std::string(), language, lang}) {
            for (auto node : styleRoot.children("locale")) {
                std::string attr = node.attribute("xml:lang").value();
                if (attr == want)
                    locale->merge(node);
            }
        }
    }
    return locale;
}

} // namespace warta::detail
