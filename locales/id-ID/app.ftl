## The app frame: names shared by every page.

app-name = Shopkeeper
nav-listings = Produk
nav-orders = Pesanan
nav-messages = Pesan
nav-sync = Sinkronisasi
nav-settings = Pengaturan

## Frame: the window around every page.

# Screen-reader label of the left navigation.
frame-nav-label = Utama
# Screen-reader label of the shop name shown above the navigation.
frame-shop-label = Toko Anda
frame-loading = Membuka toko Anda…
frame-start-failed = Shopkeeper tidak dapat membuka toko Anda.
frame-retry = Coba lagi

## Common words used on several pages.

common-undo = Urungkan
common-dismiss = Tutup
# Screen-reader label of the area where short notifications appear.
common-notifications = Notifikasi

## Pages that later releases fill. Each says what will come and when;
## nothing on them is made up.

orders-empty-title = Pesanan Anda akan muncul di sini
orders-empty-body = Setelah toko Anda terhubung ke marketplace, setiap pesanan baru akan muncul di sini beserta barang yang dibeli, alamat, dan batas waktu pengiriman, sehingga tidak ada yang terlambat dikirim.
messages-empty-title = Pesan pembeli akan muncul di sini
messages-empty-body = Setelah toko Anda terhubung ke marketplace, pertanyaan pembeli akan masuk ke satu kotak masuk di sini, di samping pesanan yang dimaksud.

## Settings page

settings-title = Pengaturan
settings-language-section = Bahasa
settings-marketplace-section = Akun marketplace
settings-language = Bahasa Shopkeeper
settings-language-help = Menu, pesan, angka, harga, dan tanggal mengikuti bahasa ini. Teks produk Anda tetap dalam bahasanya masing-masing.
settings-language-changed = Shopkeeper sekarang menggunakan { $language }.
settings-shop-section = Toko Anda
settings-shop-name = Nama toko
settings-shop-file = File toko
settings-shop-file-help = Semua data toko Anda disimpan dalam satu file ini di komputer ini. Sertakan file ini dalam cadangan Anda.
settings-log-dir = Folder log
settings-log-dir-help = Jika terjadi masalah, file log di sini membantu tim dukungan mencari penyebabnya. File log tidak pernah berisi data pribadi pembeli Anda.
settings-about-section = Tentang
settings-version = Versi
