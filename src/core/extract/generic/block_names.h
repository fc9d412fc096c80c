#pragma once

#include "dom/node.h"

namespace warta {

/// What an element's class and id say about it, in the spirit of
/// Readability: words like "article" or "content" are signs of the text,
/// words like "comment", "sidebar" or "terkait" signs of boilerplate. The
/// words are matched inside the names ("post-body" contains "body").

/// +25 for a class with a content word, −25 for one with a boilerplate word,
/// and the same again for the id: −50..+50.
int classWeight(Node element);

/// Blocks that are almost never the article (menus, comments, sidebars,
/// related links, footers…), unless their name also suggests content
/// ("main-sidebar-and-content"), and elements whose ARIA role is navigation,
/// a menu, a dialog or complementary.
bool isUnlikelyCandidate(Node element);

/// Hidden by the page itself: `hidden`, `aria-hidden="true"`, or an inline
/// style with `display:none` / `visibility:hidden`.
bool isHiddenElement(Node element);

/// Share and "follow us" bars (class or id with "share"), which only hold
/// buttons and a few words.
bool isShareBlock(Node element);

/// The byline line inside an article body (rel=author, itemprop=author, or
/// a class or id such as "byline", "author", "dateline").
bool isBylineBlock(Node element);

/// The box about the writer at the end of an article ("author-bio", "author-info",
/// "about-author", "author-profile", "AuthorBox"); never a candidate for the body.
bool isAuthorBio(Node element);

/// Captions, photo credits and galleries: gold bodies and readers leave
/// them out of the article's text.
bool isCaptionBlock(Node element);

/// The label of an ad slot: a block whose whole text is "Advertisement",
/// "Iklan", "Sponsored"… (`text` is the block's cleaned text).
bool isAdLabel(std::string_view text);

/// Publication details printed with the article: dates, times, "Updated
/// …", meta lines (class or id with "date", "time", "meta", "published",
/// "updated"), and <time> elements.
bool isPublicationLine(Node element);

/// Readability's base score of a candidate by its tag: +5 for a div, +3 for
/// pre/td/blockquote, −3 for lists, forms and addresses, −5 for headings.
int tagBaseScore(Node element);

} // namespace warta
