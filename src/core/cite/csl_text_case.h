#pragma once

#include "cite/csl_output.h"

#include <string>

namespace warta::detail {

std::string toLowerUtf8(const std::string &text);
std::string toUpperUtf8(const std::string &text);
/// Upper-cases the first letter of the string.
std::string capitalizeFirstUtf8(const std::string &text);

/// Applies a CSL text-case value to the leaves of a rendered tree. Title case
/// is applied only when `english` (CSL: title case is for English items).
void applyTextCase(Out &out, const std::string &textCase, bool english);

/// Removes every period (strip-periods).
void stripPeriods(Out &out);

} // namespace warta::detail
