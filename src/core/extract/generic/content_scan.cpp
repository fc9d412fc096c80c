#include "extract/generic/content_scan.h"

#include "extract/body_text.h"
#include "extract/generic/block_names.h"

#include <algorithm>
#include <functional>

namespace warta {

struct ContentScan::Run {
    std::uint32_t chars = 0;
    std::uint32_t commas = 0;
};

struct ContentScan::Frame {
    Node node;
    std::size_t next = 0;
    std::uint32_t index = 0;    ///< into m_stats
    std::size_t blockFrame = 0; ///< position in the stack of the nearest block frame (itself if a block)
    bool block = false;
    bool inTableOrCode = false;
    bool hadBlockChild = false;
    bool afterBreak = false; ///< a <br> with only white space since
    bool splitByBlank = false;
    Run run;
    std::vector<Run> runs; ///< finished runs of 25 characters or more
};

namespace {

bool isHeading(std::string_view tag)
{
    return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

// Elements whose whole text is one paragraph (Readability's tags to score).
bool isParagraphTag(std::string_view tag)
{
    return tag == "p" || tag == "pre" || (isHeading(tag) && tag != "h1");
}

// Elements whose own runs of inline text are paragraphs.
bool holdsRuns(std::string_view tag)
{
    return tag == "div" || tag == "section" || tag == "article" || tag == "main" || tag == "td" ||
           tag == "body" || tag == "center";
}

bool isVideoPlayer(Node element)
{
    const std::string_view src = element.attributeOr("src", element.attributeOr("data"));
    for (std::string_view host :
         {"youtube", "youtu.be", "vimeo", "dailymotion", "twitch.tv", "bilibili", "v.qq.com"}) {
        if (src.find(host) != std::string_view::npos)
            return true;
    }
    return false;
}

bool isCommaAt(std::string_view text, std::size_t at)
{
    // "،" U+060C, "﹐" U+FE50, "︐" U+FE10, "︑" U+FE11, "⹁" U+2E41, "⸴" U+2E34, "⸲" U+2E32, "，" U+FF0C
    static constexpr std::string_view kWide[] = {"\xD8\x8C",     "\xEF\xB9\x90", "\xEF\xB8\x90",
                                                 "\xEF\xB8\x91", "\xE2\xB9\x81", "\xE2\xB8\xB4",
                                                 "\xE2\xB8\xB2", "\xEF\xBC\x8C"};
    if (text[at] == ',')
        return true;
    for (auto comma : kWide) {
        if (text.substr(at, comma.size()) == comma)
            return true;
    }
    return false;
}

// Characters (code points) with each run of white space counted once, not
// counting white space at the start; and commas.
void measureText(std::string_view text, std::uint32_t &chars, std::uint32_t &commas)
{
    bool inSpace = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r' || byte == '\f') {
            if (!inSpace)
                ++chars;
            inSpace = true;
            continue;
        }
        inSpace = false;
        if ((byte & 0xC0) != 0x80)
            ++chars;
        if (byte == ',' || byte >= 0xD8)
            commas += isCommaAt(text, i) ? 1u : 0u;
    }
    if (inSpace && chars > 0)
        --chars; // the trailing space
}

// Readability's divider of a paragraph's score for the ancestor `level`
// steps above its parent.
double levelDivider(std::size_t level)
{
    return level == 0 ? 1.0 : level == 1 ? 2.0 : static_cast<double>(level) * 3.0;
}

constexpr std::uint32_t kMinimumParagraph = 25;
constexpr std::size_t kAncestorLevels = 5;

} // namespace

void accumulate(BlockStats &into, const BlockStats &from)
{
    into.chars += from.chars;
    into.linkChars += from.linkChars;
    into.commas += from.commas;
    into.headingChars += from.headingChars;
    into.paragraphs += from.paragraphs;
    into.images += from.images;
    into.listItems += from.listItems;
    into.inputs += from.inputs;
    into.embeds += from.embeds;
    into.listChars += from.listChars;
    into.links += from.links;
}

ContentScan::ContentScan(Node body, const ScanOptions &options) : m_options(options)
{
    if (!body)
        return;
    std::vector<Frame> stack;
    m_stats.emplace_back();
    m_nodes.push_back(body);
    m_index.emplace_back(body.raw(), 0);
    Frame root;
    root.node = body;
    root.block = true;
    stack.push_back(std::move(root));
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next >= frame.node.childCount()) {
            closeFrame(stack);
            continue;
        }
        visitChild(stack, frame.node.child(frame.next++));
    }
    std::sort(m_index.begin(), m_index.end(),
              [](const auto &a, const auto &b) { return std::less<>()(a.first, b.first); });
    for (std::uint32_t index : m_candidates) {
        BlockStats &stats = m_stats[index];
        const double density =
                stats.chars == 0 ? 0.0 : std::min(1.0, static_cast<double>(stats.linkChars) / stats.chars);
        stats.score *= 1.0 - density;
    }
}

