#include "warta/common/user_data.h"

#include <cstdlib>
#include <filesystem>

namespace warta {

std::string userDataFolder()
{
    // The XDG base directory rules: a relative XDG_DATA_HOME is ignored.
    namespace fs = std::filesystem;
    const char *data = std::getenv("XDG_DATA_HOME");
    fs::path base;
    if (data && *data && fs::path(data).is_absolute()) {
        base = data;
    } else {
        const char *home = std::getenv("HOME");
        if (!home || !*home)
            return {};
        base = fs::path(home) / ".local" / "share";
    }
    return (base / "warta").string();
}

} // namespace warta
