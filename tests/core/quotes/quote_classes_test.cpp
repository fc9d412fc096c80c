// Sentence patterns by class of error, each case a short news passage
// written for this test (invented names and places, Indonesian news style):
// the expected speaker of every quotation found, in order; "<null>" when the
// article does not say who, and "|low" when the finder must not be sure.

#include "quote_test_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

using warta::SpeakerConfidence;
using warta::test::findQuotesIn;
using warta::test::speakerOf;

struct Passage {
    std::vector<std::string> paragraphs;
    std::vector<std::string> speakers;
};

void checkPassages(const std::vector<Passage> &passages)
{
    for (const Passage &passage : passages) {
        INFO(passage.paragraphs.front());
        const auto ledger = findQuotesIn(passage.paragraphs);
        REQUIRE(ledger.quotes.size() == passage.speakers.size());
        for (std::size_t i = 0; i < passage.speakers.size(); ++i) {
            const std::string &want = passage.speakers[i];
            const std::size_t bar = want.find('|');
            INFO("quotation " << i + 1);
            CHECK(speakerOf(ledger.quotes[i]) == want.substr(0, bar));
            if (bar != std::string::npos)
                CHECK(ledger.quotes[i].speakerConfidence == SpeakerConfidence::Low);
        }
    }
}

} // namespace

TEST_CASE("a bare office or occupation names no one unless the article introduced its holder",
          "[quotes][classes]")
{
    checkPassages({
            {{"Panglima TNI Jenderal Ardika Wirawan meninjau lokasi banjir di Bekasi, Senin.",
              "\"Prajurit siap membantu warga sampai air surut,\" kata panglima."},
             {"Ardika Wirawan"}},
            {{"Harga saham bank turun tajam pada perdagangan kemarin.",
              "\"Investor masih menunggu arah suku bunga,\" kata analis."},
             {"<null>"}},
            {{"Sidang ditunda sampai pekan depan.",
              "\"Klien kami tidak bersalah dan akan kami buktikan,\" ujar pengacara itu."},
             {"<null>"}},
            {{"Juru bicara Kementerian Luar Negeri menolak berkomentar lebih jauh.",
              "\"Kami masih menunggu laporan resmi dari KBRI,\" kata juru bicara Kementerian Luar Negeri."},
             {"Juru bicara Kementerian Luar Negeri|low"}},
            {{"Hakim ketua Agus Salimin menunda sidang itu. Jaksa meminta waktu untuk menghadirkan saksi.",
              "\"Sidang dilanjutkan pekan depan,\" kata hakim."},
             {"Agus Salimin"}},
            {{"\"Ini musibah bagi kita semua,\" kata Gubernur."}, {"Gubernur|low"}},
            {{"Tim kuasa hukum keluarga korban menyebut penyidikan lamban.",
              "\"Sudah tiga bulan tidak ada tersangka,\" ujar anggota tim kuasa hukum."},
             {"<null>"}},
    });
}

TEST_CASE("a role phrase after the quotation means the person introduced with that role", "[quotes][classes]")
{
    checkPassages({
            {{"Analis pasar modal dari Sekuritas Mandala, Rudi Hartawan, menilai indeks melemah.",
              "\"Investor menahan diri sampai akhir bulan,\" kata analis itu."},
             {"Rudi Hartawan"}},
            {{"Pengamat politik Universitas Nusantara, Dedi Kusnadi, menilai koalisi itu rapuh.",
              "\"Koalisi ini bisa pecah sebelum pemilu,\" kata pengamat politik itu."},
             {"Dedi Kusnadi"}},
            {{"Politikus Partai Demokrasi Rakyat Hasan Basri mengkritik kebijakan itu.",
              "\"Rakyat kecil yang menanggung akibatnya,\" ujar politikus Partai Demokrasi Rakyat itu."},
             {"Hasan Basri"}},
            {{"Mantan pemain Persikota, Darto Wijaya, kini melatih tim junior.",
              "\"Saya ingin anak-anak muda di sini berkembang,\" tutur mantan pemain Persikota itu."},
             {"Darto Wijaya"}},
            {{"Komedian Wawan Setiawan tampil di acara amal itu.",
              "\"Saya senang bisa menghibur anak-anak,\" kata komedian itu."},
             {"Wawan Setiawan"}},
            {{"Penyanyi dangdut Rina Melati akhirnya angkat bicara soal kabar perceraiannya.",
              "\"Kami sudah tidak bersama sejak tahun lalu,\" kata pelantun lagu itu."},
             {"Rina Melati|low"}},
            {{"Terdakwa didampingi pengacara senior Horas Sitompul dalam sidang itu.",
              "\"Apakah saksi melihat sendiri kejadian itu?\" tanya seorang pengacara perempuan kepada "
              "saksi.",
              "\"Saya melihatnya dari jauh,\" jawab saksi bernama Dodi Hermawan.",
              "\"Keberatan, saksi tidak melihat langsung kejadian itu,\" ucap pengacara itu."},
             {"<null>", "Dodi Hermawan", "<null>"}},
    });
}

