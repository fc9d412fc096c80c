#include "quotes/people.h"

#include "quotes/lexicon.h"

#include <algorithm>

namespace warta {

namespace {

constexpr std::size_t kMaxPhraseTokens = 40;
constexpr int kMaxNameWords = 4;
constexpr std::size_t kMaxOrgContinuation = 3;

bool isStopWord(const Token &t)
{
    return (t.classes & (kFunction | kCalendar)) != 0;
}

// Lower-case words that may stand inside a speaker phrase: offices ("juru
// bicara"), the bodies they belong to ("kementerian"), and "seorang".
bool isLowerPhraseWord(const Token &t)
{
    if (!isWord(t))
        return false;
    if (((t.classes & kRoleWord) != 0))
        return true;
    if (t.lower == "juru" || t.lower == "bicara" || t.lower == "salah")
        return true;
    const std::uint32_t c = t.classes;
    if (c & (kFunction | kCalendar))
        return (c & (kIndefinite | kGeneric)) != 0;
    return (c & (kInstitution | kOrgHead | kIndefinite | kGeneric | kPlace | kHonorific)) != 0;
}

bool isPhraseWord(const Token &t)
{
    if (!isWord(t))
        return false;
    if (isCapitalised(t) || isAcronym(t))
        return !isStopWord(t) || ((t.classes & kIndefinite) != 0);
    if (((t.classes & kParticle) != 0))
        return true;
    return isLowerPhraseWord(t);
}

// A parenthesis of a few words inside a phrase: "(PDIP)", "(BP Haji)".
std::size_t parenthesisEnd(const TokenStream &tokens, std::size_t open, std::size_t stop)
{
    for (std::size_t i = open + 1; i < stop && i < open + 8; ++i) {
        if (isPunct(tokens[i], ")"))
            return i + 1;
        if (!isWord(tokens[i]) && !isPunct(tokens[i], "/") && !isPunct(tokens[i], "-"))
            return 0;
    }
    return 0;
}

} // namespace

std::size_t collectPhraseForward(const TokenStream &tokens, std::size_t from, std::size_t stop)
{
    stop = std::min(stop, from + kMaxPhraseTokens);
    std::size_t i = from;
    std::size_t end = from;
    while (i < stop) {
        const Token &t = tokens[i];
        if (isPhraseWord(t)) {
            // "dan" joins two capitalised words only: "Energi dan Sumber Daya".
            i++;
            end = i;
            continue;
        }
        // "Prof. Dr. Ir. Bambang": the period of an abbreviated title.
        if (isPunct(t, ".") && end > from && i + 1 < stop && !endsSentence(tokens, i) &&
            isCapitalised(tokens[i + 1])) {
            ++i;
            continue;
        }
        // "Pasar Minggu", "Kampung Baru": a capitalised day name or function
        // word right after a place's first word is part of the place's name.
        if (isCapitalised(t) && (t.classes & (kCalendar | kFunction)) != 0 && end > from &&
            (tokens[i - 1].classes & kOrgHead) != 0 && isCapitalised(tokens[i - 1])) {
            i++;
            end = i;
            continue;
        }
        if (isWord(t) && t.lower == "dan" && end > from && i + 1 < stop && isCapitalised(tokens[i + 1]) &&
            isCapitalised(tokens[i - 1])) {
            ++i;
            continue;
        }
        if (isPunct(t, "(") && end > from) {
            const std::size_t close = parenthesisEnd(tokens, i, stop);
            if (close == 0)
                break;
            i = close;
            end = i;
            continue;
        }
        // The fields of a ministry listed with commas: "Menteri Desa,
        // Pembangunan Daerah Tertinggal, dan Transmigrasi Marwan Jafar".
        if (isPunct(t, ",") && end > from && i + 2 < stop && isWord(tokens[i + 1]) &&
            tokens[i + 1].lower == "dan" && isCapitalised(tokens[i + 2]) &&
            (tokens[i + 2].classes & kInstitution) != 0 && (tokens[i - 1].classes & kInstitution) != 0) {
            i += 2;
            continue;
        }
        // An apposition: "Menteri Komunikasi dan Informatika, Rudiantara".
        if (isPunct(t, ",") && end > from && i + 1 < stop && isCapitalised(tokens[i + 1]) &&
            !isStopWord(tokens[i + 1])) {
            ++i;
            continue;
        }
        break;
    }
    return end;
}

std::size_t collectPhraseBackward(const TokenStream &tokens, std::size_t lastWord, std::size_t floor)
{
    std::size_t first = lastWord;
    while (first > floor && lastWord - first < kMaxPhraseTokens) {
        const Token &prev = tokens[first - 1];
        if (isPhraseWord(prev)) {
            --first;
            continue;
        }
        if (isPunct(prev, ")")) {
            std::size_t open = first - 1;
            while (open > floor && !isPunct(tokens[open], "(") && first - open < 8)
                --open;
            if (!isPunct(tokens[open], "("))
                break;
            first = open;
            continue;
        }
        if ((isPunct(prev, ",") || (isWord(prev) && prev.lower == "dan")) && first - 1 > floor &&
            isCapitalised(tokens[first - 2]) && !isStopWord(tokens[first - 2]) &&
            isCapitalised(tokens[first])) {
            --first;
            continue;
        }
        break;
    }
    return first;
}

namespace {

enum class Slot {
    Name,
    Role,
    Honorific,
    Org,
    Stop,
    Particle,
    Suffix
};

struct Segment {
    std::size_t first = 0;
    std::size_t last = 0; // exclusive
};

bool isRegionalOffice(const std::string &key)
{
    static constexpr std::string_view kRegional[] = {
            "gubernur", "wakil gubernur", "bupati",   "wakil bupati", "wali kota", "wakil wali kota",
            "kapolda",  "kapolres",       "kapolsek", "kajati",       "kajari",    "pangdam",
            "danrem",   "dandim",         "camat",    "lurah",        "kakanwil"};
    for (std::string_view r : kRegional)
        if (key == r)
            return true;
    return false;
}

std::size_t capitalisedRun(const TokenStream &tokens, std::size_t from, std::size_t stop)
{
    std::size_t run = 0;
    for (std::size_t i = from; i < stop && isCapitalised(tokens[i]); ++i) {
        if (((tokens[i].classes & kHonorific) != 0))
            break;
        ++run;
    }
    return run;
}

// How many capitalised words after an institution's first word ("PT",
// "Dinas") still name the institution: up to three, but leaving two for a
// personal name when that many follow ("PT Maju Jaya Hendra Gunawan").
std::size_t orgContinuation(const TokenStream &tokens, std::size_t from, std::size_t stop)
{
    std::size_t run = 0;
    for (std::size_t i = from; i < stop && (isCapitalised(tokens[i]) || isAcronym(tokens[i])); ++i) {
        if (((tokens[i].classes & kRoleWord) != 0) || (tokens[i].classes & kHonorific) != 0)
            break;
        ++run;
    }
    if (run == 0)
        return 0;
    return std::min(kMaxOrgContinuation, std::max<std::size_t>(1, run > 2 ? run - 2 : 1));
}

// What each word of one segment is: a name word, part of an office or of an
// institution, or a word that stops a name.
std::vector<Slot> slotsOf(const TokenStream &tokens, const Segment &seg, std::vector<std::string> &keys,
                          bool &office)
{
    std::vector<std::string_view> lowers;
    lowers.reserve(seg.last - seg.first);
    for (std::size_t i = seg.first; i < seg.last; ++i)
        lowers.push_back(tokens[i].lower);
    std::vector<Slot> slots(lowers.size(), Slot::Stop);
    std::size_t orgLeft = 0;
    int depth = 0;
    for (std::size_t k = 0; k < lowers.size(); ++k) {
        const Token &t = tokens[seg.first + k];
        if (isPunct(t, "(")) {
            ++depth;
            orgLeft = 0;
            continue;
        }
        if (isPunct(t, ")")) {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (depth > 0 || !isWord(t))
            continue;
        std::string key;
        const std::size_t roleWords = (t.classes & kRoleStart) ? matchRole(lowers, k, key) : 0;
        // Indonesian names hold words that are also titles ("Hakim", "Raja"):
        // a one-word title between two name words is one of them.
        const bool insideName = roleWords == 1 && k > 0 && slots[k - 1] == Slot::Name && isCapitalised(t) &&
                                k + 1 < lowers.size() && isCapitalised(tokens[seg.first + k + 1]) &&
                                tokens[seg.first + k + 1].classes == 0;
        if (insideName) {
            slots[k] = Slot::Name;
            continue;
        }
        if (roleWords > 0 && (isCapitalised(t) || !((t.classes & kPlace) != 0))) {
            for (std::size_t r = 0; r < roleWords; ++r)
                slots[k + r] = Slot::Role;
            // "mantan", "calon": they qualify the office that follows, the role
            // text keeps them ("Bakal calon Wakil Gubernur").
            if (key != "mantan" && key != "calon") {
                keys.push_back(key);
                office = true;
            }
            k += roleWords - 1;
            // "Bupati Sleman Kustini Sri Purnomo": a regional office is followed
            // by its region, then the name.
            orgLeft =
                    isRegionalOffice(key) && capitalisedRun(tokens, seg.first + k + 1, seg.last) >= 3 ? 1 : 0;
            continue;
        }
        const std::uint32_t c = t.classes;
        // "Irjen Agung Setiawan": after a rank or an honorific, a word that
        // is also an institution word ("Agung", "Tinggi") is a name word.
        if (k > 0 && slots[k - 1] == Slot::Honorific && isCapitalised(t) && !isAcronym(t) &&
            (c & kInstitution) != 0 && (c & (kPlace | kOrgHead | kFunction | kCalendar | kRoleStart)) == 0 &&
            k + 1 < lowers.size() && isCapitalised(tokens[seg.first + k + 1])) {
            slots[k] = Slot::Name;
            continue;
        }
        // "Pelatih Persikota Joko Santoso", "tulis Persikota": Indonesian
        // football clubs are named "Persatuan Sepak Bola …", shortened to one
        // word in "Pers-"; such a word the lexicon does not know names a club.
        if (isCapitalised(t) && t.lower.size() >= 6 && t.lower.rfind("pers", 0) == 0 && c == 0) {
            slots[k] = Slot::Org;
            continue;
        }
        if (orgLeft > 0 && isCapitalised(t)) {
            slots[k] = Slot::Org;
            --orgLeft;
            continue;
        }
        orgLeft = 0;
        // "Ibrahim Tanjung": a word that heads a place's or a body's name
        // ("Tanjung Priok") but ends the phrase after a name word is a name
        // word (Indonesian surnames include "Tanjung", "Bukit", "Pasar").
        const bool endsAfterName = k > 0 && slots[k - 1] == Slot::Name &&
                                   (k + 1 == lowers.size() || !isCapitalised(tokens[seg.first + k + 1]));
        if ((c & kOrgHead) && isCapitalised(t) && endsAfterName && (c & (kRoleStart | kInstitution)) == 0) {
            slots[k] = Slot::Name;
            continue;
        }
        if ((c & kOrgHead) && isCapitalised(t)) {
            slots[k] = Slot::Org;
            orgLeft = orgContinuation(tokens, seg.first + k + 1, seg.last);
            continue;
        }
        // "Sekjen Organisasi Samudra Pasifik Antonio Ferreira": four or more
        // capitalised words after an institution word; the name is the last
        // two, the others go on naming the institution.
        if ((c & kInstitution) != 0 && isCapitalised(t) && (c & (kPlace | kRoleStart)) == 0) {
            const std::size_t run = capitalisedRun(tokens, seg.first + k + 1, seg.last);
            if (run >= 4)
                orgLeft = std::min(kMaxOrgContinuation, run - 2);
        }
        if (c & kHonorificSuffix)
            slots[k] = Slot::Suffix;
        else if (c & kParticle && !isCapitalised(t))
            slots[k] = Slot::Particle;
        else if (c & (kHonorific | kGeneric)) {
            slots[k] = Slot::Honorific;
            // "Komedian Wawan": the occupation is what a later "kata komedian
            // itu" refers to.
            if ((c & kOccupation) != 0 && (c & kRoleStart) == 0)
                keys.emplace_back(t.lower);
        } else if (c & (kPlace | kInstitution | kOrgHead | kDocument | kDeity | kFunction | kCalendar))
            slots[k] = Slot::Org;
        else if (isAcronym(t))
            slots[k] = Slot::Org;
        else if (isCapitalised(t) || isInitials(t))
            slots[k] = Slot::Name;
        else
            slots[k] = Slot::Stop;
    }
    return slots;
}

struct NameRange {
    std::size_t first = 0; // index into the segment's slots
    std::size_t last = 0;  // exclusive; first == last: no name
    std::size_t alias = 0; // token index of a nickname in brackets after the name; 0: none
};

NameRange nameIn(const TokenStream &tokens, const Segment &seg, const std::vector<Slot> &slots)
{
    NameRange range;
    std::size_t k = slots.size();
    while (k > 0 && (slots[k - 1] == Slot::Suffix || !isWord(tokens[seg.first + k - 1]))) {
        if (isPunct(tokens[seg.first + k - 1], ")")) {
            // "Joko Widodo (Jokowi)": the name is before the brackets, a
            // one-word nickname inside them is another way to name the person.
            std::size_t open = k - 1;
            while (open > 0 && !isPunct(tokens[seg.first + open], "("))
                --open;
            if (!isPunct(tokens[seg.first + open], "("))
                return {};
            const Token &inside = tokens[seg.first + open + 1];
            if (open + 3 == k && isCapitalised(inside) && !isAcronym(inside))
                range.alias = seg.first + open + 1;
            k = open;
            continue;
        }
        --k;
    }
    const std::size_t last = k;
    int names = 0;
    while (k > 0 && names < kMaxNameWords) {
        const Slot s = slots[k - 1];
        if (s == Slot::Name) {
            ++names;
            --k;
            continue;
        }
        if (s == Slot::Particle && k > 1 && slots[k - 2] == Slot::Name) {
            --k;
            continue;
        }
        break;
    }
    if (names == 0)
        return {};
    range.first = k;
    range.last = last;
    return range;
}

std::string textOf(std::string_view text, const TokenStream &tokens, std::size_t first, std::size_t last)
{
    if (first >= last)
        return {};
    return std::string(text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin));
}

std::vector<Segment> segmentsOf(const TokenStream &tokens, std::size_t first, std::size_t last)
{
    std::vector<Segment> segs;
    std::size_t start = first;
    for (std::size_t i = first; i < last; ++i) {
        const bool comma = isPunct(tokens[i], ",");
        // "Presiden Joko Widodo dan Wakil Presiden Jusuf Kalla": two people.
        const bool andAfterName = isWord(tokens[i]) && tokens[i].lower == "dan" && i > first &&
                                  !((tokens[i - 1].classes & kInstitution) != 0) &&
                                  !((tokens[i - 1].classes & kPlace) != 0);
        if (comma || andAfterName) {
            if (i > start)
                segs.push_back({start, i});
            start = i + 1;
        }
    }
    if (last > start)
        segs.push_back({start, last});
    return segs;
}

// Role text without the words that only say "a" or "that".
std::string roleText(std::string_view text, const TokenStream &tokens, std::size_t first, std::size_t last)
{
    while (first < last && isWord(tokens[first]) && ((tokens[first].classes & kIndefinite) != 0))
        ++first;
    while (last > first && isWord(tokens[last - 1]) && ((tokens[last - 1].classes & kAnaphor) != 0))
        --last;
    while (last > first && isPunct(tokens[last - 1], ","))
        --last;
    return textOf(text, tokens, first, last);
}

// What the first word alone decides; a group noun ("Warga Budi Santoso")
// or an occupation is decided with the rest of the phrase.
PhraseKind simpleKind(const Token &head)
{
    const std::uint32_t c = head.classes;
    if (c & kPronoun)
        return PhraseKind::Pronoun;
    if (c & kFirstPerson)
        return PhraseKind::FirstPerson;
    if (c & (kPlural | kIndefinite))
        return PhraseKind::Unknown;
    if (c & (kDocument | kDeity))
        return PhraseKind::NonPerson;
    return PhraseKind::None;
}

} // namespace

Phrase analysePhrase(std::string_view text, const TokenStream &tokens, std::size_t first, std::size_t last)
{
    Phrase phrase;
    phrase.first = first;
    phrase.last = last;
    if (first >= last || !isWord(tokens[first]))
        return phrase;
    phrase.kind = simpleKind(tokens[first]);
    // "Seorang petani, Karta, …", "salah seorang warga, Budi Santoso": the
    // person described is named in the apposition.
    if (phrase.kind == PhraseKind::Unknown && (tokens[first].classes & kIndefinite) != 0) {
        for (std::size_t i = first + 1; i + 1 < last; ++i) {
            if (!isPunct(tokens[i], ","))
                continue;
            Phrase named = analysePhrase(text, tokens, i + 1, last);
            if (named.kind != PhraseKind::Named)
                break;
            if (named.role.empty())
                named.role = roleText(text, tokens, first, i);
            named.first = first;
            named.roleCue = true;
            return named;
        }
    }
    if (phrase.kind != PhraseKind::None)
        return phrase;
    const std::vector<Segment> segs = segmentsOf(tokens, first, last);
    bool cue = false;
    bool orgHead = false;
    bool afterAcronym = false;
    std::size_t nameSegment = 0;
    std::size_t roleStart = first; // the role words that belong to the next name start here
    for (std::size_t s = 0; s < segs.size(); ++s) {
        std::vector<std::string> keys;
        const std::vector<Slot> slots = slotsOf(tokens, segs[s], keys, phrase.office);
        phrase.roleKeys.insert(phrase.roleKeys.end(), keys.begin(), keys.end());
        const NameRange range = nameIn(tokens, segs[s], slots);
        std::size_t roleEnd = range.first; // ranks and honorifics right before the name are not the role
        while (roleEnd > 0 && slots[roleEnd - 1] == Slot::Honorific)
            --roleEnd;
        for (std::size_t k = 0; k < range.first && k < slots.size(); ++k) {
            if (slots[k] == Slot::Role || slots[k] == Slot::Honorific)
                cue = true;
            // "Universitas Indonesia (UI) Hamdi Muluk": the acronym in brackets
            // closes the body's name; the words after it are a person's.
            if (isPunct(tokens[segs[s].first + k], ")") && s == 0)
                afterAcronym = true;
            if (k == 0 && slots[k] == Slot::Org && s == 0)
                orgHead = true;
        }
        if (range.first == range.last) {
            if (!keys.empty())
                cue = true;
            // "kata KPK", "tulis Persikota": an institution alone.
            // A place alone ("di Indonesia") is not one: it stays nothing.
            if (s == 0 && !slots.empty() && slots[0] == Slot::Org &&
                (tokens[segs[s].first].classes & kPlace) == 0)
                orgHead = true;
            continue;
        }
        // A later segment can hold the name ("Country Lead, …, Adrie Suhadi").
        phrase.kind = PhraseKind::Named;
        nameSegment = s;
        phrase.name = textOf(text, tokens, segs[s].first + range.first, segs[s].first + range.last);
        phrase.nameWords.clear();
        for (std::size_t k = range.first; k < range.last; ++k)
            if (slots[k] == Slot::Name)
                phrase.nameWords.push_back(tokens[segs[s].first + k].lower);
        phrase.aliases.clear();
        if (range.alias > 0)
            phrase.aliases.push_back(tokens[range.alias].lower);
        phrase.role = roleText(text, tokens, roleStart, segs[s].first + roleEnd);
        phrase.roleCue = cue;
        roleStart = s + 1 < segs.size() ? segs[s + 1].first : last;
    }
    if (phrase.kind == PhraseKind::Named) {
        // "PT Tri Dharma Kencana" is a company; "Universitas Indonesia (UI), Ade
        // Armando" is a person described by one.
        if (orgHead && !phrase.roleCue && nameSegment == 0 && !afterAcronym)
            phrase.kind = PhraseKind::NonPerson;
        return phrase;
    }
    if (!phrase.roleKeys.empty() && !orgHead) {
        phrase.kind = PhraseKind::RoleOnly;
        phrase.role = roleText(text, tokens, first, last);
        phrase.roleCue = true;
        return phrase;
    }
    const std::uint32_t c = tokens[first].classes;
    if (c & (kGeneric))
        phrase.kind = PhraseKind::Unknown;
    else if (orgHead || (c & (kDocument | kDeity | kOrgHead)))
        phrase.kind = PhraseKind::NonPerson;
    return phrase;
}

namespace {

bool contains(const std::vector<std::string> &haystack, const std::string &needle)
{
    return std::find(haystack.begin(), haystack.end(), needle) != haystack.end();
}

bool allIn(const std::vector<std::string> &words, const std::vector<std::string> &in)
{
    if (words.empty())
        return false;
    for (const std::string &w : words)
        if (!contains(in, w))
            return false;
    return true;
}

void addUnique(std::vector<std::string> &list, const std::string &item)
{
    if (!contains(list, item))
        list.push_back(item);
}

// Indonesian news shortens given names ("Sandi" for Sandiaga, "Hidayat" for
// Hidayatullah); four letters at least, so that "Ali" or "Adi" do not
// stand for every longer name that starts with them.
constexpr std::size_t kMinShortForm = 4;

bool isShortFormOf(const std::string &shortForm, const std::string &word)
{
    return shortForm.size() >= kMinShortForm && word.size() > shortForm.size() &&
           word.compare(0, shortForm.size(), shortForm) == 0;
}

std::string initialsOf(const std::vector<std::string> &words)
{
    std::string out;
    for (const std::string &w : words)
        if (!w.empty())
            out.push_back(w[0]);
    return out;
}

} // namespace

int PersonRegistry::add(const Phrase &phrase)
{
    if (phrase.kind == PhraseKind::RoleOnly) {
        for (const std::string &key : phrase.roleKeys) {
            const std::vector<int> known = byRole(key);
            if (!known.empty())
                return known.back();
        }
        Person person;
        person.name = phrase.role;
        person.role = phrase.role;
        person.roleKeys = phrase.roleKeys;
        person.roleOnly = true;
        m_people.push_back(std::move(person));
        return static_cast<int>(m_people.size()) - 1;
    }
    if (phrase.kind != PhraseKind::Named || phrase.nameWords.empty())
        return -1;
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        Person &known = m_people[i];
        if (known.roleOnly)
            continue;
        if (allIn(phrase.nameWords, known.nameWords)) {
            if (known.role.empty() && !phrase.role.empty())
                known.role = phrase.role;
            for (const std::string &a : phrase.aliases)
                if (!contains(known.aliases, a))
                    known.aliases.push_back(a);
            for (const std::string &k : phrase.roleKeys)
                if (!contains(known.roleKeys, k))
                    known.roleKeys.push_back(k);
            return static_cast<int>(i);
        }
        const bool knownIsAlias = known.nameWords.size() == 1 && contains(phrase.aliases, known.nameWords[0]);
        if (phrase.nameWords.size() == 1 && contains(known.aliases, phrase.nameWords[0]))
            return static_cast<int>(i);
        if (allIn(known.nameWords, phrase.nameWords) ||
            knownIsAlias) { // a fuller form of a name seen first short
            takeFullerName(known, phrase);
            return static_cast<int>(i);
        }
    }
    const int shortForm = joinShortForm(phrase);
    if (shortForm >= 0)
        return shortForm;
    Person person;
    person.name = phrase.name;
    person.role = phrase.role;
    person.nameWords = phrase.nameWords;
    person.aliases = phrase.aliases;
    person.roleKeys = phrase.roleKeys;
    person.initials = initialsOf(phrase.nameWords);
    m_people.push_back(std::move(person));
    return static_cast<int>(m_people.size()) - 1;
}

