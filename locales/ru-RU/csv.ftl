## Импорт и экспорт объявлений в CSV.

csv-open = Импорт / экспорт CSV
csv-title = Импорт и экспорт CSV
csv-tab-import = Импорт
csv-tab-export = Экспорт
csv-path = Файл
csv-choose = Выбрать…
csv-delimiter = Разделитель
csv-delimiter-comma = Запятая (,)
csv-delimiter-semicolon = Точка с запятой (;), дробная запятая
csv-export = Экспортировать
csv-exported = { $rows ->
    [one] Экспортирована { $rows } строка ({ $listings } объявл.).
    [few] Экспортировано { $rows } строки ({ $listings } объявл.).
   *[other] Экспортировано { $rows } строк ({ $listings } объявл.).
}
csv-export-hint = Одна строка на вариант, со всеми переводами и всеми ценами. Таблицы открывают файл как есть.
csv-import-hint = Строки сопоставляются по listing_id, затем по SKU; остальные становятся новыми объявлениями. Ничего не меняется, пока вы не подтвердите.
csv-check = Проверить файл
csv-rows = { $count ->
    [one] Прочитана { $count } строка
    [few] Прочитано { $count } строки
   *[other] Прочитано { $count } строк
}
csv-errors-title = Ошибки (эти объявления не войдут)
csv-more-errors = …и ещё ошибок: { $count }
csv-import = { $count ->
    [one] Импортировать { $count } объявление
    [few] Импортировать { $count } объявления
   *[other] Импортировать { $count } объявлений
}
csv-imported = { $count ->
    [one] Импортировано { $count } объявление.
    [few] Импортировано { $count } объявления.
   *[other] Импортировано { $count } объявлений.
}
csv-nothing = Импортировать нечего: файл совпадает с магазином.
csv-error-at = Строка { $line }, столбец { $column }: { $message }
csv-error-at-line = Строка { $line }: { $message }
csv-file-refused = Этот файл нельзя импортировать.

error-csv-column-unknown = Неизвестный столбец «{ $column }». Называйте столбцы как в экспорте, например title.pt-BR или price.BRL.
error-csv-column-duplicate = Столбец «{ $column }» встречается дважды.
error-csv-column-missing = В файле нет столбца «{ $column }».
error-csv-malformed = Эта строка — некорректный CSV. Проверьте кавычки.
error-csv-not-utf8 = Текст не в UTF-8. Сохраните файл как «CSV UTF-8».
error-csv-row-length = В строке { $found } ячеек, а в заголовке { $expected }.
error-csv-empty = Файл пуст.
error-csv-listing-mismatch = Не совпадает со строкой { $line } того же объявления.
error-csv-state-invalid = «{ $value }» — не статус: используйте draft, active, inactive или sold_out.
error-csv-options-invalid = Записывайте опции как имя=значение; имя=значение.
error-csv-price-ambiguous = «{ $value }» неоднозначно для { $currency }: пишите 1234,50 (в файле с точкой с запятой) или 1234.50, без разделителей тысяч.
error-csv-file-unreadable = Не удаётся прочитать файл. Проверьте имя и папку.
error-csv-file-unwritable = Не удаётся записать файл сюда. Выберите другую папку.
