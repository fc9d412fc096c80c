<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Pemakaian: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opsi]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumen:</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Lepaskan</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Gulir ke Kiri</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Gulir ke Kanan</translation>
    </message>
</context>
<context>
    <name>warta</name>
    <message>
        <source>web page (HTML)</source>
        <translation>halaman web (HTML)</translation>
    </message>
    <message>
        <source>web archive (MHTML)</source>
        <translation>arsip web (MHTML)</translation>
    </message>
    <message>
        <source>SingleFile page</source>
        <translation>halaman SingleFile</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Sumber:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bita)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Pengodean</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Disimpan pada</translation>
    </message>
    <message>
        <source>Saved from</source>
        <translation>Disimpan dari</translation>
    </message>
    <message>
        <source>Canonical URL</source>
        <translation>URL kanonis</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Situs</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>tidak dikenali</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Extraction notes</source>
        <translation>Catatan ekstraksi</translation>
    </message>
    <message>
        <source>Nothing was guessed or missing.</source>
        <translation>Tidak ada yang ditebak atau hilang.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>berkas itu tidak ada</translation>
    </message>
    <message>
        <source>it is a folder or a device, not a file</source>
        <translation>itu folder atau perangkat, bukan berkas</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>Anda tidak punya izin untuk membacanya</translation>
    </message>
    <message>
        <source>the file could not be read from the disk</source>
        <translation>berkas tidak dapat dibaca dari diska</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>berkas itu kosong</translation>
    </message>
    <message>
        <source>the file is not a web page</source>
        <translation>berkas itu bukan halaman web</translation>
    </message>
    <message>
        <source>the file is not a web page (it looks like %1)</source>
        <translation>berkas itu bukan halaman web (tampaknya %1)</translation>
    </message>
    <message>
        <source>the file is too large to be a saved article</source>
        <translation>berkas terlalu besar untuk sebuah artikel tersimpan</translation>
    </message>
    <message>
        <source>its text is in a character encoding Warta cannot read</source>
        <translation>teksnya memakai pengodean karakter yang tidak dapat dibaca Warta</translation>
    </message>
    <message>
        <source>the saved page archive is damaged</source>
        <translation>arsip halaman tersimpan itu rusak</translation>
    </message>
    <message>
        <source>the page holds no article (it may be a home or index page)</source>
        <translation>halaman itu tidak berisi artikel (mungkin halaman beranda atau indeks)</translation>
    </message>
    <message>
        <source>the page is too deeply nested or too large to read safely</source>
        <translation>halaman terlalu dalam bersarang atau terlalu besar untuk dibaca dengan aman</translation>
    </message>
    <message>
        <source>Warta could not open “%1”: %2.</source>
        <translation>Warta tidak dapat membuka “%1”: %2.</translation>
    </message>
    <message>
        <source>an error inside Warta stopped the reading (%1); please report it with the file</source>
        <translation>sebuah galat di dalam Warta menghentikan pembacaan (%1); mohon laporkan beserta berkasnya</translation>
    </message>
    <message>
        <source>The page declares no charset; it was read as %1.</source>
        <translation>Halaman tidak menyatakan pengodean karakternya; halaman dibaca sebagai %1.</translation>
    </message>
    <message>
        <source>The charset the page declares does not fit its bytes; it was read as %1.</source>
        <translation>Pengodean karakter yang dinyatakan halaman tidak cocok dengan isinya; halaman dibaca sebagai %1.</translation>
    </message>
    <message>
        <source>The container declares the unknown charset “%1”.</source>
        <translation>Wadah berkas menyatakan pengodean karakter tak dikenal “%1”.</translation>
    </message>
    <message>
        <source>%1 invalid byte sequence(s) were replaced by U+FFFD.</source>
        <translation>%1 urutan bita tidak sah diganti dengan U+FFFD.</translation>
    </message>
    <message>
        <source>%1 NUL byte(s) were replaced by U+FFFD.</source>
        <translation>%1 bita NUL diganti dengan U+FFFD.</translation>
    </message>
    <message>
        <source>The MHTML file ends without its closing boundary; it may be cut off.</source>
        <translation>Berkas MHTML berakhir tanpa batas penutup; mungkin terpotong.</translation>
    </message>
    <message>
        <source>SingleFile&apos;s saved date “%1” could not be read.</source>
        <translation>Tanggal simpan SingleFile “%1” tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The page prints no readable date; the date comes from its metadata.</source>
        <translation>Halaman tidak mencetak tanggal yang terbaca; tanggal diambil dari metadatanya.</translation>
    </message>
    <message>
        <source>The page states no date; the time comes from the number at the end of its URL.</source>
        <translation>Halaman tidak menyebut tanggal; waktunya diambil dari angka di akhir URL-nya.</translation>
    </message>
    <message>
        <source>The printed date and the time in the URL are more than a day apart.</source>
        <translation>Tanggal tercetak dan waktu di URL berselisih lebih dari sehari.</translation>
    </message>
    <message>
        <source>The printed weekday does not fall on the printed date; the date was kept.</source>
        <translation>Nama hari tercetak tidak jatuh pada tanggal tercetak; tanggalnya dipertahankan.</translation>
    </message>
    <message>
        <source>The page states the time without a zone; it is shown as printed, without an offset.</source>
        <translation>Halaman menyebut jam tanpa zona waktu; jam ditampilkan seperti tercetak, tanpa selisih UTC.</translation>
    </message>
    <message>
        <source>Date chosen: %1.</source>
        <translation>Tanggal dipilih: %1.</translation>
    </message>
    <message>
        <source>Other statements of the page name another day: %1.</source>
        <translation>Keterangan lain di halaman menyebut hari lain: %1.</translation>
    </message>
    <message>
        <source>The modification date %1 lies before the publication date; it was left out.</source>
        <translation>Tanggal perubahan %1 jatuh sebelum tanggal terbit; tidak dipakai.</translation>
    </message>
    <message>
        <source>The page states no publication date.</source>
        <translation>Halaman tidak menyebut tanggal terbit.</translation>
    </message>
    <message>
        <source>The page names no reporter or writer.</source>
        <translation>Halaman tidak menyebut reporter atau penulis.</translation>
    </message>
    <message>
        <source>The page has no headline.</source>
        <translation>Halaman tidak memiliki judul.</translation>
    </message>
    <message>
        <source>No article text was found on the page.</source>
        <translation>Tidak ada teks artikel di halaman ini.</translation>
    </message>
    <message>
        <source>The page&apos;s JSON-LD metadata is not valid JSON; Warta repaired it to read it.</source>
        <translation>Metadata JSON-LD halaman bukan JSON yang sah; Warta memperbaikinya agar terbaca.</translation>
    </message>
    <message>
        <source>The page&apos;s JSON-LD metadata is not valid JSON and could not be read.</source>
        <translation>Metadata JSON-LD halaman bukan JSON yang sah dan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The page&apos;s template is not one Warta knows; the article was found by content scoring.</source>
        <translation>Templat halaman tidak dikenal Warta; artikel ditemukan lewat penilaian isi.</translation>
    </message>
    <message>
        <source>The article&apos;s text is far longer than any news article; quotes were not looked for.</source>
        <translation>Teks artikel jauh lebih panjang daripada berita mana pun; kutipan tidak dicari.</translation>
    </message>
    <message>
        <source>Joined pages from: %1.</source>
        <translation>Halaman yang digabung: %1.</translation>
    </message>
    <message>
        <source>No other page of the article was found beside the file.</source>
        <translation>Tidak ada halaman lain dari artikel ini di samping berkas.</translation>
    </message>
    <message>
        <source>Pages not found beside the file: %1.</source>
        <translation>Halaman yang tidak ditemukan di samping berkas: %1.</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>gambar PNG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <source>a ZIP archive or office document</source>
        <translation>arsip ZIP atau dokumen perkantoran</translation>
    </message>
    <message>
        <source>an empty ZIP archive</source>
        <translation>arsip ZIP kosong</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>gambar GIF</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>gambar JPEG</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>arsip gzip</translation>
    </message>
    <message>
        <source>a bzip2 archive</source>
        <translation>arsip bzip2</translation>
    </message>
    <message>
        <source>an xz archive</source>
        <translation>arsip xz</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>arsip 7-Zip</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>sebuah program</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>dokumen Microsoft Office lama</translation>
    </message>
    <message>
        <source>a media file (WebP, WAV or AVI)</source>
        <translation>berkas media (WebP, WAV, atau AVI)</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>data biner</translation>
    </message>
    <message>
        <source>plain text without any markup</source>
        <translation>teks biasa tanpa markah HTML</translation>
    </message>
    <message>
        <source>the citation style “%1” is not installed</source>
        <translation>gaya sitasi “%1” tidak terpasang</translation>
    </message>
    <message>
        <source>the command was not given the way Warta expects</source>
        <translation>perintahnya tidak diberikan sesuai cara yang diharapkan Warta</translation>
    </message>
    <message>
        <source>the citation style or its language is not installed</source>
        <translation>gaya sitasi atau bahasanya tidak terpasang</translation>
    </message>
    <message>
        <source>the citation style or its language file is damaged and cannot be used</source>
        <translation>berkas gaya sitasi atau bahasanya rusak dan tidak dapat dipakai</translation>
    </message>
    <message>
        <source>the data given to Warta is malformed</source>
        <translation>data yang diberikan kepada Warta cacat</translation>
    </message>
    <message>
        <source>an unknown error (code %1) stopped the reading</source>
        <translation>galat tak dikenal (kode %1) menghentikan pembacaan</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>not stated in the file</source>
        <translation>tidak tercatat dalam berkas</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Disimpan: %1</translation>
    </message>
    <message>
        <source>SHA-256 of the saved file: %1</source>
        <translation>SHA-256 berkas tersimpan: %1</translation>
    </message>
    <message>
        <source>Cite as: %1</source>
        <translation>Kutip sebagai: %1</translation>
    </message>
    <message>
        <source>The publication date was chosen among the page&apos;s statements.</source>
        <translation>Tanggal terbit dipilih di antara keterangan halaman.</translation>
    </message>
    <message>
        <source>Other statements of the page name another day.</source>
        <translation>Keterangan lain di halaman menyebut hari lain.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Kemajuan membaca</translation>
    </message>
    <message>
        <source>Reading the page</source>
        <translation>Membaca halaman</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel reading the page</source>
        <translation>Batalkan membaca halaman</translation>
    </message>
    <message>
        <source>‹ Previous part (%1 of %2)</source>
        <translation>‹ Bagian sebelumnya (%1 dari %2)</translation>
    </message>
    <message>
        <source>Next part (%1 of %2) ›</source>
        <translation>Bagian berikutnya (%1 dari %2) ›</translation>
    </message>
    <message>
        <source>the library database is damaged; rebuild it from your saved files (nothing you saved is lost)</source>
        <translation>basis data pustaka rusak; bangun ulang dari berkas tersimpan Anda (tidak ada yang Anda simpan yang hilang)</translation>
    </message>
    <message>
        <source>another program is writing to the library; try again in a moment</source>
        <translation>program lain sedang menulis ke pustaka; coba lagi sebentar lagi</translation>
    </message>
    <message>
        <source>the library cannot be written here; it is open for reading only</source>
        <translation>pustaka tidak dapat ditulisi di sini; pustaka dibuka hanya untuk dibaca</translation>
    </message>
    <message>
        <source>the library was made by a newer version of Warta; use that version, or rebuild the library</source>
        <translation>pustaka dibuat oleh Warta versi yang lebih baru; pakai versi itu, atau bangun ulang pustakanya</translation>
    </message>
    <message>
        <source>no citation styles are installed</source>
        <translation>tidak ada gaya sitasi yang terpasang</translation>
    </message>
    <message>
        <source>this citation source cannot cite an item of the library</source>
        <translation>sumber sitasi ini tidak dapat mengutip butir pustaka</translation>
    </message>
    <message>
        <source>this citation source cannot make a reference list</source>
        <translation>sumber sitasi ini tidak dapat membuat daftar pustaka</translation>
    </message>
