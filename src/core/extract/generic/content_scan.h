#pragma once

#include "dom/node.h"

#include <cstddef>
#include <cstdint>
#include <unordered_set>
#include <utility>
#include <vector>

namespace warta {

/// How strict one pass of the scan is. When a pass finds too little text,
/// the generic extractor tries again with less strictness, as Readability
/// does (names first, then class weights, then conditional cleaning).
struct ScanOptions {
    bool stripUnlikely = true;      ///< leave out blocks named like boilerplate
    bool weightClasses = true;      ///< let class and id names weigh in
    bool cleanConditionally = true; ///< drop link-heavy or image-heavy blocks inside the content
};

/// Figures of one element's visible subtree.
struct BlockStats {
    std::uint32_t chars = 0;        ///< visible characters, a run of white space counting one
    float linkChars = 0;            ///< of those, inside links ("#…" links count 0.3)
    std::uint32_t commas = 0;       ///< commas of any script (",", "،", "，"…)
    std::uint32_t headingChars = 0; ///< inside h1–h6
    std::uint32_t paragraphs = 0;   ///< <p>, and <div>s that hold only inline content
    std::uint32_t images = 0;
    std::uint32_t listItems = 0;
    std::uint32_t inputs = 0;
    std::uint32_t embeds = 0;    ///< object, embed and iframe, video players excepted
    std::uint32_t listChars = 0; ///< inside ul and ol
    std::uint32_t links = 0;
    double score = 0; ///< content score, for candidates
    bool candidate = false;
};

/// Adds the counters of `from` (not its score) to `into`.
void accumulate(BlockStats &into, const BlockStats &from);

/// One pass over the page body, without recursion, that measures every
/// element (text, links, commas, paragraphs, images…) and scores the
/// candidates for the article's container the way Readability does: each
/// paragraph of 25 characters or more scores 1 + its commas + 1 per 100
/// characters (at most 3), credited in full to its parent, half to its
/// grandparent and a third of its level to older ancestors (up to five);
/// each candidate starts from its tag's base score and its class weight;
/// finally each score is scaled by (1 − link density).
///
/// Paragraphs are <p>, <pre> and h2–h6, and, as pages do without <p>, the
/// runs of inline text inside a div (or section, article, td…), split at
/// block children and at blank lines of two <br>; a div holding only one
/// such run counts as a paragraph itself.
class ContentScan {
public:
    ContentScan(Node body, const ScanOptions &options);

    const ScanOptions &options() const { return m_options; }
    /// Null for elements the scan did not measure (empty, or left out).
    const BlockStats *stats(Node element) const;
    std::uint32_t textLength(Node element) const;
    double linkDensity(Node element) const;
    bool isCandidate(Node element) const;
    /// Final content score of a candidate; 0 for other elements.
    double score(Node element) const;
    /// The best candidates, highest score first, at most `count`.
    std::vector<Node> topCandidates(std::size_t count) const;
    /// True for the roots of the subtrees the scan left out (hidden, or
    /// unlikely when `stripUnlikely`).
    bool isLeftOut(Node element) const { return m_leftOut.contains(element.raw()); }

private:
    struct Run;
    struct Frame;
    void visitChild(std::vector<Frame> &stack, Node child);
    void closeFrame(std::vector<Frame> &stack);
    void endRun(Frame &frame);
    void credit(std::vector<Frame> &stack, std::size_t from, std::uint32_t chars, std::uint32_t commas);

    ScanOptions m_options;
    std::vector<BlockStats> m_stats;
    std::vector<Node> m_nodes; ///< element of each m_stats entry
    /// (element, index into m_stats), sorted by element once the scan is
    /// done: one allocation instead of a hash node per element, which
    /// matters on pages of a few hundred thousand elements.
    std::vector<std::pair<const void *, std::uint32_t>> m_index;
    std::vector<std::uint32_t> m_candidates;
    std::unordered_set<const void *> m_leftOut;
};

} // namespace warta
