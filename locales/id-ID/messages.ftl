# Pesan pembeli: menampilkan teks yang tidak tepercaya dengan aman, membuka
# tautan, dan apa yang diminta pemeriksa aturan marketplace untuk diubah.

messages-hidden-characters = Pesan ini berisi karakter tersembunyi yang dapat menyamarkan teks. Karakter itu ditampilkan sebagai penanda [U+…] dan tidak berpengaruh.
messages-control-bidi = Kontrol arah teks: dapat membuat teks terbaca terbalik. Di sini hanya ditampilkan, tidak diterapkan.
messages-control-zero-width = Karakter tak terlihat: dapat bersembunyi di dalam kata atau alamat. Di sini hanya ditampilkan, tidak diterapkan.
messages-control-control = Karakter kontrol, di sini hanya ditampilkan, tidak diterapkan.
messages-link-button-title = Baru terbuka setelah Anda konfirmasi: { $href }
messages-link-suspicious = Tautan mencurigakan
messages-link-open-title = Buka tautan dari pembeli?
messages-link-open-body = Ini akan membuka { $href } di browser Anda. Tautan dalam pesan bisa meniru marketplace, jasa kirim, atau bank: buka hanya jika Anda memercayainya.
messages-link-open = Buka tautan
messages-link-cancel = Batal
messages-link-warning-userinfo = Teks sebelum “@” menyembunyikan tujuan sebenarnya dari tautan ini.
messages-link-warning-punycode = Alamat ini memakai karakter internasional yang dikodekan (xn--) yang bisa meniru situs lain.
messages-link-warning-non-ascii-host = Alamat ini berisi huruf non-Latin.
messages-link-warning-mixed-script = Alamat ini mencampur beberapa abjad, cara umum untuk meniru situs lain.
messages-link-warning-ip-address = Alamat ini hanya nomor IP, bukan situs bernama.
messages-rule-phone = Hapus nomor telepon “{ $matched }”: marketplace ini melarang info kontak dalam pesan.
messages-rule-email = Hapus alamat email “{ $matched }”: marketplace ini melarang info kontak dalam pesan.
messages-rule-link = Hapus tautan “{ $matched }”: marketplace ini melarang tautan ke situs lain dalam pesan.
messages-rule-messenger = Hapus kontak aplikasi pesan “{ $matched }”: marketplace ini melarang memindahkan percakapan ke aplikasi lain.
