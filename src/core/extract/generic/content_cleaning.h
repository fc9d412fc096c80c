#pragma once

#include "extract/body_text.h"
#include "extract/generic/content_scan.h"

#include <string_view>
#include <vector>

namespace warta {

/// Decides, bottom-up (inner blocks first, as Readability removes them),
/// what inside the chosen containers is not article text:
///  - what the scan left out, and footers, asides, navigation, embeds,
///    form controls, figure captions and ad slots;
///  - share bars, byline lines, and an h1/h2 that repeats the headline or
///    is named like boilerplate;
///  - with `cleanConditionally`, forms, tables (not data tables), lists,
///    divs and sections that score below zero, or hold more links, images,
///    inputs or embeds than their text warrants.
/// Containers that are noise themselves are taken out of `bodies` (unless
/// none would remain). The test answers for the elements found here.
NoiseTest contentNoise(const ContentScan &scan, std::vector<Node> &bodies, std::string_view title);

/// A data table (caption, header cells, or many rows) rather than layout.
bool isDataTable(Node table);

} // namespace warta
