#include "quotes/speakers.h"

#include "quotes/lexicon.h"

#include <algorithm>

namespace warta {

namespace {

// Skips up to three words of `words` from `at` ("masih belum mau"): the
// adverbs and particles that may stand between a subject and its verb.
template <std::size_t N>
std::size_t skipWords(const TokenStream &tokens, std::size_t at, const std::string_view (&words)[N])
{
    for (int skipped = 0; skipped < 3 && at < tokens.size() && isWord(tokens[at]); ++skipped) {
        bool listed = false;
        for (std::string_view w : words)
            listed = listed || tokens[at].lower == w;
        if (!listed)
            break;
        ++at;
    }
    return at;
}

constexpr std::size_t kMaxEventLookback = 4096;
constexpr std::size_t kMaxQuoteLookback = 64;
constexpr std::size_t kMaxPeople = 2000;
constexpr std::size_t kMaxAddresseeLookahead = 24; // "tanya … kepada X": X is near the verb

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
    at = skipWords(tokens, at, kBetween);
    if (at >= tokens.size() || !isWord(tokens[at]) || isCapitalised(tokens[at]))
        return false;
    const std::string &w = tokens[at].lower;
    if (tokens[at].classes & kFullVerb)
        return true;
    // "Pelaku bernama Joni": names the phrase before, says nothing of it.
    if (w == "bernama")
        return false;
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
    return (tokens[at].classes & kPassiveSpeech) != 0;
}

// "Sejak Kapolda menyatakan …": the subject of a clause opened by a
// subordinating conjunction (KBBI's "kata penghubung subordinatif") is not
// the one the next sentence goes on about.
bool inSubordinateClause(const TokenStream &tokens, std::size_t first)
{
    if (first == 0 || !isWord(tokens[first - 1]))
        return false;
    static constexpr std::string_view kSubordinators[] = {
            "sejak",  "setelah",  "sesudah",  "sebelum",    "ketika",   "saat",    "sewaktu",
            "selama", "karena",   "sebab",    "jika",       "kalau",    "apabila", "bila",
            "meski",  "meskipun", "walaupun", "walau",      "agar",     "supaya",  "sehingga",
            "seusai", "usai",     "begitu",   "seandainya", "andaikan", "bahwa",   "kendati"};
    for (std::string_view w : kSubordinators)
        if (tokens[first - 1].lower == w)
            return true;
    // "Maruli menilai jaksa mengabaikan …": the subject of a clause that is
    // the object of a verb is not the one the story goes on about.
    const Token &prev = tokens[first - 1];
    if (isCapitalised(prev))
        return false;
    const std::string &w = prev.lower;
    return (prev.classes & (kFullVerb | kBareVerb)) != 0 ||
           (w.size() >= 6 && (w.rfind("me", 0) == 0 || w.rfind("ber", 0) == 0));
}

// "di Stadion Patriot", "kawasan Kapten Tendean": what follows a locative
// preposition or a noun of area is a place, even when a rank or a name
// word is in it.
bool namesAPlace(const TokenStream &tokens, std::size_t first)
{
    if (first == 0 || !isWord(tokens[first - 1]) || isCapitalised(tokens[first - 1]))
        return false;
    static constexpr std::string_view kLocative[] = {"di", "kawasan", "wilayah",  "daerah",    "jalan",
                                                     "jl", "lokasi",  "kompleks", "perumahan", "sekitar"};
    for (std::string_view w : kLocative)
        if (tokens[first - 1].lower == w)
            return true;
    return false;
}

// Words that give a person's nickname: "Entis Sutisna alias Sule", "yang
// akrab disapa Hersus", "Ani, sapaan akrab Sri Mulyani".
bool introducesNickname(const TokenStream &tokens, std::size_t first)
{
    if (first == 0 || !isWord(tokens[first - 1]))
        return false;
    static constexpr std::string_view kNickname[] = {"alias",     "disapa",     "dipanggil",    "sapaan",
                                                     "sapaannya", "panggilan",  "panggilannya", "akrabnya",
                                                     "julukan",   "julukannya", "dijuluki"};
    for (std::string_view w : kNickname)
        if (tokens[first - 1].lower == w)
            return true;
    return false;
}

// The word after a subject, past the adverbs verbLike also allows.
std::size_t verbAt(const TokenStream &tokens, std::size_t at)
{
    if (at < tokens.size() && isPunct(tokens[at], ","))
        ++at;
    static constexpr std::string_view kBetween[] = {
            "pun",  "juga",  "lalu", "kemudian", "langsung", "masih",  "sudah",  "telah",
            "akan", "tidak", "tak",  "sempat",   "belum",    "lantas", "bahkan", "pernah"};
    at = skipWords(tokens, at, kBetween);
    return at;
}

// "didampingi", "diminta": a passive verb (KBBI prefix di-) after a subject.
bool passiveVerb(const TokenStream &tokens, std::size_t at)
{
    at = verbAt(tokens, at);
    if (at >= tokens.size() || !isWord(tokens[at]) || isCapitalised(tokens[at]))
        return false;
    const std::string &w = tokens[at].lower;
    return w.size() >= 6 && w.rfind("di", 0) == 0 && (tokens[at].classes & (kFunction | kPronoun)) == 0;
}

bool speechVerbAfter(const TokenStream &tokens, std::size_t at)
{
    at = verbAt(tokens, at);
    return at < tokens.size() && isWord(tokens[at]) && (tokens[at].classes & kFullVerb) != 0;
}

// "Ratriani Kartika M dalam paparannya menjelaskan …", "Budi saat ditemui
// mengatakan …": a speech verb after a short adverbial phrase still has the
// name before it as its subject.
bool speechVerbSoonAfter(const TokenStream &tokens, std::size_t at)
{
    constexpr std::size_t kMaxAdverbial = 4;
    if (at >= tokens.size() || !isWord(tokens[at]))
        return false;
    static constexpr std::string_view kOpeners[] = {"dalam",  "saat",   "ketika", "usai",
                                                    "seusai", "kepada", "di"};
    bool opener = false;
    for (std::string_view w : kOpeners)
        opener = opener || tokens[at].lower == w;
    if (!opener)
        return false;
    for (std::size_t i = at + 1; i < tokens.size() && i <= at + kMaxAdverbial; ++i) {
        if (!isWord(tokens[i]))
            return false;
        if ((tokens[i].classes & kFullVerb) != 0)
            return !isCapitalised(tokens[i]);
    }
    return false;
}

// An office that names its holder by itself: one person holds it in the
// country or the region the article is about (the abbreviated offices of
// the police, the armed forces, the prosecution and the cabinet).
bool singleHolderOffice(const std::string &lower)
{
    static constexpr std::string_view kOffices[] = {
            "presiden", "wapres",        "kapolri", "wakapolri",  "kapolda",     "kapolres",  "kapolresta",
            "kapolsek", "kabareskrim",   "kasad",   "kasal",      "kasau",       "pangdam",   "danrem",
            "dandim",   "kajati",        "kajari",  "kapuspen",   "kapuspenkum", "kakanwil",  "menlu",
            "menag",    "mendagri",      "menkeu",  "menkes",     "menhan",      "mendikbud", "menkominfo",
            "menaker",  "mentan",        "menhub",  "menpora",    "menko",       "gubernur",  "bupati",
            "walikota", "kapolrestabes", "nabi",    "rasulullah", "rasul",       "paus"};
    for (std::string_view o : kOffices)
        if (lower == o)
            return true;
    return false;
}

bool namesOffice(const TokenStream &tokens, const Phrase &phrase)
{
    if (!phrase.office)
        return false;
    for (std::size_t i = phrase.first; i < phrase.last && i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (!isWord(t))
            continue;
        // Capitalised as a title ("kata Kapolri"), not "kata panglima".
        if (singleHolderOffice(t.lower) && isCapitalised(t))
            return true;
        if ((t.classes & kRoleStart) != 0 || (t.classes & kAnaphor) != 0)
            continue;
        // A named body: capitalised ("Kementerian Luar Negeri", "KPK") or the
        // head of a state body ("juru bicara kepolisian"); "anggota tim kuasa
        // hukum" describes.
        if (isAcronym(t) || (isCapitalised(t) && (t.classes & (kFunction | kIndefinite)) == 0) ||
            (t.classes & kOrgHead) != 0)
            return true;
    }
    return false;
}

// "putra sulung wali kota itu", "istri almarhum itu": a description that
// opens with a kinship noun names a relative of whoever follows.
bool kinshipDescription(const TokenStream &tokens, const Phrase &phrase)
{
    return phrase.first + 2 < phrase.last && phrase.first < tokens.size() &&
           (tokens[phrase.first].classes & kKinship) != 0;
}

bool sharesKey(const std::vector<std::string> &a, const std::vector<std::string> &b)
{
    for (const std::string &k : a)
        if (std::find(b.begin(), b.end(), k) != b.end())
            return true;
    return false;
}

// The offices and occupations named in "seorang pengacara perempuan".
std::vector<std::string> keysIn(const TokenStream &tokens, std::size_t first, std::size_t last)
{
    std::vector<std::string_view> lowers;
    for (std::size_t i = first; i < last && i < tokens.size(); ++i)
        lowers.push_back(tokens[i].lower);
    std::vector<std::string> keys;
    for (std::size_t k = 0; k < lowers.size(); ++k) {
        std::string key;
        const std::size_t words = matchRole(lowers, k, key);
        if (words > 0) {
            keys.push_back(key);
            k += words - 1;
        } else if ((tokens[first + k].classes & kOccupation) != 0) {
            keys.emplace_back(lowers[k]);
        }
    }
    return keys;
}

bool anyVerb(const Token &t)
{
    if (!isWord(t) || isCapitalised(t))
        return false;
    if ((t.classes & (kFullVerb | kBareVerb)) != 0)
        return true;
    const std::string &w = t.lower;
    return w.size() >= 6 && (w.rfind("me", 0) == 0 || w.rfind("ber", 0) == 0 || w.rfind("di", 0) == 0);
}

// Between a role and the name it describes ("Analis pasar modal dari
// Sekuritas Mandala, Rudi Hartawan"): lower-case words of the field and the
// body, no verb, no sentence end, a comma at most right before the name.
bool rolePrecedes(const TokenStream &tokens, std::size_t roleEnd, std::size_t nameFirst)
{
    constexpr std::size_t kMaxBetween = 8;
    if (nameFirst < roleEnd || nameFirst - roleEnd > kMaxBetween)
        return false;
    for (std::size_t i = roleEnd; i < nameFirst; ++i) {
        const Token &t = tokens[i];
        if (isPunct(t, ",") && i + 1 == nameFirst)
            continue;
        if (!isWord(t) || anyVerb(t) || (t.classes & (kPronoun | kAnaphor | kPlural)) != 0)
            return false;
    }
    return true;
}

// "Rudi Hartawan, analis pasar modal, …", "Bambang, pedagang di pasar itu":
// a lower-case role or occupation in apposition right after a name.
Phrase appositiveRole(std::string_view text, const TokenStream &tokens, std::size_t nameEnd)
{
    if (nameEnd + 1 >= tokens.size() || !isPunct(tokens[nameEnd], ","))
        return {};
    const Token &head = tokens[nameEnd + 1];
    if (!isWord(head) || isCapitalised(head) || (head.classes & (kRoleStart | kOccupation | kGeneric)) == 0)
        return {};
    const std::size_t end = collectPhraseForward(tokens, nameEnd + 1, tokens.size());
    if (end == nameEnd + 1)
        return {};
    Phrase role = analysePhrase(text, tokens, nameEnd + 1, end);
    return role.kind == PhraseKind::RoleOnly || role.kind == PhraseKind::Unknown ? role : Phrase{};
}

// The role text from the office word to the name: "Analis pasar modal dari
// Sekuritas Mandala" (the body, already the phrase's role, included).
std::string roleText(std::string_view text, const TokenStream &tokens, std::size_t first,
                     std::size_t nameFirst, const std::string &bodyRole)
{
    std::size_t last = nameFirst;
    while (last > first && tokens[last - 1].kind == TokenKind::Punct)
        --last;
    std::string out(text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin));
    if (!bodyRole.empty())
        out += " " + bodyRole;
    return out;
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
            // "anggota polisi itu" means someone already in the story with
            // that role, not a person the article names later (someone known
            // only by the role is introduced by this very phrase).
            std::vector<int> found = m_registry.byRole(key);
            found.erase(std::remove_if(found.begin(), found.end(),
                                       [&](int f) {
                                           return !m_registry.at(f).roleOnly &&
                                                  m_lastMention[static_cast<std::size_t>(f)] < 0;
                                       }),
                        found.end());
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
    collectPlaceNames();
    int lastPerson = -1; // the person the narrative named last: "yang akrab disapa X" is theirs
    for (std::size_t vi = 0; vi < visits.size(); ++vi) {
        const Visit &v = visits[vi];
        const TokenStream &tokens = m_streams[static_cast<std::size_t>(v.paragraph)];
        const Phrase &phrase = v.phrase;
        if (m_registry.size() >= kMaxPeople)
            break;
        if (namesAPlace(tokens, phrase.first) || isPlaceName(phrase))
            continue;
        const bool named = phrase.kind == PhraseKind::Named;
        if (named && introducesNickname(tokens, phrase.first)) {
            const Visit *before = vi > 0 && visits[vi - 1].paragraph == v.paragraph &&
                                                  visits[vi - 1].phrase.kind == PhraseKind::Named
                                          ? &visits[vi - 1]
                                          : nullptr;
            if (phrase.nameWords.size() == 1) {
                // "Entis Sutisna alias Sule": the name right before; "yang akrab
                // disapa Hersus": the person the sentence is about.
                const int target = tokens[phrase.first - 1].lower == "alias" && before
                                           ? m_registry.add(before->phrase)
                                           : lastPerson;
                if (target >= 0) {
                    m_registry.addAlias(target, phrase.nameWords[0]);
                    lastPerson = target;
                    continue;
                }
            } else if (before && before->phrase.nameWords.size() == 1) {
                // "Ani, sapaan akrab Sri Mulyani": the nickname came first.
                const int person = m_registry.add(phrase);
                if (person >= 0) {
                    m_registry.addAlias(person, before->phrase.nameWords[0]);
                    lastPerson = person;
                    continue;
                }
            }
        }
        // "Analis pasar modal dari Sekuritas Mandala, Rudi Hartawan": the role
        // before the name, its body between; "Rudi Hartawan, analis pasar
        // modal, …": the role in apposition after it.
        const Phrase *roleBefore =
                vi > 0 && visits[vi - 1].paragraph == v.paragraph &&
                                visits[vi - 1].phrase.kind == PhraseKind::RoleOnly &&
                                rolePrecedes(tokens, visits[vi - 1].phrase.last, phrase.first)
                        ? &visits[vi - 1].phrase
                        : nullptr;
        const Phrase roleAfter =
                named ? appositiveRole(m_paragraphs[static_cast<std::size_t>(v.paragraph)].text, tokens,
                                       phrase.last)
                      : Phrase{};
        const bool loneWord = phrase.nameWords.size() < 2 && sentenceInitial(tokens, phrase.first);
        const bool described = (roleBefore != nullptr || roleAfter.kind == PhraseKind::RoleOnly ||
                                roleAfter.kind == PhraseKind::Unknown) &&
                               !loneWord;
        const bool bernama = phrase.first > 0 && introducesName(tokens, phrase.first);
        const bool subject = verbLike(tokens, phrase.last);
        // A lone capitalised word opening a sentence before a verb may be a
        // common noun ("Senyum langsung merekah"): not enough to be a person.
        const bool loneOpener = phrase.nameWords.size() < 2 && sentenceInitial(tokens, phrase.first);
        if (named && (phrase.roleCue || bernama || described || (subject && !loneOpener))) {
            lastPerson = m_registry.add(phrase);
            if (roleBefore) {
                Phrase role = *roleBefore;
                role.role = roleText(m_paragraphs[static_cast<std::size_t>(v.paragraph)].text, tokens,
                                     roleBefore->first, phrase.first, phrase.role);
                m_registry.addRole(lastPerson, role);
            }
            if (roleAfter.kind == PhraseKind::RoleOnly)
                m_registry.addRole(lastPerson, roleAfter);
        } else if (phrase.kind == PhraseKind::RoleOnly && phrase.office &&
                   isCapitalised(tokens[phrase.first]) && subject) {
            m_registry.add(phrase);
        } else if (named) {
            const std::vector<int> known = m_registry.byName(phrase.nameWords);
            if (!known.empty())
                lastPerson = known.back();
        }
    }
    // Speakers named by attributions come after the introductions: whether a
    // short form ("kata Kurnia") stands for one person can only be told once
    // everyone the narrative introduces is known.
    for (const Phrase &speaker : m_pendingSpeakers)
        if (m_registry.size() < kMaxPeople && !isPlaceName(speaker))
            m_registry.add(speaker);
    m_pendingSpeakers.clear();
    m_lastMention.assign(m_registry.size() + kMaxPeople, -1);
    m_inNarrative.assign(m_registry.size() + kMaxPeople, false);
    for (std::size_t vi = 0; vi < visits.size(); ++vi) {
        const Visit &v = visits[vi];
        const int paragraph = v.paragraph;
        const TokenStream &tokens = m_streams[static_cast<std::size_t>(paragraph)];
        const Phrase &phrase = v.phrase;
        if (namesAPlace(tokens, phrase.first) || isPlaceName(phrase))
            continue;
        // "seorang pengacara", "para menteri": someone with the role, not the
        // one the article introduced with it.
        const bool indefinite = phrase.kind == PhraseKind::RoleOnly && phrase.first > 0 &&
                                isWord(tokens[phrase.first - 1]) &&
                                (tokens[phrase.first - 1].classes & kIndefinite) != 0;
        const int person = indefinite ? -1 : mentionedPerson(phrase);
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
        // The subject of a verb, the speaker after a bare verb, the agent of
        // a passive speech verb ("dibenarkan juru bicara …"), unless the
        // clause is a subordinate one.
        const bool agent = phrase.first > 0 && introducesName(tokens, phrase.first) &&
                           tokens[phrase.first - 1].lower != "bernama";
        // "Ia didampingi Bupati …": a pronoun subject goes on with the person
        // the story is about, whatever the voice of its verb.
        const bool pronounSubject = phrase.kind == PhraseKind::Pronoun && passiveVerb(tokens, phrase.last);
        const bool speaksLater = speechVerbSoonAfter(tokens, phrase.last);
        const bool subject = (verbLike(tokens, phrase.last) || afterBareVerb(tokens, phrase.first) || agent ||
                              pronounSubject || speaksLater) &&
                             !inSubordinateClause(tokens, phrase.first);
        // Someone who says something here: the subject of a speech verb, the
        // source after "Menurut", the agent of a passive speech verb.
        const bool speech = subject && (menurut || agent || afterBareVerb(tokens, phrase.first) ||
                                        speechVerbAfter(tokens, phrase.last) || speaksLater);
        // "Ia mengaku …": a pronoun subject carries on the person who was the
        // subject just before; without one it says nothing.
        const int who = person >= 0 ? person
                                    : (phrase.kind == PhraseKind::Pronoun && subject
                                               ? subjectOrSole(paragraph, position)
                                               : -1);
        if (who < 0)
            continue;
        const bool introduction = m_lastMention[static_cast<std::size_t>(who)] < 0;
        m_lastMention[static_cast<std::size_t>(who)] = static_cast<int>(m_events.size());
        if (!afterBareVerb(tokens, phrase.first))
            m_inNarrative[static_cast<std::size_t>(who)] = true;
        // "Bambang Sutejo, pedagang di pasar yang sama": a newcomer presented
        // by what they are, as a new voice is.
        // "Jaksa Penuntut Umum, Hendrik Panjaitan, keberatan": the role
        // before the name in apposition presents a new voice just as well.
        // At the head of its sentence, as its subject; "KPK menetapkan Ketua
        // Umum Partai X, Hamzah, sebagai tersangka" names an object.
        bool commaInside = false;
        for (std::size_t k = phrase.first; k < phrase.last; ++k)
            commaInside = commaInside || isPunct(tokens[k], ",");
        const bool roleInFront = phrase.roleCue && commaInside && sentenceInitial(tokens, phrase.first);
        const bool presented =
                introduction && phrase.kind == PhraseKind::Named &&
                (roleInFront ||
                 appositiveRole(m_paragraphs[static_cast<std::size_t>(paragraph)].text, tokens, phrase.last)
                                 .kind != PhraseKind::None);
        m_events.push_back(
                {paragraph, position, who, subject || menurut, introduction, speech || menurut, presented});
    }
}

