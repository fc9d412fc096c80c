#include "warta/quotes/corrections.h"

#include "warta/common/user_data.h"
#include "warta/load/file_bytes.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace warta {

namespace {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

constexpr const char *kFormat = "warta-quote-corrections";
constexpr int kVersion = 1;
// A reader corrects a few quotes per article; these bound a hostile file.
constexpr std::size_t kMaxFileBytes = 4 * 1024 * 1024;
constexpr std::size_t kMaxItems = 10000;

bool isSha256Hex(const std::string &s)
{
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

Unexpected badFile(const std::string &why)
{
    return fail(ErrorCode::BadInput, "The quote corrections file cannot be used: " + why);
}

const char *kindName(QuoteCorrection::Kind kind)
{
    return kind == QuoteCorrection::Kind::Added ? "added" : "speaker";
}

bool sameQuote(const QuoteCorrection &c, const Quote &q)
{
    return c.paragraph == q.paragraph && c.begin == q.begin && c.end == q.end && c.text == q.text;
}

// The words of a marked range as the ledger would hold them.
bool rangeText(const std::vector<Paragraph> &paragraphs, int paragraph, std::size_t begin, std::size_t end,
               std::string &text)
{
    if (paragraph < 0 || static_cast<std::size_t>(paragraph) >= paragraphs.size())
        return false;
    const std::string &p = paragraphs[static_cast<std::size_t>(paragraph)].text;
    if (begin >= end || end > p.size())
        return false;
    const auto boundary = [&](std::size_t at) {
        return at == p.size() || (static_cast<unsigned char>(p[at]) & 0xC0U) != 0x80U;
    };
    if (!boundary(begin) || !boundary(end))
        return false;
    text = p.substr(begin, end - begin);
    return true;
}

void applySpeaker(const QuoteCorrection &c, Quote &q)
{
    q.speaker = c.speaker;
    q.role.reset();
    q.attribution = "reader";
    q.speakerConfidence = SpeakerConfidence::High;
    q.corrected = true;
}

} // namespace

std::string quoteCorrectionsFolder()
{
    const std::string folder = userDataFolder();
    return folder.empty() ? std::string() : (fs::path(folder) / "quote-corrections").string();
}

std::string quoteCorrectionsPath(const std::string &fileSha256)
{
    const std::string folder = quoteCorrectionsFolder();
    if (folder.empty() || !isSha256Hex(fileSha256))
        return {};
    return (fs::path(folder) / (fileSha256 + ".json")).string();
}

Expected<QuoteCorrections> parseQuoteCorrections(std::string_view text, const std::string &fileSha256)
{
    const json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return badFile("it is not JSON of the expected shape.");
    if (!doc.contains("format") || doc["format"] != kFormat)
        return badFile("it is not a Warta quote corrections file.");
    if (!doc.contains("version") || !doc["version"].is_number_integer())
        return badFile("it states no version.");
    if (doc["version"].get<long long>() > kVersion)
        return badFile("it was written by a later Warta (version " + doc["version"].dump() + ").");
    if (!doc.contains("file_sha256") || !doc["file_sha256"].is_string() ||
        doc["file_sha256"].get<std::string>() != fileSha256)
        return badFile("it belongs to another saved file.");
    QuoteCorrections out;
    out.fileSha256 = fileSha256;
    if (!doc.contains("corrections") || !doc["corrections"].is_array())
        return badFile("it has no list of corrections.");
    if (doc["corrections"].size() > kMaxItems)
        return badFile("it holds more than " + std::to_string(kMaxItems) + " corrections.");
    for (const json &item : doc["corrections"]) {
        if (!item.is_object())
            return badFile("a correction is not an object.");
        QuoteCorrection c;
        const json kind = item.value("kind", json());
        if (kind == "speaker")
            c.kind = QuoteCorrection::Kind::Speaker;
        else if (kind == "added")
            c.kind = QuoteCorrection::Kind::Added;
        else
            return badFile("a correction is of an unknown kind.");
        const auto integer = [&](const char *key, long long max, long long &into) {
            if (!item.contains(key) || !item[key].is_number_integer())
                return false;
            into = item[key].get<long long>();
            return into >= 0 && into <= max;
        };
        long long paragraph = 0;
        long long endParagraph = 0;
        long long begin = 0;
        long long end = 0;
        constexpr long long kMaxOffset = 1LL << 40;
        if (!integer("paragraph", 1 << 30, paragraph) || !integer("begin", kMaxOffset, begin) ||
            !integer("end", kMaxOffset, end))
            return badFile("a correction has no valid paragraph and offsets.");
        if (!item.contains("end_paragraph"))
            endParagraph = paragraph;
        else if (!integer("end_paragraph", 1 << 30, endParagraph))
            return badFile("a correction has an invalid end paragraph.");
        c.paragraph = static_cast<int>(paragraph);
        c.endParagraph = static_cast<int>(endParagraph);
        c.begin = static_cast<std::size_t>(begin);
        c.end = static_cast<std::size_t>(end);
        if (!item.contains("text") || !item["text"].is_string())
            return badFile("a correction does not say which words it is about.");
        c.text = item["text"].get<std::string>();
        if (item.contains("speaker") && item["speaker"].is_string())
            c.speaker = item["speaker"].get<std::string>();
        else if (item.contains("speaker") && !item["speaker"].is_null())
            return badFile("a speaker is neither a name nor null.");
        out.items.push_back(std::move(c));
    }
    return out;
}

std::string quoteCorrectionsToJson(const QuoteCorrections &corrections)
{
    json items = json::array();
    for (const QuoteCorrection &c : corrections.items)
        items.push_back({{"kind", kindName(c.kind)},
                         {"paragraph", c.paragraph},
                         {"end_paragraph", c.endParagraph},
                         {"begin", c.begin},
                         {"end", c.end},
                         {"text", c.text},
                         {"speaker", c.speaker ? json(*c.speaker) : json(nullptr)}});
    const json doc = {{"format", kFormat},
                      {"version", kVersion},
                      {"file_sha256", corrections.fileSha256},
                      {"corrections", items}};
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

Expected<QuoteCorrections> loadQuoteCorrections(const std::string &fileSha256)
{
    QuoteCorrections none;
    none.fileSha256 = fileSha256;
    const std::string path = quoteCorrectionsPath(fileSha256);
    if (path.empty()) // no data folder, or no hash: nothing was ever kept
        return none;
    std::error_code ec;
    if (!fs::exists(path, ec))
        return none;
    const Expected<std::string> bytes = readFileBytes(path, kMaxFileBytes, {"a corrections file", "files"});
    if (!bytes)
        return fail(bytes.error().code,
                    "The quote corrections file cannot be read: " + bytes.error().message);
    return parseQuoteCorrections(*bytes, fileSha256);
}

Expected<std::string> saveQuoteCorrections(const QuoteCorrections &corrections)
{
    const std::string path = quoteCorrectionsPath(corrections.fileSha256);
    if (path.empty())
        return fail(ErrorCode::BadInput, "There is no data folder to keep corrections in (HOME is not set).");
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    if (ec)
        return fail(ErrorCode::PermissionDenied,
                    "The folder for quote corrections cannot be made: " + ec.message());
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << quoteCorrectionsToJson(corrections);
        if (!out.flush())
            return fail(ErrorCode::ReadFailed, "The quote corrections could not be written.");
    }
    fs::rename(temporary, path, ec);
    if (ec)
        return fail(ErrorCode::ReadFailed, "The quote corrections could not be written: " + ec.message());
    return path;
}

void correctSpeaker(QuoteCorrections &corrections, const Quote &quote, std::optional<std::string> speaker)
{
    for (QuoteCorrection &c : corrections.items) {
        if (sameQuote(c, quote)) {
            c.speaker = std::move(speaker);
            return;
        }
    }
    QuoteCorrection c;
    c.kind = QuoteCorrection::Kind::Speaker;
    c.paragraph = quote.paragraph;
    c.endParagraph = quote.endParagraph;
    c.begin = quote.begin;
    c.end = quote.end;
    c.text = quote.text;
    c.speaker = std::move(speaker);
    corrections.items.push_back(std::move(c));
}

Expected<QuoteCorrection> markQuote(QuoteCorrections &corrections, const std::vector<Paragraph> &paragraphs,
                                    int paragraph, std::size_t begin, std::size_t end,
                                    std::optional<std::string> speaker)
{
    QuoteCorrection c;
    if (!rangeText(paragraphs, paragraph, begin, end, c.text))
        return fail(ErrorCode::BadInput, "The selection is not a stretch of one paragraph's text.");
    c.kind = QuoteCorrection::Kind::Added;
    c.paragraph = c.endParagraph = paragraph;
    c.begin = begin;
    c.end = end;
    c.speaker = std::move(speaker);
    corrections.items.push_back(c);
    return c;
}

std::size_t applyQuoteCorrections(const QuoteCorrections &corrections,
                                  const std::vector<Paragraph> &paragraphs, std::vector<Quote> &quotes)
{
    std::size_t applied = 0;
    for (const QuoteCorrection &c : corrections.items) {
        if (c.kind == QuoteCorrection::Kind::Speaker) {
            for (Quote &q : quotes) {
                if (sameQuote(c, q)) {
                    applySpeaker(c, q);
                    ++applied;
                    break;
                }
            }
            continue;
        }
        std::string text;
        if (!rangeText(paragraphs, c.paragraph, c.begin, c.end, text) || text != c.text)
            continue; // the saved file's text is not what the reader marked
        const bool listed =
                std::any_of(quotes.begin(), quotes.end(), [&](const Quote &q) { return sameQuote(c, q); });
        if (listed)
            continue;
        Quote q;
        q.text = text;
        q.paragraph = q.endParagraph = c.paragraph;
        q.begin = c.begin;
        q.end = c.end;
        applySpeaker(c, q);
        const auto at = std::find_if(quotes.begin(), quotes.end(), [&](const Quote &other) {
            return other.paragraph > q.paragraph || (other.paragraph == q.paragraph && other.begin > q.begin);
        });
        quotes.insert(at, std::move(q));
        ++applied;
    }
    return applied;
}

} // namespace warta
