## Listings page: toolbar, filters and sort.

listings-title = Anuncios
# Total of listings matching the search and filters, e.g. "12,345 listings".
listings-count = { $count ->
    [one] { $count } anuncio
   *[other] { $count } anuncios
}
listings-search-label = Buscar anuncios
listings-search-placeholder = Buscar por título, SKU o etiqueta  (/)
listings-new = Nuevo anuncio
# Tooltip of the "New listing" button.
listings-new-hint = Nuevo anuncio (Ctrl+N)
# Screen-reader label of the row of filters.
listings-filters = Filtros
listings-filter-state = Estado
listings-filter-stock = Stock
listings-stock-any = Cualquier stock
listings-stock-in = En stock
listings-stock-low = Stock bajo
listings-stock-out = Agotado
listings-filter-currency = Moneda
listings-currency-any = Cualquier moneda
listings-filter-translation = Traducción
listings-translation-any = Cualquier traducción
# $language is a language name, e.g. "Brazilian Portuguese".
listings-translation-missing-in = Sin traducir al { $language }
listings-sort = Ordenar por
listings-sort-title = Título
listings-sort-updated = Última actualización
listings-sort-created = Fecha de creación
listings-sort-stock = Stock
listings-sort-ascending = Orden ascendente; cambiar a descendente
listings-sort-descending = Orden descendente; cambiar a ascendente
listings-clear-filters = Borrar filtros

## Listing states, as badges and in filters and the editor.

listing-state-draft = Borrador
listing-state-active = Activo
listing-state-inactive = Inactivo
listing-state-sold-out = Agotado

## Listings table

listings-table-label = Anuncios
listings-col-title = Título
listings-col-variants = Variantes
listings-col-stock = Stock
listings-col-prices = Precios
listings-col-translations = Traducciones
listings-col-updated = Actualizado
listings-untitled = Anuncio sin título
# Shown after the first prices of a row when it has more currencies, e.g. "+3".
listings-more-prices = +{ $count }
# Tooltip listing the other currencies of a row.
listings-more-prices-hint = { $count ->
    [one] Una moneda más
   *[other] { $count } monedas más
}
listings-no-price = Sin precio
listings-stock-low-badge = Bajo
listings-stock-out-badge = Agotado
# Tooltip of a language chip; $language is a language name.
listings-translation-present = { $language }: traducido
listings-translation-missing = { $language }: sin traducir
listings-loading = Cargando anuncios…
listings-loading-more = Cargando más…
listings-load-failed = No se han podido cargar los anuncios.
listings-retry = Reintentar

## Listings page: empty states.

listings-empty-title = Aún no tienes anuncios
listings-empty-body = Un anuncio es un producto que vendes. Ponle un título en los idiomas de tus compradores, añade variantes como tallas o colores y fija un precio en cada moneda en la que vendes. Haz clic en “Nuevo anuncio” o pulsa Ctrl+N para crear el primero.
listings-noresults-title = Ningún anuncio coincide
listings-noresults-body = Nada coincide con tu búsqueda y tus filtros. Prueba con otras palabras o borra los filtros para ver todos los anuncios.

## Toasts after a change on the Listings page.

listings-archived = “{ $title }” archivado.
listings-restored = “{ $title }” vuelve a estar en tus anuncios.
listings-created = Anuncio creado.
listings-saved = Cambios guardados.

## Listing editor: header and actions.

editor-new-title = Nuevo anuncio
editor-edit-title = Editar anuncio
editor-save = Guardar
editor-saving = Guardando…
editor-saved = Guardado
editor-close = Cerrar
editor-archive = Archivar
editor-unsaved = Cambios sin guardar
editor-shortcuts = Ctrl+S guarda · Esc cierra
editor-loading = Cargando el anuncio…
editor-load-failed = No se ha podido abrir este anuncio.
# $when is a relative time, e.g. "5 minutes ago".
editor-updated = Actualizado { $when }
editor-not-synced = Aún no está en el marketplace
editor-discard-title = ¿Descartar los cambios?
editor-discard-body = Este anuncio tiene cambios sin guardar. Si lo cierras ahora, se perderán.
editor-discard-confirm = Descartar cambios
editor-discard-keep = Seguir editando

## Listing editor: general section.

editor-section-general = General
editor-state = Estado
editor-default-locale = Idioma predeterminado
editor-default-locale-help = Los compradores ven este idioma cuando el anuncio no tiene texto en el suyo. Necesita un título.

## Listing editor: texts per language.

editor-section-texts = Títulos y descripciones
editor-texts-tabs = Idiomas
editor-text-complete = traducido
editor-text-partial = traducido en parte
editor-text-empty = sin traducir
editor-text-default = predeterminado
editor-text-title = Título
# Characters used in the title against the marketplace's limit, e.g. "42 / 128".
editor-text-title-count = { $count } / { $max }
editor-text-description = Descripción
editor-text-tags = Etiquetas
editor-text-tags-help = Separa las etiquetas con comas, p. ej.: seda, pañuelo, verano.

## Listing editor: variants, prices and customs.

editor-section-variants = Variantes
editor-variants-help = Cada variante es una opción que el comprador puede elegir, con su propio SKU, stock y precios.
editor-col-option = Opción
editor-col-sku = SKU
editor-col-stock = Stock
editor-col-weight = Peso (g)
editor-col-prices = Precios
# $number counts variants from 1.
editor-variant-label = Variante { $number }
editor-option-name = Nombre de la opción
editor-option-name-placeholder = Talla
editor-option-value = Valor de la opción
editor-option-value-placeholder = M
editor-add-option = Añadir opción
editor-remove-option = Quitar opción
editor-price-currency = Moneda
editor-price-amount = Importe
editor-add-price = Añadir precio
editor-remove-price = Quitar el precio en { $currency }
editor-add-variant = Añadir variante
editor-remove-variant = Quitar la variante { $number }
editor-customs = Aduanas
editor-customs-show = Mostrar los datos de aduanas de la variante { $number }
editor-customs-hide = Ocultar los datos de aduanas de la variante { $number }
editor-hs-code = Código HS
editor-hs-code-placeholder = 6214.10
editor-origin-country = País de origen
editor-origin-country-placeholder = CN
editor-customs-description = Descripción para aduanas
editor-customs-description-placeholder = Silk scarf
editor-customs-help = Se imprime en los formularios de aduanas CN22/CN23. Usa el código de país de dos letras, por ejemplo CN o VN.

## Listing editor: history of changes (who changed what, from which device, when).

editor-history = Historial
editor-history-show = Mostrar historial
editor-history-hide = Ocultar historial
editor-history-loading = Cargando el historial…
editor-history-failed = No se ha podido cargar el historial.
editor-history-empty = Aún no hay cambios registrados.
editor-history-create = Creado
editor-history-update = Editado
editor-history-archive = Archivado
editor-history-restore = Restaurado
# $device is a short device id, e.g. "a1b2c3".
editor-history-device = en el dispositivo { $device }
