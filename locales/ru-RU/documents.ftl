## Документы для отправки (crates/shopkeeper-documents). `doc-slip-*` печатаются в
## упаковочном листе на языке покупателя, `doc-pick-*` — в листе подбора.

doc-slip-title = Упаковочный лист
doc-slip-order = Заказ { $number }
doc-slip-date = Дата заказа: { $date }
doc-slip-ship-to = Получатель
doc-slip-from = Отправитель
doc-slip-sku = Артикул
doc-slip-item = Товар
doc-slip-qty = Кол-во
doc-slip-unit-price = Цена за шт.
doc-slip-line-total = Сумма
doc-slip-subtotal = Промежуточный итог
doc-slip-shipping = Доставка
doc-slip-total = Оплачено
doc-slip-tracking = Отправлено через { $carrier }, трек-номер { $tracking }
doc-slip-thanks = Спасибо за заказ!

doc-pick-title = Лист подбора
doc-pick-orders = Заказов: { $count }
doc-pick-location = Место
doc-pick-sku = Артикул
doc-pick-item = Товар
doc-pick-quantity = Кол-во
doc-pick-empty = В выбранных заказах нет позиций для подбора.

error-documents-font-missing = Нет файла шрифта { $path }. Установите пакет Debian { $package } (это делает scripts/setup.sh) и повторите.
error-documents-font-invalid = Файл { $path } не читается как шрифт.
error-label-glyph-missing = Символ «{ $character }» в поле { $field } нельзя напечатать шрифтами этикетки. Исправьте текст или замените символ.
error-label-field-too-long = Поле { $field } слишком длинное и не помещается в документ. Сократите его.
error-address-field-missing = Адрес неполный: поле { $field } пустое.
error-address-postal-code-invalid = Индекс «{ $value }» не похож на индекс для { $country }.
error-address-country-invalid = «{ $value }» в поле { $field } — не двухбуквенный код страны, например BR или FR.
error-tracking-invalid = Трек-номер «{ $value }» может содержать только буквы A–Z и цифры (от 4 до 40 символов).
error-tracking-s10-format = «{ $value }» — не почтовый трек-номер: он должен выглядеть как RR473124829DE.
error-tracking-s10-check-digit = У трек-номера { $value } неверная контрольная цифра. Проверьте, нет ли опечатки.
error-label-barcode-too-wide = Трек-номер { $value } слишком длинный для штрихкода на этикетке 4×6.
error-customs-hs-code-invalid = Код ТН ВЭД (ГС) «{ $value }» должен содержать от 6 до 10 цифр, например 6214.10.
error-customs-hs-edition-invalid = Редакция ГС «{ $value }» должна выглядеть как HS2022.
error-customs-currency-unknown = { $code } — неизвестный код валюты.
error-customs-currency-mismatch = Все суммы должны быть в { $expected }; одна указана в { $found }.
error-customs-sdr-rate-invalid = Курс СДР должен быть положительным числом.
error-customs-sdr-rate-missing = Нет курса СДР для { $currency }, поэтому нельзя выбрать таможенную форму (CN22 или CN23). Добавьте курс в настройках.
error-customs-incomplete = Не хватает таможенных данных: { $count }. Заполните их, прежде чем печатать этикетку.
error-documents-locale-unsupported = Документы на языке { $locale } пока нельзя напечатать.
error-documents-pdf-failed = Не удалось записать PDF: { $detail }
error-documents-cancelled = Печать отменена. Ничего не отмечено как отправленное.
error-printer-unreachable = Принтер { $address } недоступен ({ $detail }). Проверьте, что он включён и подключён к сети.
error-printer-timeout = Принтер { $address } перестал отвечать. Проверьте бумагу и риббон и напечатайте снова.
error-printer-cups-missing = Система печати CUPS не установлена на этом компьютере, команды lp нет.
error-printer-cups-failed = Система печати отклонила задание ({ $status }): { $detail }
error-printer-queue-invalid = «{ $queue }» — недопустимое имя очереди принтера.

# Пакет доказательств к ответу на спор (issue 7, пункт 6), на языке продавца.
doc-evidence-title = Доказательства по спору
doc-evidence-order = Заказ { $order } от { $date }
doc-evidence-shop = Продавец: { $shop }
doc-evidence-buyer = Покупатель: { $buyer }
doc-evidence-dispute = Спор: { $reason }, открыт { $date }
doc-evidence-reason-not_received = не получен
doc-evidence-reason-not_as_described = не соответствует описанию
doc-evidence-reason-damaged = пришёл повреждённым
doc-evidence-reason-other = другая причина
doc-evidence-tracking = Отправлено через { $carrier }, трек-номер { $number }
doc-evidence-no-tracking = Для этого заказа трек-номер не записан.
doc-evidence-attached-label-customs = Приложены копии транспортной этикетки и таможенной декларации.
doc-evidence-attached-label = Приложена копия транспортной этикетки (без таможенной декларации: внутренняя отправка).
doc-evidence-no-label = Копии этикетки нет: по данным магазина не удалось составить документы отправки.
doc-evidence-conversation = Переписка с покупателем
doc-evidence-no-messages = Покупатель и магазин не обменивались сообщениями по этому заказу.
doc-evidence-from-buyer = Покупатель
doc-evidence-from-shop = Магазин
doc-evidence-generated = Составлено в Shopkeeper { $date }. Сообщения напечатаны как написаны; скрытые символы показаны как [U+…].