TEST_CASE("pronouns (-nya, ia, dia) go to the current speaker or the subject, not to the last name mentioned",
          "[quotes][classes]")
{
    checkPassages({
            {{"Pengamat politik Universitas Nusantara, Dedi Kusnadi, menilai koalisi itu rapuh.",
              "\"Koalisi ini bisa pecah sebelum pemilu,\" kata Dedi.",
              "Ia menambahkan partai kecil akan menentukan arah koalisi.",
              "\"Mereka punya suara penentu di parlemen,\" tuturnya."},
             {"Dedi Kusnadi", "Dedi Kusnadi"}},
            {{"Polisi menangkap Andi Pratama, tersangka pencurian sepeda motor.",
              "\"Pelaku kami tangkap di rumahnya,\" kata Kapolsek Cibinong Kompol Heru Susilo.",
              "Andi Pratama diketahui sudah tiga kali mencuri di kawasan itu.",
              "\"Ia mengaku butuh uang untuk membayar utang,\" ujarnya."},
             {"Heru Susilo", "Heru Susilo"}},
            {{"Kapolres Bogor AKBP Dedi Kusnadiwan mengatakan pelaku sudah ditangkap.",
              "Pelaku bernama Joni Iskandar ditangkap di rumahnya di Cibinong.",
              "\"Pelaku mengaku menyesal atas perbuatannya,\" ujarnya."},
             {"Dedi Kusnadiwan|low"}},
            {{"Menteri Sosial Tri Handayani mengunjungi korban gempa di Cianjur.",
              "Ia didampingi Bupati Cianjur Herman Sudrajat.",
              "\"Bantuan akan terus kami salurkan,\" katanya."},
             {"Tri Handayani"}},
            {{"Kuasa hukum terdakwa, Martua Simanjuntak, menyebut dakwaan jaksa lemah.",
              "\"Tidak ada satu pun saksi yang melihat klien kami di lokasi,\" kata Martua.",
              "Jaksa penuntut umum Rina Kartika menolak tudingan itu.", "\"Bukti kami lengkap,\" ujar Rina.",
              "Martua menilai jaksa mengabaikan fakta persidangan.",
              "\"Kami akan mengajukan pembelaan,\" katanya."},
             {"Martua Simanjuntak", "Rina Kartika", "Martua Simanjuntak"}},
            {{"Ketua Umum Partai Bintang Timur, Rahmat Hidayat, menanggapi hasil survei. Menurut Rahmat, "
              "survei itu belum final.",
              "\"Masih ada waktu enam bulan,\" ujarnya."},
             {"Rahmat Hidayat"}},
            {{"Menteri Pertanian Suryo Atmojo meninjau sawah di Karawang bersama petani setempat.",
              "\"Panen tahun ini naik sepuluh persen,\" kata Suryo.",
              "Seorang petani, Karta, mengaku harga gabah turun.",
              "\"Kami rugi kalau harga begini,\" ujarnya."},
             {"Suryo Atmojo", "Karta"}},
            {{"\"Kita harus menjaga persatuan,\" kata Presiden Bambang Wirayuda dalam pidatonya.",
              "Pidato itu disambut tepuk tangan. Ketua MPR Andi Saleh duduk di barisan depan.",
              "\"Bangsa ini besar karena gotong royong,\" lanjut Bambang."},
             {"Bambang Wirayuda", "Bambang Wirayuda"}},
            {{"\"Kita harus menjaga persatuan,\" kata Presiden Bambang Wirayuda dalam pidatonya.",
              "Pidato itu disambut tepuk tangan. Ketua MPR Andi Saleh duduk di barisan depan.",
              "\"Bangsa ini besar karena gotong royong,\" lanjutnya."},
             {"Bambang Wirayuda", "Bambang Wirayuda"}},
            {{"Dalam konferensi pers, Kapolres Metro Bekasi Kombes Hendra Gunawan menjelaskan kronologi "
              "kejadian.",
              "\"Korban ditemukan warga sekitar pukul 06.00 WIB,\" ujarnya.",
              "Menurutnya, korban mengalami luka di kepala.",
              "\"Kami masih menunggu hasil autopsi,\" tambahnya."},
             {"Hendra Gunawan", "Hendra Gunawan"}},
            {{"Ketua Umum PSSI Erwin Tahir menanggapi kekalahan timnas. Ia menilai pemain kelelahan.",
              "\"Jadwal liga terlalu padat,\" ujarnya."},
             {"Erwin Tahir"}},
            {{"\"Kami tidak pernah menerima uang itu,\" kata Bendahara Partai Cahaya Bangsa, Rudi Wijaya.",
              "Sebelumnya, KPK menetapkan Ketua Umum Partai Cahaya Bangsa, Hamzah Lubis, sebagai tersangka.",
              "\"Partai kami bersih,\" tegasnya."},
             {"Rudi Wijaya", "Rudi Wijaya"}},
            {{"Kapten timnas, Evan Saputra, mengaku puas dengan permainan rekan-rekannya.",
              "\"Kami bermain sebagai tim,\" kata Evan.",
              "Gol kemenangan dicetak Dimas Purnomo pada menit ke-80.",
              "\"Dimas bermain luar biasa malam ini,\" ujarnya."},
             {"Evan Saputra", "Evan Saputra"}},
    });
}

TEST_CASE("organisations, places and line-ups are not people", "[quotes][classes]")
{
    checkPassages({
            {{"Pelatih Persikota Joko Santoso mengaku puas dengan hasil laga itu.",
              "\"Anak-anak bermain bagus sepanjang laga,\" kata Joko."},
             {"Joko Santoso"}},
            {{"Persikota menang 2-0 atas Persija di Stadion Benteng.",
              "\"Kami akan terus bekerja keras untuk suporter,\" tulis Persikota dalam akun resminya."},
             {"<null>"}},
            {{"Laga itu dipimpin wasit Andi Saputra.",
              "Susunan pemain Persikota: Budi Harsono, Candra Wijaya, Dodi Kusuma, Eko Prasetyo.",
              "\"Kami bermain disiplin dan sabar menunggu peluang,\" ujarnya."},
             {"<null>|low"}},
            {{"\"Kami bermain disiplin,\" kata pelatih Persikota, Hendra Gunawan.",
              "Susunan pemain Persikota: Budi Harsono, Candra Wijaya, Dodi Kusuma, Eko Prasetyo.",
              "\"Semua pemain menjalankan instruksi dengan baik,\" ujarnya."},
             {"Hendra Gunawan", "Hendra Gunawan"}},
            {{"Warga Kampung Melayu mengeluhkan banjir yang datang tiap tahun.",
              "\"Di sini air bisa setinggi dada,\" kata warga Kampung Melayu."},
             {"<null>"}},
            {{"Pemain Persikota, Rizky Ananda, cedera dalam laga itu.",
              "\"Saya harus istirahat dua minggu,\" katanya."},
             {"Rizky Ananda"}},
            {{"Direktur PT Bumi Sentosa Abadi Yohanes Purba membantah tudingan itu.",
              "\"Kami taat aturan,\" kata Yohanes."},
             {"Yohanes Purba"}},
    });
}

