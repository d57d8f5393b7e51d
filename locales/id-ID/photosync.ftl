# A teammate's photo whose files are still being fetched after a sync.
photosync-downloading = Sedang diunduh dari marketplace…
# What a refused change was about, in the conflict inbox (see sync.ftl).
sync-conflict-what-photos = Foto
sync-conflict-what-size-chart = Tabel ukuran
