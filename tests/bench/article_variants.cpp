#include "article_variants.h"

#include "word_tokens.h"

#include "warta/common/sha256.h"
#include "warta/extract/extract.h"
#include "warta/library/library.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace warta::bench {

namespace {

using Rng = std::mt19937_64;

// Invented names (common Indonesian given names and family names, no one in
// particular); past the lists, family names are made of syllables.
constexpr const char *kGiven[] = {"Ahmad", "Siti",  "Budi",    "Dewi",    "Agus", "Rina",  "Hendra", "Wulan",
                                  "Eko",   "Fitri", "Bambang", "Lestari", "Rudi", "Ayu",   "Dodi",   "Maya",
                                  "Iwan",  "Nina",  "Yusuf",   "Indah",   "Hadi", "Ratna", "Teguh",  "Sri",
                                  "Fajar", "Intan", "Gilang",  "Putri",   "Arif", "Nurul", "Rizki",  "Lina",
                                  "Dimas", "Sari",  "Bayu",    "Wati",    "Imam", "Tari",  "Yoga",   "Mega"};
constexpr const char *kFamily[] = {
        "Santoso",  "Wijaya",    "Rahmawati", "Pratama",  "Hidayat",    "Saputra",     "Kurniawan", "Nugroho",
        "Setiawan", "Siregar",   "Lubis",     "Nasution", "Harahap",    "Simanjuntak", "Pohan",     "Tanjung",
        "Sitompul", "Manurung",  "Purnomo",   "Susanto",  "Hartono",    "Suryadi",     "Gunawan",   "Wibowo",
        "Halim",    "Syahputra", "Ramadhan",  "Permana",  "Firmansyah", "Utomo"};

// Sites are invented (.example domains are reserved): no site rule applies,
// the generic extractor reads them, as it reads most of a reader's sites.
const std::vector<std::string> kSites = {"Kabar Timur",    "Warta Pesisir", "Suara Lembah", "Harian Selat",
                                         "Berita Tanjung", "Pos Nusantara", "Gema Kota",    "Lintas Barat",
                                         "Kronik Daerah",  "Cahaya Pagi",   "Tribun Bukit", "Jurnal Muara"};

constexpr const char *kSyllables[] = {"ba", "bi", "bu", "ka", "ki", "ku", "la", "li", "lu", "ma", "mi", "mu",
                                      "na", "ni", "nu", "pa", "pi", "pu", "ra", "ri", "ru", "sa", "si", "su",
                                      "ta", "ti", "tu", "da", "di", "du", "ga", "gi", "gu", "ja", "ji", "ju",
                                      "ha", "wa", "ya", "ng", "ke", "te", "se", "me", "be", "de", "le", "re"};
constexpr std::size_t kSyllableCount = std::size(kSyllables);

/// A made-up word for each rank, different for different ranks: the rank in
/// base kSyllableCount, at least three syllables, every third with a suffix.
std::string madeUpWord(std::size_t rank)
{
    std::string word;
    std::size_t n = rank + kSyllableCount * kSyllableCount;
    while (n > 0) {
        word += kSyllables[n % kSyllableCount];
        n /= kSyllableCount;
    }
    static constexpr const char *kSuffixes[] = {"", "", "an", "", "kan", "", "nya", "", "i"};
    return word + kSuffixes[rank % std::size(kSuffixes)];
}

/// A rank in [0, n) with P(r) proportional to 1/(r+1): the law word and name
/// frequencies follow.
std::size_t zipf(Rng &rng, std::size_t n)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const auto rank = static_cast<std::size_t>(std::exp(unit(rng) * std::log(static_cast<double>(n) + 1.0)));
    return std::min(n - 1, rank > 0 ? rank - 1 : 0);
}

std::size_t uniform(Rng &rng, std::size_t lo, std::size_t hi)
{
    return std::uniform_int_distribution<std::size_t>(lo, hi)(rng);
}

bool chance(Rng &rng, double p)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng) < p;
}

bool isLowerWord(std::string_view word)
{
    return word.size() >= 3 && word[0] >= 'a' && word[0] <= 'z';
}

