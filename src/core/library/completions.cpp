#include "completions.h"

#include <set>

namespace warta::library {

Failure completeTypedWord(const Database &db, SearchTerm &term)
{
    if (!term.prefix || term.words.size() != 1 || term.excluded)
        return std::nullopt;
    const std::string &start = term.words.front();
    Statement statement;
    // Folded words are UTF-8: every word with this start sorts below start + U+10FFFF.
    if (Failure failure =
                db.prepare(statement, "SELECT word FROM term WHERE word >= ?1 AND word < ?2 AND docs > 0 "
                                      "ORDER BY docs DESC, word LIMIT ?3"))
        return failure;
    statement.bind(1, start)
            .bind(2, start + "\xF4\x8F\xBF\xBF")
            .bind(3, static_cast<std::int64_t>(kCompletions));
    Failure failure;
    while (statement.step(failure, "completing a word"))
        term.completions.push_back(statement.text(0));
    return failure;
}

Failure countWords(Database &db, const std::string &title, const std::string &body, int delta)
{
    std::set<std::string> words;
    for (auto &token : foldedTokens(title))
        words.insert(std::move(token.folded));
    for (auto &token : foldedTokens(body))
        words.insert(std::move(token.folded));
    Statement statement;
    if (Failure failure = db.prepare(statement, "INSERT INTO term(word, docs) VALUES(?1, ?2) "
                                                "ON CONFLICT(word) DO UPDATE SET docs = docs + ?2"))
        return failure;
    for (const auto &word : words) {
        statement.bind(1, word).bind(2, static_cast<std::int64_t>(delta));
        if (Failure failure = statement.run("counting an article's words"))
            return failure;
    }
    return std::nullopt;
}

} // namespace warta::library
