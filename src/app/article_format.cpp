#include "article_format.h"

#include "text_convert.h"

#include "warta/date/date_format.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace warta {
namespace {

struct Speed {
    double charsPerMinute;
    double variance;
};

// Firefox's table (from a study of reading speeds); Indonesian is not in it,
// so like Firefox we fall back to English.
Speed speedFor(const std::string &language)
{
    const std::string primary = language.substr(0, language.find('-'));
    if (primary == "de")
        return {920, 86};
    if (primary == "fr")
        return {998, 126};
    if (primary == "es")
        return {1025, 127};
    if (primary == "nl")
        return {978, 143};
    return {987, 118};
}

} // namespace

QString longDate(const ZonedTime &time, UiLanguage language)
{
    // The core's formatter, so the reading pane, the share block and the
    // Markdown export write a date alike.
    return qs(formatLongDate(time, dateLanguage(language)));
}

DateLanguage dateLanguage(UiLanguage language)
{
    return language == UiLanguage::Indonesian ? DateLanguage::Indonesian : DateLanguage::English;
}

ReadingTime readingTime(const Article &article)
{
    // Firefox counts the characters of the article's text content.
    qsizetype characters = 0;
    for (const auto &paragraph : article.paragraphs)
        characters += qs(paragraph.text).size();
    return readingTime(characters, article.language);
}

ReadingTime readingTime(qint64 characters, const std::string &language)
{
    const Speed speed = speedFor(language);
    const auto chars = static_cast<double>(characters);
    ReadingTime result;
    result.fastMinutes = static_cast<int>(std::ceil(chars / (speed.charsPerMinute + speed.variance)));
    result.slowMinutes = static_cast<int>(std::ceil(chars / (speed.charsPerMinute - speed.variance)));
    return result;
}

QString readingTimeText(const ReadingTime &time)
{
    if (time.fastMinutes == time.slowMinutes)
        return QCoreApplication::translate("warta::Format", "%n min", nullptr, time.slowMinutes);
    return QCoreApplication::translate("warta::Format", "%1–%2 min")
            .arg(time.fastMinutes)
            .arg(time.slowMinutes);
}

int articleWords(const Article &article)
{
    if (article.wordCount > 0)
        return article.wordCount;
    int words = 0;
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    for (const auto &paragraph : article.paragraphs)
        words += static_cast<int>(qs(paragraph.text).split(kSpace, Qt::SkipEmptyParts).size());
    return words;
}

QString firstWords(const QString &text, int count)
{
    // Walks only as far as the words it needs: the outline asks this of every
    // paragraph, and splitting whole paragraphs cost a large page seconds.
    QStringList words;
    qsizetype at = 0;
    const qsizetype size = text.size();
    while (at < size) {
        while (at < size && text.at(at).isSpace())
            ++at;
        if (at == size)
            break;
        if (words.size() == count)
            return words.join(QLatin1Char(' ')) + QChar(0x2026); // more follows
        const qsizetype start = at;
        while (at < size && !text.at(at).isSpace())
            ++at;
        words << text.mid(start, at - start);
    }
    return words.join(QLatin1Char(' '));
}

QString authorRoleText(AuthorRole role)
{
    switch (role) {
    case AuthorRole::Reporter:
        return QCoreApplication::translate("warta::Format", "Reporter");
    case AuthorRole::Writer:
        return QCoreApplication::translate("warta::Format", "Writer");
    case AuthorRole::Editor:
        return QCoreApplication::translate("warta::Format", "Editor");
    case AuthorRole::Photographer:
        return QCoreApplication::translate("warta::Format", "Photographer");
    case AuthorRole::Contributor:
        return QCoreApplication::translate("warta::Format", "Contributor");
    }
    return {};
}

} // namespace warta
