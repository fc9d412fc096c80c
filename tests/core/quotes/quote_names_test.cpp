// How speakers' names are read: a capitalised common word opening a
// sentence is not part of a name, and a short form of a given name refers
// to the one person whose name it begins. The sentences are made up for
// these tests.

#include "quote_test_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using warta::test::speakerOf;

namespace {

warta::QuoteLedger run(const std::vector<std::string> &texts)
{
    return warta::test::findQuotesIn(texts);
}

} // namespace

TEST_CASE("a sentence-opening common noun before a name is not part of it", "[quotes][names]")
{
    // Hendra is known only from the attribution: "Tujuan Hendra" must not
    // become his fuller name.
    const auto ledger = run({"Tujuan Hendra sederhana, memastikan semua petani mendapat pupuk.",
                             "\"Tidak boleh ada yang kekurangan,\" kata Hendra di Karawang."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Hendra");
}

TEST_CASE("a sentence adverb before a name is not part of it", "[quotes][names]")
{
    const auto ledger =
            run({"Ternyata Wulan menolak tawaran itu. \"Saya ingin tetap mengajar,\" ucap Wulan."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Wulan");
}

TEST_CASE("an opening noun before a subject leaves the subject's name whole", "[quotes][names]")
{
    const auto ledger =
            run({"Camat Cibinong Rudi Hartono meninjau pasar. Harapan Rudi Hartono, harga beras turun.",
                 "\"Stok kami cukup sampai Lebaran,\" tutur Rudi."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Rudi Hartono");
    CHECK(ledger.quotes[0].role.value_or("") == "Camat Cibinong");
}

TEST_CASE("a short form of a given name refers to the person it begins", "[quotes][names]")
{
    const auto ledger =
            run({"Kepala Desa Hidayatullah Rasyid menyambut rombongan di balai desa.",
                 "\"Kami sudah menyiapkan tempat pengungsian,\" kata Hidayat.",
                 "Hidayat menambahkan bahwa logistik masih cukup. \"Beras ada untuk seminggu,\" ujarnya."});
    REQUIRE(ledger.quotes.size() == 2);
    for (const auto &q : ledger.quotes) {
        CHECK(speakerOf(q) == "Hidayatullah Rasyid");
        CHECK(q.role.value_or("") == "Kepala Desa");
    }
}

TEST_CASE("a short form that begins two people's names means neither", "[quotes][names]")
{
    const auto ledger = run({"Ketua RT Kurniawan Saputra dan Bendahara Kurniasih Lestari membagikan sembako.",
                             "\"Semua warga kebagian,\" kata Kurnia."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Kurnia");
}

TEST_CASE("a short form needs four letters", "[quotes][names]")
{
    const auto ledger = run({"Pengusaha Adiwijaya Santosa membuka pabrik baru.",
                             "\"Kami butuh seratus pekerja,\" kata Adi."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Adi");
}

TEST_CASE("a candidate's role keeps calon and bakal calon", "[quotes][names]")
{
    const auto ledger =
            run({"Bakal calon Bupati Garut Lukmanul Arifin berkeliling pasar.",
                 "\"Pedagang butuh kios yang layak,\" ujar Lukman.",
                 "Calon Wali Kota Bogor Dewi Anggraini juga berkampanye. \"Transportasi dulu,\" kata Dewi."});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK(speakerOf(ledger.quotes[0]) == "Lukmanul Arifin");
    CHECK(ledger.quotes[0].role.value_or("") == "Bakal calon Bupati Garut");
    CHECK(speakerOf(ledger.quotes[1]) == "Dewi Anggraini");
    CHECK(ledger.quotes[1].role.value_or("") == "Calon Wali Kota Bogor");
}
