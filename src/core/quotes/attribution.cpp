#include "quotes/attribution.h"

#include "quotes/lexicon.h"

#include <algorithm>

namespace warta {

namespace {

constexpr std::size_t kMaxWordsVerbToQuote = 3; // "memujinya karena "…""
constexpr std::size_t kMaxWordsVerbToColon = 12;
constexpr std::size_t kMaxSubjectDistance = 16;

bool isQuoteToken(const Token &t)
{
    return t.kind == TokenKind::Quote;
}

// Where the sentence (or the run of narrative) after token `at` ends.
std::size_t narrativeEnd(const TokenStream &tokens, std::size_t at)
{
    std::size_t i = at;
    while (i < tokens.size() && !isQuoteToken(tokens[i]) && !endsSentence(tokens, i))
        ++i;
    return i;
}

Phrase pronounPhrase(std::size_t at)
{
    Phrase p;
    p.kind = PhraseKind::Pronoun;
    p.first = at;
    p.last = at;
    return p;
}

// "kata pelantun lagu itu", "tutur ibu dua anak itu", "ujar pria itu": a
// few lower-case words closed by "itu"/"tersebut" describe someone already
// in the story. Returns one past the anaphor, or `from` when there is none.
std::size_t descriptionEnd(const TokenStream &tokens, std::size_t from, std::size_t stop)
{
    constexpr std::size_t kMaxDescriptionWords = 4;
    for (std::size_t i = from; i < stop && i <= from + kMaxDescriptionWords; ++i) {
        const Token &t = tokens[i];
        if (!isWord(t) || isCapitalised(t))
            return from;
        if ((t.classes & kAnaphor) != 0)
            return i > from ? i + 1 : from;
        if ((t.classes & (kFunction | kIndefinite | kPronoun | kFullVerb | kBareVerb)) != 0 &&
            (t.classes & kGeneric) == 0)
            return from;
    }
    return from;
}

Phrase descriptionPhrase(std::string_view text, const TokenStream &tokens, std::size_t from, std::size_t end)
{
    Phrase p;
    p.kind = PhraseKind::RoleOnly;
    p.description = true;
    p.first = from;
    p.last = end;
    p.role = std::string(text.substr(tokens[from].begin, tokens[end - 2].end - tokens[from].begin));
    return p;
}

// "kata Budi" / "ujar dia" / "tanya seorang wartawan" / "tegas Gubernur".
bool verbThenSpeaker(std::string_view text, const TokenStream &tokens, std::size_t i, std::size_t stop,
                     Attribution &out)
{
    bool nya = false;
    if (!isWord(tokens[i]) || !speechVerb(tokens[i].lower, true, out.verb, nya))
        return false;
    out.position = tokens[i].begin;
    if (nya) {
        out.speaker = pronounPhrase(i);
        return true;
    }
    std::size_t from = i + 1;
    // "jawab singkat putra sulung …": KBBI adverbs of manner that follow a
    // speech verb before its speaker.
    static constexpr std::string_view kSkipped[] = {"sang",  "pula",    "singkat", "santai", "lirih",
                                                    "pelan", "lantang", "enteng",  "datar",  "ketus"};
    const auto skipped = [&](const Token &t) {
        for (std::string_view w : kSkipped)
            if (t.lower == w)
                return true;
        return false;
    };
    while (from < stop && isWord(tokens[from]) && !isCapitalised(tokens[from]) && skipped(tokens[from]))
        ++from;
    // "kata dia", "ucap saya", "ujar mereka".
    if (from < stop && isWord(tokens[from]) &&
        (tokens[from].classes & (kPronoun | kFirstPerson | kPlural)) != 0) {
        out.speaker = analysePhrase(text, tokens, from, from + 1);
        return true;
    }
    std::size_t end = collectPhraseForward(tokens, from, stop);
    std::size_t nounEnd = from;
    // "kata tetangganya, Mulyadi", "ujar kuasa hukumnya, Budi": a noun with
    // -nya (whose relative or agent) in apposition to the name of the speaker.
    for (std::size_t k = from; k + 2 < stop && k < from + 2 && isWord(tokens[k]) && !isCapitalised(tokens[k]);
         ++k) {
        const std::string &w = tokens[k].lower;
        if (w.size() <= 5 || w.compare(w.size() - 3, 3, "nya") != 0 || !isPunct(tokens[k + 1], ","))
            continue;
        const std::size_t nameEnd = collectPhraseForward(tokens, k + 2, stop);
        Phrase named = nameEnd > k + 2 ? analysePhrase(text, tokens, k + 2, nameEnd) : Phrase{};
        if (named.kind != PhraseKind::Named)
            break;
        if (named.role.empty())
            named.role = std::string(text.substr(tokens[from].begin, tokens[k].end - tokens[from].begin));
        named.roleCue = true;
        out.speaker = std::move(named);
        return true;
    }
    // "tulis akun lainnya", "kata warga yang lain": someone else of a kind
    // already quoted, not named.
    for (std::size_t k = from; k < stop && k < from + 3 && isWord(tokens[k]) && !isCapitalised(tokens[k]);
         ++k) {
        if (k > from && (tokens[k].lower == "lain" || tokens[k].lower == "lainnya")) {
            out.speaker.kind = PhraseKind::Unknown;
            out.speaker.first = from;
            out.speaker.last = k + 1;
            return true;
        }
    }
    const std::size_t described = descriptionEnd(tokens, from, stop);
    if (described > from) {
        const Phrase head = analysePhrase(text, tokens, from, end);
        if (end == from || head.kind == PhraseKind::None ||
            (head.kind == PhraseKind::Unknown && (tokens[from].classes & kIndefinite) == 0)) {
            out.speaker = descriptionPhrase(text, tokens, from, described);
            return true;
        }
    }
    if (end == from) {
        // "kata mandor Yusuf Ali": a common noun or two the lexicon does not
        // know, then the name.
        while (nounEnd < stop && nounEnd < from + 2 && isWord(tokens[nounEnd]) &&
               !isCapitalised(tokens[nounEnd]) && !((tokens[nounEnd].classes & kFunction) != 0))
            ++nounEnd;
        if (nounEnd == from || nounEnd >= stop || !isCapitalised(tokens[nounEnd]))
            return false;
        end = collectPhraseForward(tokens, nounEnd, stop);
        if (end == nounEnd)
            return false; // "jelas" alone is an adjective
        // "jawab putra sulung Presiden Budi", "kata istri Budi": a relative
        // of the person named, not that person.
        if ((tokens[from].classes & kKinship) != 0) {
            out.speaker = Phrase{};
            out.speaker.kind = PhraseKind::RoleOnly;
            out.speaker.description = true;
            out.speaker.first = from;
            out.speaker.last = std::max(end, from + 3);
            out.speaker.role =
                    std::string(text.substr(tokens[from].begin, tokens[end - 1].end - tokens[from].begin));
            return true;
        }
    }
    out.speaker = analysePhrase(text, tokens, nounEnd, end);
    // "jawab saksi bernama Yagari", "kata seorang warga bernama Budi": the
    // name after "bernama" is the speaker the role describes.
    if (end + 1 < stop && isWord(tokens[end]) && tokens[end].lower == "bernama" &&
        out.speaker.kind != PhraseKind::Named && out.speaker.kind != PhraseKind::NonPerson) {
        const std::size_t nameEnd = collectPhraseForward(tokens, end + 1, stop);
        Phrase named = analysePhrase(text, tokens, end + 1, nameEnd);
        if (named.kind == PhraseKind::Named) {
            if (named.role.empty())
                named.role = std::string(
                        text.substr(tokens[nounEnd].begin, tokens[end - 1].end - tokens[nounEnd].begin));
            named.roleCue = true;
            named.first = nounEnd;
            out.speaker = std::move(named);
            return true;
        }
    }
    if (nounEnd > from && out.speaker.kind == PhraseKind::Named && out.speaker.role.empty()) {
        out.speaker.role =
                std::string(text.substr(tokens[from].begin, tokens[nounEnd - 1].end - tokens[from].begin));
        out.speaker.roleCue = true;
    }
    return out.speaker.kind != PhraseKind::None;
}

// "…," Budi menambahkan / "…," dia menjelaskan.
bool speakerThenVerb(std::string_view text, const TokenStream &tokens, std::size_t i, std::size_t stop,
                     Attribution &out)
{
    const std::size_t end = collectPhraseForward(tokens, i, stop);
    if (end == i || end >= stop || !isWord(tokens[end]))
        return false;
    bool nya = false;
    if (!speechVerb(tokens[end].lower, false, out.verb, nya))
        return false;
    // "…?" Saya menjawab, "…": that verb introduces the next quotation.
    std::size_t next = end + 1;
    while (next < tokens.size() && tokens[next].kind == TokenKind::Punct && !endsSentence(tokens, next))
        ++next;
    if (next < tokens.size() && isQuoteToken(tokens[next]))
        return false;
    out.position = tokens[end].begin;
    out.speaker = analysePhrase(text, tokens, i, end);
    return out.speaker.kind != PhraseKind::None;
}

} // namespace

Attribution attributionAfter(std::string_view text, const TokenStream &tokens, std::size_t at)
{
    Attribution out;
    std::size_t i = at + 1;
    while (i < tokens.size() && (isPunct(tokens[i], ",") || isPunct(tokens[i], "-") ||
                                 isPunct(tokens[i], "\u2014") || isPunct(tokens[i], "\u2013")))
        ++i;
    if (i < tokens.size() && isWord(tokens[i]) && tokens[i].lower == "demikian") {
        ++i;
        // "…." Demikian dikatakan (oleh) Kepala Dinas X.: a passive speech
        // verb, then its agent.
        if (i + 1 < tokens.size() && isWord(tokens[i]) && (tokens[i].classes & kPassiveSpeech) != 0) {
            std::size_t from = i + 1;
            if (isWord(tokens[from]) && tokens[from].lower == "oleh")
                ++from;
            const std::size_t stop = narrativeEnd(tokens, from);
            const std::size_t end = collectPhraseForward(tokens, from, stop);
            if (end > from) {
                out.speaker = analysePhrase(text, tokens, from, end);
                if (out.speaker.kind != PhraseKind::None) {
                    out.after = true;
                    out.found = true;
                    out.verb = tokens[i].lower;
                    out.position = tokens[i].begin;
                }
            }
            return out;
        }
    }
    if (i >= tokens.size() || !isWord(tokens[i]))
        return out;
    const std::size_t stop = narrativeEnd(tokens, i);
    out.after = true;
    // "…." Kata Budi, …: a capitalised verb opens a new sentence of reported
    // speech; after a quotation the verb is written in lower case.
    const bool newSentence = isCapitalised(tokens[i]);
    if ((!newSentence && verbThenSpeaker(text, tokens, i, stop, out)) ||
        speakerThenVerb(text, tokens, i, stop, out))
        out.found = true;
    return out;
}

namespace {

// The subject before a speech verb at `verb`, searching back to `floor`.
Phrase subjectBefore(std::string_view text, const TokenStream &tokens, std::size_t verb, std::size_t floor)
{
    std::size_t i = verb;
    while (i > floor && verb - i < kMaxSubjectDistance) {
        const Token &t = tokens[i - 1];
        if (!isWord(t)) {
            --i;
            continue;
        }
        const std::uint32_t c = t.classes;
        if (c & (kPronoun | kFirstPerson | kPlural)) {
            Phrase p = analysePhrase(text, tokens, i - 1, i);
            return p;
        }
        const bool lowerRole = !isCapitalised(t) && (c & (kGeneric | kDocument)) != 0;
        if ((isCapitalised(t) && !(c & (kFunction | kCalendar))) || lowerRole ||
            ((t.classes & kRoleWord) != 0)) {
            const std::size_t first = collectPhraseBackward(tokens, i - 1, floor);
            Phrase p = analysePhrase(text, tokens, first, i);
            // A place or a date on the way ("di Jakarta") is not the subject.
            if (p.kind == PhraseKind::None) {
                i = first;
                continue;
            }
            return p;
        }
        --i;
    }
    return {};
}

// "Menurut Budi, "…"": the quotation follows "according to" and its source.
Attribution accordingTo(std::string_view text, const TokenStream &tokens, std::size_t floor, std::size_t last)
{
    Attribution out;
    if (last <= floor + 2 || !isPunct(tokens[last - 1], ",") || tokens[floor].lower != "menurut")
        return out;
    const std::size_t end = collectPhraseForward(tokens, floor + 1, last - 1);
    if (end != last - 1)
        return out;
    out.speaker = analysePhrase(text, tokens, floor + 1, end);
    if (out.speaker.kind == PhraseKind::None || out.speaker.kind == PhraseKind::NonPerson)
        return out;
    out.verb = "menurut";
    out.position = tokens[floor].begin;
    out.found = true;
    return out;
}

// "Berikut pernyataan lengkap Menteri Keuangan Sri Wahyuni:", "Ini
// pesannya:": a noun of what someone said, then who said it, before a
// colon, introduces their words as a speech verb would.
Attribution speechNounBefore(std::string_view text, const TokenStream &tokens, std::size_t floor,
                             std::size_t colon)
{
    Attribution out;
    constexpr std::size_t kMaxWordsNounToSpeaker = 2; // "pernyataan lengkap", "pesan resmi"
    for (std::size_t i = floor; i < colon; ++i) {
        const Token &t = tokens[i];
        if (!isWord(t) || (t.classes & kSpeechNoun) == 0)
            continue;
        const bool nya = t.lower.size() > 3 && t.lower.compare(t.lower.size() - 3, 3, "nya") == 0;
        out.verb = nya ? t.lower.substr(0, t.lower.size() - 3) : t.lower;
        out.position = t.begin;
        if (nya && i + 1 == colon) {
            out.speaker = pronounPhrase(i);
            out.found = true;
            return out;
        }
        for (std::size_t j = i + 1; j < colon && j <= i + 1 + kMaxWordsNounToSpeaker; ++j) {
            if (!isWord(tokens[j]))
                break;
            if (!isCapitalised(tokens[j]) && (tokens[j].classes & kRoleStart) == 0)
                continue;
            const std::size_t end = collectPhraseForward(tokens, j, colon);
            if (end != colon)
                break;
            out.speaker = analysePhrase(text, tokens, j, end);
            if (out.speaker.kind == PhraseKind::Named || out.speaker.kind == PhraseKind::RoleOnly) {
                out.found = true;
                return out;
            }
            break;
        }
    }
    return {};
}

// "Dia … menekankan bahwa pemimpin itu marah pada “mereka yang …”": a
// quotation that ends a sentence of reported speech ("<verb> bahwa …") is
// the words of that sentence's subject, the phrase the sentence opens with.
Attribution reportedClauseBefore(std::string_view text, const TokenStream &tokens, std::size_t floor,
                                 std::size_t at)
{
    constexpr std::size_t kMaxClauseWords = 40;
    const bool endsSentenceHere = at + 1 >= tokens.size() || endsSentence(tokens, at + 1);
    if (!endsSentenceHere || at == floor || at - floor > kMaxClauseWords)
        return {};
    for (std::size_t i = at; i > floor + 1; --i) {
        const Token &verb = tokens[i - 2];
        if (!isWord(tokens[i - 1]) || tokens[i - 1].lower != "bahwa" || !isWord(verb))
            continue;
        Attribution out;
        bool nya = false;
        if (!speechVerb(verb.lower, false, out.verb, nya))
            continue;
        const std::size_t end = collectPhraseForward(tokens, floor, i - 2);
        if (end == floor)
            return {};
        out.speaker = analysePhrase(text, tokens, floor, end);
        if (out.speaker.kind != PhraseKind::Named && out.speaker.kind != PhraseKind::Pronoun &&
            out.speaker.kind != PhraseKind::RoleOnly)
            return {};
        // A pronoun is resolved from where it stands, before the names in
        // the clause it opens.
        out.position = out.speaker.kind == PhraseKind::Pronoun ? tokens[floor].begin : verb.begin;
        out.found = true;
        return out;
    }
    return {};
}

} // namespace

Attribution attributionBefore(std::string_view text, const TokenStream &tokens, std::size_t at)
{
    Attribution out;
    std::size_t floor = at;
    while (floor > 0 && !isQuoteToken(tokens[floor - 1]) && !endsSentence(tokens, floor - 1))
        --floor;
    std::size_t words = 0;
    std::size_t last = at;
    while (last > floor && tokens[last - 1].kind == TokenKind::Punct && !isPunct(tokens[last - 1], ":"))
        --last;
    const bool colon = last > floor && isPunct(tokens[last - 1], ":");
    for (std::size_t i = at; i > floor; --i) {
        const Token &t = tokens[i - 1];
        if (!isWord(t))
            continue;
        bool nya = false;
        if (speechVerb(t.lower, false, out.verb, nya)) {
            out.position = t.begin;
            out.speaker = subjectBefore(text, tokens, i - 1, floor);
            if (out.speaker.kind == PhraseKind::NonPerson)
                return Attribution{};
            if (out.speaker.kind == PhraseKind::None)
                out.subjectless = true;
            out.found = true;
            return out;
        }
        // After a colon the verb may stand further back: "Presiden menyampaikan
        // pesan kepada rakyat: "…"".
        if (++words > (colon ? kMaxWordsVerbToColon : kMaxWordsVerbToQuote))
            break;
    }
    if (colon) {
        Attribution noun = speechNounBefore(text, tokens, floor, last - 1);
        if (noun.found)
            return noun;
    }
    Attribution partial = reportedClauseBefore(text, tokens, floor, at);
    if (partial.found)
        return partial;
    return accordingTo(text, tokens, floor, at);
}

bool introducesTerm(const TokenStream &tokens, std::size_t at)
{
    // `at` may be one past a stream that ends before the quotation's place.
    if (at == 0 || at > tokens.size())
        return false;
    const Token &prev = tokens[at - 1];
    if (!isWord(prev))
        return false;
    return ((prev.classes & kTitleCue) != 0);
}

} // namespace warta