TEST_CASE("a first name, a surname or a short form standing alone means the person introduced",
          "[quotes][classes]")
{
    checkPassages({
            {{"Gelandang Arema FC, Jose Manuel Rivaldo, mencetak gol kemenangan.",
              "\"Saya senang bisa membantu tim,\" kata Jose."},
             {"Jose Manuel Rivaldo"}},
            {{"Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Yusran Hartanto membenarkan penangkapan "
              "itu.",
              "\"Pelaku sudah kami amankan,\" kata Yusran."},
             {"Yusran Hartanto"}},
            {{"Ketua DPRD Kota Bekasi, Chaerul Joko Purwanto, menolak usulan itu.",
              "\"Anggaran kita tidak cukup untuk proyek itu,\" ujar Chaerul."},
             {"Chaerul Joko Purwanto"}},
            {{"\"Saya tidak tahu soal itu,\" kata Joko."}, {"Joko"}},
            {{"Sekjen Organisasi Samudra Pasifik Antonio Ferreira menyerukan gencatan senjata di Gaza.",
              "\"Korban sipil sudah terlalu banyak,\" kata Ferreira."},
             {"Antonio Ferreira"}},
            {{"Pelatih tim nasional, Han Seo-jun, memanggil 28 pemain.",
              "\"Semua pemain harus siap fisik,\" ujar Han."},
             {"Han Seo-jun"}},
            {{"Menurut Kepala Seksi Humas Polres Depok, Iptu Made Wira, pelaku sudah diincar sejak lama.",
              "\"Kami menangkap pelaku di rumah kosnya,\" ujar Made."},
             {"Made Wira"}},
            {{"Budi Harsono, warga RT 03, mengaku mendengar ledakan keras.",
              "\"Suaranya seperti bom,\" kata Budi."},
             {"Budi Harsono"}},
            {{"\"Kami tidak pernah menerima uang itu,\" kata Bendahara Partai Cahaya Bangsa, Rudi Wijaya.",
              "Sebelumnya, KPK menetapkan Ketua Umum Partai Cahaya Bangsa, Hamzah Lubis, sebagai tersangka.",
              "\"Partai kami bersih,\" tegas Rudi."},
             {"Rudi Wijaya", "Rudi Wijaya"}},
            {{"Wakil Gubernur Jawa Timur Emir Darmawan meninjau lokasi banjir. \"Kami kirim perahu karet,\" "
              "kata Emir."},
             {"Emir Darmawan"}},
    });
}

TEST_CASE("ranks, degrees, bodies and descriptions around a name are not part of it", "[quotes][classes]")
{
    checkPassages({
            {{"\"Pelaku sudah kami amankan di rumahnya,\" kata Kepala Bidang Humas Polda Metro Jaya Kombes "
              "Pol Yusran Hartanto."},
             {"Yusran Hartanto"}},
            {{"Rektor Universitas Sriwijaya Prof Dr Ahmad Fauzi, M.Si, membuka acara itu.",
              "\"Kampus harus dekat dengan masyarakat,\" kata Fauzi."},
             {"Ahmad Fauzi"}},
            {{"\"Harga cabai naik dua kali lipat,\" kata pedagang Pasar Minggu, Siti Rohmah.",
              "Kenaikan itu juga dirasakan Bambang Sutejo, pedagang di pasar yang sama.",
              "\"Pembeli jadi berkurang,\" ujarnya."},
             {"Siti Rohmah", "Bambang Sutejo|low"}},
            {{"Kejaksaan Negeri Bandung menahan mantan kepala dinas itu.",
              "\"Tersangka kami tahan selama 20 hari,\" kata Kepala Seksi Intelijen Kejari Bandung, Wawan "
              "Hermawan."},
             {"Wawan Hermawan"}},
            {{"Kepala Dinas Kesehatan Kabupaten Bantul, drg Siti Maryam, menjelaskan kasus demam berdarah "
              "meningkat.",
              "\"Warga harus menguras bak mandi seminggu sekali,\" kata Siti."},
             {"Siti Maryam"}},
            {{"Kepala Pelaksana BPBD Kabupaten Garut, Satria Budi, mengatakan longsor menimbun tiga rumah.",
              "\"Tidak ada korban jiwa,\" kata Satria."},
             {"Satria Budi"}},
            {{"\"Saya belum menerima surat itu,\" kata Wakil Ketua DPR Fadel Mahendra kepada wartawan di "
              "Gedung DPR, Jakarta."},
             {"Fadel Mahendra"}},
            {{"Sementara itu, Direktur Eksekutif Lembaga Survei Nusantara, Arif Rahman, menyebut "
              "elektabilitas petahana turun.",
              "\"Pemilih muda mulai beralih,\" kata Arif."},
             {"Arif Rahman"}},
            {{"Juru bicara Kepolisian Daerah Jawa Barat, Komisaris Besar Ibrahim Tanjung, membenarkan "
              "kejadian "
              "itu.",
              "\"Pelaku masih dikejar,\" ujarnya."},
             {"Ibrahim Tanjung"}},
            {{"\"Kami ingin damai,\" kata perwakilan warga, Joko Susilo."}, {"Joko Susilo"}},
            {{"\"Tolong bantu kami,\" kata seorang ibu bernama Sumarni sambil menangis."}, {"Sumarni"}},
    });
}

