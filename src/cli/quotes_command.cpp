#include "article_batch.h"
#include "commands.h"
#include "terminal_text.h"

#include "warta/article/article_json.h"
#include "warta/extract/extract.h"
#include "warta/quotes/corrections.h"

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace warta {
namespace {

constexpr const char *kHelp =
        "usage: warta-cli quotes [--json] [--set-speaker=N:NAME] [--mark=P:BEGIN:END:NAME] FILE...\n"
        "       warta-cli quotes --speaker NAME [OPTIONS]   (across the library: --speaker NAME --help)\n"
        "\n"
        "Lists the direct quotations of each saved page: who said what, with which verb.\n"
        "The reader's corrections kept for the file (see docs/quotes.md) are applied.\n"
        "  (default)  a table: speaker, verb, paragraph (1-based), quotation (shortened);\n"
        "             a speaker the reader corrected is marked '*'\n"
        "  --json     an array of quote objects per file (text, speaker, verb, paragraph,\n"
        "             role, end_paragraph, begin, end, attribution, speaker_confidence,\n"
        "             corrected; paragraphs 0-based, offsets in bytes)\n"
        "  --set-speaker=N:NAME   keep NAME as the speaker of quote N (1-based, as listed);\n"
        "             an empty NAME says the article names no one\n"
        "  --mark=P:BEGIN:END:NAME   keep bytes BEGIN..END of paragraph P (0-based) as a\n"
        "             quote of NAME the finder missed\n"
        "Corrections are kept in the user's data folder, never in the saved file.\n"
        "Errors go to stderr as 'warta-cli: FILE: reason'; the exit code is the error's code\n"
        "for one file, and 1 when some files of a batch failed.\n";

constexpr std::size_t kTableWidth = 100;
constexpr std::size_t kMaxSpeakerWidth = 24;
constexpr std::size_t kMaxVerbWidth = 12;
constexpr std::size_t kParagraphWidth = 4;

std::string pad(std::string_view text, std::size_t width)
{
    std::string out = fitColumns(text, width);
    const std::size_t used = textColumns(out);
    if (used < width)
        out.append(width - used, ' ');
    return out;
}

void printTable(const std::vector<Quote> &quotes, std::ostream &out)
{
    std::size_t speakerWidth = std::string_view("speaker").size();
    std::size_t verbWidth = std::string_view("verb").size();
    for (const Quote &q : quotes) {
        speakerWidth =
                std::max(speakerWidth, std::min(kMaxSpeakerWidth, textColumns(q.speaker.value_or("-"))));
        verbWidth = std::max(verbWidth, std::min(kMaxVerbWidth, textColumns(q.verb)));
    }
    const std::size_t used = speakerWidth + verbWidth + kParagraphWidth + 6;
    const std::size_t quoteWidth = kTableWidth > used + 20 ? kTableWidth - used : 20;
    out << pad("speaker", speakerWidth) << "  " << pad("verb", verbWidth) << "  "
        << pad("\u00B6", kParagraphWidth) << "  quote\n";
    for (const Quote &q : quotes) {
        std::string paragraph = std::to_string(q.paragraph + 1);
        if (q.endParagraph != q.paragraph)
            paragraph += "-" + std::to_string(q.endParagraph + 1);
        out << pad(terminalSafe(q.speaker.value_or("-")) + (q.corrected ? "*" : ""), speakerWidth) << "  "
            << pad(terminalSafe(q.verb), verbWidth) << "  " << pad(paragraph, kParagraphWidth) << "  "
            << fitColumns(terminalSafe(q.text), quoteWidth) << '\n';
    }
}

struct Edits {
    std::vector<std::pair<std::size_t, std::string>> speakers; ///< quote number (1-based), name
    struct Mark {
        int paragraph = 0;
        std::size_t begin = 0;
        std::size_t end = 0;
        std::string speaker;
    };
    std::vector<Mark> marks;
    bool bad = false;
    bool any() const { return !speakers.empty() || !marks.empty(); }
};

// "N:NAME" and "P:BEGIN:END:NAME": numbers, then the rest as the name.
bool takeNumbers(const std::string &value, std::size_t count, std::vector<unsigned long long> &numbers,
                 std::string &rest)
{
    std::size_t at = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t colon = value.find(':', at);
        if (colon == std::string::npos || colon == at || colon - at > 12)
            return false;
        const std::string digits = value.substr(at, colon - at);
        if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        numbers.push_back(std::stoull(digits));
        at = colon + 1;
    }
    rest = value.substr(at);
    return true;
}

bool takeEdit(const std::string &option, Edits &edits)
{
    std::vector<unsigned long long> n;
    std::string name;
    if (option.rfind("--set-speaker=", 0) == 0) {
        if (!takeNumbers(option.substr(14), 1, n, name) || n[0] == 0)
            edits.bad = true;
        else
            edits.speakers.emplace_back(static_cast<std::size_t>(n[0]), name);
        return true;
    }
    if (option.rfind("--mark=", 0) == 0) {
        if (!takeNumbers(option.substr(7), 3, n, name) || n[0] > (1U << 30))
            edits.bad = true;
        else
            edits.marks.push_back({static_cast<int>(n[0]), static_cast<std::size_t>(n[1]),
                                   static_cast<std::size_t>(n[2]), name});
        return true;
    }
    return false;
}

std::optional<std::string> nameOrNone(const std::string &name)
{
    return name.empty() ? std::nullopt : std::optional<std::string>(name);
}

// Records the edits asked for; false (with a sentence on stderr) when one
// cannot be made.
bool recordEdits(const Invocation &call, const std::string &file, const Article &article,
                 QuoteCorrections &corrections, const std::vector<Quote> &quotes, const Edits &edits)
{
    for (const auto &[number, name] : edits.speakers) {
        if (number > quotes.size()) {
            call.err << "warta-cli: " << file << ": there is no quote " << number << " (the page has "
                     << quotes.size() << ").\n";
            return false;
        }
        correctSpeaker(corrections, quotes[number - 1], nameOrNone(name));
    }
    for (const Edits::Mark &mark : edits.marks) {
        const auto marked = markQuote(corrections, article.paragraphs, mark.paragraph, mark.begin, mark.end,
                                      nameOrNone(mark.speaker));
        if (!marked) {
            call.err << "warta-cli: " << file << ": " << marked.error().message << '\n';
            return false;
        }
    }
    const auto saved = saveQuoteCorrections(corrections);
    if (!saved) {
        call.err << "warta-cli: " << file << ": " << saved.error().message << '\n';
        return false;
    }
    return true;
}

} // namespace

