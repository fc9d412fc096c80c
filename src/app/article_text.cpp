#include "article_text.h"

#include "text_convert.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace warta {

int ArticleText::paragraphOfOffset(qint64 offset) const
{
    if (paragraphs.empty())
        return -1;
    const auto after = std::upper_bound(starts.begin(), starts.end() - 1, offset);
    return std::max(static_cast<int>(after - starts.begin()) - 1, 0);
}

namespace {

// Every (paragraph, byte offset) a quote needs, converted per paragraph in
// increasing order so each paragraph is walked once.
struct Endpoint {
    std::size_t byte;
    std::size_t *target;
};

void convertEndpoints(const std::string &text, std::vector<Endpoint> &endpoints)
{
    std::sort(endpoints.begin(), endpoints.end(),
              [](const Endpoint &a, const Endpoint &b) { return a.byte < b.byte; });
    Utf16Positions positions(text);
    for (const Endpoint &endpoint : endpoints)
        *endpoint.target = static_cast<std::size_t>(positions.at(std::min(endpoint.byte, text.size())));
}

} // namespace

std::shared_ptr<const ArticleText> makeArticleText(const Article &article)
{
    auto text = std::make_shared<ArticleText>();
    const std::size_t count = article.paragraphs.size();
    text->paragraphs.reserve(count);
    text->starts.reserve(count + 1);
    qint64 at = 0;
    for (const Paragraph &paragraph : article.paragraphs) {
        text->paragraphs.push_back(qs(paragraph.text));
        text->starts.push_back(at);
        at += text->paragraphs.back().size() + 1;
    }
    text->starts.push_back(at);

    // Byte offsets first, every one pointing at the field it becomes.
    text->quotes.assign(article.quotes.size(), QuoteRange{0, 0});
    text->quoteRanges.assign(count, {});
    std::vector<std::vector<Endpoint>> endpoints(count);
    const int paragraphs = static_cast<int>(count);
    for (std::size_t i = 0; i < article.quotes.size(); ++i) {
        const Quote &quote = article.quotes[i];
        if (quote.paragraph < 0 || quote.endParagraph < quote.paragraph || quote.endParagraph >= paragraphs)
            continue;
        for (int p = quote.paragraph; p <= quote.endParagraph; ++p) {
            const auto index = static_cast<std::size_t>(p);
            text->quoteRanges[index].push_back(
                    {p == quote.paragraph ? quote.begin : 0,
                     p == quote.endParagraph ? quote.end : article.paragraphs[index].text.size()});
        }
    }
    for (std::size_t p = 0; p < count; ++p)
        for (QuoteRange &range : text->quoteRanges[p]) {
            endpoints[p].push_back({range.begin, &range.begin});
            endpoints[p].push_back({range.end, &range.end});
        }
    for (std::size_t i = 0; i < article.quotes.size(); ++i) {
        const Quote &quote = article.quotes[i];
        if (quote.paragraph < 0 || quote.endParagraph < quote.paragraph || quote.endParagraph >= paragraphs)
            continue;
        text->quotes[i] = {quote.begin, quote.end};
        endpoints[static_cast<std::size_t>(quote.paragraph)].push_back({quote.begin, &text->quotes[i].begin});
        endpoints[static_cast<std::size_t>(quote.endParagraph)].push_back({quote.end, &text->quotes[i].end});
    }
    for (std::size_t p = 0; p < count; ++p)
        if (!endpoints[p].empty())
            convertEndpoints(article.paragraphs[p].text, endpoints[p]);
    for (auto &ranges : text->quoteRanges) {
        std::sort(ranges.begin(), ranges.end(),
                  [](const QuoteRange &a, const QuoteRange &b) { return a.begin < b.begin; });
        std::erase_if(ranges, [](const QuoteRange &range) { return range.end <= range.begin; });
    }
    text->parts = planReadingParts(text->paragraphs);
    return text;
}

} // namespace warta
