#include "extract/extractor.h"
#include "extract/generic/generic_extractor.h"
#include "extract/sindonews/sindonews_extractor.h"

namespace warta {

const std::vector<const Extractor *> &extractorRegistry()
{
    static const SindonewsExtractor sindonews;
    static const GenericExtractor generic;
    static const std::vector<const Extractor *> registry{&sindonews, &generic};
    return registry;
}

} // namespace warta
