#include "extract/sindonews/sindonews_site.h"

#include <utility>

namespace warta {

bool isSindonewsHost(std::string_view host)
{
    return host == "sindonews.com" || host.ends_with(".sindonews.com");
}

std::optional<std::string> kanalOfHost(std::string_view host)
{
    // Kanal subdomains (markup notes §8, §11) and the regional portals of 2019.
    static constexpr std::pair<std::string_view, std::string_view> kKanals[] = {
            {"nasional", "Nasional"},
            {"metro", "Metro"},
            {"daerah", "Daerah"},
            {"ekbis", "Ekbis"},
            {"international", "International"},
            {"sports", "Sports"},
            {"soccer", "Soccer"},
            {"autotekno", "Autotekno"},
            {"tekno", "Tekno"},
            {"otomotif", "Otomotif"},
            {"lifestyle", "Lifestyle"},
            {"edukasi", "Edukasi"},
            {"kalam", "Kalam"},
            {"sains", "Sains"},
            {"gensindo", "GenSINDO"},
            {"photo", "Foto"},
            {"video", "Video"},
            {"infografis", "Infografis"},
            {"sumsel", "Sumatera Selatan"},
            {"sumut", "Sumatera Utara"},
            {"jatim", "Jawa Timur"},
            {"jateng", "Jawa Tengah"},
            {"jabar", "Jawa Barat"},
            {"makassar", "Makassar"},
            {"sulsel", "Sulawesi Selatan"},
            {"bali", "Bali"},
            {"jogja", "Yogyakarta"},
            {"banten", "Banten"},
            {"kalbar", "Kalimantan Barat"},
            {"kaltim", "Kalimantan Timur"},
            {"lampung", "Lampung"},
            {"riau", "Riau"},
            {"sumbar", "Sumatera Barat"},
            {"manado", "Manado"},
            {"papua", "Papua"}};
    const auto dot = host.find('.');
    if (dot == std::string_view::npos)
        return std::nullopt;
    const std::string_view sub = host.substr(0, dot);
    for (const auto &[key, name] : kKanals) {
        if (sub == key)
            return std::string(name);
    }
    return std::nullopt;
}

} // namespace warta
