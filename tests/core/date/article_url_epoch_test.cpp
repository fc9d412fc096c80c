#include "warta/date/date_parser.h"

#include <catch2/catch.hpp>

using warta::epochFromArticleUrl;

namespace {

constexpr std::int64_t kPemprov = 1561632896;
const char *const kPemprovUrl =
        "https://daerah.sindonews.com/read/2476/1/pemprov-sumsel-pastikan-internet-masuk-desa-1561632896";

} // namespace

TEST_CASE("The epoch suffix of an article slug", "[date][url]")
{
    CHECK(epochFromArticleUrl(kPemprovUrl) == kPemprov);
    CHECK(epochFromArticleUrl(std::string(kPemprovUrl) + "/") == kPemprov);
    CHECK(epochFromArticleUrl("nasional.sindonews.com/read/971802/14/bin-balon-darah-1425442260") ==
          1425442260);
}

TEST_CASE("Page suffixes, queries and fragments are skipped", "[date][url]")
{
    const std::string base(kPemprovUrl);
    CHECK(epochFromArticleUrl(base + "/5") == kPemprov);
    CHECK(epochFromArticleUrl(base + "/10") == kPemprov);
    CHECK(epochFromArticleUrl(base + "/10/") == kPemprov);
    CHECK(epochFromArticleUrl(base + "?showpage=all") == kPemprov);
    CHECK(epochFromArticleUrl(base + "/2?showpage=all") == kPemprov);
    CHECK(epochFromArticleUrl(base + "#comments") == kPemprov);
    CHECK(epochFromArticleUrl(base + "?a=1#x-1561632000") == kPemprov);
}

TEST_CASE("URLs without a plausible epoch give nothing", "[date][url]")
{
    CHECK_FALSE(epochFromArticleUrl(""));
    CHECK_FALSE(epochFromArticleUrl("https://www.sindonews.com/"));
    CHECK_FALSE(epochFromArticleUrl("https://www.sindonews.com/berita/1041671/12/slug"));
    CHECK_FALSE(epochFromArticleUrl("https://www.sindonews.com/berita/1041671/12"));
    CHECK_FALSE(epochFromArticleUrl("https://x.sindonews.com/read/1561632896"));
    // Nine and eleven digits are ids, not times.
    CHECK_FALSE(epochFromArticleUrl("https://x.sindonews.com/read/1/1/slug-156163289"));
    CHECK_FALSE(epochFromArticleUrl("https://x.sindonews.com/read/1/1/slug-15616328960"));
    CHECK_FALSE(epochFromArticleUrl("https://x.sindonews.com/read/1/1/slug-15616a2896"));
    // A page number of four digits is not a page number.
    CHECK_FALSE(epochFromArticleUrl(std::string(kPemprovUrl) + "/1000"));
    // The epoch in a query is not the slug's.
    CHECK_FALSE(epochFromArticleUrl("https://x.sindonews.com/search?q=slug-1561632896"));
}

TEST_CASE("Only 2010 to 2040 counts", "[date][url]")
{
    CHECK(epochFromArticleUrl("https://x.sindonews.com/read/1/1/a-1262304000") == 1262304000);
    CHECK_FALSE(epochFromArticleUrl("https://x.sindonews.com/read/1/1/a-1262303999"));
    CHECK(epochFromArticleUrl("https://x.sindonews.com/read/1/1/a-2208988800") == 2208988800);
    CHECK_FALSE(epochFromArticleUrl("https://x.sindonews.com/read/1/1/a-2208988801"));
    CHECK_FALSE(epochFromArticleUrl("https://x.sindonews.com/read/1/1/a-1000000000"));
}
