#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// The options of the library commands: flags (`--json`), values given as
/// `--name VALUE` or `--name=VALUE`, and the rest as positional arguments.
/// Only "--" starts an option, so a search word may begin with "-" (an
/// excluded word); "--" alone ends the options.
class OptionParser {
public:
    OptionParser &flag(std::string_view name, bool &target);
    OptionParser &value(std::string_view name, std::string &target);
    /// A value that may be given several times (`library add --exclude`…).
    OptionParser &values(std::string_view name, std::vector<std::string> &target);

    /// Fills the targets and `positional`; returns the sentence of a usage
    /// error (an unknown option, a value missing), nothing when all is well.
    std::optional<std::string> parse(const std::vector<std::string> &args,
                                     std::vector<std::string> &positional) const;

private:
    struct Spec {
        std::string name;
        bool *flag = nullptr;
        std::string *value = nullptr;
        std::vector<std::string> *values = nullptr;
    };
    std::vector<Spec> m_specs;
};

/// Whether the arguments ask for help (`--help`, `-h`).
bool wantsHelp(const std::vector<std::string> &args);

/// A whole positive decimal number (no sign, no spaces), at most `maximum`.
std::optional<std::size_t> positiveCount(const std::string &text, std::size_t maximum);

} // namespace warta