</context>
<context>
    <name>warta::FindBar</name>
    <message>
        <source>Find bar</source>
        <translation>Bilah pencarian</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Teks yang dicari</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Cari di artikel</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Temuan sebelumnya</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Temuan berikutnya</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Tutup bilah pencarian</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>%1 of %2 so far…</source>
        <translation>%1 dari %2 sejauh ini…</translation>
    </message>
</context>
<context>
    <name>warta::Format</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n mnt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 mnt</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Kontributor</translation>
    </message>
</context>
<context>
    <name>warta::LibraryArticleModel</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Situs</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Kutipan</translation>
    </message>
</context>
<context>
    <name>warta::LibraryPanel</name>
    <message>
        <source>Rebuild the Library</source>
        <translation>Bangun Ulang Pustaka</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Buka Hanya-Baca</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Library problem</source>
        <translation>Masalah pustaka</translation>
    </message>
    <message>
        <source>What is wrong with the library</source>
        <translation>Apa yang salah dengan pustaka</translation>
    </message>
    <message>
        <source>Rebuild the library from the saved files</source>
        <translation>Bangun ulang pustaka dari berkas tersimpan</translation>
    </message>
    <message>
        <source>Moves the old database aside (it is kept, not deleted) and reads the folders again</source>
        <translation>Memindahkan basis data lama ke samping (disimpan, tidak dihapus) lalu membaca folder-foldernya lagi</translation>
    </message>
    <message>
        <source>Open the library for reading only</source>
        <translation>Buka pustaka hanya untuk dibaca</translation>
    </message>
    <message>
        <source>Try opening the library again</source>
        <translation>Coba buka pustaka lagi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Batalkan pengindeksan</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Kemajuan pengindeksan</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Pengindeksan</translation>
    </message>
    <message>
        <source>Files that gave no article</source>
        <translation>Berkas yang tidak menghasilkan artikel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Library views</source>
        <translation>Tampilan pustaka</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Not Read</source>
        <translation>Tak Terbaca</translation>
    </message>
    <message>
        <source>The library is open for reading only: search and citations work; adding folders and updating do not.</source>
        <translation>Pustaka dibuka hanya untuk dibaca: pencarian dan sitasi berjalan; menambah folder dan memperbarui tidak.</translation>
    </message>
    <message>
        <source>Warta could not open the library: %1.</source>
        <translation>Warta tidak dapat membuka pustaka: %1.</translation>
    </message>
    <message>
        <source>Warta could not read the library: %1.</source>
        <translation>Warta tidak dapat membaca pustaka: %1.</translation>
    </message>
    <message>
        <source>Open for Writing</source>
        <translation>Buka untuk Menulis</translation>
    </message>
    <message>
        <source>The library is open for reading only; no folder can be added.</source>
        <translation>Pustaka dibuka hanya untuk dibaca; folder tidak dapat ditambahkan.</translation>
    </message>
    <message>
        <source>The library is being indexed; add the folder again when it is done.</source>
        <translation>Pustaka sedang diindeks; tambahkan folder itu lagi setelah selesai.</translation>
    </message>
    <message>
        <source>Stopping after the files in hand…</source>
        <translation>Berhenti setelah berkas yang sedang dibaca…</translation>
    </message>
    <message>
        <source>Looking for saved pages…</source>
        <translation>Mencari halaman tersimpan…</translation>
    </message>
    <message>
        <source>Indexing %1 of %2: %3</source>
        <translation>Mengindeks %1 dari %2: %3</translation>
    </message>
    <message>
        <source>Library updated: %1 new, %2 changed, %3 moved, %4 removed, %5 gave no article.</source>
        <translation>Pustaka diperbarui: %1 baru, %2 berubah, %3 pindah, %4 dihapus, %5 tanpa artikel.</translation>
    </message>
    <message>
        <source>Indexing stopped; what was read is kept.</source>
        <translation>Pengindeksan dihentikan; yang sudah terbaca tetap disimpan.</translation>
    </message>
    <message>
        <source>Not Read (%1)</source>
        <translation>Tak Terbaca (%1)</translation>
    </message>
    <message>
        <source>choose one or more articles in the Library first</source>
        <translation>pilih dulu satu artikel atau lebih di Pustaka</translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation>pustaka belum dibuka</translation>
    </message>
