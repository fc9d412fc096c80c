// Fuzz target: the CSL processor on an arbitrary style and arbitrary
// CSL-JSON items. The input is a CSL test-suite file (so the suite's 800
// cases are the seeds): the style between the ">>== CSL ==>>" and
// "<<== CSL ==<<" lines, the items between the INPUT lines. An input without
// those markers is taken as a style alone and rendered with a fixed item.

#include "fuzz_check.h"
#include "warta/cite/citation_processor.h"
#include "warta/cite/csl_style.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view kSampleItem = R"([{"id":"a","type":"article-newspaper",
  "title":"Pemprov Sumsel Segera Wujudkan Internet Masuk Desa","container-title":"SINDOnews.com",
  "author":[{"family":"Dani","given":"Muhammad"},{"literal":"Redaksi"}],
  "issued":{"date-parts":[[2019,6,27]]},"accessed":{"date-parts":[[2024,1,2]]},
  "URL":"https://daerah.sindonews.com/read/1", "page":"12-19", "language":"id-ID"}])";

/// The text between the line ">>== NAME ==>>" and the next line opening with "<<".
std::optional<std::string_view> section(std::string_view text, std::string_view name)
{
    const std::string key = " " + std::string(name) + " =";
    for (std::size_t at = text.find(">>"); at != std::string_view::npos; at = text.find(">>", at + 2)) {
        const auto lineEnd = text.find('\n', at);
        if (lineEnd == std::string_view::npos)
            return std::nullopt;
        if (text.substr(at, lineEnd - at).find(key) == std::string_view::npos)
            continue;
        const auto begin = lineEnd + 1;
        const auto end = text.find("\n<<", begin);
        return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
    }
    return std::nullopt;
}

void render(const warta::CitationProcessor &processor, const std::vector<warta::CslItem> &items)
{
    using warta::OutputFormat;
    for (auto format : {OutputFormat::Text, OutputFormat::Html}) {
        (void)processor.bibliographyEntries(items, format);
        (void)processor.citationCluster(items, format);
        for (const auto &item : items) {
            (void)processor.bibliography(item, format);
            (void)processor.citation(item, format, warta::Locator{"paragraph", "3-4"});
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto csl = section(text, "CSL");
    const auto input = section(text, "INPUT");
    auto style = warta::CslStyle::fromXml(std::string(csl.value_or(text)));
    if (!style) {
        WARTA_FUZZ_CHECK(!style.error().message.empty());
        return 0;
    }
    auto items = warta::CslItem::listFromJson(std::string(input.value_or(kSampleItem)));
    if (!items || items->empty() || items->size() > 8)
        return 0;
    auto processor = warta::CitationProcessor::create(style.value());
    if (!processor)
        return 0;
    render(processor.value(), items.value());
    return 0;
}
