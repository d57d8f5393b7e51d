# Страница сообщений (issue 4): переписки, ответы, шаблоны ответов, ошибки.

inbox-unread-badge = { $count ->
    [one] { $count } непрочитанное сообщение
    [few] { $count } непрочитанных сообщения
   *[other] { $count } непрочитанных сообщений
}
inbox-search-label = Поиск по сообщениям
inbox-search-placeholder = Искать в сообщениях на любом языке
inbox-filter-unanswered = Без ответа
inbox-filter-unread-first = Сначала непрочитанные
inbox-filter-done = Показывать завершённые
inbox-filter-market = Рынок
inbox-filter-market-all = Все рынки
inbox-filter-order = Номер заказа
inbox-shortcuts = Клавиши: J или ↓ следующая, K или ↑ предыдущая, R ответить, E завершить, Ctrl+Enter отправить
inbox-no-match-title = Ничего не найдено
inbox-no-match-body = Попробуйте другие слова или сбросьте фильтры.
inbox-list-label = Переписки
inbox-order-number = Заказ { $number }
inbox-unanswered = Без ответа
inbox-done = Завершена
inbox-pick-conversation = Выберите переписку слева или нажмите J.
inbox-local-time = Время покупателя: { $time }
inbox-reopen = Открыть снова
inbox-mark-done = Завершить
inbox-order-status-awaiting_payment = Ожидает оплаты
inbox-order-status-paid = Оплачен
inbox-order-status-shipped = Отправлен
inbox-order-status-delivered = Доставлен
inbox-order-status-cancelled = Отменён
inbox-order-status-refunded = Возврат средств
inbox-ship-by = Отправить до { $date }
inbox-tracking = Трек-номер { $number }
inbox-tracking-unknown = Трек-номера пока нет
inbox-state-received = Получено
inbox-state-sending = Отправляется…
inbox-state-sent = Отправлено
inbox-state-failed = Не отправлено
inbox-retry = Повторить
inbox-reply-label = Ответ
inbox-template-label = Шаблон ответа
inbox-template-none = Написать самому
inbox-templates-manage = Мои шаблоны…
inbox-var-buyer_name = Имя покупателя
inbox-var-seller_name = Ваше имя
inbox-var-order_number = Номер заказа
inbox-var-tracking_number = Трек-номер
inbox-var-tracking_link = Ссылка для отслеживания
inbox-var-carrier = Перевозчик
inbox-var-ship_by = Крайний срок отправки
inbox-var-days = Количество дней
inbox-var-amount = Сумма
inbox-preview-buyer = Уйдёт покупателю ({ $language })
inbox-preview-seller = Что там написано ({ $language })
inbox-reply-placeholder = Напишите ответ или выберите шаблон выше.
inbox-send-blocked = Сначала измените выделенный текст: площадка его не пропустит.
inbox-send-hint = Работает без сети: ответ уйдёт, как только площадка станет доступна.
inbox-send = Отправить
templates-title = Мои шаблоны ответов
templates-close = Закрыть
templates-new = Новый шаблон
templates-none = Своих шаблонов пока нет.
templates-name = Название
templates-help = Напишите ответ на каждом языке ваших покупателей. Доступные переменные:
templates-delete = Удалить
templates-save = Сохранить
templates-saved = Сохранено.
error-message-empty = Напишите что-нибудь перед отправкой.
error-message-too-long = Сообщение может содержать не больше { $max } символов.
error-message-rule-phone = Уберите номер телефона «{ $matched }»: площадка запрещает контактные данные в сообщениях.
error-message-rule-email = Уберите адрес почты «{ $matched }»: площадка запрещает контактные данные в сообщениях.
error-message-rule-link = Уберите ссылку «{ $matched }»: площадка запрещает ссылки на другие сайты в сообщениях.
error-message-rule-messenger = Уберите контакт в мессенджере «{ $matched }»: площадка запрещает уводить переписку в другие приложения.
error-reply-variable-unknown = Этот шаблон не может использовать «{ $name }».
error-reply-variable-number = Введите целое число.
error-reply-variable-date = Введите дату.
error-reply-variable-missing = Заполните «{ $name }», чтобы использовать этот шаблон.
error-reply-render = Не удалось подготовить этот шаблон для покупателя.
error-template-empty-name = Дайте шаблону название.
error-template-bad-id = Выберите другое название: оно занято встроенным шаблоном.
error-template-no-languages = Напишите ответ хотя бы на одном языке.
error-template-unknown-language = { $lang } — не язык покупателей.
error-template-empty-text = Текст на языке { $lang } пуст.
error-template-syntax = В тексте на языке { $lang } ошибка в фигурных скобках или переменных.
error-template-unknown-variable = Текст на языке { $lang } использует «{ $name }» — такой переменной нет.
error-template-unsupported = Текст на языке { $lang } содержит то, что шаблоны не поддерживают.
error-template-variables-differ = Текст на языке { $lang } должен использовать те же переменные, что и на других языках.
error-link-refused = Эту ссылку нельзя открыть.

## Уведомления на рабочем столе
notify-new-messages-title = Новые сообщения от покупателей
notify-new-messages-body = { $count ->
    [one] { $count } новое сообщение от покупателя. Откройте «Сообщения», чтобы ответить.
    [few] { $count } новых сообщения от покупателей. Откройте «Сообщения», чтобы ответить.
    [many] { $count } новых сообщений от покупателей. Откройте «Сообщения», чтобы ответить.
   *[other] { $count } новых сообщения от покупателей. Откройте «Сообщения», чтобы ответить.
}

## Фото в ответе
inbox-attach = Добавить фото
inbox-attach-hint = JPEG, PNG или WebP, не больше { $max } на ответ. Геопозиция и данные камеры удаляются.
inbox-attach-progress = Подготовка фото { $done } из { $total }…
inbox-attach-drop = Отпустите фото, чтобы отправить их с этим ответом.
inbox-attachment-remove = Убрать { $name }
inbox-attachment-gps = В { $name } была геопозиция GPS; она удалена, покупатель её не увидит.
inbox-attachment-remote = Фото хранится на маркетплейсе
inbox-attachment-alt = Фото, отправленное с сообщением
inbox-attachments-label = Фото
error-message-too-many-attachments = К ответу можно приложить не больше { $max } фото.
error-message-attachment-missing = Одного фото этого ответа больше нет на компьютере. Уберите его и добавьте снова.