TEST_CASE("quotations after an attribution ending in a colon, and after Dan, are found", "[quotes][classes]")
{
    checkPassages({
            {{"Kapolda Riau Irjen Agung Setiawan menegaskan:",
              "\"Tidak ada toleransi bagi pelaku pembakaran hutan.\""},
             {"Agung Setiawan"}},
            {{"Dalam sambutannya, Bupati Sleman Sri Lestari berpesan kepada para siswa:",
              "\"Belajarlah dengan sungguh-sungguh dan hormati guru kalian.\""},
             {"Sri Lestari"}},
            {{"Berikut pernyataan lengkap Menteri Keuangan Sri Wahyuni:",
              "\"Inflasi bulan ini masih terkendali dan sesuai target pemerintah.\""},
             {"Sri Wahyuni"}},
            {{"Kepala BMKG Dwi Rahayu memberikan peringatan kepada nelayan. Ia mengatakan:",
              "\"Gelombang tinggi diperkirakan terjadi sampai akhir pekan.\""},
             {"Dwi Rahayu"}},
            {{"\"Kami siap menghadapi pemilu,\" kata Ketua KPU Daerah, Anton Wibisono.",
              "Dan \"kami tidak akan membiarkan kecurangan sekecil apa pun.\""},
             {"Anton Wibisono", "Anton Wibisono"}},
            {{"\"Kami siap menghadapi pemilu,\" kata Ketua KPU Daerah, Anton Wibisono.",
              "\"Dan kami tidak akan membiarkan kecurangan sekecil apa pun.\""},
             {"Anton Wibisono", "Anton Wibisono"}},
            {{"Direktur Utama PT Sinar Jaya, Hendro Wicaksono, menjelaskan rencana perusahaan.",
              "\"Tahun depan kami membuka dua pabrik baru,\" kata Hendro.",
              "\"Dan semuanya ada di luar Jawa.\""},
             {"Hendro Wicaksono", "Hendro Wicaksono"}},
    });
}

TEST_CASE(
        "a nickname blended from two name words, or a short form after an acronym, is the person introduced",
        "[quotes][classes]")
{
    checkPassages({
            {{"Presiden Suryo Widarto meresmikan bendungan di Kabupaten Bogor.",
              "\"Air untuk petani harus cukup,\" kata Suwid."},
             {"Suryo Widarto"}},
            {{"Ketua tim pemenangan, Hendra Sukmana, optimistis menang di putaran kedua.",
              "\"Kami sudah keliling semua desa,\" ujar Hensuk."},
             {"Hendra Sukmana"}},
            {{"Ketua Forum Mahasiswa Nusantara (FMN) Ramdansyah Putra menggelar aksi di depan gedung DPRD.",
              "\"Kami menuntut transparansi anggaran,\" kata Ramdan."},
             {"Ramdansyah Putra"}},
    });
}

TEST_CASE("an adverb between the verb and the speaker, and ranks and party bodies before a name",
          "[quotes][classes]")
{
    checkPassages({
            {{"Warga menanyakan kapan bantuan datang kepada Camat Sukajaya, Darmawan.",
              "\"Besok pagi,\" jawab singkat Darmawan."},
             {"Darmawan"}},
            {{"\"Kami akan datang lagi,\" kata Budi Santoso sambil tersenyum.",
              "\"Semua aman,\" ujar Budi lagi."},
             {"Budi Santoso", "Budi Santoso"}},
            {{"Ketua Umum DPP Partai Nusantara Jaya Ahmad Sobari membuka rapat kerja.",
              "\"Target kita dua puluh kursi,\" kata Sobari."},
             {"Ahmad Sobari"}},
            {{"Eks Kapolri Jenderal (Purn) Sutanto Wiryo hadir dalam acara itu.",
              "\"Polisi harus dekat dengan rakyat,\" kata Sutanto."},
             {"Sutanto Wiryo"}},
    });
}

TEST_CASE("a pronoun after the story's subject is mentioned goes on with the speaker", "[quotes][classes]")
{
    checkPassages({
            {{"Polisi masih memburu Rudi Kurniawan, pelaku pembunuhan di Cibinong.",
              "\"Kami sudah menyebar foto pelaku,\" kata Kapolsek Cibinong AKP Dani Hidayat.",
              "Rudi diduga kabur ke luar kota.", "\"Kami minta warga segera melapor,\" ujarnya."},
             {"Dani Hidayat", "Dani Hidayat"}},
            {{"\"Saya tidak pernah bertemu dia,\" kata Menteri Perdagangan Engkus Lukita.",
              "Engkus dituding menerima suap dari pengusaha Tommy Halim.",
              "\"Tuduhan itu fitnah,\" katanya."},
             {"Engkus Lukita", "Engkus Lukita"}},
            {{"Pemain muda Timnas U-23, Marlino Ferdiansyah, tampil gemilang.",
              "\"Saya hanya menjalankan instruksi pelatih,\" kata Marlino.",
              "Pelatih Indra Sutanto memuji penampilan pemainnya.",
              "\"Dia punya masa depan cerah,\" ujarnya."},
             {"Marlino Ferdiansyah", "Indra Sutanto"}},
            {{"Kepala Dinas Pendidikan DKI Jakarta, Nadia Sari, menjelaskan aturan baru itu.",
              "\"Sekolah wajib menyediakan air bersih,\" katanya.",
              "Aturan itu diprotes sejumlah kepala sekolah.",
              "\"Kami sudah sosialisasi sejak Januari,\" tutur Nadia."},
             {"Nadia Sari", "Nadia Sari"}},
            {{"Dia menyebut pihaknya sudah bekerja keras.",
              "\"Kami sudah bekerja siang dan malam,\" ujarnya."},
             {"<null>|low"}},
            {{"Pengusaha muda asal Medan, Tigor Siregar, membuka usaha kopi di Jakarta.",
              "Ia mengaku awalnya ragu.", "\"Saya takut gagal,\" kata Tigor.",
              "\"Tapi ternyata pembeli banyak,\" ujarnya."},
             {"Tigor Siregar", "Tigor Siregar"}},
            {{"\"Kami siap,\" kata dia."}, {"<null>|low"}},
            {{"Ketua KPU Kota Depok, Nana Sumarna, memastikan logistik pemilu aman.",
              "Ia mengatakan:", "\"Semua kotak suara sudah sampai di kecamatan.\""},
             {"Nana Sumarna"}},
            {{"Ribuan buruh berunjuk rasa di depan Istana. Koordinator aksi, Sahid Ikhwan, berorasi di atas "
              "mobil komando.",
              "\"Kami menolak upah murah!\" teriak Sahid.", "Massa kemudian bergerak ke Gedung DPR.",
              "\"Perjuangan belum selesai,\" lanjutnya."},
             {"Sahid Ikhwan", "Sahid Ikhwan"}},
    });
}

