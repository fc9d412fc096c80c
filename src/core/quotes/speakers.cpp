#include "quotes/speakers.h"

#include "quotes/lexicon.h"

#include <algorithm>

namespace warta::quotes {

namespace {

constexpr std::size_t kMaxEventLookback = 4096;
constexpr std::size_t kMaxQuoteLookback = 64;
constexpr std::size_t kMaxPeople = 2000;

bool startsPhrase(const Token &t)
{
    if (!isWord(t))
        return false;
    if (isCapitalised(t))
        return (t.classes & (kFunction | kCalendar)) == 0 || ((t.classes & kPronoun) != 0);
    return (t.classes & kRoleStart) != 0;
}

// "merujuk", "berkata", "menegaskan": a verb that makes the phrase before it
// a subject, so a person (or an office acting as one).
bool verbLike(const TokenStream &tokens, std::size_t at)
{
    if (at < tokens.size() && isPunct(tokens[at], ","))
        ++at; // "…, Ade Armando, menilai"
    // Adverbs and particles between subject and verb: "Adrie masih belum mau memberikan".
    static constexpr std::string_view kBetween[] = {
            "pun",   "juga", "lalu",  "kemudian", "langsung", "masih",  "sudah",
            "telah", "akan", "tidak", "tak",      "hanya",    "tetap",  "sempat",
            "belum", "mau",  "ingin", "segera",   "lantas",   "bahkan", "pernah"};
    for (int skipped = 0; skipped < 3 && at < tokens.size() && isWord(tokens[at]); ++skipped) {
        bool adverb = false;
        for (std::string_view w : kBetween)
            adverb = adverb || tokens[at].lower == w;
        if (!adverb)
            break;
        ++at;
    }
    if (at >= tokens.size() || !isWord(tokens[at]) || isCapitalised(tokens[at]))
        return false;
    const std::string &w = tokens[at].lower;
    if (tokens[at].classes & kFullVerb)
        return true;
    return w.size() >= 6 && (w.rfind("me", 0) == 0 || w.rfind("ber", 0) == 0);
}

bool sentenceInitial(const TokenStream &tokens, std::size_t first)
{
    return first == 0 || tokens[first - 1].kind == TokenKind::Quote || endsSentence(tokens, first - 1);
}

// "kata Efendi", "tambah Herman Deru": the speaker of a quotation.
bool afterBareVerb(const TokenStream &tokens, std::size_t first)
{
    return first > 0 && isWord(tokens[first - 1]) && (tokens[first - 1].classes & kBareVerb) != 0;
}

// "bernama Edris", "disampaikan Budi Santoso", "dikatakan oleh Budi": the
// phrase that follows is a person.
bool introducesName(const TokenStream &tokens, std::size_t first)
{
    std::size_t at = first - 1;
    if (tokens[at].lower == "bernama")
        return true;
    // One describing noun may come between: "disampaikan oleh musisi Ahmad Dhani".
    if (at > 0 && isWord(tokens[at]) && !isCapitalised(tokens[at]) && (tokens[at].classes & kFunction) == 0 &&
        tokens[at].lower != "oleh")
        --at;
    if (tokens[at].lower == "oleh" && at > 0)
        --at;
    static constexpr std::string_view kPassive[] = {"dikatakan",  "disampaikan", "diungkapkan", "dijelaskan",
                                                    "ditegaskan", "dituturkan",  "dipaparkan",  "diterangkan",
                                                    "diakui",     "ditambahkan", "dinyatakan",  "diucapkan"};
    for (std::string_view p : kPassive)
        if (tokens[at].lower == p)
            return true;
    return false;
}

bool usesFirstPerson(const std::string &text)
{
    std::string word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char ch = i < text.size() ? text[i] : ' ';
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
            word.push_back(static_cast<char>(ch | 0x20));
            continue;
        }
        if (word == "saya" || word == "aku")
            return true;
        word.clear();
    }
    return false;
}

bool sentenceHasQuoteAfter(const TokenStream &tokens, std::size_t from)
{
    for (std::size_t i = from; i < tokens.size(); ++i) {
        if (tokens[i].kind == TokenKind::Quote)
            return true;
        if (endsSentence(tokens, i))
            return false;
    }
    return false;
}

} // namespace

SpeakerResolver::SpeakerResolver(const std::vector<Paragraph> &paragraphs,
                                 const std::vector<TokenStream> &streams)
    : m_paragraphs(paragraphs)
    , m_streams(streams)
{}

void SpeakerResolver::noteSpeaker(const Phrase &speaker)
{
    if (m_pendingSpeakers.size() < kMaxPeople)
        m_pendingSpeakers.push_back(speaker);
}

