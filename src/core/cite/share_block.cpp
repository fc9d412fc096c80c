#include "article_fields.h"
#include "export_text.h"

#include "warta/cite/article_item.h"
#include "warta/date/date_format.h"

// The plain block for chats: one line per field, so a line break inside a title cannot make
// the block look like it has another URL or date.
namespace warta {

using namespace detail;

std::string articleShareBlock(const Article &article)
{
    std::string out = oneLine(article.title) + "\n" + oneLine(containerOf(article));
    if (article.published)
        out += " \u00B7 " + formatLongDate(*article.published, dateLanguageOf(article.language));
    out += "\n";
    if (auto url = urlOf(article))
        out += oneLine(*url) + "\n";
    return out;
}

} // namespace warta
