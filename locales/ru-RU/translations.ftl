## Translations: completeness per market and side-by-side editing.

nav-translations = Переводы
translations-heading = Переводы
translations-intro = Покупатели читают товары на своём языке. Найдите, чего не хватает, и переведите рядом с оригиналом.
translations-total = { $total ->
    [one] { $total } активный товар
    [few] { $total } активных товара
    [many] { $total } активных товаров
   *[other] { $total } активного товара
}
translations-titled = С названием: { $titled } из { $total }
translations-missing-title = Без названия: { $count }
translations-missing-description = Без описания: { $count }
translations-complete = Готово
translations-show-missing = Показать недостающие
translations-missing-in = Нет названия на языке: { $language }
translations-none-missing = У всех активных товаров есть название на языке: { $language }.
translations-pick = Выберите товар слева, чтобы переводить его рядом с оригиналом.
translations-source = Оригинал · { $language }
translations-target = Перевод · { $language }
translations-title = Название
translations-description = Описание
translations-tags = Теги
translations-tags-hint = Разделяйте теги запятыми.
translations-count = { $count } / { $max }
translations-save = Сохранить перевод
translations-saved = Перевод сохранён
translations-search = Поиск товаров
translations-load-more = Показать ещё
translations-same-locale = Это исходный язык товара; измените текст в редакторе товара.