TEST_CASE("a ministry named by its fields keeps the name after them", "[quotes][classes]")
{
    checkPassages({
            {{"Hal itu disampaikan Menteri Pemuda, Olahraga, dan Pariwisata Dimas Aryo di Jakarta.",
              "\"Atlet kita siap bertanding,\" ujar Dimas."},
             {"Dimas Aryo"}},
            {{"Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Hendra Wiratama menggelar rapat "
              "terbatas.",
              "\"Situasi aman terkendali,\" kata Hendra."},
             {"Hendra Wiratama"}},
    });
}

TEST_CASE("a partial quotation ending a sentence of reported speech is the subject's", "[quotes][classes]")
{
    checkPassages({
            {{"\"Kami tidak akan mundur,\" kata Menteri Luar Negeri Ratna Kusuma.",
              "Ia juga membantah bahwa Indonesia berpihak, namun menegaskan bahwa pemerintah menolak "
              "\"segala bentuk kekerasan terhadap warga sipil.\""},
             {"Ratna Kusuma", "Ratna Kusuma"}},
            {{"Gubernur Jawa Tengah Gandi Prasetyo menyatakan bahwa vaksinasi harus dipercepat untuk "
              "\"melindungi kelompok rentan.\""},
             {"Gandi Prasetyo"}},
            {{"Ia juga membantah bahwa Indonesia berpihak, namun menegaskan bahwa pemerintah menolak "
              "\"segala bentuk kekerasan terhadap warga sipil.\""},
             {"<null>"}},
            {{"Ia menegaskan bahwa pemerintah menolak \"segala bentuk kekerasan terhadap warga sipil.\""},
             {"<null>"}},
            {{"Retno menegaskan bahwa pemerintah menolak \"segala bentuk kekerasan terhadap warga sipil.\""},
             {"Retno"}},
    });
}

TEST_CASE("a body named with its acronym in brackets, then the person: the short form is that person",
          "[quotes][classes]")
{
    checkPassages({
            {{"Direktur Eksekutif Indonesia Political Review (IPR) Ujang Kosasih menilai koalisi rapuh.",
              "\"Koalisi bisa pecah kapan saja,\" kata Ujang."},
             {"Ujang Kosasih"}},
            {{"Psikolog politik dari Universitas Nusantara (UNUS) Ramli Siregar menilai istilah itu kasar.",
              "\"Itu bahasa yang merendahkan,\" kata Ramli."},
             {"Ramli Siregar"}},
            {{"Pengamat dari Lembaga Ilmu Pengetahuan Indonesia (LIPI), Siti Zulaikha, menyebut pemilu "
              "mahal.",
              "\"Biaya politik terlalu tinggi,\" ujar Siti."},
             {"Siti Zulaikha"}},
            {{"Ketua Umum Persatuan Guru Republik Indonesia (PGRI) Nafisah Rosyidah meminta guru honorer "
              "diangkat.",
              "\"Mereka sudah mengabdi puluhan tahun,\" kata Nafisah."},
             {"Nafisah Rosyidah"}},
            {{"Peneliti Indonesia Corruption Watch (ICW) Kurnia Ramdani mengkritik putusan itu.",
              "\"Vonisnya terlalu ringan,\" ujar Kurnia."},
             {"Kurnia Ramdani"}},
            {{"Menurut Direktur Lembaga Bantuan Hukum (LBH) Jakarta Arif Munandar, penangkapan itu "
              "sewenang-wenang.",
              "\"Polisi harus membebaskan mereka,\" kata Arif."},
             {"Arif Munandar"}},
            {{"Ketua Badan Pengawas Pemilu (Bawaslu) RI Abdan Misbahul mengingatkan peserta pemilu.",
              "\"Jangan ada politik uang,\" kata Abdan."},
             {"Abdan Misbahul"}},
            {{"Sekretaris Jenderal Partai Keadilan Rakyat (PKR) Hadi Wijaya membantah kabar itu.",
              "\"Tidak ada perpecahan,\" tegas Hadi."},
             {"Hadi Wijaya"}},
            {{"\"Kami akan melapor ke polisi,\" kata Ketua Ikatan Dokter Indonesia (IDI) cabang Bogor, Beni "
              "Satria."},
             {"Beni Satria"}},
    });
}