template <typename Visit>
void SpeakerResolver::forEachPhrase(Visit &&visit) const
{
    for (std::size_t p = 0; p < m_streams.size(); ++p) {
        const TokenStream &tokens = m_streams[p];
        std::size_t i = 0;
        while (i < tokens.size()) {
            if (!startsPhrase(tokens[i])) {
                ++i;
                continue;
            }
            const std::size_t end = collectPhraseForward(tokens, i, tokens.size());
            if (end == i) {
                ++i;
                continue;
            }
            // "Ketua KPK Firli Bahuri dan Wakil Ketua KPK Nurul Ghufron": one
            // person on each side of "dan" after a name.
            std::size_t from = i;
            for (std::size_t k = i + 1; k <= end; ++k) {
                const bool split = k < end && isWord(tokens[k]) && tokens[k].lower == "dan" &&
                                   isCapitalised(tokens[k - 1]) &&
                                   (tokens[k - 1].classes & (kInstitution | kPlace)) == 0;
                if (k < end && !split)
                    continue;
                if (k > from)
                    visit(static_cast<int>(p), tokens, analysePhrase(m_paragraphs[p].text, tokens, from, k));
                from = k + 1;
            }
            i = end;
        }
    }
}

int SpeakerResolver::mentionedPerson(const Phrase &phrase)
{
    if (phrase.kind == PhraseKind::Named) {
        std::vector<int> found = m_registry.byName(phrase.nameWords);
        if (found.empty()) {
            // A fuller form of someone named short by an attribution.
            for (std::size_t i = 0; i < m_registry.size(); ++i) {
                const Person &known = m_registry.at(static_cast<int>(i));
                if (known.roleOnly || known.nameWords.empty())
                    continue;
                if (std::all_of(known.nameWords.begin(), known.nameWords.end(), [&](const std::string &w) {
                        return std::find(phrase.nameWords.begin(), phrase.nameWords.end(), w) !=
                               phrase.nameWords.end();
                    }))
                    return m_registry.size() < kMaxPeople ? m_registry.add(phrase) : -1;
            }
            return -1;
        }
        int best = found.front();
        for (int f : found)
            if (m_lastMention[static_cast<std::size_t>(f)] > m_lastMention[static_cast<std::size_t>(best)])
                best = f;
        return best;
    }
    if (phrase.kind == PhraseKind::RoleOnly) {
        for (const std::string &key : phrase.roleKeys) {
            const std::vector<int> found = m_registry.byRole(key);
            if (found.empty())
                continue;
            int best = found.back();
            for (int f : found)
                if (m_lastMention[static_cast<std::size_t>(f)] >
                    m_lastMention[static_cast<std::size_t>(best)])
                    best = f;
            return best;
        }
    }
    return -1;
}

void SpeakerResolver::scanMentions(std::vector<ReportedSpeech> &reported)
{
    // Phrases are read once and visited twice: introductions first, then
    // mentions in reading order.
    struct Visit {
        int paragraph;
        Phrase phrase;
    };
    std::vector<Visit> visits;
    forEachPhrase([&](int paragraph, const TokenStream &, const Phrase &phrase) {
        if (phrase.kind != PhraseKind::None)
            visits.push_back({paragraph, phrase});
    });
    for (const Visit &v : visits) {
        const TokenStream &tokens = m_streams[static_cast<std::size_t>(v.paragraph)];
        const Phrase &phrase = v.phrase;
        if (m_registry.size() >= kMaxPeople)
            break;
        const bool named = phrase.kind == PhraseKind::Named;
        const bool bernama = phrase.first > 0 && introducesName(tokens, phrase.first);
        const bool subject = verbLike(tokens, phrase.last);
        // A lone capitalised word opening a sentence before a verb may be a
        // common noun ("Senyum langsung merekah"): not enough to be a person.
        const bool loneOpener = phrase.nameWords.size() < 2 && sentenceInitial(tokens, phrase.first);
        if (named && (phrase.roleCue || bernama || (subject && !loneOpener)))
            m_registry.add(phrase);
        else if (phrase.kind == PhraseKind::RoleOnly && isCapitalised(tokens[phrase.first]) && subject)
            m_registry.add(phrase);
    }
    // Speakers named by attributions come after the introductions: whether a
    // short form ("kata Kurnia") stands for one person can only be told once
    // everyone the narrative introduces is known.
    for (const Phrase &speaker : m_pendingSpeakers)
        if (m_registry.size() < kMaxPeople)
            m_registry.add(speaker);
    m_pendingSpeakers.clear();
    m_lastMention.assign(m_registry.size() + kMaxPeople, -1);
    for (const Visit &v : visits) {
        const int paragraph = v.paragraph;
        const TokenStream &tokens = m_streams[static_cast<std::size_t>(paragraph)];
        const Phrase &phrase = v.phrase;
        const int person = mentionedPerson(phrase);
        const std::size_t position = tokens[phrase.first].begin;
        const bool menurut = phrase.first > 0 && tokens[phrase.first - 1].lower == "menurut";
        const bool says = phrase.last < tokens.size() && isWord(tokens[phrase.last]) &&
                          (tokens[phrase.last].classes & kFullVerb) != 0 &&
                          !sentenceHasQuoteAfter(tokens, phrase.last);
        if ((menurut || says) && phrase.kind != PhraseKind::None && phrase.kind != PhraseKind::NonPerson) {
            ReportedSpeech speech;
            speech.verb = menurut ? "menurut" : tokens[phrase.last].lower;
            speech.paragraph = paragraph;
            std::optional<std::string> role;
            fill(person >= 0 ? person : personFor(phrase, paragraph, position), phrase, speech.speaker, role);
            reported.push_back(std::move(speech));
        }
        const bool subject = verbLike(tokens, phrase.last) || afterBareVerb(tokens, phrase.first);
        // "Ia mengaku …": a pronoun subject carries its person on.
        const int who =
                person >= 0 ? person
                            : (phrase.kind == PhraseKind::Pronoun && subject ? anyBefore(paragraph, position)
                                                                             : -1);
        if (who < 0)
            continue;
        m_lastMention[static_cast<std::size_t>(who)] = static_cast<int>(m_events.size());
        m_events.push_back({paragraph, position, who, subject});
    }
}

