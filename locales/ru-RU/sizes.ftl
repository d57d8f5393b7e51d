## Size charts: a page of their own, and a section in the listing editor.

nav-sizes = Размерные сетки
sizes-heading = Размерные сетки
sizes-intro = Сетка хранит мерки тела один раз; покупатели каждого рынка видят свои размеры и единицы.
sizes-empty-title = Размерных сеток пока нет
sizes-empty-body = Начните с шаблона ниже и подгоните его под то, как на самом деле сидят ваши вещи и обувь.
sizes-templates = Начать с шаблона
sizes-template-womens-tops = Женские блузки и топы
sizes-template-mens-tops = Мужские рубашки и футболки
sizes-template-mens-shoes = Мужская обувь
sizes-new-blank = Пустая сетка
sizes-copy = Создать копию
sizes-copy-name = { $name } (копия)
sizes-name = Название сетки
sizes-unit = Мерки в
sizes-unit-cm = сантиметрах (см)
sizes-unit-in = дюймах (in)
sizes-measures = Мерки
sizes-measure-bust = Обхват груди
sizes-measure-chest = Грудь
sizes-measure-waist = Талия
sizes-measure-hip = Бёдра
sizes-measure-foot_length = Длина стопы
sizes-measure-height = Рост
sizes-measure-inseam = Длина по внутреннему шву
sizes-market-BR = Бразилия
sizes-market-EU = Европа
sizes-market-RU = Россия
sizes-market-ID = Индонезия
sizes-market-US = США
sizes-market-CN = Китай
sizes-from = от
sizes-to = до
sizes-add-row = Добавить размер
sizes-remove-row = Удалить этот размер
sizes-save = Сохранить сетку
sizes-saved = Размерная сетка сохранена
sizes-delete = Удалить сетку
sizes-deleted = Размерная сетка удалена
sizes-cancel = Отмена
sizes-edit = Изменить
sizes-rows = { $count ->
    [one] { $count } размер
    [few] { $count } размера
    [many] { $count } размеров
   *[other] { $count } размера
}
sizes-preview-as = Посмотреть глазами покупателя из
sizes-preview-heading = Что видит покупатель из { $market }
sizes-size = Размер
sizes-measure-unit = { $measure } ({ $unit })
sizes-listing-heading = Размерная сетка
sizes-listing-option = Параметр
sizes-listing-chart = Сетка
sizes-listing-none = Без сетки
sizes-listing-no-options = Добавьте вариантам параметр размера (например, «size»), чтобы привязать размерную сетку.
sizes-listing-no-charts = Размерных сеток пока нет. Создайте сетку на странице «Размерные сетки».
sizes-listing-attached = Размерная сетка привязана к «{ $option }»
sizes-listing-detached = Размерная сетка отвязана от «{ $option }»

error-size-chart-name-empty = Дайте сетке название.
error-size-chart-name-too-long = Название сетки — не более { $max } символов.
error-size-chart-unit-invalid = Выберите сантиметры или дюймы.
error-size-chart-measure-unknown = «{ $measure }» — не мерка, которую может хранить сетка.
error-size-chart-measures-empty = Выберите хотя бы одну мерку.
error-size-chart-rows-empty = Добавьте хотя бы один размер.
error-size-chart-rows-too-many = В сетке не более { $max } размеров.
error-size-chart-range-reversed = Первое значение не может быть больше второго.
error-size-chart-measure-invalid = Введите мерку в { $unit }, например 90 или 90.5.
error-size-chart-label-empty = Укажите обозначение этого размера для рынка { $market }.
error-size-chart-label-too-long = Обозначение размера — не более { $max } символов.
error-size-chart-label-duplicate = «{ $label }» уже обозначает другой размер на рынке { $market }.
error-size-chart-option-unknown = У вариантов этого товара нет параметра «{ $option }».
error-size-chart-market-unknown = Рынка «{ $market }» не существует.