// "Polda Metro Jaya", "Kota Bekasi", "PT Sinar Jaya": the capitalised words
// after an institution's or a place's first word name it. A run of three
// words at most, ended by anything but another capitalised word, so that
// "PT Maju Jaya Hendra Gunawan" leaves the person out.
void SpeakerResolver::collectPlaceNames()
{
    constexpr std::size_t kMaxPlaceWords = 3;
    for (const TokenStream &tokens : m_streams) {
        for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
            if (!isCapitalised(tokens[i]) || (tokens[i].classes & kOrgHead) == 0)
                continue;
            // "Kepala Desa", "Wali Kota": part of an office, not a place.
            if (i > 0 && isWord(tokens[i - 1]) && (tokens[i - 1].classes & kRoleStart) != 0)
                continue;
            std::size_t end = i + 1;
            while (end < tokens.size() && isCapitalised(tokens[end]) &&
                   (tokens[end].classes & (kRoleStart | kHonorific | kOrgHead)) == 0 &&
                   end - i <= kMaxPlaceWords)
                ++end;
            // Ended by punctuation or a function word ("di Polda Metro Jaya,",
            // "Kota Bekasi pada …"), not by a verb: "Kota Bandung Ahmad Hadadi
            // meninjau" may end with the person the office belongs to.
            bool closed = end >= tokens.size() || tokens[end].kind != TokenKind::Word ||
                          (!isCapitalised(tokens[end]) && (tokens[end].classes & kFunction) != 0);
            // "Wakil Ketua Umum Partai Gerakan Rakyat Habiburrahim.": after an
            // office the run may end with its holder; only a comma, a bracket
            // or a function word then says the place's name is over.
            bool office = false;
            for (std::size_t b = i; b > 0 && b + 3 > i; --b)
                office = office ||
                         (isWord(tokens[b - 1]) && (tokens[b - 1].classes & (kRoleStart | kRoleWord)) != 0);
            if (office && (end >= tokens.size() || endsSentence(tokens, end)))
                closed = false;
            if (end == i + 1 || end - i - 1 > kMaxPlaceWords || !closed)
                continue;
            std::vector<std::string> words;
            for (std::size_t k = i + 1; k < end; ++k)
                words.push_back(tokens[k].lower);
            if (m_placeNames.size() < kMaxPeople)
                m_placeNames.push_back(std::move(words));
        }
    }
}

