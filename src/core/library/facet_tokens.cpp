#include "facet_tokens.h"

#include "library_filter.h"
#include "text_fold.h"

#include <vector>

namespace warta::library {
namespace {

// A folded value as one token: its words run together ("kabar contoh" →
// "kabarcontoh"); letters and digits only, so the tokenizer keeps it whole.
std::string packed(std::string_view prefix, std::string_view value)
{
    std::string token(prefix);
    for (const char c : foldKey(value))
        if (c != ' ')
            token += c;
    return token;
}

Failure collect(const Database &db, const char *sql, std::int64_t versionId,
                const std::function<void(const Statement &)> &take)
{
    Statement statement;
    if (Failure failure = db.prepare(statement, sql))
        return failure;
    statement.bind(1, versionId);
    Failure failure;
    while (statement.step(failure, "indexing an article's filters"))
        take(statement);
    return failure;
}

std::string anyOf(const std::vector<std::string> &tokens)
{
    // "zznone" is no token the index holds: a name no one has finds nothing.
    if (tokens.empty())
        return "\"zznone\"";
    std::string out = "(";
    for (std::size_t i = 0; i < tokens.size(); ++i)
        out += (i ? " OR \"" : "\"") + tokens[i] + "\"";
    return out + ")";
}

} // namespace

std::string siteToken(std::string_view site)
{
    return packed("zzs", site);
}

std::string tagToken(std::string_view tag)
{
    return packed("zzt", tag);
}

std::string yearToken(std::int64_t year)
{
    return "zzy" + std::to_string(year);
}

std::string personToken(char kind, std::int64_t personId)
{
    return std::string("zz") + kind + std::to_string(personId);
}

Failure versionFacets(const Database &db, std::int64_t versionId, std::string &tokens)
{
    tokens.clear();
    const auto add = [&](const std::string &token) { tokens += (tokens.empty() ? "" : " ") + token; };
    if (Failure failure = collect(db, "SELECT site, year FROM version WHERE id = ?1", versionId,
                                  [&](const Statement &row) {
                                      add(siteToken(row.text(0)));
                                      if (!row.isNull(1))
                                          add(yearToken(row.integer(1)));
                                  }))
        return failure;
    if (Failure failure = collect(db, "SELECT key FROM tag WHERE version_id = ?1", versionId,
                                  [&](const Statement &row) { add(tagToken(row.text(0))); }))
        return failure;
    return collect(db, "SELECT person_id FROM author WHERE version_id = ?1", versionId,
                   [&](const Statement &row) { add(personToken('a', row.integer(0))); });
}

Expected<std::vector<std::int64_t>> peopleNamed(const Database &db, const std::string &name)
{
    Statement statement;
    if (Failure failure =
                db.prepare(statement, "SELECT p.id FROM person p WHERE " + personNameCondition("p")))
        return Unexpected{*failure};
    statement.bind(1, personNameValue(name));
    std::vector<std::int64_t> ids;
    Failure failure;
    while (statement.step(failure, "looking up a person"))
        ids.push_back(statement.integer(0));
    if (failure)
        return Unexpected{*failure};
    return ids;
}

Expected<std::string> facetCondition(const Database &db, const LibraryFilter &filter)
{
    std::vector<std::string> parts;
    if (!filter.site.empty())
        parts.push_back("\"" + siteToken(filter.site) + "\"");
    if (!filter.tag.empty())
        parts.push_back("\"" + tagToken(filter.tag) + "\"");
    if (filter.year)
        parts.push_back("\"" + yearToken(*filter.year) + "\"");
    for (const auto &[name, kind] : {std::pair{&filter.author, 'a'}, std::pair{&filter.speaker, 'p'}}) {
        if (name->empty())
            continue;
        auto ids = peopleNamed(db, *name);
        if (!ids)
            return Unexpected{ids.error()};
        std::vector<std::string> tokens;
        for (const std::int64_t id : *ids)
            tokens.push_back(personToken(kind, id));
        parts.push_back(anyOf(tokens));
    }
    if (parts.empty())
        return std::string();
    std::string condition = "facets : (";
    for (std::size_t i = 0; i < parts.size(); ++i)
        condition += (i ? " AND " : "") + parts[i];
    return condition + ")";
}

} // namespace warta::library
