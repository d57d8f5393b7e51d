# A teammate's photo whose files are still being fetched after a sync.
photosync-downloading = Descargando del marketplace…
# What a refused change was about, in the conflict inbox (see sync.ftl).
sync-conflict-what-photos = Fotos
sync-conflict-what-size-chart = Tabla de tallas
