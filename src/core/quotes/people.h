#pragma once

// Who is who in an article: reading a noun phrase ("Gubernur Sumsel Herman
// Deru", "juru bicara kementerian itu", "dia") into a name and a role, and
// the registry of people the article establishes.

#include "quotes/token_stream.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace warta {

enum class PhraseKind {
    None,        ///< nothing that can speak
    Named,       ///< a personal name, maybe with a role
    RoleOnly,    ///< an office or title without a name
    Pronoun,     ///< dia, ia, beliau, -nya
    FirstPerson, ///< saya, aku
    Unknown,     ///< seorang wartawan, mereka: the article does not say who
    NonPerson,   ///< a document, an institution, a deity
};

struct Phrase {
    PhraseKind kind = PhraseKind::None;
    std::string name;                   ///< as written, honorifics and ranks left out
    std::string role;                   ///< as written, without seorang/itu
    std::vector<std::string> nameWords; ///< lower case, particles left out
    std::vector<std::string> aliases;   ///< nicknames in brackets after the name ("jokowi")
    std::vector<std::string> roleKeys;  ///< canonical office keys
    bool roleCue = false;               ///< an office, title or rank precedes the name
    bool office = false;                ///< a role key is an office ("juru bicara"), not only an occupation
    bool description = false;           ///< a definite description: "pelantun lagu itu", "pria itu"
    std::size_t first = 0;              ///< token range in the stream
    std::size_t last = 0;
};

/// The noun phrase that starts at token `from` (a speaker after a speech
/// verb, or a mention): returns the index one past it.
std::size_t collectPhraseForward(const TokenStream &tokens, std::size_t from, std::size_t stop);

/// The first token of the noun phrase that ends at token `lastWord`.
std::size_t collectPhraseBackward(const TokenStream &tokens, std::size_t lastWord, std::size_t floor);

Phrase analysePhrase(std::string_view text, const TokenStream &tokens, std::size_t first, std::size_t last);

struct Person {
    std::string name; ///< the full name, or the role for someone named only by role
    std::string role;
    std::vector<std::string> nameWords;
    std::vector<std::string> aliases;
    std::vector<std::string> roleKeys;
    std::string initials; ///< "jk" for Jusuf Kalla
    bool roleOnly = false;
};

class PersonRegistry {
public:
    /// Adds a person from a phrase (Named or RoleOnly), merging with someone
    /// already known under a shorter or longer form of the same name.
    int add(const Phrase &phrase);

    /// A role given in apposition ("Rudi, analis pasar modal, …"): its keys
    /// and, when the person has none yet, its text.
    void addRole(int person, const Phrase &role);
    /// Another name of a known person: a nickname ("Sule" for Entis Sutisna).
    void addAlias(int person, const std::string &word);
    /// People whose name holds all of `words` (lower case), or whose
    /// initials are the single word given.
    std::vector<int> byName(const std::vector<std::string> &words) const;
    /// People whose role has `key`.
    std::vector<int> byRole(const std::string &key) const;

    const Person &at(int index) const { return m_people[static_cast<std::size_t>(index)]; }
    std::size_t size() const { return m_people.size(); }

private:
    /// The one person a short form ("sandi") stands for: someone other than
    /// `except` with a name word that begins with it; -1 if none or several.
    int shortFormOf(const std::string &word, int except) const;
    /// The one person whose name a nickname blends ("jokowi"); -1 if none or several.
    int blendOf(const std::string &word) const;
    /// The person `phrase` joins as a short form or as the fuller name of a
    /// short form already known; -1 if neither.
    int joinShortForm(const Phrase &phrase);
    /// Absorbs a fuller form of `known`'s name ("Herman Deru" for "Deru").
    void takeFullerName(Person &known, const Phrase &phrase);

    std::vector<Person> m_people;
};

} // namespace warta
