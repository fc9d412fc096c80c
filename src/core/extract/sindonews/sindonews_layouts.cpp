#include "extract/sindonews/sindonews_layouts.h"

#include <array>

namespace warta {
namespace {

// Evidence for each selector: docs/extractors/sindonews.md (and the markup
// notes it summarises). Shared fallbacks come last in each list so that a
// page that mixes generations still yields every field.
using List = std::span<const std::string_view>;

constexpr std::string_view kCommonTags[] = {".article-tags a", ".tag-list a", ".tag-box a", "a[rel=tag]"};
constexpr std::string_view kCommonBreadcrumb[] = {".breadcrumb li a", ".breadcrumb a", ".breadcrumb-new a"};
constexpr std::string_view kCommonCaption[] = {".detail-caption", "figure figcaption",
                                               ".article-img figcaption", ".caption"};
constexpr std::string_view kNoSubtitle[] = {".detail-subtitle", ".subtitle", ".sub-title"};

// G4 (2023–2026): h1.detail-title, .wrap-header-detail, #detail-desc.
constexpr std::string_view kG4Detect[] = {"h1.detail-title"};
constexpr std::string_view kG4Title[] = {"h1.detail-title", "article h1"};
constexpr std::string_view kG4Byline[] = {".detail-nama-redaksi a", ".warp-nama-redaksi a[rel=author]",
                                          ".detail-nama-redaksi"};
constexpr std::string_view kG4Date[] = {".detail-date-artikel", ".wrap-header-detail time", "article time"};
constexpr std::string_view kG4Body[] = {"#detail-desc", ".detail-desc", "[itemprop=articleBody]"};
constexpr std::string_view kG4Image[] = {".detail-img img", "article figure img"};

// G3 (mid 2020–2023): .detail-title > h1, .detail-nama-redaksi, #detail-desc.
constexpr std::string_view kG3Detect[] = {".detail-title h1"};
constexpr std::string_view kG3Title[] = {".detail-title h1", ".left-section h1"};

// G2 regional portals (2019): section.article, h1.tahoma, <p> paragraphs.
constexpr std::string_view kRegionalDetect[] = {"section.article .tahoma"};
constexpr std::string_view kRegionalTitle[] = {"h1.tahoma", ".tahoma", "section.article h1"};
constexpr std::string_view kRegionalByline[] = {"span.reporter", ".reporter a", ".reporter"};
constexpr std::string_view kRegionalDate[] = {".mini-info p", ".mini-info", "section.article time"};
constexpr std::string_view kRegionalBody[] = {"section.article .content",
                                              "section.article [itemprop=articleBody]"};
constexpr std::string_view kRegionalImage[] = {"section.article figure img", "section.article img"};

// G2 (2019–mid 2020) and its 2024 "legacy" rendering of pre-2020 articles,
// which adds the "A A A" font-size control and repeats the title as caption.
constexpr std::string_view kLegacyDetect[] = {"div.article #content", ".font-size"};
constexpr std::string_view kG2Detect[] = {"div.article #content"};
constexpr std::string_view kG2Title[] = {"div.article h1", ".article h1"};
constexpr std::string_view kG2Byline[] = {".article .reporter p a", ".reporter p a", ".reporter a",
                                          ".author a"};
constexpr std::string_view kG2Date[] = {"div.article time", ".article time", "time"};
constexpr std::string_view kG2Body[] = {"#content", "[itemprop=articleBody]", ".desc-artikel-detail"};
constexpr std::string_view kG2Image[] = {"div.article figure img", ".article figure img", ".article img"};

// G1b (2017–2018): div.article-box.
constexpr std::string_view kG1bDetect[] = {"div.article-box"};
constexpr std::string_view kG1bTitle[] = {".article-box h1"};
constexpr std::string_view kG1bByline[] = {".article-box .reporter a", ".article-box .reporter"};
constexpr std::string_view kG1bDate[] = {".article-box .time", ".article-box time"};
constexpr std::string_view kG1bBody[] = {".article-box .content"};
constexpr std::string_view kG1bImage[] = {".article-box .article-img img", ".article-box figure img",
                                          ".article-box img"};

// G1a (2015–2016): <article> with microdata; the body comes in several .content blocks.
constexpr std::string_view kG1aDetect[] = {"article h1[itemprop=headline]"};
constexpr std::string_view kG1aTitle[] = {"h1[itemprop=headline]", "article h1"};
constexpr std::string_view kG1aByline[] = {"a[rel=author] span", "a[rel=author]"};
constexpr std::string_view kG1aDate[] = {"article > .time", "article .time", "article time"};
constexpr std::string_view kG1aBody[] = {"article .content"};
constexpr std::string_view kG1aImage[] = {"article .article-img img", "article figure img", "article img"};

constexpr std::array kLayouts{
        SindonewsLayout{"g4", kG4Detect, kG4Title, kG4Byline, kG4Date, kG4Body, kG4Image, kCommonCaption,
                        kCommonTags, kCommonBreadcrumb, kNoSubtitle},
        SindonewsLayout{"g3", kG3Detect, kG3Title, kG4Byline, kG4Date, kG4Body, kG4Image, kCommonCaption,
                        kCommonTags, kCommonBreadcrumb, kNoSubtitle},
        SindonewsLayout{"g2-regional", kRegionalDetect, kRegionalTitle, kRegionalByline, kRegionalDate,
                        kRegionalBody, kRegionalImage, kCommonCaption, kCommonTags, kCommonBreadcrumb,
                        kNoSubtitle},
        SindonewsLayout{"g2-legacy", kLegacyDetect, kG2Title, kG2Byline, kG2Date, kG2Body, kG2Image,
                        kCommonCaption, kCommonTags, kCommonBreadcrumb, kNoSubtitle},
        SindonewsLayout{"g2", kG2Detect, kG2Title, kG2Byline, kG2Date, kG2Body, kG2Image, kCommonCaption,
                        kCommonTags, kCommonBreadcrumb, kNoSubtitle},
        SindonewsLayout{"g1b", kG1bDetect, kG1bTitle, kG1bByline, kG1bDate, kG1bBody, kG1bImage,
                        kCommonCaption, kCommonTags, kCommonBreadcrumb, kNoSubtitle},
        SindonewsLayout{"g1a", kG1aDetect, kG1aTitle, kG1aByline, kG1aDate, kG1aBody, kG1aImage,
                        kCommonCaption, kCommonTags, kCommonBreadcrumb, kNoSubtitle},
};

constexpr std::string_view kBodyNoise[] = {".baca-inline",
                                           ".baca-inline-head",
                                           ".bacanews-box",
                                           ".baca-juga-box",
                                           ".baca-juga",
                                           ".warp-baca-juga",
                                           ".pilihan",
                                           ".box-outlink",
                                           ".social-embed",
                                           ".twitter-tweet",
                                           ".instagram-media",
                                           ".v-youtube",
                                           ".vidy-video",
                                           ".image-content",
                                           ".detail-img",
                                           "figure",
                                           "figcaption",
                                           ".editor",
                                           ".reporter",
                                           ".ads300",
                                           ".ads-300",
                                           ".adsload",
                                           ".adslot",
                                           ".adsbygoogle",
                                           ".ads-inarticle",
                                           ".box-ads-inarticle",
                                           ".adsinarticle",
                                           ".warp-ads-paralax",
                                           ".content-paralax",
                                           ".parallax-ad",
                                           "[id^=div-gpt-ad]",
                                           "[id^=ads_]",
                                           "[id^=WP-]",
                                           "[id^=google_ads]",
                                           ".clear",
                                           ".hit-view",
                                           ".share-box",
                                           ".font-size",
                                           ".download-sindoapps",
                                           ".lazyvideo",
                                           ".page-status",
                                           ".paging-artikel",
                                           ".article-tags",
                                           ".tag-list",
                                           ".tag-box",
                                           "ins"};

constexpr std::string_view kEditor[] = {".editor", "p.editor", ".article-editor"};

} // namespace

std::span<const SindonewsLayout> sindonewsLayouts()
{
    return kLayouts;
}
std::span<const std::string_view> sindonewsBodyNoise()
{
    return kBodyNoise;
}
std::span<const std::string_view> sindonewsEditorSelectors()
{
    return kEditor;
}

} // namespace warta