void ContentScan::visitChild(std::vector<Frame> &stack, Node child)
{
    Frame &parent = stack.back();
    if (child.isText()) {
        std::uint32_t chars = 0;
        std::uint32_t commas = 0;
        measureText(child.text(), chars, commas);
        if (chars == 0)
            return;
        m_stats[parent.index].chars += chars;
        m_stats[parent.index].commas += commas;
        Frame &block = stack[parent.blockFrame];
        block.run.chars += chars;
        block.run.commas += commas;
        block.afterBreak = false;
        return;
    }
    if (!child.isElement())
        return;
    const std::string_view tag = child.tag();
    BlockStats &parentStats = m_stats[parent.index];
    // Form controls and embeds show nothing as text but count for cleaning.
    if (tag == "input" || tag == "textarea" || tag == "select") {
        ++parentStats.inputs;
        return;
    }
    if ((tag == "object" || tag == "embed" || tag == "iframe") && !isVideoPlayer(child))
        ++parentStats.embeds;
    if (isInvisibleElement(tag))
        return;
    if (tag == "br") {
        Frame &block = stack[parent.blockFrame];
        if (block.afterBreak) {
            endRun(block);
            block.splitByBlank = true;
        }
        block.afterBreak = true;
        return;
    }
    if (tag == "img") {
        ++parentStats.images;
        return;
    }
    if (isHiddenElement(child) ||
        (m_options.stripUnlikely && !parent.inTableOrCode && isUnlikelyCandidate(child))) {
        m_leftOut.insert(child.raw());
        return;
    }
    if (child.childCount() == 0)
        return;
    const bool block = isBlockElement(tag);
    if (block) {
        Frame &outer = stack[parent.blockFrame];
        endRun(outer);
        outer.hadBlockChild = true;
        outer.afterBreak = false;
    }
    Frame frame;
    frame.node = child;
    frame.index = static_cast<std::uint32_t>(m_stats.size());
    frame.block = block;
    frame.blockFrame = block ? stack.size() : parent.blockFrame;
    frame.inTableOrCode = parent.inTableOrCode || tag == "table" || tag == "code";
    m_stats.emplace_back();
    m_nodes.push_back(child);
    m_index.emplace_back(child.raw(), frame.index);
    stack.push_back(std::move(frame));
}

void ContentScan::endRun(Frame &frame)
{
    if (frame.run.chars >= kMinimumParagraph && holdsRuns(frame.node.tag()))
        frame.runs.push_back(frame.run);
    frame.run = {};
}

void ContentScan::closeFrame(std::vector<Frame> &stack)
{
    Frame &frame = stack.back();
    const std::size_t position = stack.size() - 1;
    if (frame.block)
        endRun(frame);
    BlockStats &stats = m_stats[frame.index];
    const std::string_view tag = frame.node.tag();
    if (tag == "a") {
        ++stats.links;
        stats.linkChars = static_cast<float>(stats.chars) *
                          (frame.node.attributeOr("href").starts_with("#") ? 0.3f : 1.0f);
    } else if (isHeading(tag))
        stats.headingChars = stats.chars;
    else if (tag == "li")
        ++stats.listItems;
    else if (tag == "ul" || tag == "ol")
        stats.listChars = stats.chars;
    if (tag == "p" || (tag == "div" && !frame.hadBlockChild && stats.chars > 0))
        ++stats.paragraphs;

    if (isParagraphTag(tag)) {
        if (stats.chars >= kMinimumParagraph && position > 0)
            credit(stack, position - 1, stats.chars, stats.commas);
    } else if (tag == "div" && !frame.hadBlockChild && !frame.splitByBlank && frame.runs.size() == 1 &&
               position > 0) {
        credit(stack, position - 1, frame.runs.front().chars, frame.runs.front().commas);
    } else {
        for (const Run &run : frame.runs)
            credit(stack, position, run.chars, run.commas);
    }

    if (position > 0)
        accumulate(m_stats[stack[position - 1].index], stats);
    stack.pop_back();
}

void ContentScan::credit(std::vector<Frame> &stack, std::size_t from, std::uint32_t chars,
                         std::uint32_t commas)
{
    // Readability counts the pieces the commas cut: one more than the commas.
    const double score = 2.0 + commas + std::min(3u, chars / 100u);
    for (std::size_t level = 0; level < kAncestorLevels && level <= from; ++level) {
        const Frame &ancestor = stack[from - level];
        BlockStats &stats = m_stats[ancestor.index];
        if (!stats.candidate) {
            stats.candidate = true;
            stats.score =
                    tagBaseScore(ancestor.node) + (m_options.weightClasses ? classWeight(ancestor.node) : 0);
            m_candidates.push_back(ancestor.index);
        }
        stats.score += score / levelDivider(level);
    }
}

const BlockStats *ContentScan::stats(Node element) const
{
    const void *key = element.raw();
    const auto found =
            std::lower_bound(m_index.begin(), m_index.end(), key, [](const auto &entry, const void *wanted) {
                return std::less<>()(entry.first, wanted);
            });
    return found == m_index.end() || found->first != key ? nullptr : &m_stats[found->second];
}

std::uint32_t ContentScan::textLength(Node element) const
{
    const BlockStats *found = stats(element);
    return found ? found->chars : 0;
}

double ContentScan::linkDensity(Node element) const
{
    const BlockStats *found = stats(element);
    if (!found || found->chars == 0)
        return 0.0;
    return std::min(1.0, static_cast<double>(found->linkChars) / found->chars);
}

bool ContentScan::isCandidate(Node element) const
{
    const BlockStats *found = stats(element);
    return found && found->candidate;
}

double ContentScan::score(Node element) const
{
    const BlockStats *found = stats(element);
    return found && found->candidate ? found->score : 0.0;
}

std::vector<Node> ContentScan::topCandidates(std::size_t count) const
{
    std::vector<std::uint32_t> order = m_candidates;
    const std::size_t kept = std::min(count, order.size());
    std::partial_sort(
            order.begin(), order.begin() + static_cast<std::ptrdiff_t>(kept), order.end(),
            [this](std::uint32_t a, std::uint32_t b) { return m_stats[a].score > m_stats[b].score; });
    std::vector<Node> best;
    for (std::size_t i = 0; i < kept; ++i)
        best.push_back(m_nodes[order[i]]);
    return best;
}

} // namespace warta
