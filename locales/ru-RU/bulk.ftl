## Массовое редактирование: выбрать много объявлений, изменить одним пакетом, отменить.

bulk-selected = { $count ->
    [one] Выбрано { $count } объявление
    [few] Выбрано { $count } объявления
   *[other] Выбрано { $count } объявлений
}
bulk-select-all-matching = Выбрать все найденные ({ $count })
bulk-clear-selection = Снять выделение
bulk-select-row = Выбрать «{ $title }»
bulk-select-loaded = Выбрать все загруженные объявления
bulk-edit = Изменить выбранные…
bulk-title = { $count ->
    [one] Изменить { $count } объявление
    [few] Изменить { $count } объявления
   *[other] Изменить { $count } объявлений
}
bulk-action = Что изменить
bulk-action-price-percent = Цены на процент
bulk-action-price-amount = Цены на сумму
bulk-action-set-stock = Установить остаток
bulk-action-add-stock = Прибавить к остатку
bulk-action-add-tags = Добавить теги
bulk-action-remove-tags = Удалить теги
bulk-action-set-state = Статус
bulk-action-set-text = Перевод
bulk-percent = Процент
bulk-percent-hint = Со знаком минус цены снижаются, например -15.
bulk-amount = Сумма
bulk-direction = Направление
bulk-direction-increase = Увеличить
bulk-direction-decrease = Уменьшить
bulk-currency = Валюта
bulk-currency-all = Все валюты
bulk-rounding = Округление по валютам
bulk-rounding-none = Точно
bulk-rounding-to99 = До ,99
bulk-rounding-to90 = До ,90
bulk-rounding-whole = До целых
bulk-rounding-hundreds = До сотен
bulk-stock-value = Штук
bulk-stock-hint = Отрицательное число уменьшает остаток.
bulk-tags = Теги через запятую
bulk-locale = Язык
bulk-text-field = Поле
bulk-field-title = Название
bulk-field-description = Описание
bulk-text-value = Новый текст
bulk-preview = Показать изменения
bulk-working = Считаем изменения…
bulk-count-new = Новые
bulk-count-changed = Изменятся
bulk-count-unchanged = Без изменений
bulk-count-skipped = Пропущены
bulk-count-invalid = С ошибками
bulk-col-listing = Объявление
bulk-col-variant = Вариант
bulk-col-field = Поле
bulk-col-before = Было
bulk-col-after = Станет
bulk-more-lines = …и ещё изменений: { $count }
bulk-skipped-title = Оставлены как есть: изменение нарушило бы правило
bulk-no-changes = Менять нечего: выбранные объявления уже такие.
bulk-apply = { $count ->
    [one] Применить к { $count } объявлению
   *[other] Применить к { $count } объявлениям
}
bulk-saving = Сохраняем…
bulk-cancel = Отмена
bulk-close = Закрыть
bulk-back = Назад
bulk-applied = { $count ->
    [one] Изменено { $count } объявление.
    [few] Изменено { $count } объявления.
   *[other] Изменено { $count } объявлений.
}
bulk-undone = { $count ->
    [one] Отменено: восстановлено { $count } объявление.
    [few] Отменено: восстановлено { $count } объявления.
   *[other] Отменено: восстановлено { $count } объявлений.
}
bulk-cancelled = Отменено: ничего не изменилось.
bulk-progress = { $done } из { $total }
bulk-phase-load = Загружаем объявления…
bulk-phase-parse = Читаем файл…
bulk-phase-check = Проверяем…
bulk-phase-save = Сохраняем…
bulk-field-state = Статус
bulk-field-stock = Остаток
bulk-field-price = Цена ({ $currency })
bulk-field-tags = Теги ({ $language })
bulk-field-title-in = Название ({ $language })
bulk-field-description-in = Описание ({ $language })
bulk-field-listing = Новое объявление
bulk-field-variant = Вариант
bulk-field-archived = В архиве
bulk-field-other = { $field }

error-bulk-percent-range = Процент должен быть больше -100 и не больше 1000.
error-bulk-percent-malformed = Введите процент числом, например 10 или -12.5.
error-bulk-rounding-unsupported = У { $currency } нет копеек: округляйте до целых.
error-bulk-tags-empty = Введите хотя бы один тег.
error-bulk-listing-changed = «{ $title }» изменилось после предпросмотра. Постройте его заново.
error-bulk-undo-listing-changed = «{ $title }» редактировали после этого изменения, поэтому его нельзя отменить.
error-bulk-already-undone = Это изменение уже отменено.
