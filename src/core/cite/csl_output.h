#pragma once

#include <string>
#include <vector>

namespace warta::detail {

/// A piece of rendered output before serialisation: either a leaf with text or
/// a list of children, with the affixes, delimiter and formatting of the CSL
/// element that made it. Punctuation is only resolved when the tree is written.
struct Out {
    std::string text;
    std::vector<Out> kids;
    std::string prefix;
    std::string suffix;
    std::string delimiter;
    std::string fontStyle;
    std::string fontWeight;
    std::string fontVariant;
    std::string textDecoration;
    std::string verticalAlign;
    std::string display;
    bool quotes = false;
    bool nocase = false;      ///< protected from text-case (CSL-JSON <span class="nocase">)
    bool isNames = false;     ///< the output of a cs:names element (author substitution, collapsing)
    bool substituted = false; ///< names stood in for by a title or term (cs:substitute), not by names
    bool fromTerm = false;    ///< a locale term (capitalised when it starts a note)
    bool namesLabel = false;  ///< the cs:label of a names element ("ed."): not part of the names compared
    bool isLeaf = true;

    static Out leaf(std::string value)
    {
        Out out;
        out.text = std::move(value);
        return out;
    }
    static Out group(std::vector<Out> children, std::string joiner = {})
    {
        Out out;
        out.isLeaf = false;
        out.kids = std::move(children);
        out.delimiter = std::move(joiner);
        return out;
    }
    bool empty() const;
};

struct QuoteMarks {
    std::string open = "\u201C";
    std::string close = "\u201D";
    std::string openInner = "\u2018";
    std::string closeInner = "\u2019";
    bool punctuationInQuote = false;
};

/// Serialises an Out tree as citeproc-js would print it: plain text, or HTML
/// with <i>, <b>, <sup>, small-caps spans and numeric entity escapes.
/// `trim` removes outer whitespace (citeproc keeps it inside a csl-entry div);
/// `displayDivs` writes cs:display as citeproc's <div class="csl-…"> blocks
/// (HTML only). Display "flat-left-margin" is always flattened to "margin,
/// one space, the rest"; in text every left margin is.
std::string writeOut(const Out &root, bool html, const QuoteMarks &marks, bool trim = true,
                     bool displayDivs = false);

/// Unicode superscript characters as <sup> markup (HTML output).
std::string superscriptsToHtml(const std::string &html);

/// Parses the inline markup CSL-JSON allows in fields (<i>, <b>, <sup>, <sub>,
/// small-caps and nocase spans) into a tree of leaves.
Out parseRichText(const std::string &text);

} // namespace warta::detail
