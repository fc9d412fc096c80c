#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

// A small BibTeX reader for the tests of the BibTeX export: it reads an entry the way BibTeX
// does (every brace counts, escaped or not; a field ends at a comma outside braces), so an
// export that a title could break or extend fails here as it would in BibTeX.
namespace warta::test {

struct BibEntry {
    std::string type; ///< lower case: "article"
    std::string key;
    std::map<std::string, std::string> fields; ///< name (lower case) → value as written, outer braces removed
};

/// The one entry of the text, or nullopt (with why) when the text is not exactly one entry,
/// a field is repeated or the braces do not balance.
std::optional<BibEntry> readBibtexEntry(const std::string &text, std::string *why = nullptr);

/// The text a value stands for, undoing the LaTeX the exporter writes (\&, \textbraceleft{}, …)
/// and dropping protective braces; nullopt for any other command.
std::optional<std::string> bibtexValueText(const std::string &value);

/// The names of an author value, split at " and " outside braces, as BibTeX does.
std::vector<std::string> bibtexNames(const std::string &value);

/// The parts of one name split at commas outside braces ("Dani, Ahmad" → 2).
std::vector<std::string> bibtexNameParts(const std::string &name);

} // namespace warta::test
