#include "article_batch.h"
#include "commands.h"

#include "warta/article/article_json.h"
#include "warta/extract/extract.h"

#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>

namespace warta::cli {
namespace {

constexpr const char *kHelp =
        "usage: warta-cli quotes [--json] FILE...\n"
        "\n"
        "Lists the direct quotations of each saved page: who said what, with which verb.\n"
        "  (default)  a table: speaker, verb, paragraph (1-based), quotation (shortened)\n"
        "  --json     an array of quote objects per file (text, speaker, verb, paragraph,\n"
        "             role, end_paragraph, begin, end; paragraphs 0-based, offsets in bytes)\n"
        "Errors go to stderr as 'warta-cli: FILE: reason'; the exit code is the error's code\n"
        "for one file, and 1 when some files of a batch failed.\n";

constexpr std::size_t kTableWidth = 100;
constexpr std::size_t kMaxSpeakerWidth = 24;
constexpr std::size_t kMaxVerbWidth = 12;
constexpr std::size_t kParagraphWidth = 4;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

// Width in columns, counting code points (the text is NFC, mostly Latin).
std::size_t columns(std::string_view text)
{
    return static_cast<std::size_t>(
            std::count_if(text.begin(), text.end(), [](char c) { return !isContinuationByte(c); }));
}

// At most `width` columns, cut at a code point with "…" when shortened.
std::string fit(std::string_view text, std::size_t width)
{
    if (columns(text) <= width)
        return std::string(text);
    std::size_t kept = 0;
    std::size_t at = 0;
    while (at < text.size() && kept + 1 < width) {
        ++at;
        while (at < text.size() && isContinuationByte(text[at]))
            ++at;
        ++kept;
    }
    return std::string(text.substr(0, at)) + "\u2026";
}

std::string pad(std::string_view text, std::size_t width)
{
    std::string out = fit(text, width);
    const std::size_t used = columns(out);
    if (used < width)
        out.append(width - used, ' ');
    return out;
}

void printTable(const std::vector<Quote> &quotes, std::ostream &out)
{
    std::size_t speakerWidth = std::string_view("speaker").size();
    std::size_t verbWidth = std::string_view("verb").size();
    for (const Quote &q : quotes) {
        speakerWidth = std::max(speakerWidth, std::min(kMaxSpeakerWidth, columns(q.speaker.value_or("-"))));
        verbWidth = std::max(verbWidth, std::min(kMaxVerbWidth, columns(q.verb)));
    }
    const std::size_t used = speakerWidth + verbWidth + kParagraphWidth + 6;
    const std::size_t quoteWidth = kTableWidth > used + 20 ? kTableWidth - used : 20;
    out << pad("speaker", speakerWidth) << "  " << pad("verb", verbWidth) << "  "
        << pad("\u00B6", kParagraphWidth) << "  quote\n";
    for (const Quote &q : quotes) {
        std::string paragraph = std::to_string(q.paragraph + 1);
        if (q.endParagraph != q.paragraph)
            paragraph += "-" + std::to_string(q.endParagraph + 1);
        out << pad(q.speaker.value_or("-"), speakerWidth) << "  " << pad(q.verb, verbWidth) << "  "
            << pad(paragraph, kParagraphWidth) << "  " << fit(q.text, quoteWidth) << '\n';
    }
}

} // namespace

int runQuotes(const Invocation &call)
{
    bool json = false;
    const FileArguments arguments =
            parseFileArguments(call, "quotes", kHelp, [&json](const std::string &option) {
                json = json || option == "--json";
                return option == "--json";
            });
    if (arguments.exitNow)
        return *arguments.exitNow;
    const bool single = arguments.files.size() == 1;
    return forEachArticle(call, arguments.files, {},
                          [&](const std::string &file, const Article &article, std::size_t index) {
                              if (json) {
                                  // One array for one file; JSON Lines, one array per file, for several.
                                  call.out << quotesToJson(article.quotes, single ? 2 : -1) << '\n';
                                  return;
                              }
                              if (!single)
                                  call.out << (index == 0 ? "" : "\n") << "== " << file << '\n';
                              printTable(article.quotes, call.out);
                          });
}

} // namespace warta::cli
