# A teammate's photo whose files are still being fetched after a sync.
photosync-downloading = Coming from the marketplace…
# What a refused change was about, in the conflict inbox (see sync.ftl).
sync-conflict-what-photos = Photos
sync-conflict-what-size-chart = Size chart
