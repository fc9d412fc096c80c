#include "sites/url_date_rules.h"

#include "warta/date/date_parser.h"

namespace warta::detail {
namespace {

// A site's URL date is code, not a table: each form is a named rule here,
// chosen by the site's rules file, so that no site's form runs on another's
// pages (a ten-digit article id is no time elsewhere).
struct NamedRule {
    std::string_view name;
    UrlDateRule rule;
};

constexpr NamedRule kRules[] = {
        // Unix seconds after the slug's last dash: "…/judul-artikel-1561632896".
        {"epoch-suffix", UrlDateRule::EpochSuffix},
};

} // namespace

std::optional<UrlDateRule> urlDateRuleNamed(std::string_view name)
{
    for (const auto &entry : kRules) {
        if (entry.name == name)
            return entry.rule;
    }
    return std::nullopt;
}

std::string urlDateRuleNames()
{
    std::string names;
    for (const auto &entry : kRules)
        names.append(names.empty() ? "\"" : ", \"").append(entry.name).append("\"");
    return names;
}

std::optional<std::int64_t> dateFromUrl(UrlDateRule rule, std::string_view url)
{
    switch (rule) {
    case UrlDateRule::EpochSuffix:
        return epochFromArticleUrl(url);
    }
    return std::nullopt;
}

} // namespace warta::detail
