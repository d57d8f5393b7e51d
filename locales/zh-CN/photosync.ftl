# A teammate's photo whose files are still being fetched after a sync.
photosync-downloading = 正在从平台下载…
# What a refused change was about, in the conflict inbox (see sync.ftl).
sync-conflict-what-photos = 照片
sync-conflict-what-size-chart = 尺码表
