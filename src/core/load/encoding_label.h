#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace warta {

/// The canonical name of a charset label as the WHATWG Encoding Standard
/// resolves it ("latin1", "ISO-8859-1", "us-ascii" → "windows-1252";
/// "utf8" → "UTF-8"; "utf-16" → "UTF-16LE"), for labels ICU can convert.
/// Labels outside the standard's common table fall back to ICU's alias
/// table. nullopt for a label nobody knows. Case and surrounding ASCII
/// whitespace are ignored.
std::optional<std::string> canonicalEncoding(std::string_view label);

/// What a charset declared in a `<meta>` means (WHATWG "prescan" step): a
/// declared UTF-16 is taken as UTF-8 (the bytes were read as ASCII-compatible
/// to find it at all). x-user-defined is always read as windows-1252, which
/// ICU can convert and which agrees with it on ASCII.
std::optional<std::string> encodingFromMeta(std::string_view label);

} // namespace warta