int SpeakerResolver::latestBefore(const std::vector<int> &candidates, int paragraph,
                                  std::size_t position) const
{
    auto it = std::lower_bound(m_events.begin(), m_events.end(), Event{paragraph, position, -1, false},
                               [](const Event &a, const Event &b) {
                                   return a.paragraph != b.paragraph ? a.paragraph < b.paragraph
                                                                     : a.position < b.position;
                               });
    std::size_t steps = 0;
    while (it != m_events.begin() && steps++ < kMaxEventLookback) {
        --it;
        if (std::find(candidates.begin(), candidates.end(), it->person) != candidates.end())
            return it->person;
    }
    return -1;
}

// The person a pronoun means: the last one who was the subject of a verb or
// the speaker of a quote in this paragraph or the one before, else the last
// one mentioned at all ("Ia bertemu Kapolri Listyo. "…," ucapnya": not Listyo).
int SpeakerResolver::anyBefore(int paragraph, std::size_t position) const
{
    auto it = std::lower_bound(m_events.begin(), m_events.end(), Event{paragraph, position, -1, false},
                               [](const Event &a, const Event &b) {
                                   return a.paragraph != b.paragraph ? a.paragraph < b.paragraph
                                                                     : a.position < b.position;
                               });
    if (it == m_events.begin())
        return -1;
    const int latest = std::prev(it)->person;
    std::size_t steps = 0;
    while (it != m_events.begin() && steps++ < kMaxEventLookback) {
        --it;
        if (it->paragraph + 1 < paragraph)
            break;
        if (it->subject)
            return it->person;
    }
    return latest;
}

int SpeakerResolver::personFor(const Phrase &phrase, int paragraph, std::size_t position) const
{
    switch (phrase.kind) {
    case PhraseKind::Named: {
        const std::vector<int> found = m_registry.byName(phrase.nameWords);
        if (found.empty())
            return -1;
        const int latest = latestBefore(found, paragraph, position);
        return latest >= 0 ? latest : found.front();
    }
    case PhraseKind::RoleOnly:
        for (const std::string &key : phrase.roleKeys) {
            const std::vector<int> found = m_registry.byRole(key);
            if (found.empty())
                continue;
            const int latest = latestBefore(found, paragraph, position);
            return latest >= 0 ? latest : found.back();
        }
        return -1;
    case PhraseKind::Pronoun:
    case PhraseKind::None:
        return anyBefore(paragraph, position);
    default:
        return -1;
    }
}

void SpeakerResolver::fill(int person, const Phrase &phrase, std::optional<std::string> &speaker,
                           std::optional<std::string> &role) const
{
    speaker.reset();
    role.reset();
    if (person >= 0) {
        const Person &p = m_registry.at(person);
        speaker = p.name;
        if (!p.role.empty())
            role = p.role;
        return;
    }
    if (phrase.kind == PhraseKind::Named)
        speaker = phrase.name;
    else if (phrase.kind == PhraseKind::RoleOnly && !phrase.role.empty())
        speaker = phrase.role;
    if (speaker && !phrase.role.empty())
        role = phrase.role;
}

void SpeakerResolver::resolve(const Attribution &attribution, Quote &quote) const
{
    const Phrase &phrase = attribution.speaker;
    if (phrase.kind == PhraseKind::FirstPerson) {
        // "Saya menjawab" in a story told in the first person: the narrator
        // is the last speaker whose own words said "saya".
        quote.speaker.reset();
        quote.role.reset();
        const std::size_t stop =
                m_spoken.size() > kMaxQuoteLookback ? m_spoken.size() - kMaxQuoteLookback : 0;
        for (std::size_t k = m_spoken.size(); k-- > stop;) {
            if (m_spoken[k].speaker && m_spoken[k].firstPerson) {
                quote.speaker = m_spoken[k].speaker;
                quote.role = m_spoken[k].role;
                break;
            }
        }
        return;
    }
    const int person = personFor(phrase, attribution.paragraph, attribution.position);
    fill(person, phrase, quote.speaker, quote.role);
}

void SpeakerResolver::noteQuote(const Quote &quote)
{
    m_spoken.push_back({quote.speaker, quote.role, usesFirstPerson(quote.text)});
}

} // namespace warta::quotes
