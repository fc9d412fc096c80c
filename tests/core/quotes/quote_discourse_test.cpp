// The discourse model: who is speaking across paragraphs, nicknames, places
// that hold name words, and the confidence and evidence of each speaker.
// Every sentence here was written for the test.

#include "quote_test_support.h"

#include <catch2/catch.hpp>

using warta::SpeakerConfidence;
using warta::test::findQuotesIn;
using warta::test::speakerOf;

TEST_CASE("a -nya verb goes to the current speaker, not to a person named in between", "[quotes][discourse]")
{
    const auto ledger = findQuotesIn({"\"Kami siap bertanding,\" kata pelatih Andi Wijaya.",
                                      "Timnya akan menghadapi tim asuhan Rudi Hartono di kandang.",
                                      "\"Semua pemain dalam kondisi bugar,\" ujarnya."});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK(speakerOf(ledger.quotes[0]) == "Andi Wijaya");
    CHECK(ledger.quotes[0].attribution == "name-after");
    CHECK(ledger.quotes[0].speakerConfidence == SpeakerConfidence::High);
    CHECK(speakerOf(ledger.quotes[1]) == "Andi Wijaya");
    CHECK(ledger.quotes[1].attribution == "pronoun");
    CHECK(ledger.quotes[1].speakerConfidence == SpeakerConfidence::High);
}

TEST_CASE("a new subject takes the floor from the current speaker", "[quotes][discourse]")
{
    const auto ledger = findQuotesIn({"\"Harga beras naik,\" kata Siti Aminah.",
                                      "Ketua koperasi Bambang Sutrisno menanggapi keluhan itu.",
                                      "\"Stok kami masih cukup,\" ujarnya."});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK(speakerOf(ledger.quotes[1]) == "Bambang Sutrisno");
}

TEST_CASE("an unnamed speaker goes on: -nya stays unknown", "[quotes][discourse]")
{
    const auto ledger = findQuotesIn({"\"Airnya naik cepat sekali,\" kata seorang warga.",
                                      "Air baru surut pada sore hari di Kampung Melati.",
                                      "\"Kami mengungsi ke balai desa,\" tuturnya."});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK_FALSE(ledger.quotes[0].speaker.has_value());
    CHECK(ledger.quotes[0].attribution == "unnamed");
    CHECK_FALSE(ledger.quotes[1].speaker.has_value());
    CHECK(ledger.quotes[1].attribution == "pronoun");
}

TEST_CASE("the person asked answers a question", "[quotes][discourse]")
{
    const auto ledger = findQuotesIn({"Menteri Perdagangan Rina Kusuma hadir di pasar itu.",
                                      "\"Kapan harga turun, Bu?\" tanya seorang pedagang kepada Rina.",
                                      "\"Bulan depan,\" jawabnya."});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK_FALSE(ledger.quotes[0].speaker.has_value());
    CHECK(speakerOf(ledger.quotes[1]) == "Rina Kusuma");
}

TEST_CASE("nicknames after alias and disapa name the person introduced", "[quotes][discourse]")
{
    const auto alias = findQuotesIn({"Pelawak Suparman Hadi alias Parno tampil di acara itu.",
                                     "\"Saya senang sekali,\" kata Parno."});
    REQUIRE(alias.quotes.size() == 1);
    CHECK(speakerOf(alias.quotes[0]) == "Suparman Hadi");

    const auto disapa = findQuotesIn({"Gelandang Dimas Pratama mencetak dua gol.",
                                      "Pemain yang akrab disapa Dipra itu mengaku puas.",
                                      "\"Ini untuk suporter,\" ucap Dipra."});
    REQUIRE(disapa.quotes.size() == 1);
    CHECK(speakerOf(disapa.quotes[0]) == "Dimas Pratama");
}

TEST_CASE("places and platforms are not people", "[quotes][discourse]")
{
    // An administrative unit, a street named after an officer, a channel.
    const auto ledger = findQuotesIn({"Kepala Desa Sukamaju, Hartono menyebut warga Dusun Cempaka mengungsi.",
                                      "\"Semua sudah aman,\" jelasnya saat ditemui di kawasan Letnan Sutopo.",
                                      "\"Jalan akan dibuka besok,\" sambungnya."});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK(speakerOf(ledger.quotes[0]) == "Hartono");
    CHECK(speakerOf(ledger.quotes[1]) == "Hartono");

    const auto channel = findQuotesIn(
            {"\"Saya tidak pernah marah,\" kata Presenter Dewi Lestari di kanal YouTube Dewi Lestari."});
    REQUIRE(channel.quotes.size() == 1);
    CHECK(speakerOf(channel.quotes[0]) == "Dewi Lestari");
}

TEST_CASE("the agent of a passive speech verb is the one who speaks next", "[quotes][discourse]")
{
    const auto ledger = findQuotesIn({"Kabar itu dibenarkan juru bicara kepolisian, Komisaris Agus Salim. "
                                      "\"Ya, benar,\" ujar dia."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Agus Salim");
}

TEST_CASE("a title word inside a name stays in the name", "[quotes][discourse]")
{
    const auto ledger =
            findQuotesIn({"\"Kami menunggu keputusan,\" ujar Menteri Agama Rahman Hakim Sulaiman."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Rahman Hakim Sulaiman");
}

TEST_CASE("a continuation takes the speaker and its confidence", "[quotes][discourse]")
{
    const auto ledger = findQuotesIn({"\"Kami siap,\" kata Budi Santoso. \"Semua sudah dilatih.\""});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK(ledger.quotes[1].attribution == "carried-over");
    CHECK(speakerOf(ledger.quotes[1]) == "Budi Santoso");
    CHECK(ledger.quotes[1].speakerConfidence == SpeakerConfidence::High);
}

TEST_CASE("closed quotations in paragraphs of their own take the attribution after the last",
          "[quotes][discourse]")
{
    const auto ledger =
            findQuotesIn({"\"Pelan-pelan asal selamat.\"", "Bupati Hasan Basri menolak tuduhan itu.",
                          "\"Itu tidak benar.\"", "\"Kami punya semua datanya,\" ujarnya."});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK(ledger.quotes[0].text == "Itu tidak benar.");
    CHECK(speakerOf(ledger.quotes[0]) == "Hasan Basri");
    CHECK(ledger.quotes[0].attribution == "carried-over");
    CHECK(ledger.quotes[0].verb == "ujar");
    CHECK(speakerOf(ledger.quotes[1]) == "Hasan Basri");
}

TEST_CASE("a definite role phrase no one holds is the current speaker, with low confidence",
          "[quotes][discourse]")
{
    const auto ledger =
            findQuotesIn({"\"Kami belum menyerah,\" kata Yoga Pratama.",
                          "\"Tim ini masih bisa bangkit,\" tutur mantan pemain tim nasional tersebut."});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK(speakerOf(ledger.quotes[1]) == "Yoga Pratama");
    CHECK(ledger.quotes[1].attribution == "role-phrase");
    CHECK(ledger.quotes[1].speakerConfidence == warta::SpeakerConfidence::Low);
}
