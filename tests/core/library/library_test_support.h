#pragma once

// What the library tests share: a scratch folder for the database and the
// saved files, and articles written by hand for the test.

#include "load/temp_dir.h"
#include "warta/article/article.h"
#include "warta/common/sha256.h"
#include "warta/library/library.h"

#include <string>
#include <vector>

namespace warta::test {

/// A hand-made article, as extraction would give it; the fields not given
/// are left empty. Its SHA-256 is that of its title and text, so that two
/// articles of different text are two contents.
inline Article handMadeArticle(const std::string &title, const std::vector<std::string> &paragraphs,
                               const std::string &url = {}, const std::string &publishedIso = {})
{
    Article article;
    article.title = title;
    article.site = "Warta Uji";
    if (!url.empty())
        article.url = url;
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
        article.paragraphs.push_back({"p" + std::to_string(i + 1), paragraphs[i], 0});
    std::string all = title;
    for (const auto &text : paragraphs)
        all += "\n" + text;
    article.source.sha256 = sha256Hex(all);
    article.source.path = "/nonexistent/" + article.source.sha256.substr(0, 12) + ".html";
    article.source.bytes = all.size();
    if (!publishedIso.empty()) {
        const int year = std::stoi(publishedIso.substr(0, 4));
        const int month = std::stoi(publishedIso.substr(5, 2));
        const int day = std::stoi(publishedIso.substr(8, 2));
        article.published =
                ZonedTime{epochFromCivil(year, month, day, 10, 0, 0) - 7 * 3600, 7 * 60, true, true};
    }
    return article;
}

inline Quote quoteOf(const std::string &text, const std::string &speaker, int paragraph)
{
    Quote quote;
    quote.text = text;
    quote.speaker = speaker;
    quote.verb = "kata";
    quote.paragraph = quote.endParagraph = paragraph;
    quote.speakerConfidence = SpeakerConfidence::High;
    return quote;
}

/// A library in a scratch folder.
struct ScratchLibrary {
    TempDir dir;
    std::string path = (dir.path() / "library.sqlite").string();

    Library open(LibraryAccess access = LibraryAccess::ReadWrite) const
    {
        auto library = Library::open(path, access);
        if (!library)
            throw std::runtime_error(library.error().message);
        return std::move(*library);
    }
};

} // namespace warta::test
