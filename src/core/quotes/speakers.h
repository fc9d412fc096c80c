#pragma once

// Resolves speaker phrases to the people an article establishes: a surname
// to the full name, a title to the person who holds it, a pronoun to the
// person most recently mentioned.

#include "warta/article/article.h"

#include "quotes/attribution.h"
#include "quotes/people.h"
#include "quotes/token_stream.h"

#include <cstddef>
#include <vector>

namespace warta {

class SpeakerResolver {
public:
    SpeakerResolver(const std::vector<Paragraph> &paragraphs, const std::vector<TokenStream> &streams);

    /// A speaker named by an attribution ("kata Efendi") is a person; the
    /// registry takes it in scanMentions, after the introductions.
    void noteSpeaker(const Phrase &speaker);
    /// Reads the narrative for people introduced with a role ("Gubernur
    /// Sumsel Herman Deru"), then for every later mention of them, in order.
    /// Indirect speech found on the way goes to `reported`.
    void scanMentions(std::vector<ReportedSpeech> &reported);
    /// Fills quote.speaker, quote.role, quote.attribution and
    /// quote.speakerConfidence from an attribution, and makes the speaker
    /// the current one (a later "-nya" goes to them first).
    void resolve(const Attribution &attribution, Quote &quote);
    /// Remembers an accepted quote (a later "Saya menjawab" looks back).
    void noteQuote(const Quote &quote);

private:
    struct Event {
        int paragraph = 0;
        std::size_t position = 0;
        int person = -1;
        bool subject = false;      ///< the person is the subject of a verb or the speaker of a quote here
        bool introduction = false; ///< the person's first mention in the narrative
        bool speech = false;       ///< the person says something here (reported speech or a quote)
        bool presented = false;    ///< introduced with a role in apposition ("Bambang, pedagang …")
    };
    struct Spoken {
        std::optional<std::string> speaker;
        std::optional<std::string> role;
        bool firstPerson = false;
    };

    struct Current {
        bool known = false; ///< a quote has been attributed
        int person = -1;    ///< in the registry, -1 when unnamed or not there
        std::optional<std::string> speaker;
        std::optional<std::string> role;
        int paragraph = 0;
        std::size_t position = 0; ///< of the attribution's verb
        int addressee = -1;       ///< for a question: the person asked ("tanya … kepada Budi")
    };
    struct Choice {
        int person = -1;
        bool confident = false;
        bool current = false; ///< the current speaker goes on
    };

    void collectPlaceNames();
    bool isPlaceName(const Phrase &phrase) const;
    template <typename Visit>
    void forEachPhrase(Visit &&visit) const;
    int mentionedPerson(const Phrase &phrase);
    int latestBefore(const std::vector<int> &candidates, int paragraph, std::size_t position) const;
    std::vector<Event>::const_iterator eventsBefore(int paragraph, std::size_t position) const;
    int lastSubjectBefore(int paragraph, std::size_t position) const;
    int soleCandidate(int paragraph, std::size_t position) const;
    int subjectOrSole(int paragraph, std::size_t position) const;
    int anyBefore(int paragraph, std::size_t position) const;
    Choice pronounChoice(int paragraph, std::size_t position) const;
    void setCurrent(int person, const Quote &quote, const Attribution &attribution);
    int addresseeOf(const Attribution &attribution) const;
    int personFor(const Phrase &phrase, int paragraph, std::size_t position) const;
    void fill(int person, const Phrase &phrase, std::optional<std::string> &speaker,
              std::optional<std::string> &role) const;

    const std::vector<Paragraph> &m_paragraphs;
    const std::vector<TokenStream> &m_streams;
    PersonRegistry m_registry;
    std::vector<Phrase> m_pendingSpeakers; ///< from attributions, added after the introductions
    std::vector<Event> m_events;
    std::vector<std::vector<std::string>> m_placeNames; ///< lower-case words after "Polda", "Kota", "PT" …
    std::vector<int> m_lastMention;  ///< per person: index of its last event, -1 if none yet
    std::vector<bool> m_inNarrative; ///< per person: mentioned other than right after a speech verb
    std::vector<Spoken> m_spoken;
    Current m_current;
    struct Unnamed {
        int paragraph = 0;
        std::size_t position = 0;
        std::vector<std::string> keys; ///< the roles of the last unnamed speaker ("seorang pengacara")
    };
    Unnamed m_unnamed;
};

} // namespace warta