// Indonesian nicknames built from the first syllables of two name words:
// "Jokowi" (Joko Widodo), "Hersus" (Heri Susanto). Each part at least two
// letters, the whole at least five, the parts in the name's order.
bool isBlendOf(const std::string &word, const std::vector<std::string> &nameWords)
{
    constexpr std::size_t kMinPart = 2;
    constexpr std::size_t kMinBlend = 5;
    if (word.size() < kMinBlend)
        return false;
    for (std::size_t i = 0; i + 1 < nameWords.size(); ++i) {
        const std::string &a = nameWords[i];
        const std::string &b = nameWords[i + 1];
        for (std::size_t cut = kMinPart; cut + kMinPart <= word.size(); ++cut) {
            if (cut > a.size() || word.size() - cut > b.size())
                continue;
            if (word.compare(0, cut, a, 0, cut) == 0 &&
                word.compare(cut, std::string::npos, b, 0, word.size() - cut) == 0 &&
                (cut < a.size() || word.size() - cut < b.size()))
                return true;
        }
    }
    return false;
}

int PersonRegistry::blendOf(const std::string &word) const
{
    int found = -1;
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        if (m_people[i].roleOnly || !isBlendOf(word, m_people[i].nameWords))
            continue;
        if (found >= 0)
            return -1;
        found = static_cast<int>(i);
    }
    return found;
}

