#include "warta/extract/extract.h"

#include "warta/extract/loaded_page.h"

#include "dom/html_document.h"
#include "extract/extractor.h"
#include "extract/pipeline_p.h"
#include "meta/page_metadata.h"
#include "warta/quotes/quote_finder.h"
#include "warta/text/text.h"

namespace warta {
namespace {

const Extractor &chooseExtractor(const PageContext &page)
{
    const Extractor *best = nullptr;
    int bestScore = 0;
    for (const Extractor *extractor : extractorRegistry()) {
        const int score = extractor->matchScore(page);
        if (score > bestScore) {
            best = extractor;
            bestScore = score;
        }
    }
    // The generic extractor answers every page, so there is always one.
    return *best;
}

// The quote finder keeps every paragraph's tokens while it resolves
// speakers: about 120 bytes a word. No news article comes near this much
// text; a 50 MB page would otherwise cost the finder over 800 MB.
constexpr std::size_t kMaxQuoteTextBytes = 4u * 1024u * 1024u;

std::size_t bodyBytes(const Article &article)
{
    std::size_t bytes = 0;
    for (const auto &paragraph : article.paragraphs)
        bytes += paragraph.text.size();
    return bytes;
}

int wordCount(const Article &article)
{
    std::string all;
    for (const auto &paragraph : article.paragraphs)
        all.append(paragraph.text).push_back('\n');
    return countWords(all);
}

} // namespace

namespace detail {

void finishArticle(Article &article, const ExtractOptions &options)
{
    if (options.findQuotes && bodyBytes(article) > kMaxQuoteTextBytes) {
        if (!article.hasDiagnostic(DiagnosticCode::QuotesSkipped))
            article.addDiagnostic(DiagnosticCode::QuotesSkipped,
                                  "The article's text is over 4 MB, far longer than any news article; "
                                  "quotes were not looked for.");
    } else if (options.findQuotes) {
        QuoteLedger ledger = findQuotes(article.paragraphs);
        article.quotes = std::move(ledger.quotes);
        article.reportedSpeech = std::move(ledger.reportedSpeech);
    }
    article.wordCount = wordCount(article);
}

} // namespace detail

Expected<Article> extractPage(const SavedPage &saved, const ExtractOptions &options)
{
    auto document = HtmlDocument::parse(saved.html);
    if (!document)
        return Unexpected{document.error()};
    const PageMetadata metadata = readPageMetadata(*document);
    const PageContext page{saved, *document, metadata};
    auto article = chooseExtractor(page).extract(page);
    if (!article)
        return article;
    article->source = saved.source;
    // What the loader guessed (a charset, a repaired byte) comes first.
    article->diagnostics.insert(article->diagnostics.begin(), saved.diagnostics.begin(),
                                saved.diagnostics.end());
    if (article->paragraphs.empty())
        article->addDiagnostic(DiagnosticCode::NoBody, "No article text was found on the page.");
    detail::finishArticle(*article, options);
    return article;
}

Expected<Article> extractFile(const std::string &path, const ExtractOptions &options)
{
    auto loaded = loadPage(path, options);
    if (!loaded)
        return Unexpected{loaded.error()};
    return std::move(loaded->article);
}

} // namespace warta
