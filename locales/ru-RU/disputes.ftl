# Возвраты и споры (issue 7, пункт 6): вкладка «Споры» на странице заказов,
# раздел спора в заказе, ответы и их отправка, ошибки.

orders-tab-disputes = Споры
disputes-tab-title = { $count ->
    [one] { $count } спор ждёт вашего ответа
    [few] { $count } спора ждут вашего ответа
   *[other] { $count } споров ждут вашего ответа
}
disputes-unresolved-only = Только нерешённые
disputes-empty-title = Споров нет
disputes-empty-body = Когда покупатель откроет возврат или спор по заказу, он появится здесь после следующей синхронизации.
disputes-col-reason = Причина
disputes-col-answer-by = Ответить до
dispute-order-not-synced = Заказ ещё не синхронизирован
dispute-title = Спор
dispute-reason-not_received = Не получен
dispute-reason-not_as_described = Не соответствует описанию
dispute-reason-damaged = Пришёл повреждённым
dispute-reason-other = Другая причина
dispute-state-open = Ждёт вашего ответа
dispute-state-seller_responded = Вы ответили
dispute-state-resolved_buyer = Решён в пользу покупателя
dispute-state-resolved_seller = Решён в вашу пользу
dispute-opened = Открыт { $date }
dispute-answer-by = Ответить до { $date }
dispute-answer-overdue = Срок ответа истёк { $date }
dispute-buyer-wrote = { $name } пишет:
dispute-responses = Ответы
dispute-resolution = Решение маркетплейса
dispute-compose-label = Ваш ответ
dispute-compose-placeholder = Объясните, что произошло: когда и как вы отправили заказ и что предлагаете.
dispute-chars = { $count } / { $max }
dispute-evidence = Доказательства
dispute-include-tracking = Приложить трек-номер { $number } ({ $carrier })
dispute-no-tracking-hint = У этого заказа нет трек-номера.
dispute-note-label = Примечание для маркетплейса (необязательно)
dispute-offline-hint = Ответ сохраняется сразу и отправляется, когда магазин будет в сети.
dispute-send = Отправить ответ
dispute-send-again = Отправить снова
dispute-saved-toast = Ответ сохранён. Он будет отправлен при следующей синхронизации.
dispute-answer-sending = Ожидает отправки
dispute-answer-sent = Отправлен
dispute-answer-failed = Не принят
dispute-evidence-photo = Фото
dispute-evidence-tracking = Отслеживание
dispute-evidence-document = Документ
dispute-evidence-note = Примечание
dispute-failed-illegal-transition = Маркетплейс не принял ответ: спор уже решён. Ваш текст сохранён ниже.
dispute-failed-validation-failed = Маркетплейс не принял ответ в таком виде. Проверьте текст и доказательства и отправьте снова.
dispute-failed-not-found = У маркетплейса больше нет этого спора. Ваш текст сохранён ниже.
dispute-failed-forbidden = Вашей учётной записи маркетплейса нельзя отвечать на споры. Попросите владельца магазина выдать роль поддержки.
dispute-failed-unknown = Маркетплейс не принял ответ. Ваш текст сохранён ниже: отправьте его снова.
sync-stream-disputes = Споры
error-dispute-text-empty = Напишите ответ перед отправкой.
error-dispute-text-too-long = Ответ слишком длинный: не более { $max } символов.
error-dispute-note-too-long = Примечание слишком длинное: не более { $max } символов.
error-dispute-no-tracking = У этого заказа нет трек-номера.
error-dispute-resolved = Этот спор уже решён: ответить на него больше нельзя.
error-dispute-answer-in-flight = Ответ на этот спор уже отправляется.
error-dispute-text-control = Удалите из текста невидимые управляющие символы перед отправкой.
error-dispute-too-many-photos = К ответу можно приложить не более { $max } фото.
error-dispute-pack-no-order = Заказ этого спора ещё не синхронизирован, а он нужен для пакета доказательств. Синхронизируйте и отправьте снова.
dispute-include-pack = Приложить пакет доказательств (PDF: переписка, трек-номер, копии этикетки и декларации)
dispute-add-photos = Добавить фото (до { $max })
dispute-remove-photo = Убрать { $name }
dispute-photo-paths = Добавить фото по пути к файлу
dispute-photo-paths-add = Добавить эти файлы
