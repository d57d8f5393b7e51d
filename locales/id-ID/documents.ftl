## Dokumen pengiriman (crates/shopkeeper-documents). `doc-slip-*` dicetak di slip
## pengepakan dalam bahasa pembeli, `doc-pick-*` di daftar ambil barang.

doc-slip-title = Slip pengepakan
doc-slip-order = Pesanan { $number }
doc-slip-date = Tanggal pesanan: { $date }
doc-slip-ship-to = Kirim ke
doc-slip-from = Pengirim
doc-slip-sku = SKU
doc-slip-item = Barang
doc-slip-qty = Jml
doc-slip-unit-price = Harga satuan
doc-slip-line-total = Jumlah
doc-slip-subtotal = Subtotal
doc-slip-shipping = Ongkos kirim
doc-slip-total = Total dibayar
doc-slip-tracking = Dikirim dengan { $carrier }, nomor resi { $tracking }
doc-slip-thanks = Terima kasih atas pesanan Anda!

doc-pick-title = Daftar ambil barang
doc-pick-orders = Pesanan: { $count }
doc-pick-location = Lokasi
doc-pick-sku = SKU
doc-pick-item = Barang
doc-pick-quantity = Jml
doc-pick-empty = Pesanan yang dipilih tidak punya barang untuk diambil.

error-documents-font-missing = Berkas font { $path } tidak ada. Pasang paket Debian { $package } (scripts/setup.sh melakukannya) lalu coba lagi.
error-documents-font-invalid = Berkas { $path } tidak bisa dibaca sebagai font.
error-label-glyph-missing = Karakter “{ $character }” di { $field } tidak bisa dicetak dengan font label. Perbaiki teksnya atau ganti karakternya.
error-label-field-too-long = { $field } terlalu panjang untuk muat di dokumen. Persingkat.
error-address-field-missing = Alamat belum lengkap: { $field } kosong.
error-address-postal-code-invalid = Kode pos “{ $value }” tidak sesuai untuk { $country }.
error-address-country-invalid = “{ $value }” di { $field } bukan kode negara dua huruf, seperti BR atau FR.
error-tracking-invalid = Nomor resi “{ $value }” hanya boleh berisi huruf A–Z dan angka (4 sampai 40 karakter).
error-tracking-s10-format = “{ $value }” bukan nomor resi pos: bentuknya seharusnya seperti RR473124829DE.
error-tracking-s10-check-digit = Nomor resi { $value } punya digit pemeriksa yang salah. Periksa apakah ada salah ketik.
error-label-barcode-too-wide = Nomor resi { $value } terlalu panjang untuk barcode di label 4×6.
error-customs-hs-code-invalid = Kode HS “{ $value }” harus 6 sampai 10 digit, misalnya 6214.10.
error-customs-hs-edition-invalid = Edisi HS “{ $value }” harus seperti HS2022.
error-customs-currency-unknown = { $code } bukan kode mata uang yang dikenal.
error-customs-currency-mismatch = Semua jumlah harus dalam { $expected }; ada yang dalam { $found }.
error-customs-sdr-rate-invalid = Kurs SDR harus berupa angka positif.
error-customs-sdr-rate-missing = Belum ada kurs SDR untuk { $currency }, jadi formulir bea cukai (CN22 atau CN23) tidak bisa dipilih. Tambahkan kurs di Pengaturan.
error-customs-incomplete = Ada { $count } data bea cukai yang belum diisi. Lengkapi sebelum mencetak label.
error-documents-locale-unsupported = Dokumen belum bisa dicetak dalam bahasa { $locale }.
error-documents-pdf-failed = PDF tidak bisa ditulis: { $detail }
error-documents-cancelled = Pencetakan dibatalkan. Tidak ada yang ditandai terkirim.
error-printer-unreachable = Printer di { $address } tidak bisa dihubungi ({ $detail }). Pastikan printer menyala dan terhubung ke jaringan.
error-printer-timeout = Printer di { $address } berhenti merespons. Periksa kertas dan pita, lalu cetak lagi.
error-printer-cups-missing = Sistem cetak (CUPS) tidak terpasang di komputer ini, jadi perintah lp tidak ada.
error-printer-cups-failed = Sistem cetak menolak pekerjaan ini ({ $status }): { $detail }
error-printer-queue-invalid = “{ $queue }” bukan nama antrean printer yang valid.

# Paket bukti jawaban sengketa (issue 7 butir 6), dalam bahasa penjual.
doc-evidence-title = Bukti sengketa
doc-evidence-order = Pesanan { $order } tanggal { $date }
doc-evidence-shop = Penjual: { $shop }
doc-evidence-buyer = Pembeli: { $buyer }
doc-evidence-dispute = Sengketa: { $reason }, dibuka { $date }
doc-evidence-reason-not_received = tidak diterima
doc-evidence-reason-not_as_described = tidak sesuai deskripsi
doc-evidence-reason-damaged = tiba dalam keadaan rusak
doc-evidence-reason-other = alasan lain
doc-evidence-tracking = Dikirim dengan { $carrier }, nomor resi { $number }
doc-evidence-no-tracking = Tidak ada nomor resi yang tercatat untuk pesanan ini.
doc-evidence-attached-label-customs = Terlampir: salinan label pengiriman dan formulir bea cukai.
doc-evidence-attached-label = Terlampir: salinan label pengiriman (tanpa formulir bea cukai: kiriman domestik).
doc-evidence-no-label = Tanpa salinan label: dokumen pengiriman tidak dapat dibuat dari data toko.
doc-evidence-conversation = Percakapan dengan pembeli
doc-evidence-no-messages = Pembeli dan toko tidak bertukar pesan tentang pesanan ini.
doc-evidence-from-buyer = Pembeli
doc-evidence-from-shop = Toko
doc-evidence-generated = Dibuat oleh Shopkeeper pada { $date }. Pesan dicetak sesuai tulisan aslinya; karakter tersembunyi ditampilkan sebagai [U+…].