// "Kapolda Metro Jaya" after "Polda Metro Jaya": the words the article uses
// as a place's name are not a person's.
bool SpeakerResolver::isPlaceName(const Phrase &phrase) const
{
    if (phrase.kind != PhraseKind::Named || phrase.nameWords.empty())
        return false;
    for (const std::vector<std::string> &place : m_placeNames) {
        if (place.size() < phrase.nameWords.size())
            continue;
        if (std::all_of(phrase.nameWords.begin(), phrase.nameWords.end(), [&](const std::string &w) {
                return std::find(place.begin(), place.end(), w) != place.end();
            }))
            return true;
    }
    return false;
}

int SpeakerResolver::latestBefore(const std::vector<int> &candidates, int paragraph,
                                  std::size_t position) const
{
    auto it = eventsBefore(paragraph, position);
    std::size_t steps = 0;
    while (it != m_events.begin() && steps++ < kMaxEventLookback) {
        --it;
        if (std::find(candidates.begin(), candidates.end(), it->person) != candidates.end())
            return it->person;
    }
    return -1;
}

std::vector<SpeakerResolver::Event>::const_iterator SpeakerResolver::eventsBefore(int paragraph,
                                                                                  std::size_t position) const
{
    return std::lower_bound(m_events.begin(), m_events.end(), Event{paragraph, position, -1, false},
                            [](const Event &a, const Event &b) {
                                return a.paragraph != b.paragraph ? a.paragraph < b.paragraph
                                                                  : a.position < b.position;
                            });
}

