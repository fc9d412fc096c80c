#include "article_fields.h"
#include "export_text.h"

#include "warta/cite/article_item.h"

// Article → RIS. A RIS record is one "TAG  - value" per line, so the one escaping RIS needs is
// that no value holds a line break: every value goes through oneLine, and a title carrying
// "\nER  - " stays inside its TI line.
namespace warta {

using namespace detail;

std::string articleToRis(const Article &article, const ItemOptions &options)
{
    std::string out;
    auto tag = [&](const char *name, const std::string &value) {
        const std::string line = oneLine(value);
        if (!line.empty())
            out += std::string(name) + "  - " + line + "\n";
    };
    tag("TY", "NEWS");
    for (const auto &name : authorsOf(article))
        tag("AU", name.literal.empty() ? name.family + ", " + name.given : name.literal);
    tag("TI", article.title);
    tag("T2", containerOf(article));
    if (article.published) {
        auto f = article.published->local();
        tag("PY", std::to_string(f.year));
        tag("DA", std::to_string(f.year) + "/" + twoDigits(f.month) + "/" + twoDigits(f.day));
    }
    if (auto url = urlOf(article))
        tag("UR", *url);
    auto accessed = accessedOf(article, options);
    tag("Y2", std::to_string(accessed[0]) + "/" + twoDigits(accessed[1]) + "/" + twoDigits(accessed[2]));
    tag("LA", article.language);
    out += "ER  - \n";
    return out;
}

} // namespace warta
