#include "commands.h"

#include "warta/cite/citation_processor.h"
#include "warta/cite/csl_style.h"

#include <algorithm>
#include <cctype>
#include <ostream>
#include <string>

namespace warta {
namespace {

constexpr const char *kHelp = "usage: warta-cli styles [--search TEXT]\n"
                              "\n"
                              "Lists the installed CSL styles, one per line: id, a tab, the title.\n"
                              "  --search TEXT   only styles whose id or title contains TEXT (any case)\n"
                              "Styles come from ~/.local/share/warta/styles and the system CSL folder.\n";

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

} // namespace

int runStyles(const Invocation &call)
{
    std::string search;
    for (std::size_t i = 0; i < call.args.size(); ++i) {
        const std::string &arg = call.args[i];
        if (arg == "--help" || arg == "-h") {
            call.out << kHelp;
            return 0;
        }
        if (arg == "--search" && i + 1 < call.args.size()) {
            search = lower(call.args[++i]);
        } else {
            call.err << "warta-cli: styles: unexpected argument " << arg << "\n" << kHelp;
            return static_cast<int>(ErrorCode::Usage);
        }
    }
    int shown = 0;
    for (const auto &style : listStyles()) {
        if (!search.empty() && lower(style.id).find(search) == std::string::npos &&
            lower(style.title).find(search) == std::string::npos)
            continue;
        call.out << style.id << "\t" << style.title << "\n";
        ++shown;
    }
    if (shown == 0 && !search.empty()) {
        call.err << "warta-cli: styles: no style matches \"" << search << "\"\n";
        return 1;
    }
    return 0;
}

} // namespace warta
