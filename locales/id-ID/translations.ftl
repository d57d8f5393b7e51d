## Translations: completeness per market and side-by-side editing.

nav-translations = Terjemahan
translations-heading = Terjemahan
translations-intro = Pembeli membaca produk dalam bahasa mereka sendiri. Temukan yang belum ada dan terjemahkan di samping teks aslinya.
translations-total = { $total ->
   *[other] { $total } produk aktif
}
translations-titled = { $titled } dari { $total } berjudul
translations-missing-title = { $count } tanpa judul
translations-missing-description = { $count } tanpa deskripsi
translations-complete = Lengkap
translations-show-missing = Tampilkan yang kurang
translations-missing-in = Belum ada judul dalam { $language }
translations-none-missing = Semua produk aktif sudah memiliki judul dalam { $language }.
translations-pick = Pilih produk di sebelah kiri untuk menerjemahkannya berdampingan dengan aslinya.
translations-source = Asli · { $language }
translations-target = Terjemahan · { $language }
translations-title = Judul
translations-description = Deskripsi
translations-tags = Tag
translations-tags-hint = Pisahkan tag dengan koma.
translations-count = { $count } / { $max }
translations-save = Simpan terjemahan
translations-saved = Terjemahan disimpan
translations-search = Cari produk
translations-load-more = Tampilkan lebih banyak
translations-same-locale = Ini bahasa asli produk; ubah di editor produk.
