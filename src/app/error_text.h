#pragma once

#include "warta/common/error.h"

#include <QString>

namespace warta {

/// Why an operation of the core failed, as a clause in the interface
/// language ("there is no such file", "the file is not a web page (it looks
/// like a PDF document)"). Worded here by code for every ErrorCode, so the
/// core's English sentence never reaches the Indonesian interface; only an
/// Internal error carries the core's own words, as evidence for a bug report.
QString errorReason(const Error &error);

/// What the core found a file to be ("a PNG image"), in the interface
/// language; empty for DataKind::Unknown.
QString dataKindText(DataKind kind);

} // namespace warta