TEST_CASE("a blended nickname, and a name word that is also a place or a body word", "[quotes][classes]")
{
    checkPassages({
            {{"Presiden Suryo Widarto sebelumnya menyebut sejumlah pihak sebagai Pengecut.",
              "\"Hati-hati, banyak politikus pengecut,\" kata Suwid."},
             {"Suryo Widarto"}},
            {{"Dalam pidatonya, Suwid menyinggung soal politik hantu.",
              "\"Jangan menakut-nakuti rakyat,\" kata Suwid."},
             {"Suwid"}},
            {{"Dosen Ilmu Politik Universitas Mulawarman, Mulawarman Adi, menilai hal itu wajar.",
              "\"Itu bagian dari demokrasi,\" kata Mulawarman."},
             {"Mulawarman Adi"}},
    });
}

TEST_CASE("short news passages of several kinds: sport, courts, disasters, entertainment, health",
          "[quotes][classes]")
{
    checkPassages({
            {{"Artis peran Laras Ayuningtyas menghadiri pemutaran film terbarunya di Jakarta, Sabtu malam.",
              "\"Saya deg-degan sekali,\" kata Laras saat ditemui wartawan.",
              "Perempuan yang akrab disapa Yuni itu mengaku butuh tiga bulan untuk mendalami peran.",
              "\"Karakternya jauh dari saya,\" ujar Yuni."},
             {"Laras Ayuningtyas", "Laras Ayuningtyas"}},
            {{"\"Kami kecewa dengan keputusan wasit,\" kata manajer Persikota, Rahmad Hidayat, usai laga.",
              "Ia menilai gol kedua lawan berbau offside.",
              "\"Itu jelas offside. Semua orang melihatnya,\" tambahnya.",
              "Sementara itu, pelatih tim tamu, Gusti Ranto, membantah tudingan tersebut.",
              "\"Wasit sudah bekerja dengan baik,\" katanya."},
             {"Rahmad Hidayat", "Rahmad Hidayat", "Gusti Ranto"}},
            {{"Banjir merendam ratusan rumah di Desa Sukamaju, Kecamatan Cikarang.",
              "\"Air mulai naik sejak pukul dua dini hari,\" kata Kepala Desa Sukamaju, Ujang Sopandi.",
              "Menurut dia, warga sudah mengungsi ke balai desa.",
              "\"Kami butuh selimut dan makanan siap saji,\" katanya."},
             {"Ujang Sopandi", "Ujang Sopandi"}},
            {{"Terdakwa kasus korupsi dana hibah, Bambang Irawan, divonis lima tahun penjara.",
              "\"Menyatakan terdakwa terbukti bersalah,\" kata ketua majelis hakim Suhartono saat membacakan "
              "putusan.",
              "Bambang langsung menyatakan banding.",
              "\"Saya tidak terima. Saya akan banding,\" ujar Bambang usai sidang."},
             {"Suhartono", "Bambang Irawan"}},
            {{"Ketua Dewan Pimpinan Daerah Partai Nusantara Jawa Barat, Hendi Kurniawan, optimistis "
              "partainya menang.",
              "\"Kami menargetkan sepuluh kursi,\" kata Hendi kepada wartawan, Rabu (12/3/2025).",
              "\"Kader di daerah sudah bergerak,\" imbuhnya."},
             {"Hendi Kurniawan", "Hendi Kurniawan"}},
            {{"Seorang saksi mata, Rosidah (45), melihat api pertama kali muncul dari dapur.",
              "\"Apinya cepat sekali membesar,\" kata Rosidah.",
              "Petugas pemadam kebakaran tiba setengah jam kemudian.",
              "\"Kami kesulitan masuk karena gangnya sempit,\" ujar Kepala Pos Pemadam Kebakaran Cibubur, "
              "Deni Ardiansyah."},
             {"Rosidah", "Deni Ardiansyah"}},
            {{"Menteri Kesehatan Budi Santika meminta masyarakat tetap waspada.",
              "\"Virus ini masih ada di sekitar kita,\" ujarnya di Kantor Kementerian Kesehatan, Jakarta.",
              "Budi mengingatkan pentingnya vaksinasi penguat.",
              "\"Vaksin booster itu penting, terutama untuk lansia,\" kata dia."},
             {"Budi Santika", "Budi Santika"}},
            {{"Pengacara Taufik Harahap mendampingi kliennya, artis berinisial RA, di Polda Metro Jaya.",
              "\"Klien saya kooperatif,\" ujar Taufik.", "Menurutnya, RA tidak pernah menggunakan narkoba.",
              "\"Hasil tesnya negatif,\" tutur Taufik."},
             {"Taufik Harahap", "Taufik Harahap"}},
            {{"Kapolres Metro Jakarta Selatan, Kombes Ade Arya Samudra, mengatakan pelaku sudah ditangkap.",
              "\"Pelaku berinisial AS ditangkap di rumahnya,\" kata Ade.",
              "AS diketahui berprofesi sebagai sopir ojek daring.",
              "\"Motifnya karena sakit hati,\" ujar Ade."},
             {"Ade Arya Samudra", "Ade Arya Samudra"}},
            {{"Ketua RT 05, Sukarman, membenarkan kejadian itu.",
              "\"Saya yang pertama kali lapor ke polisi,\" ucapnya."},
             {"Sukarman"}},
            {{"\"Harga bawang naik terus,\" keluh Minah, pedagang di Pasar Kramat Jati.",
              "Minah mengaku omzetnya turun separuh.", "\"Pembeli sekarang beli sedikit-sedikit,\" katanya."},
             {"Minah", "Minah"}},
            {{"Gubernur Sulawesi Selatan Andi Sumantri menegaskan proyek itu tetap jalan.",
              "Dalam keterangannya, ia mengatakan:",
              "\"Kami tidak akan menghentikan pembangunan bendungan.\""},
             {"Andi Sumantri"}},
            {{"Warganet ramai mengomentari unggahan itu. \"Kok bisa begitu ya,\" tulis seorang warganet.",
              "\"Semoga cepat diusut,\" tulis akun lainnya."},
             {"<null>", "<null>"}},
            {{"Pemain tunggal putra Indonesia, Antoni Gintara, melaju ke final.",
              "\"Saya bersyukur bisa menang,\" kata Antoni seusai laga.",
              "Di final, ia akan menghadapi wakil Denmark, Viktor Lassen.",
              "\"Saya harus siap fisik dan mental,\" ucap pemain asal Cimahi itu."},
             {"Antoni Gintara", "Antoni Gintara"}},
    });
}

