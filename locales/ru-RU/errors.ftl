## Errors. `error-<code>` for every code the core returns; the UI shows these
## next to the field named by the error.

error-validation = Некоторые поля требуют внимания. Ничего не сохранено.
error-not-found = Этот объект больше не существует. Возможно, его удалили на другом устройстве.
error-shop-file = Не удалось открыть файл магазина. Проверьте, что диск не заполнен и у вас есть права на запись в папку.
error-storage = Не удалось прочитать или записать файл магазина. Последнее изменение не сохранено; попробуйте ещё раз.
error-internal = Внутренняя ошибка Shopkeeper. Ничего не изменено. Подробности — в файле журнала.

error-title-empty = Введите название.
error-title-too-long = { $max ->
    [one] Маркетплейс допускает в названии не более { $max } символа, а здесь их { $length }.
   *[other] Маркетплейс допускает в названии не более { $max } символов, а здесь их { $length }.
}
error-description-too-long = { $max ->
    [one] Маркетплейс допускает в описании не более { $max } символа, а здесь их { $length }.
   *[other] Маркетплейс допускает в описании не более { $max } символов, а здесь их { $length }.
}
error-tags-too-many = { $max ->
    [one] Используйте не более { $max } тега.
   *[other] Используйте не более { $max } тегов.
}
error-tag-too-long = { $max ->
    [one] Тег «{ $tag }» слишком длинный: допускается не более { $max } символа.
   *[other] Тег «{ $tag }» слишком длинный: допускается не более { $max } символов.
}
error-locale-unsupported = Маркетплейс не поддерживает язык { $locale }.
error-locale-duplicate = Есть два текста на языке { $locale }.
error-variants-empty = Добавьте хотя бы один вариант.
error-variants-too-many = { $max ->
    [one] У товара может быть не более { $max } варианта.
   *[other] У товара может быть не более { $max } вариантов.
}
error-sku-empty = Введите SKU.
error-sku-invalid = { $max ->
    [one] SKU может содержать не более { $max } символа и не должен содержать пробелов.
   *[other] SKU может содержать не более { $max } символов и не должен содержать пробелов.
}
error-sku-duplicate = SKU { $sku } используется в этом товаре дважды.
error-sku-taken = SKU { $sku } уже используется в другом товаре.
error-stock-malformed = Введите остаток целым числом, например 12.
error-stock-negative = Остаток не может быть отрицательным.
error-stock-too-large = Остаток не может превышать { $max }.
error-weight-malformed = Введите вес целым числом в граммах, например 250.
error-weight-negative = Вес не может быть отрицательным.
error-weight-too-large = Вес не может превышать { $max } г.
error-hs-code-invalid = Код ТН ВЭД (HS) состоит из 6–10 цифр, например 6214.10.
error-country-invalid = Укажите двухбуквенный код страны, например VN или BR.
error-option-incomplete = У каждого параметра должны быть и название, и значение.
error-currency-unknown = { $currency } — не код валюты ISO 4217.
error-currency-duplicate = Есть две цены в { $currency }.
error-price-malformed = Введите цену цифрами с десятичной запятой, например 12,50.
error-price-negative = Цена не может быть отрицательной.
error-price-too-large = Слишком большая цена.
error-price-too-many-decimals = { $max ->
    [0] Цены в { $currency } указываются целыми числами, без дробной части.
    [one] Цены в { $currency } указываются не более чем с { $max } знаком после запятой.
   *[other] Цены в { $currency } указываются не более чем с { $max } знаками после запятой.
}
error-price-missing = У товара в продаже должна быть цена для каждого варианта.
error-cursor-invalid = Список устарел и был обновлён.
