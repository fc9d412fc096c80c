#include "extract/generic/content_scoring.h"

#include "warta/text/text.h"

#include <algorithm>
#include <unordered_map>

namespace warta {
namespace {

int classWeight(Node element)
{
    static constexpr std::string_view kPositive[] = {"article", "content", "body", "entry", "post", "story",
                                                     "text", "detail", "read", "main", "isi", "berita"};
    static constexpr std::string_view kNegative[] = {"comment", "sidebar", "footer", "nav", "menu", "related",
                                                     "share", "social", "promo", "banner", "widget", "popular",
                                                     "populer", "terkait", "baca", "tag", "ads", "advert",
                                                     "header", "breadcrumb", "foot", "recommend", "rekomendasi"};
    const std::string names = asciiLower(std::string(element.attributeOr("class")) + " " + std::string(element.id()));
    if (names.size() <= 1)
        return 0;
    int weight = 0;
    for (auto word : kNegative) {
        if (names.find(word) != std::string::npos) {
            weight -= 25;
            break;
        }
    }
    for (auto word : kPositive) {
        if (names.find(word) != std::string::npos) {
            weight += 25;
            break;
        }
    }
    return weight;
}

bool isUnlikely(Node element)
{
    return element.is("nav") || element.is("footer") || element.is("aside") || element.is("header")
        || element.is("form") || classWeight(element) < 0;
}

// Direct text of an element (its text children only), for elements that
// hold prose without <p> (SINDOnews-like <br> bodies).
std::size_t ownTextLength(Node element, std::size_t &commas)
{
    std::size_t length = 0;
    for (Node child : element.children()) {
        if (!child.isText() && !child.is("a") && !child.is("strong") && !child.is("em") && !child.is("b") && !child.is("i"))
            continue;
        const std::string text = child.isText() ? std::string(child.text()) : child.rawText();
        length += collapseWhitespace(text).size();
        commas += static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
    }
    return length;
}

} // namespace

double linkDensity(Node element)
{
    std::size_t linkLength = 0;
    element.walk([&linkLength](Node node) {
        if (node.is("a")) {
            linkLength += collapseWhitespace(node.rawText()).size();
            return false;
        }
        return node.isElement();
    });
    const std::size_t total = collapseWhitespace(element.rawText()).size();
    return total == 0 ? 0.0 : static_cast<double>(linkLength) / static_cast<double>(total);
}

Node findContentRoot(const HtmlDocument &document)
{
    std::unordered_map<const void *, double> scores;
    std::vector<Node> candidates;
    auto credit = [&](Node element, double score) {
        if (!element.isElement())
            return;
        auto [it, inserted] = scores.try_emplace(element.raw(), 0.0);
        if (inserted) {
            it->second += classWeight(element);
            candidates.push_back(element);
        }
        it->second += score;
    };
    document.body().walk([&](Node node) {
        if (!node.isElement())
            return false;
        if (isInvisibleElement(node.tag()) || isUnlikely(node))
            return false;
        std::size_t commas = 0;
        std::size_t length = 0;
        if (node.is("p") || node.is("pre") || node.is("td")) {
            const std::string text = collapseWhitespace(node.rawText());
            length = text.size();
            commas = static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
        } else {
            length = ownTextLength(node, commas);
        }
        if (length < 25)
            return true;
        const double score = 1.0 + static_cast<double>(commas) + std::min(3.0, static_cast<double>(length) / 100.0);
        const bool ownProse = !node.is("p") && !node.is("pre") && !node.is("td");
        if (ownProse)
            credit(node, score);
        credit(node.parent(), ownProse ? score / 2.0 : score);
        credit(node.parent().parent(), score / (ownProse ? 4.0 : 2.0));
        return true;
    });
    Node best;
    double bestScore = 0.0;
    for (Node candidate : candidates) {
        const double score = scores[candidate.raw()] * (1.0 - linkDensity(candidate));
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

NoiseTest genericNoise()
{
    return [](Node element) {
        if (isUnlikely(element) || element.is("figure") || element.is("figcaption") || element.is("ins"))
            return true;
        if (element.is("ul") || element.is("ol") || element.is("div") || element.is("table")) {
            const std::string text = collapseWhitespace(element.rawText());
            return !text.empty() && linkDensity(element) > 0.5;
        }
        return false;
    };
}

} // namespace warta
