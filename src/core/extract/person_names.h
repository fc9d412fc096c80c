#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// Whether a byline text can be a person's name. Refused, each a class of
/// text seen in bylines of real pages: weekday and month names ("Jumat"),
/// dates and times (anything with a digit), photo and source credits
/// ("Foto: …", "Ilustrasi", "Dok. …", "Getty Images"), and texts too long or
/// too short for a name. Collectives ("Tim Redaksi", "Redaksi", "Admin") are
/// no person either; see isCollectiveAuthor.
bool looksLikePersonName(std::string_view name);

/// "Tim Redaksi", "Redaksi", "Tim Liputan", "Newsroom", "Staff": a desk,
/// kept as an author only when no person is named.
bool isCollectiveAuthor(std::string_view name);

/// "Ani Rahma dan Budi Santoso" → two names; also " and ", " & ". A text
/// without a joining word is one name.
std::vector<std::string> splitJointByline(const std::string &byline);

} // namespace warta
