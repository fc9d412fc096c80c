#include "citation_source.h"

#include "text_convert.h"

#include "warta/cite/csl_style.h"

#include <algorithm>

namespace warta {

QStringList preferredStyleIds()
{
    return {QStringLiteral("apa"), QStringLiteral("modern-language-association"),
            QStringLiteral("chicago-author-date"), QStringLiteral("harvard-cite-them-right"),
            QStringLiteral("ieee")};
}

QList<CitationStyle> installedStyles()
{
    // The core lists the styles (user folder, the CSL folder and its
    // dependent styles, as warta-cli styles does); the viewer only orders them.
    QList<CitationStyle> styles;
    for (const StyleSummary &summary : listStyles())
        styles << CitationStyle{
                qs(summary.id), summary.title.empty() ? qs(summary.id) : qs(summary.title), {}};
    sortStyles(styles);
    return styles;
}

void sortStyles(QList<CitationStyle> &styles)
{
    const QStringList preferred = preferredStyleIds();
    auto rank = [&](const CitationStyle &s) {
        const qsizetype at = preferred.indexOf(s.id);
        return at < 0 ? preferred.size() : at;
    };
    std::stable_sort(styles.begin(), styles.end(), [&](const CitationStyle &a, const CitationStyle &b) {
        const qsizetype ra = rank(a), rb = rank(b);
        if (ra != rb)
            return ra < rb;
        return a.title.localeAwareCompare(b.title) < 0;
    });
}

} // namespace warta