// The last person who was the subject of a verb or the speaker of a quote
// in this paragraph or the one before; -1 if none.
int SpeakerResolver::lastSubjectBefore(int paragraph, std::size_t position) const
{
    auto it = eventsBefore(paragraph, position);
    std::size_t steps = 0;
    while (it != m_events.begin() && steps++ < kMaxEventLookback) {
        --it;
        if (it->paragraph + 1 < paragraph)
            break;
        if (it->subject)
            return it->person;
    }
    return -1;
}

// The one person mentioned in this paragraph and the one before, up to
// `position`; -1 when none or several.
int SpeakerResolver::subjectOrSole(int paragraph, std::size_t position) const
{
    const int subject = lastSubjectBefore(paragraph, position);
    return subject >= 0 ? subject : soleCandidate(paragraph, position);
}

int SpeakerResolver::soleCandidate(int paragraph, std::size_t position) const
{
    auto it = eventsBefore(paragraph, position);
    int found = -1;
    std::size_t steps = 0;
    while (it != m_events.begin() && steps++ < kMaxEventLookback) {
        --it;
        if (it->paragraph + 1 < paragraph)
            break;
        if (found >= 0 && it->person != found)
            return -1;
        found = it->person;
    }
    return found;
}

// The person a pronoun means when no one has spoken yet: the last subject
// nearby, else the last one mentioned at all ("Ia bertemu Kapolri Listyo.
// "…," ucapnya": not Listyo).
int SpeakerResolver::anyBefore(int paragraph, std::size_t position) const
{
    const int subject = lastSubjectBefore(paragraph, position);
    if (subject >= 0)
        return subject;
    auto it = eventsBefore(paragraph, position);
    return it == m_events.begin() ? -1 : std::prev(it)->person;
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

// The person a pronoun or "-nya" means, with the discourse in view (ordered
// sieves, the surest first). Reading back from the pronoun over what was
// said since the current speaker's quote: the subject of a clause in this
// paragraph or the one before takes the floor; a person introduced in the
// last two paragraphs, or else a subject further back, is a weaker choice; with
// none of these, the person a question was put to answers it, and else the
// current speaker goes on. With no one quoted yet, the last subject nearby.
SpeakerResolver::Choice SpeakerResolver::pronounChoice(int paragraph, std::size_t position) const
{
    auto it = eventsBefore(paragraph, position);
    std::size_t steps = 0;
    int introduced = -1;
    bool introducedPresented = false;
    while (it != m_events.begin() && steps++ < kMaxEventLookback) {
        --it;
        if (m_current.known && (it->paragraph < m_current.paragraph ||
                                (it->paragraph == m_current.paragraph && it->position <= m_current.position)))
            break;
        const bool near = it->paragraph + 1 >= paragraph;
        if (!m_current.known && it->paragraph + 2 < paragraph)
            break;
        if (it->subject && m_current.known && it->person == m_current.person)
            return {m_current.person, true, true};
        // A subject nearby takes the floor: surely when they say something
        // ("Bambang menanggapi …"), less so when they only act while someone
        // else was speaking ("Rudi kabur ke luar kota").
        if (it->subject && near)
            return {it->person, it->speech || !m_current.known, false};
        // With no one quoted yet, someone who said something two paragraphs
        // back ("Kapolres … mengatakan …") is surer than a person named in
        // passing since ("Pelaku bernama …"), though not sure.
        if (it->speech && !m_current.known)
            return {it->person, introduced < 0, false};
        if (it->subject && m_current.known)
            return {introduced >= 0 ? introduced : it->person, false, false};
        if (it->introduction && introduced < 0 && it->paragraph + 2 >= paragraph &&
            (!m_current.known || it->person != m_current.person)) {
            introduced = it->person;
            introducedPresented = it->presented;
        }
    }
    // Someone introduced since, but not as a subject ("Pidato itu disambut …
    // Ketua MPR Andi Saleh duduk di barisan depan"): the current speaker
    // more likely goes on, though it is not sure.
    if (introduced >= 0 && m_current.known && !introducedPresented)
        return {m_current.person, false, true};
    if (introduced >= 0)
        return {introduced, false, false};
    if (m_current.known && m_current.addressee >= 0)
        return {m_current.addressee, true, false};
    if (m_current.known)
        return {m_current.person, true, true};
    const int subject = subjectOrSole(paragraph, position);
    if (subject >= 0)
        return {subject, true, false};
    return {-1, false, false};
}

// "tanya seorang wartawan kepada JK": the one a question is put to.
int SpeakerResolver::addresseeOf(const Attribution &attribution) const
{
    const TokenStream &tokens = m_streams[static_cast<std::size_t>(attribution.paragraph)];
    const auto from = std::lower_bound(tokens.begin(), tokens.end(), attribution.position,
                                       [](const Token &t, std::size_t at) { return t.begin < at; });
    const auto first = static_cast<std::size_t>(from - tokens.begin());
    for (std::size_t i = first; i + 1 < tokens.size() && i < first + kMaxAddresseeLookahead; ++i) {
        if (endsSentence(tokens, i))
            break;
        if (!isWord(tokens[i]) || tokens[i].lower != "kepada")
            continue;
        const std::size_t end = collectPhraseForward(tokens, i + 1, tokens.size());
        const Phrase asked = analysePhrase(m_paragraphs[static_cast<std::size_t>(attribution.paragraph)].text,
                                           tokens, i + 1, end);
        return personFor(asked, attribution.paragraph, tokens[i].begin);
    }
    return -1;
}

void SpeakerResolver::resolve(const Attribution &attribution, Quote &quote)
{
    const Phrase &phrase = attribution.speaker;
    quote.speakerConfidence = SpeakerConfidence::Low;
    if (phrase.kind == PhraseKind::FirstPerson) {
        // "Saya menjawab" in a story told in the first person: the narrator
        // is the last speaker whose own words said "saya".
        quote.attribution = "first-person";
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
        setCurrent(-1, quote, attribution);
        return;
    }
    const TokenStream &tokens = m_streams[static_cast<std::size_t>(attribution.paragraph)];
    // "itu"/"tersebut" closing the phrase, inside it or right after it.
    const auto anaphorAt = [&](std::size_t i) {
        return i < tokens.size() && isWord(tokens[i]) && (tokens[i].classes & kAnaphor) != 0;
    };
    // "ujar pemain berusia 22 tahun itu": a few words of description may
    // come between the role and its "itu".
    constexpr std::size_t kMaxDescriptionAfterRole = 5;
    bool anaphorSoon = false;
    for (std::size_t i = phrase.last; i < tokens.size() && i <= phrase.last + kMaxDescriptionAfterRole; ++i) {
        if (!isWord(tokens[i]))
            break;
        if (anaphorAt(i)) {
            anaphorSoon = true;
            break;
        }
    }
    const bool definite = phrase.last > phrase.first && (anaphorAt(phrase.last - 1) || anaphorSoon);
    int person = -1;
    if (phrase.kind == PhraseKind::Pronoun || phrase.kind == PhraseKind::None) {
        // "-nya", "kata dia", or "lalu menambahkan" without a subject.
        quote.attribution = "pronoun";
        const Choice choice = pronounChoice(attribution.paragraph, attribution.position);
        if (choice.current) {
            quote.speaker = m_current.speaker;
            quote.role = m_current.role;
            quote.speakerConfidence = choice.confident ? SpeakerConfidence::High : SpeakerConfidence::Low;
            setCurrent(m_current.person, quote, attribution);
            return;
        }
        person = choice.person;
        if (choice.confident)
            quote.speakerConfidence = SpeakerConfidence::High;
        fill(person, phrase, quote.speaker, quote.role);
        setCurrent(person, quote, attribution);
        return;
    }
    // "ucap pengacara itu" after "tanya seorang pengacara perempuan": the
    // definite description goes on with the unnamed speaker of that role,
    // unless someone named with the role was mentioned since.
    if (phrase.kind == PhraseKind::RoleOnly && definite && sharesKey(phrase.roleKeys, m_unnamed.keys)) {
        // Someone named with the role mentioned since the unnamed speaker,
        // before this attribution's verb (the role phrase after it is itself
        // a mention)?
        bool namedSince = false;
        auto it = eventsBefore(attribution.paragraph, attribution.position);
        std::size_t steps = 0;
        while (!namedSince && it != m_events.begin() && steps++ < kMaxEventLookback) {
            --it;
            if (it->paragraph < m_unnamed.paragraph ||
                (it->paragraph == m_unnamed.paragraph && it->position <= m_unnamed.position))
                break;
            namedSince = sharesKey(phrase.roleKeys, m_registry.at(it->person).roleKeys);
        }
        if (!namedSince) {
            quote.attribution = "role-phrase";
            quote.speaker.reset();
            quote.role.reset();
            quote.speakerConfidence = SpeakerConfidence::High;
            setCurrent(-1, quote, attribution);
            return;
        }
    }
    person = personFor(phrase, attribution.paragraph, attribution.position);
    if (person < 0 && isPlaceName(phrase)) {
        // "kata Metro Jaya" where the article calls a place so: no one.
        quote.attribution = "unnamed";
        quote.speaker.reset();
        quote.role.reset();
        setCurrent(-1, quote, attribution);
        return;
    }
    switch (phrase.kind) {
    case PhraseKind::Named:
        quote.attribution = attribution.verb == "menurut" ? "menurut"
                            : attribution.after           ? "name-after"
                                                          : "name-before";
        // One word, no title, and nowhere in the story but after speech
        // verbs ("kata Genderuwo"): it may be a nickname of someone the
        // article named otherwise, or not a name at all.
        quote.speakerConfidence =
                phrase.nameWords.size() == 1 && !phrase.roleCue &&
                                (person < 0 || !m_inNarrative[static_cast<std::size_t>(person)])
                        ? SpeakerConfidence::Low
                        : SpeakerConfidence::High;
        break;
    case PhraseKind::RoleOnly:
        quote.attribution = "role-phrase";
        if (person >= 0 && !m_registry.at(person).roleOnly) {
            quote.speakerConfidence = SpeakerConfidence::High;
        } else if (phrase.description) {
            // "kata pelantun lagu itu": whoever the story is about, as for a
            // pronoun, but less sure.
            const Choice choice = pronounChoice(attribution.paragraph, attribution.position);
            if (choice.current) {
                quote.speaker = m_current.speaker;
                quote.role = m_current.role;
                person = m_current.person;
            } else if (kinshipDescription(tokens, phrase)) {
                // "putra sulung wali kota itu": a relative of someone in the
                // story, not the person nearby.
                quote.speaker.reset();
                quote.role.reset();
                person = -1;
            } else {
                person = choice.person;
                fill(person, Phrase{}, quote.speaker, quote.role);
            }
            quote.speakerConfidence = SpeakerConfidence::Low;
            setCurrent(person, quote, attribution);
            return;
        } else {
            if (definite) {
                // "kata mantan pemain itu" and no one introduced with that role:
                // a definite description of someone already speaking or named.
                const Choice choice = pronounChoice(attribution.paragraph, attribution.position);
                if (choice.current && m_current.speaker) {
                    quote.speaker = m_current.speaker;
                    quote.role = m_current.role;
                    quote.speakerConfidence = SpeakerConfidence::Low;
                    setCurrent(m_current.person, quote, attribution);
                    return;
                }
            }
            // "kata analis", "ujar pengacara itu", "kata panglima": a role
            // that names no one the article introduced says who only when it
            // is an office of a named body ("juru bicara Kementerian Luar
            // Negeri", "Kapolri"); a bare office or occupation is a
            // description, and the speaker is unknown.
            if (!namesOffice(tokens, phrase)) {
                quote.speaker.reset();
                quote.role = phrase.role.empty() ? std::nullopt : std::optional<std::string>(phrase.role);
                setCurrent(-1, quote, attribution);
                return;
            }
        }
        break;
    case PhraseKind::Unknown:
        // "tanya seorang wartawan": the article says it does not name them.
        quote.attribution = "unnamed";
        quote.speakerConfidence = SpeakerConfidence::High;
        fill(person, phrase, quote.speaker, quote.role);
        setCurrent(person, quote, attribution);
        m_unnamed = {attribution.paragraph, attribution.position, keysIn(tokens, phrase.first, phrase.last)};
        return;
    default:
        quote.attribution = "unnamed";
        break;
    }
    fill(person, phrase, quote.speaker, quote.role);
    setCurrent(person, quote, attribution);
}

void SpeakerResolver::setCurrent(int person, const Quote &quote, const Attribution &attribution)
{
    m_current.known = true;
    m_current.person = person;
    m_current.speaker = quote.speaker;
    m_current.role = quote.role;
    m_current.paragraph = attribution.paragraph;
    m_current.position = attribution.position;
    m_current.addressee = !quote.text.empty() && quote.text.back() == '?' ? addresseeOf(attribution) : -1;
}

void SpeakerResolver::noteQuote(const Quote &quote)
{
    m_spoken.push_back({quote.speaker, quote.role, usesFirstPerson(quote.text)});
}

} // namespace warta