TEST_CASE("an adverb after the verb, a relative described, an institution as speaker", "[quotes][classes]")
{
    checkPassages({
            {{"Wali Kota Bambang Sutrisno datang bersama putra sulungnya, Dimas Sutrisno.",
              "\"Belum tahu,\" jawab singkat putra sulung wali kota itu."},
             {"<null>|low"}},
            {{"\"Belum tahu,\" jawab Budi singkat."}, {"Budi|low"}},
            {{"\"Kami siap,\" kata Pemprov Sumsel."}, {"<null>"}},
            {{"Presiden Hartawan Sugondo menghadiri pelantikan itu bersama keluarganya.",
              "\"Belum ada rencana,\" jawab singkat putra sulung Presiden Hartawan itu."},
             {"<null>|low"}},
            {{"Menteri Sosial Tri Handayani membagikan bantuan di Cianjur.",
              "\"Semoga bermanfaat,\" kata istri Bupati Cianjur."},
             {"<null>|low"}},
    });
}

TEST_CASE("dialogues, titles written in full, descriptions with a few words before itu", "[quotes][classes]")
{
    checkPassages({
            {{"Kepala Badan Meteorologi daerah, Siswanto Adi, menyampaikan peringatan sebagai berikut:",
              "\"Masyarakat diminta menjauhi lereng yang rawan longsor.\""},
             {"Siswanto Adi"}},
            {{"\"Kami belum menerima laporan resmi,\" kata Kasi Humas Polres Bantul, Iptu Bayu Aji, Senin "
              "(3/2/2025).",
              "Bayu menambahkan, polisi masih memeriksa lokasi.",
              "\"Nanti kami sampaikan hasilnya,\" ucapnya."},
             {"Bayu Aji", "Bayu Aji"}},
            {{"Tokoh masyarakat setempat, Haji Mukhlis, meminta warga tenang.",
              "\"Jangan terpancing isu,\" katanya."},
             {"Mukhlis"}},
            {{"Ketua Komisi IV DPR, Sudin Harahap, mempertanyakan data impor beras.",
              "\"Datanya dari mana? Kok beda-beda?\" tanya Sudin.",
              "Menteri Perdagangan, Zulfikar Hasibuan, menjawab data itu dari Badan Pusat Statistik.",
              "\"Kami pakai data resmi,\" jawab Zulfikar.",
              "\"Tapi di lapangan harganya naik,\" timpal Sudin."},
             {"Sudin Harahap", "Zulfikar Hasibuan", "Sudin Harahap"}},
            {{"\"Ini kemenangan seluruh rakyat,\" kata calon bupati terpilih, Rusdi Masse.",
              "Rusdi didampingi wakilnya, Andi Baso.", "\"Kami akan bekerja untuk semua,\" tambah Rusdi."},
             {"Rusdi Masse", "Rusdi Masse"}},
            {{"Juara dunia bulu tangkis asal Denmark itu mengaku kecewa.",
              "\"Saya tidak bermain baik hari ini,\" katanya."},
             {"<null>|low"}},
            {{"Bupati Sleman Kustini Purnomo mengaku prihatin.",
              "\"Kami akan membantu keluarga korban,\" katanya, Selasa (4/3/2025).",
              "Di tempat yang sama, Kapolres Sleman AKBP Yuswanto Ardi mengatakan pelaku masih diburu.",
              "\"Identitas pelaku sudah kami kantongi,\" ujarnya."},
             {"Kustini Purnomo", "Yuswanto Ardi"}},
            {{"Menurut Ketua Yayasan Peduli Anak, Ratna Dewi, jumlah anak putus sekolah meningkat.",
              "\"Kebanyakan karena harus bekerja membantu orang tua,\" jelas Ratna.",
              "Ratna berharap pemerintah turun tangan.", "\"Beasiswa saja tidak cukup,\" imbuh dia."},
             {"Ratna Dewi", "Ratna Dewi"}},
            {{"Ayah korban, Sutrisno, tak kuasa menahan tangis.", "\"Anak saya anak baik,\" ucapnya lirih."},
             {"Sutrisno"}},
            {{"\"Kami siap bertanding,\" kata striker Persikota, Ilham Jaya.",
              "Ilham sudah mencetak lima gol musim ini.",
              "\"Target saya sepuluh gol,\" ujar pemain berusia 22 tahun itu."},
             {"Ilham Jaya", "Ilham Jaya|low"}},
    });
}

