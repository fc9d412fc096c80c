#include "warta/article/article_json.h"

#include <nlohmann/json.hpp>

namespace warta {
namespace {

// ordered_json keeps the keys in the contract's order rather than sorted.
using json = nlohmann::ordered_json;

template <typename T>
json optional(const std::optional<T> &value)
{
    return value ? json(*value) : json(nullptr);
}

json timeOrNull(const std::optional<ZonedTime> &time)
{
    return time ? json(time->toIso8601()) : json(nullptr);
}

json quotesJson(const std::vector<Quote> &list)
{
    json quotes = json::array();
    for (const auto &quote : list) {
        quotes.push_back(
                {{"text", quote.text},
                 {"speaker", optional(quote.speaker)},
                 {"role", optional(quote.role)},
                 {"verb", quote.verb},
                 {"paragraph", quote.paragraph},
                 {"end_paragraph", quote.endParagraph},
                 {"begin", quote.begin},
                 {"end", quote.end},
                 {"attribution", quote.attribution},
                 {"speaker_confidence", quote.speakerConfidence == SpeakerConfidence::High ? "high" : "low"},
                 {"corrected", quote.corrected}});
    }
    return quotes;
}

json reportedJson(const Article &article)
{
    json reported = json::array();
    for (const auto &speech : article.reportedSpeech)
        reported.push_back({{"speaker", optional(speech.speaker)},
                            {"verb", speech.verb},
                            {"paragraph", speech.paragraph}});
    return reported;
}

json leadImageJson(const Article &article)
{
    if (!article.leadImage)
        return nullptr;
    const LeadImage &image = *article.leadImage;
    return {{"url", image.url}, {"caption", optional(image.caption)}, {"local", optional(image.local)}};
}

} // namespace

std::string quotesToJson(const std::vector<Quote> &quotes, int indent)
{
    return quotesJson(quotes).dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string articleToJson(const Article &article, int indent)
{
    json authors = json::array();
    for (const auto &author : article.authors)
        authors.push_back({{"name", author.name}, {"role", std::string(authorRoleName(author.role))}});
    json paragraphs = json::array();
    json paragraphIds = json::array();
    json paragraphOffsets = json::array();
    for (const auto &paragraph : article.paragraphs) {
        paragraphs.push_back(paragraph.text);
        paragraphIds.push_back(paragraph.id);
        paragraphOffsets.push_back(paragraph.sourceOffset);
    }
    json diagnostics = json::array();
    for (const auto &diagnostic : article.diagnostics)
        diagnostics.push_back(
                {{"code", std::string(diagnosticName(diagnostic.code))}, {"message", diagnostic.message}});

    // Keys in the contract's order, so the JSON reads like the table.
    json out = json::object();
    out["site"] = article.site;
    out["layout"] = optional(article.layout);
    out["url"] = optional(article.url);
    out["saved_from_url"] = optional(article.savedFromUrl);
    out["title"] = article.title;
    out["subtitle"] = optional(article.subtitle);
    out["section"] = article.section;
    out["published"] = timeOrNull(article.published);
    out["published_text"] = optional(article.publishedText);
    out["updated"] = timeOrNull(article.updated);
    out["authors"] = std::move(authors);
    out["editor_initials"] = optional(article.editorInitials);
    out["dateline"] = optional(article.dateline);
    out["lead_image"] = leadImageJson(article);
    out["tags"] = article.tags;
    out["paragraphs"] = std::move(paragraphs);
    out["paragraph_ids"] = std::move(paragraphIds);
    out["paragraph_offsets"] = std::move(paragraphOffsets);
    out["quotes"] = quotesJson(article.quotes);
    out["reported_speech"] = reportedJson(article);
    out["page"] = article.page;
    out["page_count"] = article.pageCount;
    out["language"] = article.language;
    out["word_count"] = article.wordCount;
    out["diagnostics"] = std::move(diagnostics);
    out["source"] = {{"path", article.source.path},
                     {"bytes", article.source.bytes},
                     {"sha256", article.source.sha256},
                     {"encoding", article.source.encoding},
                     {"container", std::string(containerName(article.source.container))},
                     {"saved_at", optional(article.source.savedAt)}};
    // Invalid UTF-8 cannot reach here (the loader repairs it), but replace
    // rather than throw if it ever does.
    return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

} // namespace warta
