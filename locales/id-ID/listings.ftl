## Listings page: toolbar, filters and sort.

listings-title = Produk
# Total of listings matching the search and filters, e.g. "12,345 listings".
listings-count = { $count ->
   *[other] { $count } produk
}
listings-search-label = Cari produk
listings-search-placeholder = Cari judul, SKU, dan tag  (/)
listings-new = Produk baru
# Tooltip of the "New listing" button.
listings-new-hint = Produk baru (Ctrl+N)
# Screen-reader label of the row of filters.
listings-filters = Filter
listings-filter-state = Status
listings-filter-stock = Stok
listings-stock-any = Semua stok
listings-stock-in = Stok tersedia
listings-stock-low = Stok menipis
listings-stock-out = Stok habis
listings-filter-currency = Mata uang
listings-currency-any = Semua mata uang
listings-filter-translation = Terjemahan
listings-translation-any = Semua terjemahan
# $language is a language name, e.g. "Brazilian Portuguese".
listings-translation-missing-in = Belum diterjemahkan ke { $language }
listings-sort = Urutkan
listings-sort-title = Judul
listings-sort-updated = Terakhir diperbarui
listings-sort-created = Tanggal dibuat
listings-sort-stock = Stok
listings-sort-ascending = Urutan naik; ubah ke urutan turun
listings-sort-descending = Urutan turun; ubah ke urutan naik
listings-clear-filters = Hapus filter

## Listing states, as badges and in filters and the editor.

listing-state-draft = Draf
listing-state-active = Aktif
listing-state-inactive = Nonaktif
listing-state-sold-out = Habis

## Listings table

listings-table-label = Produk
listings-col-title = Judul
listings-col-variants = Varian
listings-col-stock = Stok
listings-col-prices = Harga
listings-col-translations = Terjemahan
listings-col-updated = Diperbarui
listings-untitled = Produk tanpa judul
# Shown after the first prices of a row when it has more currencies, e.g. "+3".
listings-more-prices = +{ $count }
# Tooltip listing the other currencies of a row.
listings-more-prices-hint = { $count ->
   *[other] { $count } mata uang lainnya
}
listings-no-price = Belum ada harga
listings-stock-low-badge = Menipis
listings-stock-out-badge = Habis
# Tooltip of a language chip; $language is a language name.
listings-translation-present = { $language }: sudah diterjemahkan
listings-translation-missing = { $language }: belum diterjemahkan
listings-loading = Memuat produk…
listings-loading-more = Memuat lebih banyak…
listings-load-failed = Produk tidak dapat dimuat.
listings-retry = Coba lagi

## Listings page: empty states.

listings-empty-title = Belum ada produk
listings-empty-body = Produk adalah barang yang Anda jual. Beri judul dalam bahasa pembeli Anda, tambahkan varian seperti ukuran atau warna, dan tetapkan harga dalam setiap mata uang yang Anda gunakan untuk berjualan. Klik “Produk baru” atau tekan Ctrl+N untuk membuat produk pertama Anda.
listings-noresults-title = Tidak ada produk yang cocok
listings-noresults-body = Tidak ada yang cocok dengan pencarian dan filter Anda. Coba kata lain, atau hapus filter untuk melihat semua produk.

## Toasts after a change on the Listings page.

listings-archived = “{ $title }” diarsipkan.
listings-restored = “{ $title }” kembali ke daftar produk Anda.
listings-created = Produk dibuat.
listings-saved = Perubahan disimpan.

## Listing editor: header and actions.

editor-new-title = Produk baru
editor-edit-title = Edit produk
editor-save = Simpan
editor-saving = Menyimpan…
editor-saved = Tersimpan
editor-close = Tutup
editor-archive = Arsipkan
editor-unsaved = Ada perubahan yang belum disimpan
editor-shortcuts = Ctrl+S menyimpan · Esc menutup
editor-loading = Memuat produk…
editor-load-failed = Produk ini tidak dapat dibuka.
# $when is a relative time, e.g. "5 minutes ago".
editor-updated = Diperbarui { $when }
editor-not-synced = Belum ada di marketplace
editor-discard-title = Buang perubahan Anda?
editor-discard-body = Produk ini memiliki perubahan yang belum disimpan. Jika Anda menutupnya sekarang, perubahan tersebut akan hilang.
editor-discard-confirm = Buang perubahan
editor-discard-keep = Lanjutkan mengedit

## Listing editor: general section.

editor-section-general = Umum
editor-state = Status
editor-default-locale = Bahasa default
editor-default-locale-help = Pembeli melihat bahasa ini jika produk tidak memiliki teks dalam bahasa mereka. Bahasa ini wajib memiliki judul.

## Listing editor: texts per language.

editor-section-texts = Judul dan deskripsi
editor-texts-tabs = Bahasa
editor-text-complete = sudah diterjemahkan
editor-text-partial = sebagian diterjemahkan
editor-text-empty = belum diterjemahkan
editor-text-default = default
editor-text-title = Judul
# Characters used in the title against the marketplace's limit, e.g. "42 / 128".
editor-text-title-count = { $count } / { $max }
editor-text-description = Deskripsi
editor-text-tags = Tag
editor-text-tags-help = Pisahkan tag dengan koma, misalnya: sutra, syal, musim panas.

## Listing editor: variants, prices and customs.

editor-section-variants = Varian
editor-variants-help = Setiap varian adalah satu pilihan yang dapat dipilih pembeli, dengan SKU, stok, dan harganya sendiri.
editor-col-option = Opsi
editor-col-sku = SKU
editor-col-stock = Stok
editor-col-weight = Berat (g)
editor-col-prices = Harga
# $number counts variants from 1.
editor-variant-label = Varian { $number }
editor-option-name = Nama opsi
editor-option-name-placeholder = Ukuran
editor-option-value = Nilai opsi
editor-option-value-placeholder = M
editor-add-option = Tambah opsi
editor-remove-option = Hapus opsi
editor-price-currency = Mata uang
editor-price-amount = Jumlah
editor-add-price = Tambah harga
editor-remove-price = Hapus harga dalam { $currency }
editor-add-variant = Tambah varian
editor-remove-variant = Hapus varian { $number }
editor-customs = Bea cukai
editor-customs-show = Tampilkan detail bea cukai varian { $number }
editor-customs-hide = Sembunyikan detail bea cukai varian { $number }
editor-hs-code = Kode HS
editor-hs-code-placeholder = 6214.10
editor-origin-country = Negara asal
editor-origin-country-placeholder = CN
editor-customs-description = Deskripsi bea cukai
editor-customs-description-placeholder = Silk scarf
editor-customs-help = Dicetak pada formulir bea cukai CN22/CN23. Gunakan kode negara dua huruf, misalnya CN atau VN.

## Listing editor: history of changes (who changed what, from which device, when).

editor-history = Riwayat
editor-history-show = Tampilkan riwayat
editor-history-hide = Sembunyikan riwayat
editor-history-loading = Memuat riwayat…
editor-history-failed = Riwayat tidak dapat dimuat.
editor-history-empty = Belum ada perubahan yang tercatat.
editor-history-create = Dibuat
editor-history-update = Diedit
editor-history-archive = Diarsipkan
editor-history-restore = Dipulihkan
# $device is a short device id, e.g. "a1b2c3".
editor-history-device = di perangkat { $device }
