#include "extract/news_text.h"

#include <catch2/catch.hpp>

using namespace warta;

TEST_CASE("Datelines are the upper-case place before the first dash", "[extract][news-text]")
{
    CHECK(datelineOf("PALEMBANG - Melalui Perusahaan Daerah") == "PALEMBANG");
    CHECK(datelineOf("JAKARTA – Menteri Agama datang") == "JAKARTA");
    CHECK(datelineOf("JAKARTA, KOMPAS.com - Wakil Presiden") == "JAKARTA, KOMPAS.com");
    CHECK(datelineOf("Merdeka.com - Badan Intelijen") == "Merdeka.com");
    CHECK(datelineOf("LAYANAN EYAB,JAMAAH HAJI INDONESIA,BANDARA JEDDAH - Pelayanan") ==
          "LAYANAN EYAB,JAMAAH HAJI INDONESIA,BANDARA JEDDAH");
    CHECK_FALSE(datelineOf("SAYA memfasilitasi diskusi - kata dia"));
    CHECK_FALSE(datelineOf("Dalam peribahasa China kita kenal - memberi"));
    CHECK_FALSE(datelineOf("Tanpa tanda pisah sama sekali"));
    CHECK_FALSE(datelineOf(" - JAKARTA"));
}

TEST_CASE("Editor initials are bracketed letters of one case", "[extract][news-text]")
{
    CHECK(editorInitialsOf("(rhs)") == "rhs");
    CHECK(editorInitialsOf("(ALB)") == "ALB");
    CHECK(editorInitialsOf(" (wbs) ") == "wbs");
    CHECK(editorInitialsOf("(mhd/rca)") == "mhd/rca");
    CHECK_FALSE(editorInitialsOf("(Ant)"));
    CHECK_FALSE(editorInitialsOf("(23/1/2025)"));
    CHECK_FALSE(editorInitialsOf("(a)"));
    CHECK_FALSE(editorInitialsOf("rhs"));
}

TEST_CASE("Prompts are not prose", "[extract][news-text]")
{
    CHECK(isPromptParagraph("Baca Juga: Haji Jadi Alat Diplomasi"));
    CHECK(isPromptParagraph("BACA JUGA"));
    CHECK(isPromptParagraph("loading…"));
    CHECK(isPromptParagraph("A A A"));
    CHECK(isPromptParagraph("Dapatkan berita terbaru, follow WhatsApp Channel SINDOnews sekarang juga!"));
    CHECK_FALSE(isPromptParagraph("Bacaan doa itu dibaca setiap pagi."));
    CHECK_FALSE(isPromptParagraph("Loket dibuka pukul 08.00."));
    // The read-also prompts of the other languages.
    CHECK(isPromptParagraph("VEA TAMBI\xC3\x89N: Una nota sobre el puerto"));
    CHECK(isPromptParagraph("Lesen Sie auch: Der Rat tagt wieder"));
    CHECK(isPromptParagraph("You might also like:"));
    CHECK(isPromptParagraph("Related Coverage"));
    CHECK(isPromptParagraph("Verwandte Artikel"));
    CHECK_FALSE(isPromptParagraph("Mired in debt, the council met again."));
}

TEST_CASE("The promotions after the last paragraph are not the article", "[extract][news-text]")
{
    std::vector<RawParagraph> raw{{"The council met on Tuesday.", 10},
                                  {"It will meet again next month, a spokesman said.", 20},
                                  {"Never miss the latest news by signing up to our newsletter today!", 30},
                                  {"\xC2\xA9 2022, Example News. All rights reserved.", 40}};
    const NewsBody body = cleanNewsBody(raw, {});
    REQUIRE(body.paragraphs.size() == 2);
    CHECK(body.paragraphs[1].text == "It will meet again next month, a spokesman said.");
    // A disclaimer may stand before the sign-off line.
    std::vector<RawParagraph> signedOff{
            {"The council met on Tuesday.", 10},
            {"Advertising disclosure: we may receive compensation for links.", 20},
            {"Reporting by Ann Example.", 30}};
    const NewsBody withSignOff = cleanNewsBody(signedOff, {});
    REQUIRE(withSignOff.paragraphs.size() == 2);
    CHECK(withSignOff.paragraphs[1].text == "Reporting by Ann Example.");
    // Inside the text such words are the article's.
    std::vector<RawParagraph> inside{{"The app was removed from YouTube on Monday.", 10},
                                     {"It was back a day later.", 20}};
    CHECK(cleanNewsBody(inside, {}).paragraphs.size() == 2);
}

TEST_CASE("Inline related-link asides are removed from a paragraph", "[extract][news-text]")
{
    CHECK(removeInlineAsides(
                  "Harta itu diinfakkan. (Baca juga: Rasulullah dan Sedekah) Lalu datang Abu Bakar.") ==
          "Harta itu diinfakkan. Lalu datang Abu Bakar.");
    CHECK(removeInlineAsides("Kalimat tanpa aside.") == "Kalimat tanpa aside.");
    CHECK(removeInlineAsides("Terbuka (baca juga: tanpa penutup") == "Terbuka");
}

TEST_CASE("Cleaning takes initials off the end and the op-ed block off the start", "[extract][news-text]")
{
    std::vector<RawParagraph> raw{{"Dinna Prapto Raharja, PhD Praktisi & Pengajar @Dinna_PR", 10},
                                  {"SAYA memfasilitasi diskusi.", 20},
                                  {"Baca Juga", 30},
                                  {"Data itu penting, katanya. (pur)", 40}};
    const NewsBody body = cleanNewsBody(raw, {"Dinna Prapto Raharja, PhD"});
    REQUIRE(body.paragraphs.size() == 2);
    CHECK(body.paragraphs[0].text == "SAYA memfasilitasi diskusi.");
    CHECK(body.paragraphs[0].sourceOffset == 20);
    CHECK(body.paragraphs[1].text == "Data itu penting, katanya.");
    CHECK(body.editorInitials == "pur");
    CHECK_FALSE(body.dateline);
}
