## Listings page: toolbar, filters and sort.

listings-title = Товары
# Total of listings matching the search and filters, e.g. "12,345 listings".
listings-count = { $count ->
    [one] { $count } товар
    [few] { $count } товара
    [many] { $count } товаров
   *[other] { $count } товара
}
listings-search-label = Поиск товаров
listings-search-placeholder = Поиск по названиям, SKU и тегам  (/)
listings-new = Новый товар
# Tooltip of the "New listing" button.
listings-new-hint = Новый товар (Ctrl+N)
# Screen-reader label of the row of filters.
listings-filters = Фильтры
listings-filter-state = Статус
listings-filter-stock = Остаток
listings-stock-any = Любой остаток
listings-stock-in = В наличии
listings-stock-low = Заканчивается
listings-stock-out = Нет в наличии
listings-filter-currency = Валюта
listings-currency-any = Любая валюта
listings-filter-translation = Перевод
listings-translation-any = Любой перевод
# $language is a language name, e.g. "Brazilian Portuguese".
listings-translation-missing-in = Нет перевода на { $language }
listings-sort = Сортировка
listings-sort-title = Название
listings-sort-updated = Дата изменения
listings-sort-created = Дата создания
listings-sort-stock = Остаток
listings-sort-ascending = По возрастанию; переключить на убывание
listings-sort-descending = По убыванию; переключить на возрастание
listings-clear-filters = Сбросить фильтры

## Listing states, as badges and in filters and the editor.

listing-state-draft = Черновик
listing-state-active = В продаже
listing-state-inactive = Снят с продажи
listing-state-sold-out = Распродан

## Listings table

listings-table-label = Товары
listings-col-title = Название
listings-col-variants = Варианты
listings-col-stock = Остаток
listings-col-prices = Цены
listings-col-translations = Переводы
listings-col-updated = Изменён
listings-untitled = Товар без названия
# Shown after the first prices of a row when it has more currencies, e.g. "+3".
listings-more-prices = +{ $count }
# Tooltip listing the other currencies of a row.
listings-more-prices-hint = { $count ->
    [one] Ещё { $count } валюта
    [few] Ещё { $count } валюты
    [many] Ещё { $count } валют
   *[other] Ещё { $count } валюты
}
listings-no-price = Без цены
listings-stock-low-badge = Мало
listings-stock-out-badge = Нет
# Tooltip of a language chip; $language is a language name.
listings-translation-present = { $language }: переведено
listings-translation-missing = { $language }: не переведено
listings-loading = Загрузка товаров…
listings-loading-more = Загружаем ещё…
listings-load-failed = Не удалось загрузить товары.
listings-retry = Повторить

## Listings page: empty states.

listings-empty-title = Товаров пока нет
listings-empty-body = Товар — это то, что вы продаёте. Укажите его название на языках ваших покупателей, добавьте варианты, например размеры или цвета, и задайте цену в каждой валюте, в которой продаёте. Нажмите «Новый товар» или Ctrl+N, чтобы создать первый товар.
listings-noresults-title = Товары не найдены
listings-noresults-body = По вашему запросу и фильтрам ничего не найдено. Попробуйте другие слова или сбросьте фильтры, чтобы увидеть все товары.

## Toasts after a change on the Listings page.

listings-archived = Товар «{ $title }» перенесён в архив.
listings-restored = Товар «{ $title }» снова в списке товаров.
listings-created = Товар создан.
listings-saved = Изменения сохранены.

## Listing editor: header and actions.

editor-new-title = Новый товар
editor-edit-title = Редактирование товара
editor-save = Сохранить
editor-saving = Сохранение…
editor-saved = Сохранено
editor-close = Закрыть
editor-archive = В архив
editor-unsaved = Есть несохранённые изменения
editor-shortcuts = Ctrl+S — сохранить · Esc — закрыть
editor-loading = Загрузка товара…
editor-load-failed = Не удалось открыть этот товар.
# $when is a relative time, e.g. "5 minutes ago".
editor-updated = Изменён { $when }
editor-not-synced = Ещё не опубликован на маркетплейсе
editor-discard-title = Закрыть без сохранения?
editor-discard-body = В этом товаре есть несохранённые изменения. Если закрыть его сейчас, они будут потеряны.
editor-discard-confirm = Не сохранять
editor-discard-keep = Продолжить редактирование

## Listing editor: general section.

editor-section-general = Основное
editor-state = Статус
editor-default-locale = Язык по умолчанию
editor-default-locale-help = Покупатели видят этот язык, если у товара нет текста на их языке. На нём обязательно должно быть название.

## Listing editor: texts per language.

editor-section-texts = Названия и описания
editor-texts-tabs = Языки
editor-text-complete = переведено
editor-text-partial = переведено частично
editor-text-empty = не переведено
editor-text-default = по умолчанию
editor-text-title = Название
# Characters used in the title against the marketplace's limit, e.g. "42 / 128".
editor-text-title-count = { $count } / { $max }
editor-text-description = Описание
editor-text-tags = Теги
editor-text-tags-help = Разделяйте теги запятыми, например: шёлк, платок, лето.

## Listing editor: variants, prices and customs.

editor-section-variants = Варианты
editor-variants-help = Вариант — это то, что покупатель может выбрать; у каждого варианта свой SKU, остаток и цены.
editor-col-option = Параметр
editor-col-sku = SKU
editor-col-stock = Остаток
editor-col-weight = Вес (г)
editor-col-prices = Цены
# $number counts variants from 1.
editor-variant-label = Вариант { $number }
editor-option-name = Название параметра
editor-option-name-placeholder = Размер
editor-option-value = Значение параметра
editor-option-value-placeholder = M
editor-add-option = Добавить параметр
editor-remove-option = Удалить параметр
editor-price-currency = Валюта
editor-price-amount = Сумма
editor-add-price = Добавить цену
editor-remove-price = Удалить цену в { $currency }
editor-add-variant = Добавить вариант
editor-remove-variant = Удалить вариант { $number }
editor-customs = Таможня
editor-customs-show = Показать таможенные данные варианта { $number }
editor-customs-hide = Скрыть таможенные данные варианта { $number }
editor-hs-code = Код ТН ВЭД (HS)
editor-hs-code-placeholder = 6214.10
editor-origin-country = Страна происхождения
editor-origin-country-placeholder = CN
editor-customs-description = Описание для таможни
editor-customs-description-placeholder = Silk scarf
editor-customs-help = Печатается в таможенных декларациях CN22/CN23. Укажите двухбуквенный код страны, например CN или VN.

## Listing editor: history of changes (who changed what, from which device, when).

editor-history = История
editor-history-show = Показать историю
editor-history-hide = Скрыть историю
editor-history-loading = Загрузка истории…
editor-history-failed = Не удалось загрузить историю.
editor-history-empty = Изменений пока нет.
editor-history-create = Создан
editor-history-update = Изменён
editor-history-archive = Перенесён в архив
editor-history-restore = Восстановлен
# $device is a short device id, e.g. "a1b2c3".
editor-history-device = на устройстве { $device }
