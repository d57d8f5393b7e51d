## The app frame: names shared by every page.

app-name = Shopkeeper
nav-listings = Товары
nav-orders = Заказы
nav-messages = Сообщения
nav-sync = Синхронизация
nav-settings = Настройки

## Frame: the window around every page.

# Screen-reader label of the left navigation.
frame-nav-label = Главное меню
# Screen-reader label of the shop name shown above the navigation.
frame-shop-label = Ваш магазин
frame-loading = Открываем ваш магазин…
frame-start-failed = Shopkeeper не удалось открыть ваш магазин.
frame-retry = Повторить

## Common words used on several pages.

common-undo = Отменить
common-dismiss = Закрыть
# Screen-reader label of the area where short notifications appear.
common-notifications = Уведомления

## Pages that later releases fill. Each says what will come and when;
## nothing on them is made up.

orders-empty-title = Здесь появятся ваши заказы
orders-empty-body = Когда магазин будет подключён к маркетплейсу, здесь будет появляться каждый новый заказ с товарами покупателя, адресом и сроком отгрузки, чтобы ни одна посылка не ушла с опозданием.
messages-empty-title = Здесь появятся сообщения покупателей
messages-empty-body = Когда магазин будет подключён к маркетплейсу, вопросы покупателей будут приходить сюда, в единый раздел входящих, рядом с заказом, к которому они относятся.

## Settings page

settings-title = Настройки
settings-language-section = Язык
settings-marketplace-section = Аккаунт маркетплейса
settings-language = Язык Shopkeeper
settings-language-help = Меню, сообщения, числа, цены и даты отображаются на этом языке. Тексты ваших товаров остаются на своих языках.
settings-language-changed = Язык Shopkeeper изменён: { $language }.
settings-shop-section = Ваш магазин
settings-shop-name = Название магазина
settings-shop-file = Файл магазина
settings-shop-file-help = Все данные вашего магазина хранятся в этом одном файле на этом компьютере. Включите его в резервные копии.
settings-log-dir = Папка журналов
settings-log-dir-help = Если что-то пойдёт не так, файлы журналов из этой папки помогут поддержке выяснить причину. Персональных данных ваших покупателей в них никогда нет.
settings-about-section = О программе
settings-version = Версия