int PersonRegistry::joinShortForm(const Phrase &phrase)
{
    // "kata Sandi" after "Sandiaga Uno": a short form of one person's name;
    // "kata Jokowi" after "Joko Widodo": a blend of two of its words.
    if (phrase.nameWords.size() == 1) {
        int person = shortFormOf(phrase.nameWords[0], -1);
        if (person < 0)
            person = blendOf(phrase.nameWords[0]);
        if (person >= 0) {
            addUnique(m_people[static_cast<std::size_t>(person)].aliases, phrase.nameWords[0]);
            return person;
        }
    }
    // "Sandiaga Uno" met after someone known only as "Sandi": the fuller
    // name, unless the short form could also mean someone else already known.
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        Person &known = m_people[i];
        if (known.roleOnly || known.nameWords.size() != 1)
            continue;
        const std::string shortForm = known.nameWords[0];
        if (!std::any_of(phrase.nameWords.begin(), phrase.nameWords.end(),
                         [&](const std::string &w) { return isShortFormOf(shortForm, w); }))
            continue;
        if (shortFormOf(shortForm, static_cast<int>(i)) >= 0)
            continue;
        takeFullerName(known, phrase);
        addUnique(known.aliases, shortForm);
        return static_cast<int>(i);
    }
    return -1;
}

