#include "extract/person_names.h"

#include "warta/date/date_parser.h"
#include "warta/text/text.h"

namespace warta {
namespace {

constexpr std::size_t kMaxNameBytes = 60;

bool startsWithWord(std::string_view lowered, std::string_view word)
{
    return lowered.starts_with(word) &&
           (lowered.size() == word.size() ||
            std::string_view(" :./").find(lowered[word.size()]) != std::string_view::npos);
}

} // namespace

bool looksLikePersonName(std::string_view name)
{
    const std::string text = cleanText(name);
    if (text.size() < 3 || text.size() > kMaxNameBytes)
        return false;
    if (text.find_first_of("0123456789@") != std::string::npos)
        return false;
    // A weekday or a month alone ("Jumat", "Juni") is a date line's word.
    if (isDateWord(text))
        return false;
    const std::string lowered = asciiLower(text);
    for (std::string_view credit :
         {"foto", "photo", "ilustrasi", "illustration", "dok", "dokumentasi", "sumber", "source", "getty",
          "shutterstock", "istimewa", "ist", "courtesy"}) {
        if (startsWithWord(lowered, credit))
            return false;
    }
    return true;
}

bool isCollectiveAuthor(std::string_view name)
{
    const std::string lowered = asciiLower(cleanText(name));
    for (std::string_view desk : {"tim", "redaksi", "admin", "newsroom", "staff", "desk", "editorial"}) {
        if (startsWithWord(lowered, desk))
            return true;
    }
    return false;
}

std::vector<std::string> splitJointByline(const std::string &byline)
{
    std::vector<std::string> names;
    std::string rest = byline;
    for (;;) {
        std::size_t at = std::string::npos;
        std::size_t length = 0;
        for (std::string_view joint : {" dan ", " and ", " & "}) {
            const auto found = rest.find(joint);
            if (found != std::string::npos && found < at) {
                at = found;
                length = joint.size();
            }
        }
        if (at == std::string::npos)
            break;
        if (std::string part = cleanText(rest.substr(0, at)); !part.empty())
            names.push_back(std::move(part));
        rest.erase(0, at + length);
    }
    if (std::string part = cleanText(rest); !part.empty())
        names.push_back(std::move(part));
    return names;
}

} // namespace warta
