#include "warta/common/source_info.h"

namespace warta {

std::string_view containerName(Container container)
{
    switch (container) {
    case Container::Html:
        return "html";
    case Container::Mhtml:
        return "mhtml";
    case Container::SingleFile:
        return "singlefile";
    }
    return "html";
}

} // namespace warta
