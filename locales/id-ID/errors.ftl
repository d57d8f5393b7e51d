## Errors. `error-<code>` for every code the core returns; the UI shows these
## next to the field named by the error.

error-validation = Beberapa kolom perlu diperiksa. Tidak ada yang disimpan.
error-not-found = Item ini sudah tidak ada. Mungkin item ini telah dihapus di perangkat lain.
error-shop-file = File toko tidak dapat dibuka. Pastikan disk tidak penuh dan Anda memiliki izin menulis ke folder tersebut.
error-storage = File toko tidak dapat dibaca atau ditulis. Perubahan terakhir Anda tidak tersimpan; silakan coba lagi.
error-internal = Terjadi kesalahan internal di Shopkeeper. Tidak ada yang diubah. Detailnya ada di file log.

error-title-empty = Masukkan judul.
error-title-too-long = Marketplace mengizinkan maksimal { $max } karakter untuk judul; judul ini memiliki { $length } karakter.
error-description-too-long = Marketplace mengizinkan maksimal { $max } karakter untuk deskripsi; deskripsi ini memiliki { $length } karakter.
error-tags-too-many = Gunakan maksimal { $max } tag.
error-tag-too-long = Tag “{ $tag }” terlalu panjang: maksimal { $max } karakter.
error-locale-unsupported = Bahasa { $locale } tidak didukung oleh marketplace.
error-locale-duplicate = Ada dua teks dalam { $locale }.
error-variants-empty = Tambahkan setidaknya satu varian.
error-variants-too-many = Satu produk dapat memiliki maksimal { $max } varian.
error-sku-empty = Masukkan SKU.
error-sku-invalid = SKU maksimal { $max } karakter dan tanpa spasi.
error-sku-duplicate = SKU { $sku } digunakan dua kali dalam produk ini.
error-sku-taken = SKU { $sku } sudah digunakan oleh produk lain.
error-stock-malformed = Masukkan stok sebagai bilangan bulat, misalnya 12.
error-stock-negative = Stok tidak boleh negatif.
error-stock-too-large = Stok maksimal { $max }.
error-weight-malformed = Masukkan berat dalam gram bulat, misalnya 250.
error-weight-negative = Berat tidak boleh negatif.
error-weight-too-large = Berat maksimal { $max } g.
error-hs-code-invalid = Kode HS terdiri dari 6 hingga 10 digit, misalnya 6214.10.
error-country-invalid = Gunakan kode negara dua huruf, misalnya VN atau BR.
error-option-incomplete = Setiap opsi harus memiliki nama dan nilai.
error-currency-unknown = { $currency } bukan kode mata uang ISO 4217.
error-currency-duplicate = Ada dua harga dalam { $currency }.
error-price-malformed = Masukkan harga dengan angka dan koma desimal, misalnya 12,50.
error-price-negative = Harga tidak boleh negatif.
error-price-too-large = Harga ini terlalu besar.
error-price-too-many-decimals = { $max ->
    [0] Harga dalam { $currency } berupa bilangan bulat, tanpa desimal.
   *[other] Harga dalam { $currency } maksimal { $max } angka desimal.
}
error-price-missing = Produk aktif harus memiliki harga untuk setiap varian.
error-cursor-invalid = Daftar sudah usang dan telah dimuat ulang.
