# Balasan tersimpan dalam bahasa Indonesia. Lihat en.ftl.
# Bahasa Indonesia tidak membedakan bentuk jamak, jadi { $days } dipakai apa adanya.

shipping-delay =
    Halo { $buyer_name },

    Mohon maaf, pengiriman pesanan { $order_number } akan terlambat { $days } hari. Pesanan akan dikirim dari gudang kami paling lambat { $ship_by }, dan nomor resi akan segera kami kirimkan setelah paket dikirim.

    Terima kasih atas kesabarannya!
    .name = Pengiriman terlambat

tracking-update =
    Halo { $buyer_name },

    Pesanan { $order_number } sudah dikirim. Nomor resinya { $tracking_number }, dan Anda bisa melacak paketnya di sini: { $tracking_link }

    Status pelacakan biasanya muncul dalam 1–2 hari. Jika ada pertanyaan, silakan balas pesan ini.
    .name = Info nomor resi

size-question =
    Halo { $buyer_name },

    Terima kasih atas pertanyaannya. Ukuran produk kami mengikuti tabel ukuran di halaman produk; jika Anda berada di antara dua ukuran, kami sarankan memilih yang lebih besar. Beri tahu kami tinggi badan, berat badan, dan lingkar dada Anda, dan kami akan membantu memilih ukuran yang pas.
    .name = Pertanyaan ukuran

return-instructions =
    Halo { $buyer_name },

    Kami mohon maaf pesanan { $order_number } tidak sesuai harapan Anda. Anda dapat mengembalikannya dalam { $days } hari setelah diterima: ajukan permintaan pengembalian di halaman pesanan dan kirim barang dalam keadaan belum dipakai dengan kemasan aslinya. Setelah barang kami terima, dana sebesar { $amount } akan kami kembalikan.
    .name = Cara pengembalian