std::vector<std::string> splitSpaces(const std::string &text)
{
    std::vector<std::string> parts;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t end = std::min(text.find(' ', at), text.size());
        if (end > at)
            parts.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    return parts;
}

struct Rewriter {
    const std::vector<std::string> &poolWords;
    std::unordered_map<std::string, std::string> names; ///< a quoted person's name words, renamed
    double swapRate = 0.08;
    bool capitalized = false; ///< swap capitalised words too, keeping the capital (titles)

    /// The text with names renamed and words swapped; `offsets` (byte offsets
    /// at word boundaries, such as a quote's begin and end) follow the text.
    std::string rewrite(const std::string &text, Rng &rng, std::vector<std::size_t *> offsets = {}) const
    {
        std::string out;
        out.reserve(text.size() + 16);
        std::vector<std::pair<std::size_t, std::size_t>> moved; // old token start -> new token start
        forEachToken(text, [&](std::size_t begin, std::size_t end, bool word) {
            moved.emplace_back(begin, out.size());
            const std::string_view token(text.data() + begin, end - begin);
            if (word) {
                if (auto name = names.find(std::string(token)); name != names.end()) {
                    out += name->second;
                    return;
                }
                const bool upper = token.size() >= 3 && token[0] >= 'A' && token[0] <= 'Z' && token[1] >= 'a';
                if ((isLowerWord(token) || (capitalized && upper)) && chance(rng, swapRate)) {
                    // Half the swaps keep to the pool's words (their document
                    // frequencies spread), half bring new words in.
                    std::string swapped = chance(rng, 0.5) && !poolWords.empty()
                                                  ? poolWords[uniform(rng, 0, poolWords.size() - 1)]
                                                  : madeUpWord(zipf(rng, 500000));
                    if (upper)
                        swapped[0] = static_cast<char>(swapped[0] - 32);
                    out += swapped;
                    return;
                }
            }
            out += token;
        });
        moved.emplace_back(text.size(), out.size());
        for (std::size_t *offset : offsets) {
            auto after =
                    std::upper_bound(moved.begin(), moved.end(), std::make_pair(*offset, out.size() + 1));
            const auto &start = *(after - 1);
            *offset = std::min(start.second + (*offset - start.first),
                               after != moved.end() ? after->second : out.size());
        }
        return out;
    }
};

std::string slug(const std::string &title)
{
    std::string out;
    forEachToken(lowerAscii(title), [&](std::size_t begin, std::size_t end, bool word) {
        if (word && out.size() < 80)
            out += (out.empty() ? "" : "-") + lowerAscii(title).substr(begin, end - begin);
    });
    return out;
}

void rebuildQuoteText(Quote &quote, const std::vector<Paragraph> &paragraphs)
{
    const auto &first = paragraphs[static_cast<std::size_t>(quote.paragraph)].text;
    if (quote.paragraph == quote.endParagraph) {
        quote.text = first.substr(quote.begin, quote.end > quote.begin ? quote.end - quote.begin : 0);
        return;
    }
    quote.text = first.substr(quote.begin);
    for (int p = quote.paragraph + 1; p < quote.endParagraph; ++p)
        quote.text += " " + paragraphs[static_cast<std::size_t>(p)].text;
    quote.text += " " + paragraphs[static_cast<std::size_t>(quote.endParagraph)].text.substr(0, quote.end);
}

} // namespace

std::vector<Article> loadCorpusArticles(const std::string &folder)
{
    namespace fs = std::filesystem;
    std::vector<std::string> paths;
    for (const auto &entry :
         fs::recursive_directory_iterator(folder, fs::directory_options::follow_directory_symlink))
        if (entry.is_regular_file() && isLibraryFileName(entry.path().string()))
            paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    std::vector<Article> articles;
    std::set<std::string> titles;
    for (const auto &path : paths) {
        auto article = extractFile(path);
        if (article && article->paragraphs.size() >= 3 && titles.insert(article->title).second)
            articles.push_back(std::move(*article));
    }
    return articles;
}

