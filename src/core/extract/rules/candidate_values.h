#pragma once

#include "dom/node.h"
#include "sites/site_rules.h"

#include <string>
#include <vector>

namespace warta {

/// Reading a field through its ordered candidates (site rules): the first
/// candidate that gives a value wins. A candidate's value is the element's
/// visible text without what its `clean` selectors name, or the value of its
/// `attribute`.

/// The first non-empty value, whitespace collapsed.
std::string firstValue(Node scope, const FieldCandidates &candidates);

/// The first non-empty value as printed: line breaks become spaces, runs of
/// spaces stay (a date line's "Selasa,  6 Oktober"), the ends are trimmed.
std::string firstPrintedValue(Node scope, const FieldCandidates &candidates);

/// Every non-empty value of the first candidate that gives any (a tag list,
/// a byline of two names).
std::vector<std::string> allValues(Node scope, const FieldCandidates &candidates);

/// The first element the first matching candidate finds.
Node firstElement(Node scope, const FieldCandidates &candidates);

/// Every element of the first candidate that finds any, without those
/// nested inside an earlier one (body containers).
std::vector<Node> allElements(Node scope, const FieldCandidates &candidates);

} // namespace warta