TEST_CASE("Demikian dikatakan X, a -nya noun in apposition to the name, capitalised offices",
          "[quotes][classes]")
{
    checkPassages({
            {{"\"Kami sudah bekerja maksimal.\" Demikian dikatakan Kepala Dinas Sosial Kota Malang, Wahyu "
              "Hidayat."},
             {"Wahyu Hidayat"}},
            {{"Polisi menangkap dua pemuda yang membawa senjata tajam di Jalan Sudirman.",
              "\"Keduanya kami amankan sebelum tawuran terjadi,\" katanya."},
             {"<null>|low"}},
            {{"Ratusan warga menghadiri pemakaman Siti Aisyah, korban tabrak lari, di Bekasi.",
              "\"Dia orang baik,\" kata tetangganya, Mulyadi.", "Mulyadi mengaku masih tak percaya.",
              "\"Pagi itu dia masih menyapa saya,\" tuturnya."},
             {"Mulyadi", "Mulyadi"}},
            {{"\"Jalan tol ini akan memangkas waktu tempuh,\" kata Direktur Utama PT Jasa Tol Nusantara, "
              "Bambang Haryadi.",
              "Menurut Bambang, tarifnya akan diumumkan pekan depan."},
             {"Bambang Haryadi"}},
            {{"Analis Senior Bank Nusantara, Yudha Pratama, memperkirakan rupiah melemah.",
              "\"Tekanan global masih besar,\" ujar Yudha.",
              "\"Rupiah bisa tembus 16.500,\" kata Analis tersebut."},
             {"Yudha Pratama", "Yudha Pratama"}},
            {{"Pangdam Jaya Mayjen Rudi Saladin meninjau lokasi kebakaran.",
              "\"Prajurit akan membantu pemadaman,\" kata Pangdam."},
             {"Rudi Saladin"}},
            {{"Komandan regu pemadam, Agus, mengatakan api sulit dipadamkan karena angin.",
              "\"Angin dari arah timur kencang sekali,\" kata komandan regu itu."},
             {"Agus"}},
            {{"Presiden Partai Buruh, Iqbal Ramadhan, berorasi di depan massa.",
              "\"Naikkan upah!\" seru Iqbal.", "\"Hidup buruh!\" balas massa."},
             {"Iqbal Ramadhan"}},
    });
}

TEST_CASE(
        "long titles before a name: party boards, ranks, abbreviated degrees; a new voice presented by role",
        "[quotes][classes]")
{
    checkPassages({
            {{"\"Kami terbuka untuk koalisi,\" kata Wakil Ketua Umum Partai Gerakan Rakyat Habiburrahim."},
             {"Habiburrahim"}},
            {{"\"Pemerintah harus hadir,\" ujar Anggota Komisi VIII DPR RI dari Fraksi Partai Bintang, Siti "
              "Nurjanah, Kamis (6/3/2025)."},
             {"Siti Nurjanah"}},
            {{"Sementara itu, Presiden Amerika Serikat Robert Hallman menyebut kesepakatan itu bersejarah.",
              "\"Ini hari besar bagi perdamaian,\" kata Hallman dalam pidatonya di Gedung Putih."},
             {"Robert Hallman"}},
            {{"Kepala Kantor Staf Presiden, Jenderal TNI (Purn) Moeldani Hartono, menanggapi kritik itu.",
              "\"Kritik itu vitamin bagi pemerintah,\" kata Moeldani."},
             {"Moeldani Hartono"}},
            {{"\"Kami bangga,\" kata Rektor Institut Teknologi Nusantara (ITN) Prof. Dr. Ir. Bambang "
              "Suryadi, M.Sc."},
             {"Bambang Suryadi"}},
            {{"Ketua Umum Ikatan Pedagang Pasar Indonesia (Ikappi), Abdul Jalil, mengkritik kenaikan harga.",
              "\"Pedagang makin susah,\" katanya.", "Ia meminta pemerintah menggelar operasi pasar.",
              "\"Harus segera,\" ujar Jalil."},
             {"Abdul Jalil", "Abdul Jalil"}},
            {{"\"Sidang ditunda,\" kata Ketua Majelis Hakim, Djuyamto Wibisono, di Pengadilan Negeri Jakarta "
              "Selatan.",
              "Jaksa Penuntut Umum, Hendrik Panjaitan, keberatan.",
              "\"Kami sudah siap dengan saksi,\" katanya."},
             {"Djuyamto Wibisono", "Hendrik Panjaitan"}},
    });
}

TEST_CASE("a story about someone who does not speak: -nya stays with the official quoted",
          "[quotes][classes]")
{
    checkPassages({
            {{"Seorang pria bernama Dedi Kusuma ditemukan tewas di kontrakannya. Polisi masih menyelidiki "
              "penyebab kematiannya.",
              "\"Kami menemukan luka di bagian kepala,\" kata Kapolsek Tambora Kompol Rosana Lubis.",
              "Dedi dikenal warga sebagai sosok pendiam. Ia tinggal sendiri sejak bercerai.",
              "\"Kami masih menunggu hasil autopsi,\" ujarnya."},
             {"Rosana Lubis", "Rosana Lubis"}},
            {{"Nama Arman Sitepu, tersangka korupsi dana desa, kembali mencuat. Arman ditahan sejak Januari.",
              "\"Berkasnya sudah lengkap,\" kata Kepala Kejaksaan Negeri Karo, Wahyu Sutanto.",
              "Arman terancam hukuman 20 tahun penjara.", "\"Sidang dijadwalkan bulan depan,\" katanya."},
             {"Wahyu Sutanto", "Wahyu Sutanto"}},
            {{"Pebulu tangkis muda Indah Sari menjuarai turnamen itu.",
              "\"Saya tidak menyangka bisa juara,\" kata Indah.",
              "Pelatihnya, Hendra Saputra, mengaku bangga.", "\"Dia pekerja keras,\" ujarnya."},
             {"Indah Sari", "Hendra Saputra"}},
            {{"Gubernur Riau Syamsul Arif menerima kunjungan Duta Besar Jepang, Kenji Tanaka.",
              "\"Kami membahas investasi energi,\" kata Syamsul.",
              "Tanaka berjanji membawa investor ke Riau.",
              "\"Jepang serius berinvestasi di sini,\" ujarnya."},
             {"Syamsul Arif", "Kenji Tanaka"}},
    });
}
