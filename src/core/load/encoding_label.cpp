#include "load/encoding_label.h"

#include "warta/text/text.h"

#include <array>

#include <unicode/ucnv.h>

namespace warta {
namespace {

struct Label {
    std::string_view label;
    std::string_view name;
};

// The labels of the WHATWG Encoding Standard (section 4.2) for the encodings
// a saved Indonesian or international page plausibly uses. Sorted by label
// only for reading; the lookup is linear and runs once a file.
constexpr std::array<Label, 72> kLabels = {{
        {"unicode-1-1-utf-8", "UTF-8"},
        {"unicode11utf8", "UTF-8"},
        {"unicode20utf8", "UTF-8"},
        {"utf-8", "UTF-8"},
        {"utf8", "UTF-8"},
        {"x-unicode20utf8", "UTF-8"},
        {"ansi_x3.4-1968", "windows-1252"},
        {"ascii", "windows-1252"},
        {"cp1252", "windows-1252"},
        {"cp819", "windows-1252"},
        {"csisolatin1", "windows-1252"},
        {"ibm819", "windows-1252"},
        {"iso-8859-1", "windows-1252"},
        {"iso-ir-100", "windows-1252"},
        {"iso8859-1", "windows-1252"},
        {"iso88591", "windows-1252"},
        {"iso_8859-1", "windows-1252"},
        {"iso_8859-1:1987", "windows-1252"},
        {"l1", "windows-1252"},
        {"latin1", "windows-1252"},
        {"us-ascii", "windows-1252"},
        {"windows-1252", "windows-1252"},
        {"x-cp1252", "windows-1252"},
        {"csunicode", "UTF-16LE"},
        {"iso-10646-ucs-2", "UTF-16LE"},
        {"ucs-2", "UTF-16LE"},
        {"unicode", "UTF-16LE"},
        {"unicodefeff", "UTF-16LE"},
        {"utf-16", "UTF-16LE"},
        {"utf-16le", "UTF-16LE"},
        {"unicodefffe", "UTF-16BE"},
        {"utf-16be", "UTF-16BE"},
        {"iso-8859-2", "ISO-8859-2"},
        {"latin2", "ISO-8859-2"},
        {"iso-8859-15", "ISO-8859-15"},
        {"latin9", "ISO-8859-15"},
        {"iso-8859-5", "ISO-8859-5"},
        {"iso-8859-7", "ISO-8859-7"},
        {"iso-8859-9", "windows-1254"},
        {"latin5", "windows-1254"},
        {"windows-1254", "windows-1254"},
        {"iso-8859-11", "windows-874"},
        {"tis-620", "windows-874"},
        {"windows-874", "windows-874"},
        {"windows-1250", "windows-1250"},
        {"windows-1251", "windows-1251"},
        {"windows-1253", "windows-1253"},
        {"windows-1255", "windows-1255"},
        {"windows-1256", "windows-1256"},
        {"windows-1257", "windows-1257"},
        {"windows-1258", "windows-1258"},
        {"koi8-r", "KOI8-R"},
        {"koi8-u", "KOI8-U"},
        {"gb2312", "GBK"},
        {"gbk", "GBK"},
        {"x-gbk", "GBK"},
        {"chinese", "GBK"},
        {"gb18030", "gb18030"},
        {"big5", "Big5"},
        {"big5-hkscs", "Big5"},
        {"euc-jp", "EUC-JP"},
        {"iso-2022-jp", "ISO-2022-JP"},
        {"shift_jis", "Shift_JIS"},
        {"sjis", "Shift_JIS"},
        {"ms_kanji", "Shift_JIS"},
        {"windows-31j", "Shift_JIS"},
        {"euc-kr", "EUC-KR"},
        {"ks_c_5601-1987", "EUC-KR"},
        {"windows-949", "EUC-KR"},
        {"x-user-defined", "windows-1252"},
        {"macintosh", "macintosh"},
        {"x-mac-roman", "macintosh"},
}};

std::string normalise(std::string_view label)
{
    return asciiLower(trimAsciiSpace(label));
}

// A label outside the table: accept it when ICU can convert it, under its
// IANA (MIME) name so that the recorded encoding stays readable.
std::optional<std::string> fromIcu(const std::string &label)
{
    UErrorCode status = U_ZERO_ERROR;
    const char *name = ucnv_getCanonicalName(label.c_str(), "IANA", &status);
    if (U_FAILURE(status) || name == nullptr) {
        status = U_ZERO_ERROR;
        name = ucnv_getAlias(label.c_str(), 0, &status);
        if (U_FAILURE(status) || name == nullptr)
            return std::nullopt;
    }
    status = U_ZERO_ERROR;
    const char *mime = ucnv_getStandardName(name, "MIME", &status);
    if (U_SUCCESS(status) && mime != nullptr)
        return std::string(mime);
    status = U_ZERO_ERROR;
    const char *iana = ucnv_getStandardName(name, "IANA", &status);
    if (U_SUCCESS(status) && iana != nullptr)
        return std::string(iana);
    return std::string(name);
}

} // namespace

std::optional<std::string> canonicalEncoding(std::string_view label)
{
    const std::string key = normalise(label);
    if (key.empty())
        return std::nullopt;
    for (const Label &entry : kLabels) {
        if (entry.label == key)
            return std::string(entry.name);
    }
    return fromIcu(key);
}

std::optional<std::string> encodingFromMeta(std::string_view label)
{
    auto name = canonicalEncoding(label);
    if (name && (*name == "UTF-16LE" || *name == "UTF-16BE"))
        return std::string("UTF-8");
    return name;
}

} // namespace warta
