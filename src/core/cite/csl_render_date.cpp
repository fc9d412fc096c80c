#include "cite/csl_render.h"

#include "cite/csl_text_case.h"

#include <cstdio>

// cs:date: localized and non-localized dates, date parts, ranges, seasons.
namespace warta::detail {
namespace {

struct PartSpec {
    std::string name;         ///< year, month, day
    pugi::xml_node node;      ///< where formatting and form come from
    pugi::xml_node override_; ///< the style's date-part for a localized date
};

int unitIndex(const std::string &name)
{
    return name == "year" ? 0 : name == "month" ? 1 : 2;
}

std::string attr(const PartSpec &spec, const char *name, const char *fallback = "")
{
    if (spec.override_ && spec.override_.attribute(name))
        return spec.override_.attribute(name).value();
    return spec.node.attribute(name).as_string(fallback);
}

std::string twoDigits(int value)
{
    std::string text = std::to_string(value);
    return text.size() < 2 ? "0" + text : text;
}

} // namespace

namespace {

class DateWriter {
public:
    DateWriter(Renderer &renderer, const CslDate &date) : r(renderer), m_date(date) {}

    std::string value(const PartSpec &spec, const std::array<int, 3> &ymd) const
    {
        const std::string form = attr(spec, "form");
        if (spec.name == "year") {
            int year = ymd[0];
            if (year == 0)
                return {};
            if (year < 0)
                return std::to_string(-year) + " " + r.locale().term("bc").value_or("BC");
            std::string text = std::to_string(year);
            if (form == "short")
                text = twoDigits(year % 100);
            else if (year < 1000)
                text += " " + r.locale().term("ad").value_or("AD");
            return text;
        }
        if (spec.name == "month") {
            int month = ymd[1];
            if (month >= 13 && month <= 16)
                return seasonName(month - 12);
            if (month >= 21 && month <= 24)
                return seasonName(month - 20);
            if (month == 0)
                return m_date.season && &ymd == &m_date.parts.front() ? seasonName(m_date.season) : "";
            if (month < 1 || month > 12)
                return {};
            if (form == "numeric")
                return std::to_string(month);
            if (form == "numeric-leading-zeros")
                return twoDigits(month);
            std::string term = "month-" + twoDigits(month);
            return r.locale().term(term, form == "short" ? "short" : "long").value_or(std::to_string(month));
        }
        int day = ymd[2];
        if (day == 0 || ymd[1] == 0 || ymd[1] > 12)
            return {};
        if (form == "numeric-leading-zeros")
            return twoDigits(day);
        if (form == "ordinal") {
            if (r.locale().limitDayOrdinalsToDay1 && day != 1)
                return std::to_string(day);
            std::string gender;
            if (const CslTerm *t = r.locale().findTerm("month-" + twoDigits(ymd[1]), "long"))
                gender = t->gender;
            return r.locale().ordinal(day, gender);
        }
        return std::to_string(day);
    }

    std::string seasonName(int season) const
    {
        return r.locale().term("season-0" + std::to_string(season)).value_or("");
    }

    Out part(const PartSpec &spec, const std::array<int, 3> &ymd, bool withPrefix, bool withSuffix) const
    {
        std::string text = value(spec, ymd);
        if (text.empty())
            return Out::group({});
        if (spec.name == "year")
            text += r.takeImplicitYearSuffix();
        Out out = Out::leaf(text);
        pugi::xml_node source = spec.override_ ? spec.override_ : spec.node;
        if (auto tc = attr(spec, "text-case"); !tc.empty())
            applyTextCase(out, tc, r.english());
        if (attr(spec, "strip-periods") == "true")
            stripPeriods(out);
        out.fontStyle = attr(spec, "font-style");
        out.fontWeight = attr(spec, "font-weight");
        out.fontVariant = attr(spec, "font-variant");
        out.textDecoration = attr(spec, "text-decoration");
        out.verticalAlign = attr(spec, "vertical-align");
        // Affixes always come from the element that defines the part.
        if (withPrefix)
            out.prefix = spec.node.attribute("prefix").value();
        if (withSuffix)
            out.suffix = spec.node.attribute("suffix").value();
        (void)source;
        return out;
    }

    Out single(const std::vector<PartSpec> &parts, const std::array<int, 3> &ymd,
               const std::string &delimiter) const
    {
        Out out = Out::group({}, delimiter);
        for (const auto &spec : parts)
            out.kids.push_back(part(spec, ymd, true, true));
        return out;
    }