</context>
<context>
    <name>warta::LibrarySearchModel</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Situs</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
</context>
<context>
    <name>warta::LibraryView</name>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Search the library: words, “a phrase”, desa*, -word</source>
        <translation>Cari di pustaka: kata, “sebuah frasa”, desa*, -kata</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Cari di pustaka</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Situs</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Semua situs</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation>Semua narasumber</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>Articles of the library</source>
        <translation>Artikel di pustaka</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>Library summary</source>
        <translation>Ringkasan pustaka</translation>
    </message>
    <message>
        <source>No library yet: File ▸ Add Folder to Library… indexes a folder of saved pages.</source>
        <translation>Belum ada pustaka: Berkas ▸ Tambah Folder ke Pustaka… mengindeks folder berisi halaman tersimpan.</translation>
    </message>
    <message numerus="yes">
        <source>%n articles match</source>
        <translation>
            <numerusform>%n artikel cocok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warta::MainWindow</name>
    <message>
        <source>Warta</source>
        <translation>Warta</translation>
    </message>
    <message>
        <source>Outline and quotes</source>
        <translation>Kerangka dan kutipan</translation>
    </message>
    <message>
        <source>%1 — Warta</source>
        <translation>%1 — Warta</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n kata</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph %1 of %2</source>
        <translation>Paragraf %1 dari %2</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Jumlah kata</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Waktu baca</translation>
    </message>
    <message>
        <source>Current paragraph</source>
        <translation>Paragraf saat ini</translation>
    </message>
    <message>
        <source>Reloaded: the file changed on disk.</source>
        <translation>Dimuat ulang: berkas berubah di diska.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Open a saved web page</source>
        <translation>Buka halaman web tersimpan</translation>
    </message>
    <message>
        <source>Open a saved article</source>
        <translation>Buka artikel tersimpan</translation>
    </message>
    <message>
        <source>Saved web pages (*.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>Halaman web tersimpan (*.html *.htm *.mhtml *.mht);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rbaru</translation>
    </message>
    <message>
        <source>Open &amp;Sample Article</source>
        <translation>Buka Artikel &amp;Contoh</translation>
    </message>
    <message>
        <source>Open the article that comes with Warta</source>
        <translation>Buka artikel contoh bawaan Warta</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Baca berkas sekali lagi</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Ekspor sebagai &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the article as a Markdown file</source>
        <translation>Simpan artikel sebagai berkas Markdown</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Ekspor sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the article as a PDF file</source>
        <translation>Simpan artikel sebagai berkas PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ce&amp;tak…</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Cetak artikel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Close Warta</source>
        <translation>Tutup Warta</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Kosongkan Daftar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Salin teks yang dipilih</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>Salin S&amp;itasi</translation>
    </message>
    <message>
        <source>Copy a reference to this article in the chosen style</source>
        <translation>Salin rujukan artikel ini dalam gaya yang dipilih</translation>
    </message>
    <message>
        <source>Copy &amp;Paragraph with Citation</source>
        <translation>Salin &amp;Paragraf dengan Sitasi</translation>
    </message>
    <message>
        <source>Copy the current paragraph and a reference pinned to it</source>
        <translation>Salin paragraf saat ini beserta rujukan yang menunjuk ke paragraf itu</translation>
    </message>
    <message>
        <source>Copy &amp;Quote with Citation</source>
        <translation>Salin &amp;Kutipan dengan Sitasi</translation>
    </message>
    <message>
        <source>Copy the quote chosen in the ledger and a reference pinned to it</source>
        <translation>Salin kutipan yang dipilih di daftar kutipan beserta rujukan yang menunjuk ke sana</translation>
    </message>
    <message>
        <source>Citation &amp;Style…</source>
        <translation>&amp;Gaya Sitasi…</translation>
    </message>
    <message>
        <source>Choose the citation style</source>
        <translation>Pilih gaya sitasi</translation>
    </message>
    <message>
        <source>E&amp;xport Reference</source>
        <translation>E&amp;kspor Rujukan</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>Find text in the article</source>
        <translation>Cari teks di artikel</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Cari Beri&amp;kutnya</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Ke temuan berikutnya</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Cari Sebe&amp;lumnya</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Ke temuan sebelumnya</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Teks Lebih &amp;Besar</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Perbesar teks</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Teks Lebih &amp;Kecil</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Perkecil teks</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>Ukuran Teks &amp;Bawaan</translation>
    </message>
    <message>
        <source>Return to the default text size</source>
        <translation>Kembali ke ukuran teks bawaan</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>S&amp;epia</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <source>Comfortable Line &amp;Width</source>
        <translation>&amp;Lebar Baris Nyaman</translation>
    </message>
    <message>
        <source>Keep lines about 70 characters long</source>
        <translation>Batasi baris sekitar 70 karakter</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>&amp;Panel Samping</translation>
    </message>
    <message>
        <source>Show Paragrap&amp;hs</source>
        <translation>Tampilkan Paragra&amp;f</translation>
    </message>
    <message>
        <source>Show &amp;Quotes</source>
        <translation>Tampilkan &amp;Kutipan</translation>
    </message>
    <message>
        <source>Show Pro&amp;venance</source>
        <translation>Tampilkan &amp;Asal-usul</translation>
    </message>
    <message>
        <source>Go to &amp;Article Text</source>
        <translation>Ke Teks &amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <source>&amp;Next Paragraph</source>
        <translation>Paragraf &amp;Berikutnya</translation>
    </message>
    <message>
        <source>Move to the next paragraph</source>
        <translation>Pindah ke paragraf berikutnya</translation>
    </message>
    <message>
        <source>&amp;Previous Paragraph</source>
        <translation>Paragraf &amp;Sebelumnya</translation>
    </message>
    <message>
        <source>Move to the previous paragraph</source>
        <translation>Pindah ke paragraf sebelumnya</translation>
    </message>
    <message>
        <source>&amp;First Paragraph</source>
        <translation>Paragraf &amp;Pertama</translation>
    </message>
    <message>
        <source>Move to the first paragraph</source>
        <translation>Pindah ke paragraf pertama</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Bahasa &amp;Sistem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;About Warta</source>
        <translation>&amp;Tentang Warta</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>Tentang program ini</translation>
    </message>
    <message>
        <source>About Warta</source>
        <translation>Tentang Warta</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Warta&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A reader for saved news articles: paragraphs, quotes and citations. It reads only the files you open and never connects to the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warta&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Pembaca artikel berita tersimpan: paragraf, kutipan, dan sitasi. Warta hanya membaca berkas yang Anda buka dan tidak pernah tersambung ke jaringan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Choose a quote in the Quotes tab first.</source>
        <translation>Pilih dulu sebuah kutipan di tab Kutipan.</translation>
    </message>
    <message>
        <source>Warta could not export the reference: %1</source>
        <translation>Warta tidak dapat mengekspor rujukan: %1</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Ekspor sebagai Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Ekspor sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Reference</source>
        <translation>Ekspor Rujukan</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Cetak Artikel</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Bilah menu</translation>
    </message>
    <message>
        <source>Citation &amp;Language</source>
        <translation>&amp;Bahasa Sitasi</translation>
    </message>
    <message>
        <source>&amp;English (US)</source>
        <translation>Bahasa &amp;Inggris (AS)</translation>
    </message>
    <message>
        <source>Bahasa &amp;Indonesia</source>
        <translation>Bahasa &amp;Indonesia</translation>
    </message>
    <message>
        <source>Warta could not make the citation: %1.</source>
        <translation>Warta tidak dapat membuat sitasi: %1.</translation>
    </message>
    <message>
        <source>&amp;Cite</source>
        <translation>S&amp;itasi</translation>
    </message>
    <message>
        <source>The file changed on disk. %1 Warta keeps showing the version it read before.</source>
        <translation>Berkas berubah di diska. %1 Warta tetap menampilkan versi yang dibacanya sebelumnya.</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted. Warta keeps showing the article it read, and reloads the file if it comes back.</source>
        <translation>“%1” dipindahkan atau dihapus. Warta tetap menampilkan artikel yang sudah dibacanya, dan memuatnya ulang bila berkas itu kembali.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Membaca “%1”…</translation>
    </message>
    <message>
        <source>&amp;Automatic (the Style&apos;s Own, Else the Interface&apos;s)</source>
        <translation>&amp;Otomatis (Bawaan Gaya, Selain Itu Bahasa Antarmuka)</translation>
    </message>
    <message>
        <source>Citation &amp;Style: %1…</source>
        <translation>&amp;Gaya Sitasi: %1…</translation>
    </message>
    <message>
        <source>Citation &amp;Language: %1</source>
        <translation>&amp;Bahasa Sitasi: %1</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Inggris (AS)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Inggris (Britania)</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Citation style: %1 (%2)</source>
        <translation>Gaya sitasi: %1 (%2)</translation>
    </message>
    <message>
        <source>Citation copied (%1, %2).</source>
        <translation>Sitasi disalin (%1, %2).</translation>
    </message>
    <message>
        <source>Copy I&amp;n-text Citation</source>
        <translation>Salin Sitasi dalam &amp;Teks</translation>
    </message>
    <message>
        <source>Copy the in-text citation alone, without a pinpoint</source>
        <translation>Salin sitasi dalam teks saja, tanpa penunjuk paragraf</translation>
    </message>
    <message>
        <source>Copy &amp;Selection with Pinpoint</source>
        <translation>Salin Pili&amp;han dengan Penunjuk</translation>
    </message>
    <message>
        <source>Copy the selected words in quotation marks with the in-text citation of their paragraph</source>
        <translation>Salin kata-kata yang dipilih dalam tanda kutip beserta sitasi dalam teks untuk paragrafnya</translation>
    </message>
    <message>
        <source>Copy &amp;Reference As</source>
        <translation>Salin &amp;Rujukan sebagai</translation>
    </message>
    <message>
        <source>&amp;BibTeX</source>
        <translation>&amp;BibTeX</translation>
    </message>
    <message>
        <source>&amp;RIS</source>
        <translation>&amp;RIS</translation>
    </message>
    <message>
        <source>CSL-&amp;JSON</source>
        <translation>CSL-&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Papan Ketik</translation>
    </message>
    <message>
        <source>List the keys of every command</source>
        <translation>Daftar tombol untuk setiap perintah</translation>
    </message>
    <message>
        <source>Select some words of the article first.</source>
        <translation>Pilih dulu beberapa kata dari artikel.</translation>
    </message>
    <message>
        <source>Reference copied as %1.</source>
        <translation>Rujukan disalin sebagai %1.</translation>
    </message>
    <message>
        <source>Warta could not write “%1”: %2.</source>
        <translation>Warta tidak dapat menulis “%1”: %2.</translation>
    </message>
    <message>
        <source>Warta could not write “%1”: the PDF could not be laid out.</source>
        <translation>Warta tidak dapat menulis “%1”: PDF-nya tidak dapat disusun.</translation>
    </message>
    <message>
        <source>Warta could not print: the printer could not be started.</source>
        <translation>Warta tidak dapat mencetak: pencetak tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>Copy commands</source>
        <translation>Perintah salin</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>Membuka “%1” dibatalkan.</translation>
    </message>
    <message>
        <source>Warta skipped site rules it could not load: %1</source>
        <translation>Warta melewatkan aturan situs yang tidak dapat dimuatnya: %1</translation>
    </message>
    <message>
        <source>This article was saved in several pages; Warta joined them from this folder: %1.</source>
        <translation>Artikel ini disimpan dalam beberapa halaman; Warta menggabungkannya dari folder ini: %1.</translation>
    </message>
    <message>
        <source>Not in the folder, so left out: page %1.</source>
        <translation>Tidak ada di folder, jadi tidak disertakan: halaman %1.</translation>
    </message>
    <message>
        <source>This is page %1 of %2 of the article; its other pages are not in this folder, so only this page is shown.</source>
        <translation>Ini halaman %1 dari %2 artikel ini; halaman lainnya tidak ada di folder ini, jadi hanya halaman ini yang ditampilkan.</translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation>bagian %1 dari %2</translation>
    </message>
    <message>
        <source>Reading “%1” again…</source>
        <translation>Membaca ulang “%1”…</translation>
    </message>
    <message>
        <source>&amp;Last Paragraph</source>
        <translation>Paragraf Tera&amp;khir</translation>
    </message>
    <message>
        <source>Move to the last paragraph</source>
        <translation>Pindah ke paragraf terakhir</translation>
    </message>
    <message>
        <source>Next Pa&amp;rt</source>
        <translation>Bagian Se&amp;lanjutnya</translation>
    </message>
    <message>
        <source>Show the next part of a long article</source>
        <translation>Tampilkan bagian berikutnya dari artikel yang panjang</translation>
    </message>
    <message>
        <source>Previous P&amp;art</source>
        <translation>Bagian Sebel&amp;umnya</translation>
    </message>
    <message>
        <source>Show the previous part of a long article</source>
        <translation>Tampilkan bagian sebelumnya dari artikel yang panjang</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Add Folder to &amp;Library…</source>
        <translation>Tambah Folder ke &amp;Pustaka…</translation>
    </message>
    <message>
        <source>Index a folder of saved pages, and watch it for new ones</source>
        <translation>Indeks folder berisi halaman tersimpan, dan pantau halaman baru di dalamnya</translation>
    </message>
    <message>
        <source>Add a Folder of Saved Pages to the Library</source>
        <translation>Tambahkan Folder Halaman Tersimpan ke Pustaka</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>P&amp;ustaka</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>Tampilkan &amp;Pustaka</translation>
    </message>
    <message>
        <source>&amp;Search the Library</source>
        <translation>&amp;Cari di Pustaka</translation>
    </message>
    <message>
        <source>Search every article of the library</source>
        <translation>Cari di semua artikel pustaka</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Narasumber</translation>
    </message>
    <message>
        <source>Every person quoted in the library, with their quotes</source>
        <translation>Setiap orang yang dikutip di pustaka, beserta kutipannya</translation>
    </message>
    <message>
        <source>&amp;Update the Library</source>
        <translation>Per&amp;barui Pustaka</translation>
    </message>
    <message>
        <source>Read new and changed files of the library&apos;s folders</source>
        <translation>Baca berkas baru dan berubah di folder-folder pustaka</translation>
    </message>
    <message>
        <source>&amp;Rebuild the Library</source>
        <translation>Bangun &amp;Ulang Pustaka</translation>
    </message>
    <message>
        <source>Move the database aside and read every folder again</source>
        <translation>Pindahkan basis data ke samping dan baca semua folder lagi</translation>
    </message>
    <message>
        <source>&amp;Cancel Indexing</source>
        <translation>Batalkan Peng&amp;indeksan</translation>
    </message>
    <message>
        <source>Stop reading the folders; what was read is kept</source>
        <translation>Berhenti membaca folder; yang sudah terbaca tetap disimpan</translation>
    </message>
    <message>
        <source>Copy Reference &amp;List</source>
        <translation>Salin &amp;Daftar Pustaka</translation>
    </message>
    <message>
        <source>Copy the reference list of the selected articles in the chosen style</source>
        <translation>Salin daftar pustaka artikel yang dipilih dalam gaya yang dipilih</translation>
    </message>
    <message>
        <source>Copy Selection &amp;As</source>
        <translation>Salin Pilihan &amp;sebagai</translation>
    </message>
    <message>
        <source>&amp;Export Selection As</source>
        <translation>&amp;Ekspor Pilihan sebagai</translation>
    </message>
    <message>
        <source>Warta could not make the reference list: %1.</source>
        <translation>Warta tidak dapat membuat daftar pustaka: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reference list of %n articles copied (%1, %2).</source>
        <translation>
            <numerusform>Daftar pustaka %n artikel disalin (%1, %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one or more articles in the Library first.</source>
        <translation>Pilih dulu satu artikel atau lebih di Pustaka.</translation>
    </message>
    <message>
        <source>References copied as %1.</source>
        <translation>Rujukan disalin sebagai %1.</translation>
    </message>
    <message>
        <source>Some articles were left out, their files could not be read: %1</source>
        <translation>Beberapa artikel tidak disertakan karena berkasnya tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Export References</source>
        <translation>Ekspor Rujukan</translation>
    </message>
</context>
<context>
    <name>warta::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Tutup pesan</translation>
    </message>
</context>
<context>
    <name>warta::Options</name>
    <message>
        <source>Reads a saved news article: paragraphs, quotes and citations. It reads only the files you open and never connects to the network.</source>
        <translation>Membaca artikel berita tersimpan: paragraf, kutipan, dan sitasi. Warta hanya membaca berkas yang Anda buka dan tidak pernah tersambung ke jaringan.</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Tampilkan bantuan ini lalu keluar.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Tampilkan versi lalu keluar.</translation>
    </message>
    <message>
        <source>The saved page to open (.html, .htm, .mhtml, .mht), or a file:// URL. Without it Warta opens its sample article.</source>
        <translation>Halaman tersimpan yang dibuka (.html, .htm, .mhtml, .mht), atau URL file://. Tanpanya Warta membuka artikel contohnya.</translation>
    </message>
    <message>
        <source>Developer: save a picture of the window to this PNG file and quit.</source>
        <translation>Pengembang: simpan gambar jendela ke berkas PNG ini lalu keluar.</translation>
    </message>
    <message>
        <source>Developer: light, sepia or dark, for this run only.</source>
        <translation>Pengembang: terang (light), sepia, atau gelap (dark), hanya untuk kali ini.</translation>
    </message>
    <message>
        <source>Developer: the side-panel tab to show (paragraphs, quotes or provenance).</source>
        <translation>Pengembang: tab panel samping yang ditampilkan (paragraphs, quotes, atau provenance).</translation>
    </message>
    <message>
        <source>Developer: the ledger row to highlight, from 0.</source>
        <translation>Pengembang: baris daftar kutipan yang disorot, mulai dari 0.</translation>
    </message>
    <message>
        <source>Developer: the window size, WIDTHxHEIGHT.</source>
        <translation>Pengembang: ukuran jendela, LEBARxTINGGI.</translation>
    </message>
    <message>
        <source>Developer: print the time to the painted article and the peak memory, then quit.</source>
        <translation>Pengembang: cetak waktu sampai artikel tergambar dan puncak memori, lalu keluar.</translation>
    </message>
    <message>
        <source>Developer: with --screenshot, also show the style chooser (chooser), the Cite menu (cite-menu), only the first page as exported to PDF (pdf-page), or the window 1.5 s after it appears, while a large page is read (reading); the Library (library) or its Speakers view (speakers).</source>
        <translation>Pengembang: dengan --screenshot, tampilkan juga pemilih gaya (chooser), menu Sitasi (cite-menu), hanya halaman pertama seperti diekspor ke PDF (pdf-page), atau jendela 1,5 detik setelah muncul, saat halaman besar sedang dibaca (reading); Pustaka (library) atau tampilan Narasumber-nya (speakers).</translation>
    </message>
    <message>
        <source>Developer: print the Library view&apos;s figures (opening, scrolling, searching as you type) on the library, then quit.</source>
        <translation>Pengembang: cetak angka tampilan Pustaka (membuka, menggulir, mencari sambil mengetik) pada pustaka, lalu keluar.</translation>
    </message>
    <message>
        <source>Developer: the search typed into the style chooser of --show chooser, or into the Library of --show library; the person of --show speakers.</source>
        <translation>Pengembang: pencarian yang diketik ke pemilih gaya pada --show chooser, atau ke Pustaka pada --show library; orang pada --show speakers.</translation>
    </message>
</context>
<context>
    <name>warta::OutlineModel</name>
    <message>
        <source>Paragraph %1: %2</source>
        <translation>Paragraf %1: %2</translation>
    </message>
</context>
<context>
    <name>warta::QuoteLedgerModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <source>Verb</source>
        <translation>Verba</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
</context>
<context>
    <name>warta::ReadingPane</name>
    <message>
        <source>Article text</source>
        <translation>Teks artikel</translation>
    </message>
</context>
<context>
    <name>warta::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Papan Ketik</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Perintah dan tombolnya</translation>
    </message>
    <message>
        <source>Next match (in the find bar)</source>
        <translation>Temuan berikutnya (di bilah pencarian)</translation>
    </message>
    <message>
        <source>Enter, F3</source>
        <translation>Enter, F3</translation>
    </message>
    <message>
        <source>Previous match (in the find bar)</source>
        <translation>Temuan sebelumnya (di bilah pencarian)</translation>
    </message>
    <message>
        <source>Shift+Enter, Shift+F3</source>
        <translation>Shift+Enter, Shift+F3</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Tutup bilah pencarian</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>From the search field into the list (in the style chooser)</source>
        <translation>Dari kolom pencarian ke daftar (di pemilih gaya)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Panah Bawah</translation>
    </message>
    <message>
        <source>Move between the lists and the text</source>
        <translation>Berpindah antara daftar dan teks</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>warta::SidePanel</name>
    <message>
        <source>Side panel</source>
        <translation>Panel samping</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>&amp;Paragraf</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Kutipan</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Asal-usul</translation>
    </message>
    <message>
        <source>P&amp;rovenance</source>
        <translation>&amp;Asal-usul</translation>
    </message>
    <message>
        <source>Paragraph outline</source>
        <translation>Kerangka paragraf</translation>
    </message>
    <message>
        <source>Filter quotes by speaker</source>
        <translation>Saring kutipan menurut pembicara</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Pembicara:</translation>
    </message>
    <message>
        <source>Quote ledger</source>
        <translation>Daftar kutipan</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Semua pembicara</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>&amp;Quotes (%1)</source>
        <translation>&amp;Kutipan (%1)</translation>
    </message>
    <message>
        <source>Ledger columns: click to sort</source>
        <translation>Kolom daftar kutipan: klik untuk mengurutkan</translation>
    </message>
</context>
<context>
    <name>warta::SpeakersView</name>
    <message>
        <source>Copy with Citation</source>
        <translation>Salin dengan Sitasi</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Cari orang</translation>
    </message>
    <message>
        <source>People quoted in the library</source>
        <translation>Orang yang dikutip di pustaka</translation>
    </message>
    <message>
        <source>Person shown</source>
        <translation>Orang yang ditampilkan</translation>
    </message>
    <message>
        <source>Quotes of the person</source>
        <translation>Kutipan orang itu</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Copy the quote with its citation</source>
        <translation>Salin kutipan beserta sitasinya</translation>
    </message>
    <message>
        <source>Copy the chosen quote and a reference pinned to its paragraph, in the chosen style</source>
        <translation>Salin kutipan yang dipilih dan rujukan yang menunjuk paragrafnya, dalam gaya yang dipilih</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n quotes</source>
        <translation>
            <numerusform>%1 — %n kutipan</numerusform>
        </translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>Juga ditulis: %1</translation>
    </message>
    <message>
        <source>Choose a person to see every quote of theirs in the library.</source>
        <translation>Pilih seseorang untuk melihat semua kutipannya di pustaka.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n quotes</source>
        <translation>
            <numerusform>%1: %n kutipan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warta::StyleChooser</name>
    <message>
        <source>Citation Style</source>
        <translation>Gaya Sitasi</translation>
    </message>
    <message>
        <source>Citation style chooser</source>
        <translation>Pemilih gaya sitasi</translation>
    </message>
    <message>
        <source>Installed citation styles</source>
        <translation>Gaya sitasi yang terpasang</translation>
    </message>
    <message>
        <source>Search citation styles</source>
        <translation>Cari gaya sitasi</translation>
    </message>
    <message numerus="yes">
        <source>Search %n styles</source>
        <translation>
            <numerusform>Cari di antara %n gaya</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Citation preview</source>
        <translation>Pratinjau sitasi</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Pratinjau:</translation>
    </message>
    <message>
        <source>&amp;Use This Style</source>
        <translation>&amp;Pakai Gaya Ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>
