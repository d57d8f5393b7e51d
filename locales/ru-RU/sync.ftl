## Синхронизация с маркетплейсом: статус, подключение, конфликты, первый запуск.

sync-title = Синхронизация с маркетплейсом
sync-state-disconnected = Не подключено
sync-state-idle = Синхронизировано
sync-state-syncing = Синхронизация…
sync-state-offline = Офлайн
sync-state-paused = Приостановлено
sync-state-error = Синхронизация остановлена
sync-pending = { $count ->
    [0] Все изменения уже на маркетплейсе
    [one] { $count } изменение ждёт отправки
    [few] { $count } изменения ждут отправки
    [many] { $count } изменений ждут отправки
   *[other] { $count } изменения ждут отправки
}
sync-conflicts = { $count ->
    [one] { $count } конфликт нужно разрешить
    [few] { $count } конфликта нужно разрешить
    [many] { $count } конфликтов нужно разрешить
   *[other] { $count } конфликта нужно разрешить
}
sync-last-success = Последняя синхронизация: { $when }
sync-never = Ещё не синхронизировано
sync-next-attempt = Следующая попытка: { $when }
sync-offline-body = Ваша работа сохранена на этом компьютере и будет отправлена, когда маркетплейс снова станет доступен.
sync-now = Синхронизировать
sync-pause = Приостановить синхронизацию
sync-resume = Возобновить синхронизацию
sync-connected-to = Подключено к { $url } как { $email }
sync-demo-connected = Подключено к демо-маркетплейсу (на этом компьютере) как { $email }
sync-connect-title = Подключите аккаунт маркетплейса
sync-connect-body = Войдите один раз: Shopkeeper хранит ключ доступа этого компьютера в системной связке ключей, а не в файле магазина.
sync-url = Адрес маркетплейса
sync-email = Электронная почта
sync-password = Пароль
sync-connect = Подключить
sync-connecting = Подключение…
sync-sign-out = Выйти из аккаунта маркетплейса
sync-sign-out-confirm-title = Выйти из аккаунта на этом компьютере?
sync-sign-out-confirm-body = Ещё не отправленные изменения останутся на этом компьютере и будут отправлены после повторного подключения.
sync-signed-out = Вы вышли из аккаунта. Ключ доступа этого компьютера отозван.
sync-signed-out-offline = Вы вышли из аккаунта на этом компьютере. Маркетплейс недоступен, поэтому отзовите доступ этого устройства с другого компьютера.
sync-no-keychain = На этом компьютере нет рабочей связки ключей (например, GNOME Keyring), поэтому безопасно подключить аккаунт маркетплейса нельзя. Установите или разблокируйте связку ключей и перезапустите Shopkeeper. Работать офлайн можно и дальше.
sync-demo-title = Демо-маркетплейс
sync-demo-body = Учебный маркетплейс, который работает на этом компьютере, с тестовым магазином и виртуальными покупателями из семи стран.
sync-demo-start = Попробовать на демо-маркетплейсе
sync-progress-title = Загрузка вашего магазина
sync-progress-body = Пока идёт загрузка, можно продолжать работать. При паузе загруженное сохраняется, а после возобновления загрузка продолжится с того же места.
sync-stream-catalog = Товары
sync-stream-inventory = Остатки
sync-stream-orders = Заказы
sync-stream-received = Получено: { $count }
sync-stream-done = готово
sync-conflicts-title = Конфликты
sync-conflicts-empty = Конфликтов нет. Если коллега или маркетплейс изменит то же, что изменили вы, это появится здесь, и вы решите, какой вариант оставить.
sync-conflict-mine = На этом компьютере
sync-conflict-theirs = На маркетплейсе
sync-conflict-keep-mine = Оставить мою версию
sync-conflict-take-theirs = Принять версию маркетплейса
sync-conflict-edit = Изменить
sync-conflict-what-price = Цена в { $currency }
sync-conflict-what-stock = Остаток
sync-conflict-what-stock-adjust = Изменение остатка
sync-conflict-what-listing = Данные товара
sync-conflict-what-create = Новый товар
sync-conflict-what-variant = Вариант
sync-conflict-edited = Вы изменили это { $when }
sync-conflict-resolved = Конфликт разрешён.
sync-notices-title = Объединённые правки
sync-notice-text = { $who } тоже изменил(а) { $field } товара «{ $title }».
sync-notice-someone = Коллега
sync-notice-use-mine = Применить мою версию
sync-notice-keep-theirs = Оставить версию коллеги
sync-field-title = название
sync-field-description = описание
sync-field-tags = теги
sync-field-state = статус
sync-field-other = одно из полей
conflict-reason-version-mismatch = Кто-то изменил эту цену на маркетплейсе, пока вы её редактировали.
conflict-reason-stock-mismatch = Остаток на маркетплейсе изменился после вашего пересчёта.
conflict-reason-insufficient-stock = После этого изменения остаток станет меньше нуля (продано больше, чем есть).
conflict-reason-listing-deleted = Товар удалён на маркетплейсе; ваше изменение не применено.
conflict-reason-not-found = Товара больше нет на маркетплейсе; ваше изменение не применено.
conflict-reason-validation-failed = Маркетплейс отклонил это изменение как некорректное.
conflict-reason-forbidden = У вашего аккаунта нет прав на это изменение.
conflict-reason-text-removal-unsupported = Маркетплейс хранит все переводы; удалить перевод отсюда нельзя.
conflict-reason-op-unreadable = Не удалось прочитать это изменение, поэтому оно не отправлено.
conflict-reason-unknown = Маркетплейс отклонил это изменение.
welcome-title = Добро пожаловать в Shopkeeper
welcome-body = С чего хотите начать?
welcome-demo = Попробовать на демо-маркетплейсе
welcome-demo-body = Учебный маркетплейс на этом компьютере с тестовым магазином и покупателями: посмотрите, как работают синхронизация, заказы и сообщения.
welcome-connect = Подключить мой магазин
welcome-connect-body = Войдите в аккаунт маркетплейса и загрузите свой магазин.
welcome-sample = Работать офлайн с тестовым магазином
welcome-sample-body = 300 тестовых товаров, только на этом компьютере. Маркетплейс можно подключить позже.
welcome-empty = Начать с пустого магазина
welcome-starting-demo = Запускаем демо-маркетплейс…
stock-adjust = Изменить остаток
stock-adjust-title = Изменение остатка: { $sku }
stock-adjust-delta = Изменение (например, 10 или -2)
stock-adjust-reason = Причина
stock-reason-restocked = Поступление
stock-reason-damaged = Брак или повреждение
stock-reason-returned = Возврат
stock-reason-correction = Корректировка
stock-reason-sold = Продажа в другом канале
stock-adjust-apply = Применить
stock-adjust-done = Остаток { $sku } теперь: { $stock }.
listing-changed-title = Товар был изменён, пока вы его редактировали
listing-changed-body = Во время редактирования синхронизация принесла изменения. Обновите товар, чтобы их увидеть; ваши несохранённые правки будут применены поверх.
listing-changed-reload = Обновить и сохранить мои правки
error-changed = Товар изменился, пока вы его редактировали (это сделал коллега или маркетплейс). Ничего не сохранено.
error-keychain = На этом компьютере нет рабочей связки ключей, чтобы безопасно хранить ключ доступа к маркетплейсу. Ничего не сохранено.
error-keychain-unavailable = Системная связка ключей недоступна. Разблокируйте её (или установите GNOME Keyring) и попробуйте ещё раз.
error-marketplace = Маркетплейс не смог выполнить операцию. Попробуйте ещё раз чуть позже.
error-marketplace-unreachable = Маркетплейс недоступен. Проверьте адрес и подключение к интернету.
error-sign-in-refused = Неверная электронная почта или пароль.
error-marketplace-busy = Маркетплейс сейчас перегружен. Попробуйте ещё раз чуть позже.
error-marketplace-url-invalid = Введите адрес маркетплейса, начиная с https:// (или http://, если он работает на этом компьютере).
error-marketplace-refused = Маркетплейс отклонил запрос.
error-demo-failed = Не удалось запустить демо-маркетплейс. Подробности — в файле журнала.
error-sync-offline = Маркетплейс недоступен.
error-sync-busy = Маркетплейс перегружен; Shopkeeper повторит попытку через указанное им время.
error-sync-unauthorized = Маркетплейс больше не принимает этот компьютер. Войдите снова в разделе «Синхронизация».
error-sync-refused = Маркетплейс отклонил запрос синхронизации. Shopkeeper повторит попытку.
error-sync-storage = Не удалось записать файл магазина во время синхронизации. Проверьте диск.
error-sync-cancelled = Синхронизация приостановлена.
error-stock-reason-unknown = Выберите причину изменения остатка.
error-stock-delta-invalid = Введите изменение, отличное от 0, например 10 или -2.
error-stock-below-zero = Остаток не может быть меньше нуля; сейчас он равен { $stock }.
error-conflict-keep-mine-unavailable = Ваше значение для этого изменения нельзя отправить повторно; отредактируйте товар напрямую.
sync-cancel = Отмена
