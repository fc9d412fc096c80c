#include "quotes/lexicon.h"

#include <unordered_map>
#include <unordered_set>

namespace warta {

namespace {

using WordSet = std::unordered_set<std::string_view>;

// Bare forms, as they stand after a quotation: "…," ujar Budi / tandasnya.
const WordSet &bareVerbs()
{
    static const WordSet words = {
            "kata", "ujar", "ucap", "tutur", "tegas", "tambah", "tandas", "jelas", "ungkap", "imbuh", "papar",
            "terang", "sebut", "lanjut", "pungkas", "beber", "akui", "nilai", "harap", "klaim", "timpal",
            "seru", "tanya", "jawab", "pinta", "tukas", "sergah", "kilah", "bantah", "cetus", "ajak",
            "sambung", "urai", "kenang", "tulis", "canda", "keluh", "sindir", "tegur", "pesan", "janji",
            "puji", "kritik", "imbau", "desak", "tuding", "kisah", "sahut", "tepis", "celetuk", "bilang",
            "simpul", "aku", "ingat", "tanggap", "bisik", "teriak", "paparkan", "jelaskan", "katakan",
            "ungkapkan", "tambahkan",
            // KBBI "buka" and "tutup" in the sense of opening and closing what one
            // says ("bukanya", "tutupnya"); "kelakar", "cerita" as bare forms of
            // berkelakar and bercerita; -kan forms of verbs listed above.
            "buka", "tutup", "kelakar", "cerita", "tegaskan", "sampaikan", "tuturkan", "terangkan"};
    return words;
}

// Forms that stand before a quotation ("Budi mengatakan, "…"") or after a
// subject that follows it ("…," Budi menambahkan).
const WordSet &fullVerbs()
{
    static const WordSet words = {
            "mengatakan",  "menyatakan",  "menegaskan",     "menjelaskan",    "menambahkan",  "mengungkapkan",
            "menuturkan",  "menyebut",    "menyebutkan",    "memaparkan",     "menerangkan",  "membeberkan",
            "mengaku",     "mengakui",    "mengklaim",      "menilai",        "berharap",     "mengharapkan",
            "meminta",     "mengimbau",   "mengingatkan",   "menyampaikan",   "bertanya",     "menanyakan",
            "menjawab",    "berkata",     "berujar",        "bercerita",      "menceritakan", "berpesan",
            "berseru",     "menyerukan",  "mengeluh",       "mengeluhkan",    "memuji",       "mengkritik",
            "menyindir",   "menulis",     "mencuit",        "berkomentar",    "mengomentari", "menanggapi",
            "menimpali",   "menandaskan", "memungkasi",     "melanjutkan",    "menyimpulkan", "mengungkap",
            "berteriak",   "membantah",   "menekankan",     "mengajak",       "berjanji",     "menjanjikan",
            "berdalih",    "berpendapat", "mengucapkan",    "menegur",        "berucap",      "bertutur",
            "berkisah",    "mengisahkan", "mengenang",      "menukas",        "menyergah",    "berkelakar",
            "menyahut",    "menepis",     "mendesak",       "menuding",       "mengancam",    "bersabda",
            "berbisik",    "berdoa",      "mempertanyakan", "memperingatkan", "mengutarakan", "menguraikan",
            "mengemukakan"};
    return words;
}

struct RoleEntry {
    std::string_view words;
    std::string_view key;
};

// Offices and titles: a name after them is a person's. Multi-word entries
// are matched longest first. The key groups spellings of the same office.
const std::vector<RoleEntry> &roleEntries()
{
    static const std::vector<RoleEntry> entries = {{"wakil presiden", "wakil presiden"},
                                                   {"wapres", "wakil presiden"},
                                                   {"presiden", "presiden"},
                                                   {"wakil menteri", "wakil menteri"},
                                                   {"wamen", "wakil menteri"},
                                                   {"menteri", "menteri"},
                                                   {"menko", "menteri"},
                                                   {"menlu", "menteri"},
                                                   {"menag", "menteri"},
                                                   {"mendagri", "menteri"},
                                                   {"menkeu", "menteri"},
                                                   {"menkes", "menteri"},
                                                   {"menhan", "menteri"},
                                                   {"mendikbud", "menteri"},
                                                   {"menkominfo", "menteri"},
                                                   {"menaker", "menteri"},
                                                   {"mentan", "menteri"},
                                                   {"menhub", "menteri"},
                                                   {"menpora", "menteri"},
                                                   {"perdana menteri", "perdana menteri"},
                                                   {"pm", "perdana menteri"},
                                                   {"wakil gubernur", "wakil gubernur"},
                                                   {"wagub", "wakil gubernur"},
                                                   {"gubernur", "gubernur"},
                                                   {"wakil bupati", "wakil bupati"},
                                                   {"wabup", "wakil bupati"},
                                                   {"bupati", "bupati"},
                                                   {"wakil wali kota", "wakil wali kota"},
                                                   {"wakil walikota", "wakil wali kota"},
                                                   {"wali kota", "wali kota"},
                                                   {"walikota", "wali kota"},
                                                   {"camat", "camat"},
                                                   {"lurah", "lurah"},
                                                   {"kepala desa", "kepala desa"},
                                                   {"kades", "kepala desa"},
                                                   {"wakil kepala", "wakil kepala"},
                                                   {"kepala", "kepala"},
                                                   {"wakil ketua", "wakil ketua"},
                                                   {"ketua umum", "ketua umum"},
                                                   {"ketum", "ketua umum"},
                                                   {"ketua", "ketua"},
                                                   {"sekretaris jenderal", "sekretaris jenderal"},
                                                   {"sekjen", "sekretaris jenderal"},
                                                   {"sekretaris", "sekretaris"},
                                                   {"direktur utama", "direktur utama"},
                                                   {"dirut", "direktur utama"},
                                                   {"direktur jenderal", "direktur jenderal"},
                                                   {"dirjen", "direktur jenderal"},
                                                   {"direktur", "direktur"},
                                                   {"kapolri", "kapolri"},
                                                   {"wakapolri", "wakapolri"},
                                                   {"kapolda", "kapolda"},
                                                   {"kapolres", "kapolres"},
                                                   {"kapolresta", "kapolres"},
                                                   {"kapolrestabes", "kapolres"},
                                                   {"kapolsek", "kapolsek"},
                                                   {"kabareskrim", "kabareskrim"},
                                                   {"kadiv", "kadiv"},
                                                   {"panglima", "panglima"},
                                                   {"pangdam", "pangdam"},
                                                   {"kasad", "kasad"},
                                                   {"kasal", "kasal"},
                                                   {"kasau", "kasau"},
                                                   {"jaksa agung", "jaksa agung"},
                                                   {"jaksa", "jaksa"},
                                                   {"hakim", "hakim"},
                                                   {"juru bicara", "juru bicara"},
                                                   {"jubir", "juru bicara"},
                                                   {"kanselir", "kanselir"},
                                                   {"raja", "raja"},
                                                   {"ratu", "ratu"},
                                                   {"pangeran", "pangeran"},
                                                   {"politikus", "politikus"},
                                                   {"politisi", "politikus"},
                                                   {"anggota", "anggota"},
                                                   {"pengamat", "pengamat"},
                                                   {"peneliti", "peneliti"},
                                                   {"ekonom", "ekonom"},
                                                   {"analis", "analis"},
                                                   {"pakar", "pakar"},
                                                   {"guru besar", "guru besar"},
                                                   {"dosen", "dosen"},
                                                   {"rektor", "rektor"},
                                                   {"dekan", "dekan"},
                                                   {"pelatih", "pelatih"},
                                                   {"general manager", "general manager"},
                                                   {"manajer", "manajer"},
                                                   {"manager", "manajer"},
                                                   {"gm", "general manager"},
                                                   {"ceo", "ceo"},
                                                   {"presiden direktur", "presiden direktur"},
                                                   {"presdir", "presiden direktur"},
                                                   {"komisaris", "komisaris"},
                                                   {"pendiri", "pendiri"},
                                                   {"founder", "pendiri"},
                                                   {"country lead", "country lead"},
                                                   {"duta besar", "duta besar"},
                                                   {"dubes", "duta besar"},
                                                   {"konsul jenderal", "konsul jenderal"},
                                                   {"konsul", "konsul"},
                                                   {"pejabat", "pejabat"},
                                                   {"staf khusus", "staf khusus"},
                                                   {"stafsus", "staf khusus"},
                                                   {"kuasa hukum", "kuasa hukum"},
                                                   {"pengacara", "pengacara"},
                                                   {"advokat", "advokat"},
                                                   {"cendekiawan", "cendekiawan"},
                                                   {"ulama", "ulama"},
                                                   {"nabi", "nabi"},
                                                   {"rasulullah", "nabi"},
                                                   {"rasul", "nabi"},
                                                   {"koordinator", "koordinator"},
                                                   {"komandan", "komandan"},
                                                   {"danrem", "danrem"},
                                                   {"dandim", "dandim"},
                                                   {"kajati", "kajati"},
                                                   {"kajari", "kajari"},
                                                   {"bendahara", "bendahara"},
                                                   {"asisten", "asisten"},
                                                   {"deputi", "deputi"},
                                                   {"pemimpin", "pemimpin"},
                                                   {"pimpinan", "pemimpin"},
                                                   {"kabid", "kepala bidang"},
                                                   {"kasubdit", "kasubdit"},
                                                   {"kasat", "kasat"},
                                                   {"kabag", "kepala bagian"},
                                                   {"kakanwil", "kakanwil"},
                                                   {"plt", "plt"},
                                                   {"penjabat", "penjabat"},
                                                   {"pj", "penjabat"},
                                                   {"senator", "senator"},
                                                   {"legislator", "legislator"},
                                                   {"kapten", "kapten"},
                                                   {"pemain", "pemain"},
                                                   {"penyanyi", "penyanyi"},
                                                   {"aktor", "aktor"},
                                                   {"aktris", "aktris"},
                                                   {"ustaz", "ustaz"},
                                                   {"ustadz", "ustaz"},
                                                   {"pendeta", "pendeta"},
                                                   {"uskup", "uskup"},
                                                   {"paus", "paus"},
                                                   {"imam", "imam"},
                                                   {"dokter", "dokter"},
                                                   {"mantan", "mantan"},
                                                   {"eks", "mantan"},
                                                   {"calon", "calon"},
                                                   {"bakal calon", "calon"},
                                                   {"bos", "bos"},
                                                   {"kuasa", "kuasa"},
                                                   {"kapuspen", "kapuspen"},
                                                   {"kapuspenkum", "kapuspenkum"},
                                                   {"kabid humas", "kabid humas"},
                                                   {"kepala bidang", "kepala bidang"},
                                                   {"inspektur", "inspektur"}};
    return entries;
}

using ClassMap = std::unordered_map<std::string_view, std::uint32_t>;

void addAll(ClassMap &map, std::initializer_list<std::string_view> words, std::uint32_t cls)
{
    for (std::string_view w : words)
        map[w] |= cls;
}

void addFunctionWords(ClassMap &m)
{
    addAll(m, {"sementara",  "selain",      "namun",      "tetapi",    "tapi",     "hingga",    "sampai",
               "karena",     "menurut",     "dengan",     "untuk",     "dalam",    "pada",      "di",
               "ke",         "dari",        "itu",        "ini",       "saat",     "ketika",    "setelah",
               "sebelum",    "bahkan",      "jadi",       "maka",      "lalu",     "kemudian",  "adapun",
               "tak",        "tidak",       "juga",       "pun",       "yang",     "dan",       "atau",
               "serta",      "oleh",        "kepada",     "bagi",      "akan",     "sudah",     "telah",
               "masih",      "hanya",       "begitu",     "demikian",  "seperti",  "sebagai",   "agar",
               "supaya",     "meski",       "meskipun",   "walau",     "walaupun", "jika",      "kalau",
               "bila",       "apabila",     "sejak",      "selama",    "usai",     "seusai",    "sesudah",
               "tersebut",   "kini",        "kemarin",    "besok",     "hari",     "pukul",     "para",
               "semua",      "setiap",      "tiap",       "banyak",    "ada",      "adalah",    "ialah",
               "merupakan",  "yakni",       "yaitu",      "sedangkan", "padahal",  "oleh",      "sehingga",
               "terkait",    "soal",        "tentang",    "mengenai",  "antara",   "apa",       "siapa",
               "mengapa",    "kenapa",      "bagaimana",  "kapan",     "dimana",   "lebih",     "paling",
               "sangat",     "belum",       "harus",      "bisa",      "dapat",    "mau",       "ingin",
               "perlu",      "sedang",      "tengah",     "baru",      "lagi",     "pula",      "lantas",
               "kata",       "dikatakan",   "disebutkan", "dilansir",  "dikutip",  "mengutip",  "melansir",
               "sebelumnya", "selanjutnya", "berikut",    "simak",     "baca",     "foto",      "video",
               "sebab",      "akibat",      "misalnya",   "contohnya", "sekali",   "begitulah", "inilah",
               "itulah",     "kemudian",    "namanya",    "sebut",     "the",      "of",        "and",
               "a",          "an",          "in",         "on",        "at",       "for",       "to",
               "by",         "with",        "from",       "is",        "dirinya",  "anda",      "kita",
               "kami",       "kamu",        "engkau",     "kalian",    "mu",       "ku",        "tanpa",
               "bersama",    "wib",         "wita",       "wit",       "rp",       "usd",       "persen",
               "tahun",      "bulan",       "minggu",     "jam",       "menit"},
           kFunction);
    addAll(m, {"senin",   "selasa",    "rabu",     "kamis",    "jumat",    "jum'at",  "sabtu", "minggu",
               "ahad",    "januari",   "februari", "maret",    "april",    "mei",     "juni",  "juli",
               "agustus", "september", "oktober",  "november", "nopember", "desember"},
           kCalendar);
}

// Common nouns and sentence adverbs that open sentences. Capitalised there,
// they look like the first word of a name ("Alasan Sandi sederhana" is
// "Sandi's reason", "Ternyata Budi menolak" is "Budi refused after all");
// none of them is a personal name, so they count as function words: never
// part of a name. Kinship and occupation nouns are not here: "Istri Budi"
// is another person, and "Nelayan Budi" is Budi described.
void addSentenceOpeners(ClassMap &m)
{
    addAll(m,
           {"alasan", "alasannya", "tujuan", "tujuannya", "harapan", "harapannya", "keinginan", "rencana",
            "niat", "sikap", "langkah", "upaya", "usulan", "usul", "permintaan", "ajakan", "imbauan",
            "komentar", "tanggapan", "jawaban", "pertanyaan", "pendapat", "pandangan", "penilaian",
            "pengakuan", "penjelasan", "kesaksian", "ucapan", "perkataan", "target", "ambisi", "impian",
            "mimpi", "gagasan", "strategi", "kehadiran", "kedatangan", "kunjungan", "kepergian", "kemenangan",
            "kekalahan", "nasib", "kondisi", "kekayaan", "harta", "karier", "karir", "prestasi", "kiprah",
            "sosok", "pengalaman", "perjalanan", "akhirnya", "sebenarnya", "sesungguhnya", "rupanya",
            "ternyata", "tentu", "tentunya", "memang", "sayangnya", "untungnya", "apalagi", "sekarang",
            "dulu", "dahulu", "konon", "kabarnya", "intinya", "singkatnya", "menariknya", "uniknya",
            "anehnya", "kebetulan", "mungkin", "barangkali", "semoga", "termasuk", "kendati", "selepas",
            "sepulang", "diketahui", "sebagaimana", "sejauh", "setidaknya", "sedikitnya", "bahwa", "pokoknya",
            "menurutnya", "karenanya",
            // KBBI conjunctions and adverbs of the written register that open sentences
            "walakin", "walhasil", "alhasil", "syahdan", "alkisah", "adapun", "sementara itu"},
           kFunction);
}

void addNameWords(ClassMap &m)
{
    addAll(m,
           {"dr", "dr.", "drs", "dra", "prof", "prof.", "ir", "ir.", "h", "h.", "hj", "hj.", "kh", "k.h.",
            "syaikh", "syekh", "syeikh", "pak", "bu", "bapak", "ibu", "ny", "ny.", "nyonya", "tn", "tuan",
            "sdr", "saudara", "mr", "mr.", "mrs", "ms", "sir", "bung", "mbak", "mas", "kang", "cak", "bang",
            "jenderal", "pol", "polisi", "tni", "irjen", "brigjen", "komjen", "kombes", "akbp", "akp",
            "kompol", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigadir", "briptu", "bripda", "letjen",
            "mayjen", "laksamana", "laksda", "laksdya", "laksma", "marsekal", "marsda", "marsdya", "marsma",
            "kolonel", "letkol", "mayor", "letnan", "lettu", "letda", "serma", "sertu", "serka", "kopral",
            "inf", "kav", "purn", "muda", "madya", "utama", "satu", "dua", "besar", "kiai", "kyai", "habib",
            "sang", "si",
            // KBBI "haji", "hajah": the title of one who made the pilgrimage,
            // written in full before a name ("Haji Mukhlis")
            "haji", "hajjah", "hajah"},
           kHonorific);
    // Occupations: before a name they say who the person is, they are not the
    // name; "kata komedian itu" means the person introduced with the word.
    addAll(m,
           {// occupations: before a name they say who the person is, they are not the name
            "nelayan", "petani", "buruh", "sopir", "pengemudi", "guru", "karyawan", "pegawai", "pekerja",
            "petugas", "pengendara", "penumpang", "korban", "saksi", "tersangka", "terdakwa", "pelaku",
            "mandor", "pengusaha", "pebisnis", "aktivis", "seniman", "budayawan", "sejarawan", "wiraswasta",
            "ketua", "tokoh", "pemilik", "pendamping", "pemandu", "penulis", "pengarang", "wasit", "atlet",
            "pesepak", "bola", "pebulu", "tangkis", "petinju", "pembalap", "pelajar",
            // occupation nouns of entertainment, the media, sport and scholarship
            // (KBBI nouns naming a person by what they do), the same use
            "presenter", "pembawa", "komedian", "pelawak", "biduan", "biduanita", "artis", "musisi",
            "selebritas", "selebriti", "selebgram", "youtuber", "podcaster", "vlogger", "influencer",
            "produser", "sutradara", "penyiar", "wartawati", "fotografer", "penari", "pelukis", "penyair",
            "sastrawan", "ekonom", "psikolog", "sosiolog", "kriminolog", "politikus", "politisi", "akademisi",
            "penyerang", "gelandang", "kiper", "striker", "pesepakbola", "pebulutangkis", "perenang",
            "pelari", "pegolf", "desainer", "koki", "dalang"},
           kHonorific | kOccupation);
    // Academic degrees written after a name ("Ahmad Fauzi, M.Si"): the
    // degrees and professional titles of the Indonesian regulations on
    // academic titles (Kepmendiknas 178/U/2001, Permenristekdikti 59/2018)
    // and the common foreign ones; never part of the name.
    addAll(m,
           {"s.h",    "s.h.",   "sh",    "s.e",    "s.e.",  "s.sos",  "s.sos.", "s.pd",    "s.pd.",  "s.kom",
            "s.kom.", "s.t",    "s.t.",  "s.ag",   "s.ag.", "s.ip",   "s.ip.",  "s.i.kom", "s.psi",  "s.psi.",
            "s.ked",  "s.farm", "s.s",   "s.s.",   "s.si",  "s.si.",  "s.p",    "s.hut",   "s.pt",   "s.ds",
            "s.hum",  "s.sy",   "s.h.i", "s.th.i", "s.kep", "m.si",   "m.si.",  "m.m",     "m.m.",   "mm",
            "m.h",    "m.h.",   "mh",    "m.pd",   "m.pd.", "m.kom",  "m.kom.", "m.a",     "m.a.",   "ma.",
            "m.t",    "m.t.",   "m.ag",  "m.ag.",  "m.kes", "m.kes.", "m.sc",   "m.sc.",   "m.hum",  "m.hum.",
            "m.e",    "m.e.",   "m.ec",  "m.ak",   "m.ip",  "m.sos",  "m.phil", "mba",     "m.b.a",  "ph.d",
            "ph.d.",  "phd",    "lc",    "lc.",    "mpa",   "llm",    "ll.m",   "sp.a",    "sp.og",  "sp.pd",
            "sp.b",   "sp.jp",  "sp.kj", "sp.m",   "sp.n",  "sp.rad", "sp.an",  "sp.s",    "sp.tht", "sp.kk",
            "akt",    "cpa",    "apt",   "apt.",   "a.md",  "amd",    "ners",   "dipl",    "bsc",    "b.sc"},
           kHonorificSuffix);
    addAll(m, {"ra", "r.a.", "ra."}, kHonorificSuffix);
    addAll(m, {"bin", "binti", "bt", "van", "von", "der", "de", "da", "dos", "del", "la", "le", "al", "el"},
           kParticle);
    addAll(m, {"dia", "ia", "beliau", "dirinya"}, kPronoun);
    addAll(m, {"saya", "aku"}, kFirstPerson);
    addAll(m, {"mereka", "keduanya", "ketiganya", "kami", "kita"}, kPlural);
    addAll(m, {"seorang", "sejumlah", "beberapa", "salah", "seseorang", "para", "banyak", "sebagian"},
           kIndefinite);
    addAll(m, {"wartawan", "jurnalis",   "awak",     "warga",     "warganet", "netizen", "pengunjung",
               "penonton", "massa",      "sumber",   "orang",     "pria",     "wanita",  "perempuan",
               "publik",   "masyarakat", "penduduk", "pendukung", "peserta",  "relawan", "pengguna",
               "pembeli",  "pedagang",   "siswa",    "mahasiswa"},
           kGeneric);
    addAll(m, {"allah", "tuhan", "swt"}, kDeity);
    addAll(m, {"itu", "tersebut", "ini"}, kAnaphor);
}

void addPlaces(ClassMap &m)
{
    addAll(m,
           {"indonesia", "jakarta", "jawa", "sumatera", "sumatra", "kalimantan", "sulawesi", "papua", "bali",
            "ntt", "ntb", "aceh", "riau", "jambi", "bengkulu", "lampung", "banten", "yogyakarta", "jogja",
            "diy", "dki", "sumsel", "sumut", "sumbar", "jabar", "jateng", "jatim", "kalbar", "kalteng",
            "kalsel", "kaltim", "kaltara", "sulut", "sulteng", "sulsel", "sultra", "sulbar", "gorontalo",
            "maluku", "malut", "babel", "kepri", "tengah", "timur", "barat", "utara", "selatan", "tenggara",
            "raya", "pusat", "daya", "palembang", "surabaya", "bandung", "medan", "semarang", "makassar",
            "jayapura", "denpasar", "padang", "pekanbaru", "balikpapan", "samarinda", "manado", "malang",
            "solo", "bogor", "depok", "tangerang", "bekasi", "amerika", "serikat", "as", "jerman", "prancis",
            "perancis", "inggris", "china", "tiongkok", "cina", "jepang", "korea", "rusia", "australia",
            "malaysia", "singapura", "thailand", "filipina", "vietnam", "india", "arab", "saudi", "mesir",
            "turki", "iran", "irak", "israel", "palestina", "belanda", "italia", "spanyol", "kanada",
            "brasil", "afghanistan", "pakistan", "uni", "eropa", "asia", "afrika", "ukraina", "taiwan",
            "hongkong", "qatar", "yaman", "suriah", "nasional", "internasional", "daerah", "wilayah",
            "republik", "kesatuan", "negara",
            // abbreviations of the republic's name written after a state body
            // ("Bawaslu RI", "DPR RI")
            "ri", "nkri"},
           kPlace);
    // Names of social media and video platforms: they stand before a
    // channel's or an account's owner ("kanal YouTube Budi"), never in a
    // personal name.
    addAll(m,
           {"youtube", "instagram", "tiktok", "twitter", "facebook", "whatsapp", "telegram", "podcast",
            "spotify", "threads"},
           kInstitution);
    // Levels of Indonesian regional government and villages (the names of
    // the regional units in the laws on regional government and on
    // villages), and KBBI nouns of landforms and waters: the capitalised
    // words after them name a place ("Dusun Sukamaju", "Bukit Ciremai").
    addAll(m,
           {"desa", "dusun", "dukuh", "nagari", "gampong", "distrik", "bukit", "danau", "pantai", "teluk",
            "selat", "tanjung", "lembah", "waduk", "bendungan", "hutan", "gua", "kawasan", "perumahan"},
           kOrgHead);
}

void addInstitutions(ClassMap &m)
{
    addAll(m,
           {"energi", "sumber", "mineral", "komunikasi", "informatika", "luar", "negeri", "dalam", "keuangan",
            "agama", "pendidikan", "kebudayaan", "kesehatan", "pertahanan", "hukum", "hak", "asasi",
            "manusia", "sosial", "perhubungan", "perdagangan", "perindustrian", "pertanian", "kehutanan",
            "lingkungan", "hidup", "kelautan", "perikanan", "pariwisata", "ekonomi", "kreatif", "pemuda",
            "olahraga", "tenaga", "kerja", "ketenagakerjaan", "desa", "umum", "pekerjaan", "perumahan",
            "rakyat", "dewan", "perwakilan", "majelis", "permusyawaratan", "bidang", "unit", "bisnis",
            "strategic", "divisi", "direktorat", "biro", "bagian", "penelitian", "pengembangan", "pelaksana",
            "pengelola", "penyelenggara", "pemberantasan", "korupsi", "haji", "ibadah", "panitia", "keamanan",
            "intelijen", "kepolisian", "kejaksaan", "konstitusi", "agung", "tinggi", "perusahaan", "persero",
            "tbk", "koperasi", "asosiasi", "perhimpunan", "ikatan", "gerakan", "organisasi", "forum",
            "kelompok", "tim", "satgas", "satuan", "tugas", "group", "grup", "business", "mobile",
            "corporate", "humas", "hubungan", "operasional", "pemasaran", "informasi", "teknologi", "digital",
            "riset", "inovasi", "kebijakan", "anggaran", "pembangunan", "perencanaan", "investasi", "politik",
            "keadilan", "demokrasi", "perjuangan", "persatuan", "kebangkitan", "amanat", "karya", "golongan",
            "sejahtera", "muslim", "islam", "kristen", "katolik", "kerja", "daker", "ppih", "operasi",
            "pelayanan", "layanan", "pemerintahan", "kemenag", "kemenkes", "kemendagri", "kemenkeu", "kemlu",
            "kominfo", "bumn", "dprd", "dpr", "mpr", "dpd", "kpk", "polri", "tni", "bin", "mk", "ma",
            "kejagung", "bpk", "ojk", "bi", "bank", "rt", "rw", "tv", "cv", "departemen", "marketing",
            "sales", "officer", "executive", "director", "head", "senior", "vice", "president", "chief",
            "partai", "fraksi",
            // words of sports clubs' names ("Arema FC", "Bali United"): the
            // capitalised words next to them name the club, not a person
            "fc", "f.c.", "sc", "united", "city", "club",
            // the fields in the names of Indonesian ministries and state
            // bodies that the list above lacks ("Menteri Desa, Pembangunan
            // Daerah Tertinggal, dan Transmigrasi")
            "transmigrasi", "tertinggal", "aparatur", "reformasi", "birokrasi", "agraria", "tata", "ruang",
            "pertanahan", "kemaritiman", "maritim", "perekonomian", "pemberdayaan", "perlindungan",
            "kependudukan", "statistik", "kebencanaan", "penanggulangan", "bencana"},
           kInstitution);
    addAll(m,
           {"partai",     "badan",       "komisi",     "kementerian", "kementrian", "dinas",     "kantor",
            "bandara",    "universitas", "institut",   "pt",          "bank",       "yayasan",   "rs",
            "rumah",      "gedung",      "jalan",      "jl",          "istana",     "kompleks",  "komplek",
            "polda",      "polres",      "polresta",   "polsek",      "pemprov",    "pemkot",    "pemkab",
            "pemerintah", "mahkamah",    "pengadilan", "kejaksaan",   "kejati",     "kejari",    "lembaga",
            "perusahaan", "fraksi",      "sekolah",    "masjid",      "gereja",     "stadion",   "hotel",
            "kota",       "kabupaten",   "provinsi",   "kecamatan",   "kelurahan",  "pulau",     "gunung",
            "sungai",     "kampung",     "museum",     "pasar",       "taman",      "restoran",  "klub",
            "majalah",    "harian",      "koran",      "stasiun",     "bandar",     "pelabuhan", "terminal",
            "kodam",      "korem",       "kodim",      "lapas",       "rutan",      "pondok",    "pesantren",
            "ponpes",     "sekretariat", "kedutaan",   "kbri",        "kjri",       "dewan",     "majelis",
            "direktorat", "balai",       "puskesmas",  "kapal",       "bareskrim",  "mabes",     "markas",
            "kanwil",     "kemenag",     "kemenkes",   "kepolisian"},
           kOrgHead);
}

void addOtherNouns(ClassMap &m)
{
    addAll(m, {"hadis",   "hadits",     "ayat",       "kitab",      "buku",     "bukunya",       "syair",
               "pepatah", "peribahasa", "laporan",    "surat",      "pasal",    "undang-undang", "uu",
               "data",    "pernyataan", "keterangan", "dokumen",    "studi",    "survei",        "artikel",
               "berita",  "media",      "situs",      "akun",       "unggahan", "postingan",     "tulisan",
               "spanduk", "poster",     "papan",      "pengumuman", "putusan",  "rilis",         "siaran",
               "firman",  "sabda",      "doa",        "lirik",      "puisi",    "tweet",         "cuitan",
               "judul",   "kutipan",    "catatan",    "rekaman",    "al-quran", "alquran",       "al-qur'an",
               "injil",   "alkitab",    "pesan",      "riwayat",    "kisah",    "cerita",        "naskah",
               "draf",    "aturan",     "peraturan",  "keputusan",  "edaran",   "perpres",       "permen",
               "kepres",  "keppres",    "perda"},
           kDocument);
    // KBBI nouns of what a person says (derived from speech verbs: nyatakan
    // -> pernyataan, pesan, ucap -> ucapan …): "Berikut pernyataan lengkap
    // Menteri X:" introduces X's words as a speech verb would.
    addAll(m, {"pernyataan",   "pernyataannya", "pesan",        "pesannya",      "ucapan",   "ucapannya",
               "penjelasan",   "penjelasannya", "keterangan",   "keterangannya", "jawaban",  "jawabannya",
               "tanggapan",    "tanggapannya",  "komentar",     "komentarnya",   "sambutan", "sambutannya",
               "pidato",       "pidatonya",     "kata-kata",    "kata-katanya",  "imbauan",  "imbauannya",
               "seruan",       "seruannya",     "cuitan",       "cuitannya",     "curhatan", "pengakuan",
               "pengakuannya", "kesaksian",     "kesaksiannya", "petikan",       "kutipan",  "amanat",
               "amanatnya",    "nasihat",       "nasihatnya",   "sabda",         "sabdanya"},
           kSpeechNoun);
    // KBBI kinship nouns: "putra sulung Presiden X", "istri Budi" name a
    // relative of the person after them, not that person.
    addAll(m, {"putra", "putri", "anak",      "istri",  "suami",   "ayah",    "ibu",
               "bapak", "adik",  "kakak",     "cucu",   "menantu", "paman",   "bibi",
               "kakek", "nenek", "keponakan", "mertua", "ibunda",  "ayahanda"},
           kKinship);
    // The passive (di-) forms of the full speech verbs: "dikatakan Budi",
    // "disampaikan oleh Budi", "Demikian ditegaskan Budi".
    addAll(m,
           {"dikatakan", "disampaikan", "diungkapkan", "dijelaskan", "ditegaskan", "dituturkan", "dipaparkan",
            "diterangkan", "diakui", "ditambahkan", "dinyatakan", "diucapkan", "dibenarkan", "dibantah",
            "diutarakan", "dikemukakan", "ditanggapi", "diceritakan", "dikisahkan"},
           kPassiveSpeech);
    addAll(m, {"program",  "acara",      "buku",    "bukunya",     "film",     "lagu",        "judul",
               "berjudul", "bertajuk",   "bertema", "tema",        "slogan",   "semboyan",    "motto",
               "moto",     "tagline",    "tagar",   "hashtag",     "istilah",  "sebutan",     "julukan",
               "dijuluki", "disebut",    "sebagai", "bernama",     "kampanye", "gerakan",     "operasi",
               "aplikasi", "album",      "novel",   "kolom",       "rubrik",   "kategori",    "label",
               "akronim",  "singkatan",  "frasa",   "kalimat",     "kata",     "nama",        "bernama",
               "merek",    "brand",      "fitur",   "produk",      "acaranya", "filmnya",     "lagunya",
               "judulnya", "istilahnya", "dinamai", "dinamakan",   "menamai",  "menamakan",   "bertagar",
               "berlabel", "sinetron",   "serial",  "drama",       "tajuk",    "jargon",      "disingkat",
               "kode",     "sandi",      "bendera", "cap",         "stempel",  "julukannya",  "panggilan",
               "sapaan",   "dipanggil",  "disapa",  "alias",       "a.k.a",    "yakni",       "yaitu",
               "kelompok", "grup",       "band",    "komunitas",   "majalah",  "harian",      "koran",
               "situs",    "website",    "portal",  "kanal",       "channel",  "akun",        "perusahaan",
               "pt",       "cv",         "toko",    "kafe",        "restoran", "hotel",       "gedung",
               "jalan",    "kapal",      "pesawat", "kereta",      "partai",   "bertuliskan", "tulisan",
               "bertulis", "berbunyi",   "lakon",   "pertunjukan", "festival", "lomba",       "kompetisi",
               "turnamen", "liga",       "piala",   "penghargaan"},
           kTitleCue);
}

const ClassMap &classMap()
{
    static const ClassMap map = [] {
        ClassMap m;
        addFunctionWords(m);
        addSentenceOpeners(m);
        addNameWords(m);
        addPlaces(m);
        addInstitutions(m);
        addOtherNouns(m);
        // Offices and verbs too, so that one lookup per word answers everything.
        for (const RoleEntry &entry : roleEntries()) {
            const std::string_view firstWord = entry.words.substr(0, entry.words.find(' '));
            m[firstWord] |= kRoleStart;
            if (firstWord.size() == entry.words.size())
                m[firstWord] |= kRoleWord;
        }
        for (std::string_view v : bareVerbs())
            m[v] |= kBareVerb;
        for (std::string_view v : fullVerbs())
            m[v] |= kFullVerb;
        return m;
    }();
    return map;
}

} // namespace

std::uint32_t wordClasses(std::string_view lower)
{
    const ClassMap &map = classMap();
    const auto it = map.find(lower);
    return it == map.end() ? 0U : it->second;
}

bool speechVerb(std::string_view lower, bool bare, std::string &verb, bool &withNya)
{
    const WordSet &set = bare ? bareVerbs() : fullVerbs();
    withNya = false;
    if (set.count(lower)) {
        // "aku" alone is the pronoun; the verb needs -nya ("akunya").
        if (bare && lower == "aku")
            return false;
        verb.assign(lower);
        return true;
    }
    if (lower.size() > 5 && lower.substr(lower.size() - 3) == "nya") {
        const std::string_view stem = lower.substr(0, lower.size() - 3);
        if (set.count(stem)) {
            verb.assign(stem);
            withNya = true;
            return true;
        }
    }
    return false;
}

namespace {

using RoleIndex = std::unordered_map<std::string_view, std::vector<const RoleEntry *>>;

// Indexed by first word so that a lookup costs a hash and a few compares.
const RoleIndex &roleIndex()
{
    static const RoleIndex byFirst = [] {
        RoleIndex map;
        for (const RoleEntry &entry : roleEntries())
            map[entry.words.substr(0, entry.words.find(' '))].push_back(&entry);
        return map;
    }();
    return byFirst;
}

} // namespace

std::size_t matchRole(const std::vector<std::string_view> &lowerWords, std::size_t at, std::string &key)
{
    if (at >= lowerWords.size())
        return 0;
    const RoleIndex &byFirst = roleIndex();
    const auto it = byFirst.find(lowerWords[at]);
    if (it == byFirst.end())
        return 0;
    std::size_t best = 0;
    for (const RoleEntry *entry : it->second) {
        std::size_t count = 0;
        std::size_t pos = 0;
        bool ok = true;
        while (true) {
            const std::size_t space = entry->words.find(' ', pos);
            const std::size_t stop = space == std::string_view::npos ? entry->words.size() : space;
            if (at + count >= lowerWords.size() ||
                lowerWords[at + count] != entry->words.substr(pos, stop - pos)) {
                ok = false;
                break;
            }
            ++count;
            if (space == std::string_view::npos)
                break;
            pos = space + 1;
        }
        if (ok && count > best) {
            best = count;
            key.assign(entry->key);
        }
    }
    return best;
}

} // namespace warta
