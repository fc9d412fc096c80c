#include "citation_source.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <algorithm>

namespace warta {
namespace {

const char kCslDirectory[] = "/usr/share/citation-style-language/styles";

// The style's <info><title>, read without parsing the rest of the file.
QString styleTitle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("title"))
            return xml.readElementText().simplified();
        if (xml.isEndElement() && xml.name() == QLatin1String("info"))
            break;
    }
    return {};
}

} // namespace

QStringList preferredStyleIds()
{
    return {QStringLiteral("apa"), QStringLiteral("modern-language-association"),
            QStringLiteral("chicago-author-date"), QStringLiteral("harvard-cite-them-right"),
            QStringLiteral("ieee")};
}

QList<CitationStyle> installedStyles(const QString &directory)
{
    const QDir dir(directory.isEmpty() ? QString::fromLatin1(kCslDirectory) : directory);
    QList<CitationStyle> styles;
    const QStringList files = dir.entryList({QStringLiteral("*.csl")}, QDir::Files);
    styles.reserve(files.size());
    for (const QString &file : files) {
        CitationStyle style{file.chopped(4), styleTitle(dir.filePath(file))};
        if (style.title.isEmpty())
            style.title = style.id;
        styles << style;
    }
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
