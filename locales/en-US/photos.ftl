## Photos in the listing editor.

photos-heading = Photos
photos-save-first = Save the listing first, then add its photos.
photos-empty = Drop photos here or choose them with Add photos. JPEG, PNG or WebP, up to 40 MB each.
photos-add = Add photos…
photos-drop-hint = Drop the photos to add them to this listing
photos-paths-toggle = Import from file paths
photos-paths-label = File paths, one per line
photos-paths-import = Import
photos-progress = Adding photo { $done } of { $total }…
photos-imported = { $count ->
    [one] { $count } photo added
   *[other] { $count } photos added
}
photos-gps-removed = Location removed from { $names }. Buyers never see where a photo was taken.
photos-failed-heading = These files were not added:
photos-primary = Primary
photos-make-primary = Make primary
photos-move-earlier = Move earlier
photos-move-later = Move later
photos-remove = Remove photo
photos-removed = Photo removed
photos-reorder-hint = Drag photos to reorder them, or focus one and press Alt+← or Alt+→. The primary photo is shown first on the marketplace.
photos-thumb-alt = Photo { $position }: { $name }
photos-dismiss = Dismiss

error-photo-empty = { $name } is an empty file.
error-photo-too-large = { $name } is too large ({ $size } bytes); a photo may be at most { $max_size } bytes.
error-photo-too-many-pixels = { $name } is { $width }×{ $height } pixels; a photo may be at most { $max_side } pixels on each side.
error-photo-unsupported-format = { $name } is not a JPEG, PNG or WebP photo (it looks like { $format }). Export it as JPEG and add it again.
error-photo-truncated = { $name } is incomplete: the file ends before the picture does. Copy it again from the camera or phone.
error-photo-corrupt = { $name } is damaged and cannot be read.
error-photo-encode-failed = { $name } could not be processed.
error-photo-unreadable = { $name } could not be read from the disk.
error-photo-too-many = { $name } was not added: a listing holds at most { $max } photos.
error-photos-order-stale = The photos changed in the meantime. Reopen the listing and try again.