int runQuotes(const Invocation &call)
{
    // --speaker without files reads the library; the files' own options stay as they were.
    for (const auto &arg : call.args)
        if (arg == "--speaker" || arg.starts_with("--speaker="))
            return runLibraryQuotes(call);
    bool json = false;
    Edits edits;
    const FileArguments arguments =
            parseFileArguments(call, "quotes", kHelp, [&json, &edits](const std::string &option) {
                json = json || option == "--json";
                return option == "--json" || takeEdit(option, edits);
            });
    if (arguments.exitNow)
        return *arguments.exitNow;
    if (edits.bad || (edits.any() && arguments.files.size() != 1)) {
        call.err << "warta-cli: --set-speaker=N:NAME and --mark=P:BEGIN:END:NAME take numbers and one FILE\n";
        return static_cast<int>(ErrorCode::Usage);
    }
    const bool single = arguments.files.size() == 1;
    bool editFailed = false;
    const int status = forEachArticle(
            call, arguments.files, {},
            [&](const std::string &file, const Article &article, std::size_t index) {
                std::vector<Quote> quotes = article.quotes;
                Expected<QuoteCorrections> corrections = loadQuoteCorrections(article.source.sha256);
                if (!corrections) {
                    call.err << "warta-cli: " << file << ": " << corrections.error().message
                             << " The quotes are listed as found.\n";
                    editFailed = edits.any(); // never overwrite a file the reader may want back
                } else {
                    applyQuoteCorrections(*corrections, article.paragraphs, quotes);
                    if (edits.any()) {
                        editFailed = !recordEdits(call, file, article, *corrections, quotes, edits);
                        quotes = article.quotes;
                        applyQuoteCorrections(*corrections, article.paragraphs, quotes);
                    }
                }
                if (json) {
                    // One array for one file; JSON Lines, one array per file, for several.
                    call.out << quotesToJson(quotes, single ? 2 : -1) << '\n';
                    return;
                }
                if (!single)
                    call.out << (index == 0 ? "" : "\n") << "== " << file << '\n';
                printTable(quotes, call.out);
            });
    return status != 0 ? status : (editFailed ? static_cast<int>(ErrorCode::BadInput) : 0);
}

} // namespace warta