ArticleVariants::ArticleVariants(std::vector<Article> pool, std::uint64_t seed)
    : m_pool(std::move(pool))
    , m_seed(seed)
{
    std::set<std::string> words;
    std::set<std::string> tags;
    for (const auto &article : m_pool) {
        for (const auto &tag : article.tags)
            tags.insert(tag);
        for (const auto &paragraph : article.paragraphs)
            forEachToken(paragraph.text, [&](std::size_t begin, std::size_t end, bool word) {
                const std::string token = paragraph.text.substr(begin, end - begin);
                if (word && isLowerWord(token)) {
                    words.insert(token);
                    if (token.size() >= 6)
                        tags.insert(token);
                }
            });
    }
    m_words.assign(words.begin(), words.end());
    m_tags.assign(tags.begin(), tags.end());
}

const std::vector<std::string> &ArticleVariants::siteNames()
{
    return kSites;
}

std::string ArticleVariants::personName(std::size_t rank, std::size_t tokens)
{
    constexpr std::size_t given = std::size(kGiven);
    constexpr std::size_t family = std::size(kFamily);
    std::string name = kGiven[rank % given];
    std::size_t rest = rank / given;
    for (std::size_t t = 1; t < std::max<std::size_t>(tokens, 1); ++t) {
        std::string part;
        if (rest < family) {
            part = kFamily[rest];
        } else {
            part = madeUpWord(rest);
            part[0] = static_cast<char>(part[0] - 32);
        }
        name += " " + part;
        rest = rest / family + t;
    }
    return name;
}

std::string siteDomain(const std::string &site)
{
    std::string domain;
    for (char c : lowerAscii(site))
        if (c != ' ')
            domain += c;
    return domain + ".example";
}

std::size_t textBytes(const Article &article)
{
    std::size_t bytes = article.title.size();
    for (const auto &paragraph : article.paragraphs)
        bytes += paragraph.text.size();
    return bytes;
}

