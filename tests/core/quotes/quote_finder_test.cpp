// Sentence patterns of Indonesian news quotation, one behaviour per case.
// The sentences are made up for these tests.

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

TEST_CASE("straight quote, verb and surname resolve to the full name", "[quotes]")
{
    const std::vector<std::string> texts = {
            "BANDUNG - Kepala Dinas Pendidikan Kota Bandung Ahmad Hadadi meninjau sekolah yang rusak.",
            "\"Kami akan memperbaiki atap yang bocor,\" kata Hadadi di Bandung, Selasa (4/6/2024)."};
    const auto ledger = run(texts);
    REQUIRE(ledger.quotes.size() == 1);
    const auto &q = ledger.quotes[0];
    CHECK(q.text == "Kami akan memperbaiki atap yang bocor");
    CHECK(speakerOf(q) == "Ahmad Hadadi");
    CHECK(q.role.value_or("") == "Kepala Dinas Pendidikan Kota Bandung");
    CHECK(q.verb == "kata");
    CHECK(q.paragraph == 1);
    CHECK(q.endParagraph == 1);
    CHECK(texts[1].substr(q.begin, q.end - q.begin) == q.text);
}

TEST_CASE("curly quotes with a -nya verb take the person just mentioned", "[quotes]")
{
    const auto ledger = run({"Pelatih tim nasional Shin Tae-yong memimpin latihan pagi.",
                             "\u201CSemua pemain sudah siap bertanding,\u201D tandasnya."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(ledger.quotes[0].text == "Semua pemain sudah siap bertanding");
    CHECK(ledger.quotes[0].verb == "tandas");
    CHECK(speakerOf(ledger.quotes[0]) == "Shin Tae-yong");
}

TEST_CASE("The -nya suffix is dropped from every bare speech verb", "[quotes]")
{
    const auto ledger =
            run({"Ekonom Faisal Rahman hadir dalam diskusi itu. \"Inflasi masih terkendali,\" katanya. "
                 "\"Harga pangan mulai turun,\" paparnya. \"Tetapi harus waspada,\" imbuhnya."});
    REQUIRE(ledger.quotes.size() == 3);
    CHECK(ledger.quotes[0].verb == "kata");
    CHECK(ledger.quotes[1].verb == "papar");
    CHECK(ledger.quotes[2].verb == "imbuh");
    for (const auto &q : ledger.quotes)
        CHECK(speakerOf(q) == "Faisal Rahman");
}

TEST_CASE("apostrophes are not quotation marks", "[quotes]")
{
    const std::string text = "Warga berkumpul setiap Jum'at sore. \u201CKami sudah berjualan di sini sejak "
                             "\u201990-an,\u201D ujar Siti Aminah, pedagang sayur.";
    const auto ledger = run({text});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(ledger.quotes[0].text == "Kami sudah berjualan di sini sejak \u201990-an");
    CHECK(speakerOf(ledger.quotes[0]) == "Siti Aminah");
    CHECK(text.substr(ledger.quotes[0].begin, ledger.quotes[0].end - ledger.quotes[0].begin) ==
          ledger.quotes[0].text);
}

TEST_CASE("single quotes used as quotation marks", "[quotes]")
{
    const auto ledger = run({"\u2018Kami tidak akan mundur sedikit pun,\u2019 kata Rudi Hartono."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(ledger.quotes[0].text == "Kami tidak akan mundur sedikit pun");
    CHECK(speakerOf(ledger.quotes[0]) == "Rudi Hartono");
}

TEST_CASE("quotes nested in a quotation stay in its text", "[quotes]")
{
    SECTION("single inside double")
    {
        const auto ledger = run({"\"Ibu bilang, 'Jangan pulang dulu,' lalu pergi,\" ujar Rina Marlina."});
        REQUIRE(ledger.quotes.size() == 1);
        CHECK(ledger.quotes[0].text == "Ibu bilang, 'Jangan pulang dulu,' lalu pergi");
    }
    SECTION("double inside double")
    {
        const auto ledger =
                run({"\u201CAyah berkata, \u201CSabar\u201D, lalu diam,\u201D ucap Dedi Kurnia."});
        REQUIRE(ledger.quotes.size() == 1);
        CHECK(ledger.quotes[0].text == "Ayah berkata, \u201CSabar\u201D, lalu diam");
        CHECK(speakerOf(ledger.quotes[0]) == "Dedi Kurnia");
    }
    SECTION("an inner opening mark that is never closed")
    {
        const auto ledger =
                run({"\"Lalu semua berteriak, \"'Hore'. Kami senang sekali,\" jelas Tono Sudarso."});
        REQUIRE(ledger.quotes.size() == 1);
        CHECK(ledger.quotes[0].text == "Lalu semua berteriak, \"'Hore'. Kami senang sekali");
    }
}

TEST_CASE("quoted names and terms are not speech", "[quotes]")
{
    CHECK(run({"Pemerintah meluncurkan program \"Desa Digital Mandiri\" tahun ini."}).quotes.empty());
    CHECK(run({"Film \"Langit Biru di Atas Kota\" kembali tayang pekan depan."}).quotes.empty());
    CHECK(run({"Warga menyebut jalan itu sebagai \"jalur neraka\" karena rusak parah."}).quotes.empty());
    CHECK(run({"Istilah 'kaum rebahan' makin populer di media sosial."}).quotes.empty());
    CHECK(run({"Tim itu dijuluki \"Macan Kemayoran\" oleh pendukungnya."}).quotes.empty());
    CHECK(run({"Dia membaca buku \"Bumi Manusia\" di perpustakaan."}).quotes.empty());
}

TEST_CASE("a short quote counts when a speech verb attributes it", "[quotes]")
{
    const auto ledger =
            run({"Wartawan bertanya kepada Rina Marlina soal rencana itu. \"Tidak,\" jawab Rina singkat."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(ledger.quotes[0].text == "Tidak");
    CHECK(ledger.quotes[0].verb == "jawab");
    CHECK(speakerOf(ledger.quotes[0]) == "Rina Marlina");
}

TEST_CASE("a quote that is the whole paragraph", "[quotes]")
{
    SECTION("continues the speaker of the paragraph before")
    {
        const auto ledger =
                run({"Ketua RT Bambang Irawan menemui warga. \"Air sudah mengalir lagi,\" ujarnya.",
                     "\"Besok pipa di ujung gang juga akan diganti.\""});
        REQUIRE(ledger.quotes.size() == 2);
        CHECK(ledger.quotes[1].text == "Besok pipa di ujung gang juga akan diganti.");
        CHECK(ledger.quotes[1].paragraph == 1);
        CHECK(speakerOf(ledger.quotes[1]) == "Bambang Irawan");
        CHECK(ledger.quotes[1].verb == "ujar");
    }
    SECTION("a verse or motto with no speaker is left out")
    {
        CHECK(run({"\u201CBerakit-rakit ke hulu, berenang-renang ke tepian.\u201D",
                   "Pepatah itu sering dikutip guru di kelas."})
                      .quotes.empty());
    }
}

TEST_CASE("a quotation over several paragraphs is one entry", "[quotes]")
{
    SECTION("reopened in each paragraph, introduced by the paragraph before")
    {
        const auto ledger =
                run({"Menteri Keuangan Sri Mulyani menjelaskan:", "\"Defisit masih terkendali.",
                     "\"Kami akan menjaga belanja tetap produktif.\"", "Rapat itu berakhir sore hari."});
        REQUIRE(ledger.quotes.size() == 1);
        const auto &q = ledger.quotes[0];
        CHECK(q.text == "Defisit masih terkendali. Kami akan menjaga belanja tetap produktif.");
        CHECK(q.paragraph == 1);
        CHECK(q.endParagraph == 2);
        CHECK(q.verb == "menjelaskan");
        CHECK(speakerOf(q) == "Sri Mulyani");
        CHECK(q.begin == 1);
    }
    SECTION("not reopened")
    {
        const auto ledger = run({"\"Kami memulai pekerjaan pada pagi hari.",
                                 "Setelah itu semua pekerja beristirahat,\" kata mandor Yusuf Ali."});
        REQUIRE(ledger.quotes.size() == 1);
        CHECK(ledger.quotes[0].text ==
              "Kami memulai pekerjaan pada pagi hari. Setelah itu semua pekerja beristirahat");
        CHECK(ledger.quotes[0].endParagraph == 1);
        CHECK(speakerOf(ledger.quotes[0]) == "Yusuf Ali");
    }
}

TEST_CASE("a quote split by its attribution gives two entries", "[quotes]")
{
    const auto ledger = run({"Koordinator relawan Dewi Lestari menerima bantuan itu.",
                             "\"Intinya,\" kata dia, \"kami siap membantu korban banjir.\""});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK(ledger.quotes[0].text == "Intinya");
    CHECK(ledger.quotes[1].text == "kami siap membantu korban banjir.");
    for (const auto &q : ledger.quotes) {
        CHECK(q.verb == "kata");
        CHECK(speakerOf(q) == "Dewi Lestari");
    }
}

TEST_CASE("the second part of a split quote can bring its own verb", "[quotes]")
{
    const auto ledger = run({"\"Proyek ini selesai bulan depan,\" kata Arif Budiman, lalu menambahkan, "
                             "\"biayanya tidak bertambah.\""});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK(ledger.quotes[1].verb == "menambahkan");
    CHECK(speakerOf(ledger.quotes[1]) == "Arif Budiman");
}

TEST_CASE("ujar dia resolves the pronoun", "[quotes]")
{
    const auto ledger = run({"Pengamat transportasi Djoko Setijowarno menilai tarif itu wajar.",
                             "\"Kenaikan ini masih bisa diterima,\" ujar dia."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(ledger.quotes[0].verb == "ujar");
    CHECK(speakerOf(ledger.quotes[0]) == "Djoko Setijowarno");
}

TEST_CASE("two speakers in one paragraph", "[quotes]")
{
    const auto ledger =
            run({"\"Harga beras naik lagi,\" kata Andi Wijaya. \"Itu tidak benar,\" bantah Budi Santoso."});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK(speakerOf(ledger.quotes[0]) == "Andi Wijaya");
    CHECK(speakerOf(ledger.quotes[1]) == "Budi Santoso");
    CHECK(ledger.quotes[1].verb == "bantah");
}

TEST_CASE("a me- verb before the quote, with comma or colon", "[quotes]")
{
    SECTION("comma")
    {
        const auto ledger =
                run({"Kapolda Jatim Irjen Teddy Minahasa mengatakan, \"Pelaku sudah kami tangkap.\""});
        REQUIRE(ledger.quotes.size() == 1);
        CHECK(ledger.quotes[0].verb == "mengatakan");
        CHECK(speakerOf(ledger.quotes[0]) == "Teddy Minahasa");
        CHECK(ledger.quotes[0].role.value_or("") == "Kapolda Jatim");
    }
    SECTION("colon and a pronoun subject")
    {
        const auto ledger = run({"Bupati Sleman Kustini Sri Purnomo meninjau lokasi banjir.",
                                 "Dia menegaskan: \"Tidak ada pungutan untuk bantuan ini.\""});
        REQUIRE(ledger.quotes.size() == 1);
        CHECK(ledger.quotes[0].verb == "menegaskan");
        CHECK(speakerOf(ledger.quotes[0]) == "Kustini Sri Purnomo");
    }
    SECTION("the verb after the quote wins over the one before")
    {
        const auto ledger = run(
                {"Rektor Universitas Andalas Yuliandri mengatakan, \"Kampus tetap buka,\" ujar Yuliandri."});
        REQUIRE(ledger.quotes.size() == 1);
        CHECK(ledger.quotes[0].verb == "ujar");
    }
}

TEST_CASE("a verb ending the paragraph before introduces the quote", "[quotes]")
{
    const auto ledger = run({"Direktur Utama PT Maju Jaya Hendra Gunawan ditemui usai rapat. Ia menambahkan:",
                             "\"Produksi naik dua kali lipat tahun ini.\""});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(ledger.quotes[0].paragraph == 1);
    CHECK(ledger.quotes[0].verb == "menambahkan");
    CHECK(speakerOf(ledger.quotes[0]) == "Hendra Gunawan");
}

TEST_CASE("Menurut X is reported speech, never a quote", "[quotes]")
{
    const auto ledger = run({"Menurut pengamat politik Andi Saputra, koalisi itu rapuh dan mudah pecah."});
    CHECK(ledger.quotes.empty());
    REQUIRE(ledger.reportedSpeech.size() == 1);
    CHECK(ledger.reportedSpeech[0].speaker.value_or("") == "Andi Saputra");
    CHECK(ledger.reportedSpeech[0].verb == "menurut");
}

TEST_CASE("a title resolves to the person introduced with it", "[quotes]")
{
    const auto ledger = run({"JAMBI - Gubernur Jambi Rahmat Hidayat meresmikan jembatan baru.",
                             "\"Jembatan ini untuk seluruh rakyat,\" tegas Gubernur kemarin.",
                             "\"Perawatannya tanggung jawab kita bersama,\" kata Hidayat."});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK(speakerOf(ledger.quotes[0]) == "Rahmat Hidayat");
    CHECK(ledger.quotes[0].role.value_or("") == "Gubernur Jambi");
    CHECK(speakerOf(ledger.quotes[1]) == "Rahmat Hidayat");
}

TEST_CASE("a pronoun goes to the person mentioned last", "[quotes]")
{
    const auto ledger = run({"Wali Kota Solo Teguh Prakosa bertemu Ketua DPRD Solo Budi Prasetyo.",
                             "Budi Prasetyo lalu meninjau pasar. \"Pedagang harus ditata,\" ujarnya."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Budi Prasetyo");
}

TEST_CASE("an unnamed or unresolved speaker is null", "[quotes]")
{
    SECTION("seorang")
    {
        const auto ledger = run({"\"Kapan jalan ini diperbaiki?\" tanya seorang pengendara ojek."});
        REQUIRE(ledger.quotes.size() == 1);
        CHECK(ledger.quotes[0].text == "Kapan jalan ini diperbaiki?");
        CHECK(ledger.quotes[0].verb == "tanya");
        CHECK_FALSE(ledger.quotes[0].speaker.has_value());
    }
    SECTION("a pronoun with nobody before it")
    {
        const auto ledger = run({"\"Kami menolak rencana itu,\" ujarnya."});
        REQUIRE(ledger.quotes.size() == 1);
        CHECK_FALSE(ledger.quotes[0].speaker.has_value());
    }
}

TEST_CASE("a speaker named only by role keeps the role", "[quotes]")
{
    const auto ledger = run({"\"Kami sedang menyelidiki kasus ini,\" kata juru bicara kepolisian itu."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "juru bicara kepolisian");
}

TEST_CASE("punctuation inside the marks is kept except a closing comma", "[quotes]")
{
    const auto ledger = run({"\"Sudah selesai!\" seru Tono Sudarso. \"Benarkah?\" tanya Tini Suharti. "
                             "\"Ya , sudah ,\" jawab Tono."});
    REQUIRE(ledger.quotes.size() == 3);
    CHECK(ledger.quotes[0].text == "Sudah selesai!");
    CHECK(ledger.quotes[1].text == "Benarkah?");
    CHECK(ledger.quotes[2].text == "Ya , sudah");
    CHECK(speakerOf(ledger.quotes[2]) == "Tono Sudarso");
}

TEST_CASE("a partial quote inside reported speech", "[quotes]")
{
    const auto ledger =
            run({"Presiden Prabowo Subianto memuji para petani karena \"bekerja tanpa kenal lelah\"."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(ledger.quotes[0].verb == "memuji");
    CHECK(speakerOf(ledger.quotes[0]) == "Prabowo Subianto");
}

TEST_CASE("a document that 'says' something is not a speaker", "[quotes]")
{
    CHECK(run({"Laporan itu menyatakan: \"Angka kemiskinan turun tiga persen.\""}).quotes.empty());
}

TEST_CASE("honorifics and religious titles", "[quotes]")
{
    const auto ledger = run({"Syekh Ahmad Fauzi berkata, \"Bersedekahlah selagi mampu.\"",
                             "Nabi bersabda, \"Tangan di atas lebih baik.\" Rasulullah SAW juga berkata, "
                             "\"Senyum adalah sedekah.\""});
    REQUIRE(ledger.quotes.size() == 3);
    CHECK(speakerOf(ledger.quotes[0]) == "Ahmad Fauzi");
    CHECK(speakerOf(ledger.quotes[2]) == speakerOf(ledger.quotes[1]));
}

TEST_CASE("two single marks in a row stand for a double mark, and marks may be mixed", "[quotes]")
{
    SECTION("doubled single marks")
    {
        const auto ledger =
                run({"\u2018\u2018Kami akan terus berjuang,\u2019\u2019 kata Lestari Moerdijat."});
        REQUIRE(ledger.quotes.size() == 1);
        CHECK(ledger.quotes[0].text == "Kami akan terus berjuang");
    }
    SECTION("a curly opening mark closed by a straight one")
    {
        const auto ledger = run({"\u201CSemua berjalan lancar,\" ujar Hasan Basri."});
        REQUIRE(ledger.quotes.size() == 1);
        CHECK(ledger.quotes[0].text == "Semua berjalan lancar");
        CHECK(speakerOf(ledger.quotes[0]) == "Hasan Basri");
    }
}

TEST_CASE("offsets of a multi-paragraph quotation point into both paragraphs", "[quotes]")
{
    const std::vector<std::string> texts = {"Camat Cilandak Agus Salim berkata, \u201CWarga diminta tenang.",
                                            "\u201CPetugas sudah berjaga di setiap pos,\u201D ujarnya."};
    const auto ledger = run(texts);
    REQUIRE(ledger.quotes.size() == 1);
    const auto &q = ledger.quotes[0];
    CHECK(q.text == "Warga diminta tenang. Petugas sudah berjaga di setiap pos");
    CHECK(q.verb == "ujar");
    CHECK(speakerOf(q) == "Agus Salim");
    CHECK(texts[0].substr(q.begin) == "Warga diminta tenang.");
    CHECK(texts[1].substr(0, q.end) == "\u201CPetugas sudah berjaga di setiap pos");
}

TEST_CASE("reported speech with a speech verb and no marks is not a quote", "[quotes]")
{
    const auto ledger =
            run({"Kepala BMKG Dwikorita Karnawati mengatakan, hujan lebat masih akan turun sepekan."});
    CHECK(ledger.quotes.empty());
    REQUIRE(ledger.reportedSpeech.size() == 1);
    CHECK(ledger.reportedSpeech[0].speaker.value_or("") == "Dwikorita Karnawati");
    CHECK(ledger.reportedSpeech[0].verb == "mengatakan");
}

TEST_CASE("a story told inside a quotation: saya is its narrator", "[quotes]")
{
    const auto ledger =
            run({"Nelayan Darto Sumarno bercerita, \"Waktu itu saya melihat ombak besar datang.\"",
                 "Temannya berteriak, \"Lari!\" Saya menjawab, \"Perahu saya masih di sana.\""});
    REQUIRE(ledger.quotes.size() == 3);
    CHECK(ledger.quotes[2].verb == "menjawab");
    CHECK(speakerOf(ledger.quotes[2]) == "Darto Sumarno");
}

TEST_CASE("a quotation in the headline-like term of a sentence with a verb elsewhere", "[quotes]")
{
    const auto ledger = run({"Budi Gunadi mengatakan program \"Sehat untuk Semua\" dimulai pekan depan."});
    CHECK(ledger.quotes.empty());
}

TEST_CASE("a nickname in brackets names the same person", "[quotes]")
{
    const auto ledger =
            run({"Presiden Joko Widodo (Jokowi) meresmikan jalan tol itu.", "\"Ya, betul,\" kata Jokowi."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(ledger.quotes[0].text == "Ya, betul");
    CHECK(speakerOf(ledger.quotes[0]) == "Joko Widodo");
}

TEST_CASE("ranks between the office and the name are neither", "[quotes]")
{
    const auto ledger = run({"\"Laporan ini segera kami tindak lanjuti,\" kata Kabid Humas Polda Metro Jaya "
                             "Kombes Pol Yusri Yunus kepada wartawan, Senin (12/10/2020)."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Yusri Yunus");
    CHECK(ledger.quotes[0].role.value_or("") == "Kabid Humas Polda Metro Jaya");
}

TEST_CASE("the same surname: the one mentioned last", "[quotes]")
{
    const auto ledger = run({"Ketua KPK Firli Bahuri dan Wakil Ketua KPK Nurul Ghufron hadir dalam rapat.",
                             "\"Kami bekerja sesuai aturan,\" kata Nurul. \"Semua diperiksa,\" kata Firli."});
    REQUIRE(ledger.quotes.size() == 2);
    CHECK(speakerOf(ledger.quotes[0]) == "Nurul Ghufron");
    CHECK(ledger.quotes[0].role.value_or("") == "Wakil Ketua KPK");
    CHECK(speakerOf(ledger.quotes[1]) == "Firli Bahuri");
}

TEST_CASE("after a colon the speech verb may stand further back", "[quotes]")
{
    const auto ledger = run({"Presiden Prabowo Subianto berpidato di Senayan.",
                             "Dalam pidatonya, Presiden menyampaikan pesan penting kepada seluruh rakyat: "
                             "\"Jaga persatuan.\""});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(ledger.quotes[0].verb == "menyampaikan");
    CHECK(speakerOf(ledger.quotes[0]) == "Prabowo Subianto");
}

TEST_CASE("a capitalised verb after a closed quotation starts reported speech", "[quotes]")
{
    CHECK(run({"\"Kami siap bertanding.\" Kata Budi Santoso, semua persiapan sudah selesai."})
                  .quotes.empty());
}

TEST_CASE("a passive speech verb introduces the person a pronoun then means", "[quotes]")
{
    const auto ledger =
            run({"Menteri Pariwisata Sandiaga Uno hadir di acara itu.",
                 "Hal senada disampaikan oleh musisi Ahmad Dhani. \"Musik kita harus maju,\" ujarnya."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Ahmad Dhani");
}

TEST_CASE("a person described by an institution in apposition", "[quotes]")
{
    const auto ledger =
            run({"Pengamat dari Universitas Gadjah Mada (UGM), Arie Sujito, menilai langkah itu tepat. "
                 "\"Ini keputusan yang berani,\" katanya."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Arie Sujito");
}

TEST_CASE("a pronoun prefers the subject over a person in the object", "[quotes]")
{
    const auto ledger =
            run({"Menteri BUMN Erick Thohir hadir di sana. Ia mengaku sudah berkoordinasi dengan Kapolri "
                 "Jenderal Listyo Sigit Prabowo. \"Kami sudah bicara,\" ucapnya."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Erick Thohir");
}

TEST_CASE("a capitalised common noun opening a sentence is not a person", "[quotes]")
{
    const auto ledger =
            run({"Penyanyi Raisa Andriana tampil di panggung utama.",
                 "Sorakan langsung membahana dari penonton. \"Terima kasih semuanya,\" ucap dia."});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(speakerOf(ledger.quotes[0]) == "Raisa Andriana");
}

TEST_CASE("a verb of naming before a short quotation gives a name", "[quotes]")
{
    CHECK(run({"Warga menyebutnya \"kampung mati\" sejak banjir besar itu."}).quotes.empty());
    CHECK(run({"Ia menyebut kelompok itu \"teroris\"."}).quotes.empty());
    const auto ledger = run({"Ia menyebut, \"Semua bantuan sudah kami salurkan ke desa.\""});
    CHECK(ledger.quotes.size() == 1);
}

TEST_CASE("a quotation right after Menurut X is X's, with verb menurut", "[quotes]")
{
    const auto ledger =
            run({"Menurut Kepala Basarnas Marsdya Kusworo, \"Pencarian akan dilanjutkan besok pagi.\""});
    REQUIRE(ledger.quotes.size() == 1);
    CHECK(ledger.quotes[0].verb == "menurut");
    CHECK(speakerOf(ledger.quotes[0]) == "Kusworo");
    CHECK(run({"Menurut Budi Santoso, harga \"sudah wajar\" untuk saat ini."}).quotes.empty());
}
