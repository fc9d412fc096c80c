#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// Where a candidate value for an article field was read. Every extractor
/// chooses its fields from such candidates, so that one rule decides between
/// "the page's JSON-LD says" and "a date printed somewhere says", and the
/// choice can be explained in the article's diagnostics.
enum class EvidenceSource {
    SiteRule,    ///< a site extractor's selector for exactly this field
    JsonLd,      ///< <script type="application/ld+json">
    Microdata,   ///< itemprop attributes
    OpenGraph,   ///< og:* and article:* <meta property>
    MetaTag,     ///< other <meta name>: date, dc.date.issued, author…
    TimeElement, ///< <time datetime>
    VisibleText, ///< text the reader sees near the headline
    PageText,    ///< text anywhere else on the page (a last resort)
    Url          ///< the article's address
};

/// "JSON-LD", "microdata", "OpenGraph", … for diagnostics.
std::string_view evidenceSourceName(EvidenceSource source);

/// One possible value of a field: what it says, where it was read, and how
/// much that place is trusted (0-100; the weights are the field's own).
template <typename Value>
struct Candidate {
    Value value;
    EvidenceSource source = EvidenceSource::PageText;
    std::string origin; ///< the exact key: "datePublished of NewsArticle", "meta article:published_time"
    int weight = 0;
};

/// The candidates of one field, in the order they were found.
template <typename Value>
class CandidateList {
public:
    void add(Value value, EvidenceSource source, std::string origin, int weight)
    {
        m_candidates.push_back({std::move(value), source, std::move(origin), weight});
    }

    /// Gives candidate `index` a new weight when a cross-check shows its place
    /// is right this time; `why` is added to its origin for the diagnostics.
    void promote(std::size_t index, int weight, std::string_view why)
    {
        m_candidates[index].weight = weight;
        m_candidates[index].origin += std::string(", ") + std::string(why);
    }

    const std::vector<Candidate<Value>> &all() const { return m_candidates; }
    bool empty() const { return m_candidates.empty(); }

    /// The candidate with the highest weight once each candidate from
    /// another source that `agree`s with it has added `bonus` (cross-checks:
    /// two independent statements of the same day outweigh one). Ties go to
    /// the earlier candidate. Nothing when the list is empty.
    const Candidate<Value> *choose(const std::function<bool(const Value &, const Value &)> &agree,
                                   int bonus) const
    {
        const Candidate<Value> *best = nullptr;
        int bestScore = 0;
        for (const auto &candidate : m_candidates) {
            int score = candidate.weight;
            for (const auto &other : m_candidates) {
                if (&other != &candidate && other.source != candidate.source &&
                    agree(candidate.value, other.value))
                    score += bonus;
            }
            if (!best || score > bestScore) {
                best = &candidate;
                bestScore = score;
            }
        }
        return best;
    }

private:
    std::vector<Candidate<Value>> m_candidates;
};

/// "JSON-LD (datePublished of NewsArticle)": a candidate's place in words.
template <typename Value>
std::string describeCandidate(const Candidate<Value> &candidate)
{
    std::string out(evidenceSourceName(candidate.source));
    if (!candidate.origin.empty())
        out += " (" + candidate.origin + ")";
    return out;
}

} // namespace warta
