#pragma once

// The Indonesian words the quote finder knows: speech verbs, titles and
// roles, and the word classes that tell a person's name from an office, a
// place or an institution. All keys are lower-case ASCII. docs/quotes.md
// lists them.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// Word classes; a word may have several.
enum WordClass : std::uint32_t {
    kFunction = 1U << 0,         ///< never part of a name: "sementara", "menurut", "di"
    kCalendar = 1U << 1,         ///< days and months: "Rabu", "Agustus"
    kHonorific = 1U << 2,        ///< before a name, not part of it: "Dr", "Syaikh", ranks
    kPlace = 1U << 3,            ///< "Sumsel", "Jerman", "Tengah"
    kInstitution = 1U << 4,      ///< words of office and body names: "Energi", "Negeri"
    kOrgHead = 1U << 5,          ///< starts an institution's name: "Partai", "Badan", "Bandara"
    kParticle = 1U << 6,         ///< inside names: "bin", "binti", "van"
    kPronoun = 1U << 7,          ///< third person singular: "dia", "ia", "beliau"
    kFirstPerson = 1U << 8,      ///< "saya", "aku"
    kPlural = 1U << 9,           ///< "mereka", "keduanya"
    kIndefinite = 1U << 10,      ///< "seorang", "sejumlah": the article does not say who
    kGeneric = 1U << 11,         ///< "wartawan", "warga": people not identified
    kDocument = 1U << 12,        ///< "hadis", "buku", "laporan": not a person
    kTitleCue = 1U << 13,        ///< before a quoted name or term: "program", "sebagai"
    kDeity = 1U << 14,           ///< "Allah", "Tuhan": never a speaker in the news sense
    kHonorificSuffix = 1U << 15, ///< after a name, dropped: "RA"
    kAnaphor = 1U << 16,         ///< "itu", "tersebut": ends a role phrase
    kRoleStart = 1U << 17,       ///< some office starts with this word ("juru", "wakil")
    kRoleWord = 1U << 18,        ///< an office in one word ("gubernur")
    kBareVerb = 1U << 19,        ///< a speech verb as it follows a quotation: "ujar" (see speechVerb)
    kFullVerb = 1U << 20,        ///< as it stands before one or after its subject: "mengatakan"
    kOccupation = 1U << 21,      ///< a person by what they do: "komedian", "nelayan" (also kHonorific)
    kSpeechNoun = 1U << 22,      ///< what someone said: "pernyataan", "pesan" (before a colon)
    kKinship = 1U << 23,         ///< a person named by a relative: "putra", "istri"
    kPassiveSpeech = 1U << 24,   ///< a passive speech verb before its agent: "dikatakan", "disampaikan"
};

std::uint32_t wordClasses(std::string_view lower);

/// Whether `lower` is a speech verb, directly or with -nya: the verb as
/// written without -nya in `verb`, and whether -nya was there.
bool speechVerb(std::string_view lower, bool bare, std::string &verb, bool &withNya);

/// Matches a role or title ("wakil presiden", "gubernur", "juru bicara")
/// at `at` of `lowerWords`; returns how many words it covers (0: none) and
/// its canonical key ("wapres" -> "wakil presiden") in `key`.
std::size_t matchRole(const std::vector<std::string_view> &lowerWords, std::size_t at, std::string &key);

} // namespace warta