int PersonRegistry::shortFormOf(const std::string &word, int except) const
{
    int found = -1;
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const Person &p = m_people[i];
        if (p.roleOnly || static_cast<int>(i) == except)
            continue;
        if (!std::any_of(p.nameWords.begin(), p.nameWords.end(),
                         [&](const std::string &w) { return isShortFormOf(word, w); }))
            continue;
        if (found >= 0)
            return -1; // two people could be meant: neither is
        found = static_cast<int>(i);
    }
    return found;
}

void PersonRegistry::takeFullerName(Person &known, const Phrase &phrase)
{
    known.name = phrase.name;
    for (const std::string &a : phrase.aliases)
        addUnique(known.aliases, a);
    known.nameWords = phrase.nameWords;
    known.initials = initialsOf(known.nameWords);
    if (!phrase.role.empty())
        known.role = phrase.role;
    for (const std::string &k : phrase.roleKeys)
        addUnique(known.roleKeys, k);
}

void PersonRegistry::addRole(int person, const Phrase &role)
{
    if (person < 0 || static_cast<std::size_t>(person) >= m_people.size())
        return;
    Person &known = m_people[static_cast<std::size_t>(person)];
    for (const std::string &k : role.roleKeys)
        addUnique(known.roleKeys, k);
    if (known.role.empty())
        known.role = role.role;
}

void PersonRegistry::addAlias(int person, const std::string &word)
{
    if (person >= 0 && static_cast<std::size_t>(person) < m_people.size())
        addUnique(m_people[static_cast<std::size_t>(person)].aliases, word);
}

std::vector<int> PersonRegistry::byName(const std::vector<std::string> &words) const
{
    std::vector<int> found;
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const Person &p = m_people[i];
        if (p.roleOnly)
            continue;
        const bool initials = words.size() == 1 && p.nameWords.size() >= 2 && words[0] == p.initials;
        const bool alias = words.size() == 1 && contains(p.aliases, words[0]);
        if (allIn(words, p.nameWords) || initials || alias)
            found.push_back(static_cast<int>(i));
    }
    if (found.empty() && words.size() == 1) {
        int person = shortFormOf(words[0], -1);
        if (person < 0)
            person = blendOf(words[0]);
        if (person >= 0)
            found.push_back(person);
    }
    return found;
}

std::vector<int> PersonRegistry::byRole(const std::string &key) const
{
    std::vector<int> found;
    for (std::size_t i = 0; i < m_people.size(); ++i)
        if (contains(m_people[i].roleKeys, key))
            found.push_back(static_cast<int>(i));
    return found;
}

} // namespace warta
