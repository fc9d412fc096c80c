#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace warta {

/// True for sindonews.com and its subdomains.
bool isSindonewsHost(std::string_view host);

/// The kanal (channel) a SINDOnews subdomain stands for, as the site's own
/// breadcrumb names it: "nasional.sindonews.com" → "Nasional",
/// "sumsel.sindonews.com" → "Sumatera Selatan". Nothing for www and unknown ones.
std::optional<std::string> kanalOfHost(std::string_view host);

} // namespace warta
