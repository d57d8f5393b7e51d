# A teammate's photo whose files are still being fetched after a sync.
photosync-downloading = Загружается с маркетплейса…
# What a refused change was about, in the conflict inbox (see sync.ftl).
sync-conflict-what-photos = Фотографии
sync-conflict-what-size-chart = Размерная сетка
