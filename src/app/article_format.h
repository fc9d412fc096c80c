#pragma once

#include "warta/article/article.h"
#include "warta/date/date_format.h"

#include <QString>

namespace warta {

/// The language the viewer writes dates and labels in.
enum class UiLanguage {
    English,
    Indonesian
};

/// "Kamis, 27 Juni 2019, 17.54 WIB" or "Thursday, 27 June 2019, 17:54 WIB":
/// the core's formatLongDate in the interface language.
QString longDate(const ZonedTime &time, UiLanguage language);

/// The core's date language for the interface language.
DateLanguage dateLanguage(UiLanguage language);

/// A reading-time range in minutes, computed as Firefox Reader View does:
/// characters divided by a per-language speed plus and minus its variance.
struct ReadingTime {
    int fastMinutes = 0;
    int slowMinutes = 0;
};
ReadingTime readingTime(const Article &article);
/// The same for a body of `characters` QString units in `language`.
ReadingTime readingTime(qint64 characters, const std::string &language);

/// "3–4 min" or "1 min".
QString readingTimeText(const ReadingTime &time);

/// The article's word count; counted here when the core left it at zero.
int articleWords(const Article &article);

/// "Karena itu ia langsung menyatakan…": the first `count` words of a text.
QString firstWords(const QString &text, int count);

/// A role name for the byline ("reporter", "editor"), translated.
QString authorRoleText(AuthorRole role);

} // namespace warta