    Out range(const std::vector<PartSpec> &allParts, const std::string &delimiter) const
    {
        const auto &from = m_date.parts[0];
        const auto &to = m_date.parts[1];
        std::vector<PartSpec> parts;
        for (const auto &spec : allParts)
            if (!value(spec, from).empty() || !value(spec, to).empty())
                parts.push_back(spec);
        int greatest = -1;
        for (int unit = 0; unit < 3; ++unit)
            if (from[static_cast<std::size_t>(unit)] != to[static_cast<std::size_t>(unit)]) {
                greatest = unit;
                break;
            }
        if (greatest < 0)
            return single(parts, from, delimiter);
        std::size_t first = parts.size(), last = 0;
        for (std::size_t i = 0; i < parts.size(); ++i)
            if (unitIndex(parts[i].name) >= greatest) {
                first = std::min(first, i);
                last = i;
            }
        if (first == parts.size())
            return single(parts, from, delimiter);
        std::string rangeDelimiter = "\u2013";
        for (const auto &spec : parts)
            if (unitIndex(spec.name) == greatest && spec.node.attribute("range-delimiter"))
                rangeDelimiter = spec.node.attribute("range-delimiter").value();
        Out out = Out::group({}, {});
        auto push = [&](Out piece) {
            if (piece.empty())
                return;
            if (!out.kids.empty() && !delimiter.empty())
                out.kids.push_back(Out::leaf(delimiter));
            out.kids.push_back(std::move(piece));
        };
        for (std::size_t i = 0; i < first; ++i)
            push(part(parts[i], from, true, true));
        Out left = Out::group({}, delimiter);
        Out right = Out::group({}, delimiter);
        for (std::size_t i = first; i <= last; ++i) {
            left.kids.push_back(part(parts[i], from, true, i != last));
            right.kids.push_back(part(parts[i], to, i != first, true));
        }
        Out joined = Out::group({});
        joined.kids.push_back(std::move(left));
        joined.kids.push_back(Out::leaf(rangeDelimiter));
        joined.kids.push_back(std::move(right));
        push(std::move(joined));
        for (std::size_t i = last + 1; i < parts.size(); ++i)
            push(part(parts[i], to, true, true));
        return out;
    }

private:
    Renderer &r;
    const CslDate &m_date;
};

} // namespace

Rendered Renderer::renderDate(pugi::xml_node node)
{
    const std::string name = node.attribute("variable").value();
    auto it = m_item.dates.find(name);
    if (isSuppressed(name) || it == m_item.dates.end() || it->second.empty())
        return {Out::group({}), VarState::Empty};
    markUsed(name);
    const CslDate &date = it->second;
    Rendered result;
    result.state = VarState::Filled;
    if (date.parts.empty()) {
        result.out = Out::leaf(date.literal);
        format(result.out, node);
        return result;
    }
    if (m_request.sortKey) {
        // Sort keys compare dates as numbers, whatever form the style prints,
        // with only the parts the element prints.
        auto p = date.parts.front();
        const std::string form = node.attribute("form").value();
        const std::string wanted = node.attribute("date-parts").as_string("year-month-day");
        bool month = true, day = true;
        if (!form.empty()) {
            month = wanted != "year";
            day = wanted == "year-month-day";
        } else {
            month = static_cast<bool>(node.find_child_by_attribute("date-part", "name", "month"));
            day = static_cast<bool>(node.find_child_by_attribute("date-part", "name", "day"));
        }
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%05d%02d%02d", p[0] + 50000, month ? p[1] : 0, day ? p[2] : 0);
        result.out = Out::leaf(buffer);
        return result;
    }
    std::vector<PartSpec> parts;
    std::string delimiter;
    const std::string form = node.attribute("form").value();
    if (!form.empty()) {
        pugi::xml_node localized = m_locale.dateFormat(form);
        const std::string wanted = node.attribute("date-parts").as_string("year-month-day");
        delimiter = localized.attribute("delimiter").value();
        for (auto dp : localized.children("date-part")) {
            std::string partName = dp.attribute("name").value();
            if (partName == "month" && wanted == "year")
                continue;
            if (partName == "day" && wanted != "year-month-day")
                continue;
            pugi::xml_node override_;
            for (auto mine : node.children("date-part"))
                if (partName == mine.attribute("name").value())
                    override_ = mine;
            parts.push_back({partName, dp, override_});
        }
    } else {
        delimiter = node.attribute("delimiter").value();
        for (auto dp : node.children("date-part"))
            parts.push_back({dp.attribute("name").value(), dp, {}});
    }
    DateWriter writer(*this, date);
    const bool isRange = date.parts.size() > 1 && date.parts[1][0] != 0;
    const bool openRange = date.parts.size() > 1 && date.parts[1][0] == 0;
    result.out = isRange ? writer.range(parts, delimiter) : writer.single(parts, date.parts[0], delimiter);
    if (openRange && !result.out.empty()) {
        // "1987–": a range with no end yet.
        Out open = Out::group({});
        open.kids.push_back(std::move(result.out));
        open.kids.push_back(Out::leaf("\u2013"));
        result.out = std::move(open);
    }
    if (result.out.empty())
        return {Out::group({}), VarState::Empty};
    format(result.out, node);
    return result;
}

} // namespace warta::detail
