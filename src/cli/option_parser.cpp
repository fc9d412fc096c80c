#include "option_parser.h"

#include <algorithm>

namespace warta {

OptionParser &OptionParser::flag(std::string_view name, bool &target)
{
    m_specs.push_back({std::string(name), &target, nullptr, nullptr});
    return *this;
}

OptionParser &OptionParser::value(std::string_view name, std::string &target)
{
    m_specs.push_back({std::string(name), nullptr, &target, nullptr});
    return *this;
}

OptionParser &OptionParser::values(std::string_view name, std::vector<std::string> &target)
{
    m_specs.push_back({std::string(name), nullptr, nullptr, &target});
    return *this;
}

std::optional<std::string> OptionParser::parse(const std::vector<std::string> &args,
                                               std::vector<std::string> &positional) const
{
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (optionsEnded || !arg.starts_with("--")) {
            positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        const std::size_t equals = arg.find('=');
        const std::string name = arg.substr(0, equals);
        const auto spec = std::find_if(m_specs.begin(), m_specs.end(),
                                       [&name](const Spec &s) { return s.name == name; });
        if (spec == m_specs.end())
            return "unknown option '" + name + "'";
        if (spec->flag) {
            if (equals != std::string::npos)
                return name + " takes no value";
            *spec->flag = true;
            continue;
        }
        std::string given;
        if (equals != std::string::npos)
            given = arg.substr(equals + 1);
        else if (i + 1 < args.size())
            given = args[++i];
        else
            return name + " needs a value";
        if (spec->value)
            *spec->value = given;
        else
            spec->values->push_back(given);
    }
    return std::nullopt;
}

bool wantsHelp(const std::vector<std::string> &args)
{
    return std::any_of(args.begin(), args.end(),
                       [](const std::string &a) { return a == "--help" || a == "-h"; });
}

std::optional<std::size_t> positiveCount(const std::string &text, std::size_t maximum)
{
    if (text.empty() || text.size() > 9 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const std::size_t value = std::stoul(text);
    if (value == 0 || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace warta
