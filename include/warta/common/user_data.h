#pragma once

#include <string>

namespace warta {

/// Warta's folder of the user's data: `$XDG_DATA_HOME/warta`, or
/// `~/.local/share/warta` when XDG_DATA_HOME is unset or not absolute (the
/// XDG base directory rules); empty when neither is known. Quote corrections
/// and the library live under it.
std::string userDataFolder();

} // namespace warta
