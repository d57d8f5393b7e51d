## Impor dan ekspor produk dalam CSV.

csv-open = Impor / ekspor CSV
csv-title = Impor dan ekspor CSV
csv-tab-import = Impor
csv-tab-export = Ekspor
csv-path = File
csv-choose = Pilih…
csv-delimiter = Pemisah
csv-delimiter-comma = Koma (,)
csv-delimiter-semicolon = Titik koma (;), desimal dengan koma
csv-export = Ekspor
csv-exported = { $rows } baris diekspor ({ $listings } produk).
csv-export-hint = Satu baris per varian, dengan semua terjemahan dan semua harga. Spreadsheet dapat langsung membukanya.
csv-import-hint = Baris dicocokkan menurut listing_id, lalu SKU; baris lainnya menjadi produk baru. Tidak ada yang berubah sampai Anda mengonfirmasi.
csv-check = Periksa file
csv-rows = { $count } baris dibaca
csv-errors-title = Masalah (produk ini tidak diikutkan)
csv-more-errors = …dan { $count } masalah lagi
csv-import = Impor { $count } produk
csv-imported = { $count } produk diimpor.
csv-nothing = Tidak ada yang diimpor: file sama dengan toko.
csv-error-at = Baris { $line }, kolom { $column }: { $message }
csv-error-at-line = Baris { $line }: { $message }
csv-file-refused = File ini tidak dapat diimpor.

error-csv-column-unknown = Kolom “{ $column }” tidak dikenal. Beri nama kolom seperti hasil ekspor, mis. title.pt-BR atau price.BRL.
error-csv-column-duplicate = Kolom “{ $column }” muncul dua kali.
error-csv-column-missing = File tidak memiliki kolom “{ $column }”.
error-csv-malformed = Baris ini bukan CSV yang valid. Periksa tanda kutipnya.
error-csv-not-utf8 = Teks ini bukan UTF-8. Simpan file sebagai “CSV UTF-8”.
error-csv-row-length = Baris ini memiliki { $found } sel; header memiliki { $expected }.
error-csv-empty = File kosong.
error-csv-listing-mismatch = Berbeda dari baris { $line } pada produk yang sama.
error-csv-state-invalid = “{ $value }” bukan status: gunakan draft, active, inactive, atau sold_out.
error-csv-options-invalid = Tulis opsi sebagai nama=nilai; nama=nilai.
error-csv-price-ambiguous = “{ $value }” ambigu untuk { $currency }: tulis sebagai 1234.50 (atau 1234,50 dalam file bertitik koma), tanpa pemisah ribuan.
error-csv-file-unreadable = File tidak dapat dibaca. Periksa nama dan foldernya.
error-csv-file-unwritable = File tidak dapat ditulis di sana. Pilih folder lain.
