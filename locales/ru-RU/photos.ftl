## Photos in the listing editor.

photos-heading = Фотографии
photos-save-first = Сначала сохраните товар, затем добавьте фотографии.
photos-empty = Перетащите фотографии сюда или выберите их кнопкой «Добавить фото». JPEG, PNG или WebP, до 40 МБ каждая.
photos-add = Добавить фото…
photos-drop-hint = Отпустите фотографии, чтобы добавить их к этому товару
photos-paths-toggle = Импорт по путям к файлам
photos-paths-label = Пути к файлам, по одному в строке
photos-paths-import = Импортировать
photos-progress = Добавляется фото { $done } из { $total }…
photos-imported = { $count ->
    [one] Добавлена { $count } фотография
    [few] Добавлены { $count } фотографии
    [many] Добавлено { $count } фотографий
   *[other] Добавлено { $count } фотографии
}
photos-gps-removed = Геопозиция удалена из { $names }. Покупатели никогда не увидят, где был сделан снимок.
photos-failed-heading = Эти файлы не добавлены:
photos-primary = Главное
photos-make-primary = Сделать главным
photos-move-earlier = Переместить раньше
photos-move-later = Переместить позже
photos-remove = Удалить фото
photos-removed = Фото удалено
photos-reorder-hint = Перетаскивайте фотографии, чтобы изменить порядок, или выберите одну и нажмите Alt+← или Alt+→. Главное фото показывается на маркетплейсе первым.
photos-thumb-alt = Фото { $position }: { $name }
photos-dismiss = Закрыть

error-photo-empty = Файл { $name } пуст.
error-photo-too-large = Файл { $name } слишком большой ({ $size } байт); фото может занимать не более { $max_size } байт.
error-photo-too-many-pixels = Размер { $name } — { $width }×{ $height } пикселей; у фото не более { $max_side } пикселей по каждой стороне.
error-photo-unsupported-format = { $name } — не фото JPEG, PNG или WebP (похоже на { $format }). Сохраните его в JPEG и добавьте снова.
error-photo-truncated = Файл { $name } неполный: он обрывается раньше, чем изображение. Скопируйте его с камеры или телефона ещё раз.
error-photo-corrupt = Файл { $name } повреждён и не читается.
error-photo-encode-failed = Не удалось обработать { $name }.
error-photo-unreadable = Не удалось прочитать { $name } с диска.
error-photo-too-many = { $name } не добавлено: у товара может быть не более { $max } фотографий.
error-photos-order-stale = Фотографии тем временем изменились. Откройте товар заново и повторите.
