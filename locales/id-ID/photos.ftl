## Photos in the listing editor.

photos-heading = Foto
photos-save-first = Simpan produk terlebih dahulu, lalu tambahkan fotonya.
photos-empty = Letakkan foto di sini atau pilih dengan Tambah foto. JPEG, PNG, atau WebP, maksimal 40 MB per foto.
photos-add = Tambah foto…
photos-drop-hint = Lepaskan foto untuk menambahkannya ke produk ini
photos-paths-toggle = Impor dari jalur berkas
photos-paths-label = Jalur berkas, satu per baris
photos-paths-import = Impor
photos-progress = Menambahkan foto { $done } dari { $total }…
photos-imported = { $count ->
   *[other] { $count } foto ditambahkan
}
photos-gps-removed = Lokasi dihapus dari { $names }. Pembeli tidak pernah melihat tempat foto diambil.
photos-failed-heading = Berkas berikut tidak ditambahkan:
photos-primary = Utama
photos-make-primary = Jadikan utama
photos-move-earlier = Pindah ke depan
photos-move-later = Pindah ke belakang
photos-remove = Hapus foto
photos-removed = Foto dihapus
photos-reorder-hint = Seret foto untuk mengubah urutan, atau pilih satu lalu tekan Alt+← atau Alt+→. Foto utama ditampilkan pertama di marketplace.
photos-thumb-alt = Foto { $position }: { $name }
photos-dismiss = Tutup

error-photo-empty = { $name } adalah berkas kosong.
error-photo-too-large = { $name } terlalu besar ({ $size } byte); ukuran foto maksimal { $max_size } byte.
error-photo-too-many-pixels = { $name } berukuran { $width }×{ $height } piksel; foto maksimal { $max_side } piksel per sisi.
error-photo-unsupported-format = { $name } bukan foto JPEG, PNG, atau WebP (tampaknya { $format }). Ekspor sebagai JPEG lalu tambahkan lagi.
error-photo-truncated = { $name } tidak lengkap: berkas berakhir sebelum gambarnya selesai. Salin lagi dari kamera atau ponsel.
error-photo-corrupt = { $name } rusak dan tidak dapat dibaca.
error-photo-encode-failed = { $name } tidak dapat diproses.
error-photo-unreadable = { $name } tidak dapat dibaca dari disk.
error-photo-too-many = { $name } tidak ditambahkan: satu produk maksimal { $max } foto.
error-photos-order-stale = Foto telah berubah sementara itu. Buka kembali produk lalu coba lagi.