Article ArticleVariants::make(std::size_t index, const std::string &pathPrefix) const
{
    Rng rng(m_seed * 0x9E3779B97F4A7C15ull + index);
    Article out;
    if (m_pool.empty())
        return out;
    const Article &lead = m_pool[uniform(rng, 0, m_pool.size() - 1)];

    // Runs of paragraphs from a few articles, with the quotes wholly inside them.
    Rewriter rewriter{m_words, {}};
    const std::size_t wanted = uniform(rng, 8, 24);
    for (int source = 0; source < 6 && out.paragraphs.size() < wanted; ++source) {
        const Article &from = source == 0 ? lead : m_pool[uniform(rng, 0, m_pool.size() - 1)];
        const std::size_t count = from.paragraphs.size();
        const std::size_t start = source == 0 ? 0 : uniform(rng, 0, count - 1);
        const std::size_t length =
                std::min({count - start, uniform(rng, 3, 8), wanted - out.paragraphs.size()});
        const int base = static_cast<int>(out.paragraphs.size()) - static_cast<int>(start);
        for (std::size_t p = start; p < start + length; ++p)
            out.paragraphs.push_back(from.paragraphs[p]);
        for (const auto &quote : from.quotes) {
            if (quote.paragraph < static_cast<int>(start) ||
                quote.endParagraph >= static_cast<int>(start + length))
                continue;
            Quote copy = quote;
            copy.paragraph += base;
            copy.endParagraph += base;
            out.quotes.push_back(copy);
        }
    }

    // Everyone quoted gets an invented name of as many words; a few people
    // are quoted in many articles, most in one or two.
    for (auto &quote : out.quotes) {
        if (!quote.speaker || quote.speaker->empty())
            continue;
        const auto words = splitSpaces(*quote.speaker);
        const std::string invented = personName(zipf(rng, 20000), words.size());
        const auto newWords = splitSpaces(invented);
        for (std::size_t w = 0; w < words.size() && w < newWords.size(); ++w)
            if (!words[w].empty() && words[w][0] >= 'A' && words[w][0] <= 'Z' &&
                !rewriter.names.count(words[w]))
                rewriter.names[words[w]] = newWords[w];
    }
    for (auto &quote : out.quotes)
        if (quote.speaker) {
            std::string renamed;
            for (const auto &word : splitSpaces(*quote.speaker)) {
                auto name = rewriter.names.find(word);
                renamed +=
                        (renamed.empty() ? "" : " ") + (name != rewriter.names.end() ? name->second : word);
            }
            quote.speaker = renamed;
        }

    for (std::size_t p = 0; p < out.paragraphs.size(); ++p) {
        std::vector<std::size_t *> offsets;
        for (auto &quote : out.quotes) {
            if (static_cast<std::size_t>(quote.paragraph) == p)
                offsets.push_back(&quote.begin);
            if (static_cast<std::size_t>(quote.endParagraph) == p)
                offsets.push_back(&quote.end);
        }
        out.paragraphs[p].text = rewriter.rewrite(out.paragraphs[p].text, rng, offsets);
        out.paragraphs[p].id = "p" + std::to_string(p + 1);
    }
    for (auto &quote : out.quotes)
        rebuildQuoteText(quote, out.paragraphs);

    // The title: the lead's, words swapped more often, sometimes with the end
    // of another's.
    Rewriter titleWords{m_words, rewriter.names, 0.3, true};
    out.title = titleWords.rewrite(lead.title, rng);
    if (chance(rng, 0.3)) {
        const auto other = splitSpaces(m_pool[uniform(rng, 0, m_pool.size() - 1)].title);
        std::string tail;
        for (std::size_t w = other.size() / 2; w < other.size(); ++w)
            tail += " " + other[w];
        out.title += ":" + tail;
    }

    out.site = kSites[zipf(rng, kSites.size())];
    out.layout = "generic";
    out.language = "id";
    const int year = static_cast<int>(uniform(rng, 2014, 2025));
    const int month = static_cast<int>(uniform(rng, 1, 12));
    const int day = static_cast<int>(uniform(rng, 1, 28));
    const int hour = static_cast<int>(uniform(rng, 0, 23));
    const int minute = static_cast<int>(uniform(rng, 0, 59));
    ZonedTime published;
    published.offsetMinutes = 7 * 60;
    published.epochSeconds = epochFromCivil(year, month, day, hour, minute, 0) - 7 * 3600;
    out.published = published;
    static constexpr const char *kSections[] = {"nasional", "daerah", "ekonomi",
                                                "olahraga", "dunia",  "metro"};
    const std::string section = kSections[uniform(rng, 0, std::size(kSections) - 1)];
    out.section = {section};
    char datePath[16];
    std::snprintf(datePath, sizeof datePath, "%04d/%02d/%02d", year, month, day);
    out.url = "https://" + siteDomain(out.site) + "/" + section + "/" + datePath + "/" +
              std::to_string(index) + "/" + slug(out.title);

    const std::size_t authors = chance(rng, 0.2) ? 2 : 1;
    for (std::size_t a = 0; a < authors; ++a)
        out.authors.push_back({personName(1000000 + zipf(rng, 400)), AuthorRole::Reporter});
    const std::size_t tags = uniform(rng, 2, 5);
    for (std::size_t t = 0; t < tags && !m_tags.empty(); ++t) {
        std::string tag = m_tags[zipf(rng, m_tags.size())];
        if (std::find(out.tags.begin(), out.tags.end(), tag) == out.tags.end())
            out.tags.push_back(std::move(tag));
    }

    int words = 0;
    for (const auto &paragraph : out.paragraphs)
        forEachToken(paragraph.text, [&](std::size_t, std::size_t, bool word) { words += word ? 1 : 0; });
    out.wordCount = words;
    out.source.path = pathPrefix + std::to_string(index) + ".html";
    out.source.sha256 = sha256Hex(out.source.path + "#" + std::to_string(m_seed));
    out.source.bytes = 36 * 1024 + uniform(rng, 0, 48 * 1024);
    out.source.encoding = "UTF-8";
    return out;
}

} // namespace warta::bench
