## Edición masiva: seleccionar muchos anuncios, cambiarlos en un solo lote, deshacer.

bulk-selected = { $count ->
    [one] { $count } anuncio seleccionado
   *[other] { $count } anuncios seleccionados
}
bulk-select-all-matching = Seleccionar los { $count } que coinciden
bulk-clear-selection = Quitar selección
bulk-select-row = Seleccionar { $title }
bulk-select-loaded = Seleccionar todos los anuncios cargados
bulk-edit = Editar seleccionados…
bulk-title = { $count ->
    [one] Editar { $count } anuncio
   *[other] Editar { $count } anuncios
}
bulk-action = Cambiar
bulk-action-price-percent = Precios en un porcentaje
bulk-action-price-amount = Precios en un importe
bulk-action-set-stock = Fijar el stock en
bulk-action-add-stock = Sumar al stock
bulk-action-add-tags = Añadir etiquetas
bulk-action-remove-tags = Quitar etiquetas
bulk-action-set-state = Estado
bulk-action-set-text = Una traducción
bulk-percent = Porcentaje
bulk-percent-hint = Usa un signo menos para bajar precios, p. ej. -15.
bulk-amount = Importe
bulk-direction = Sentido
bulk-direction-increase = Subir
bulk-direction-decrease = Bajar
bulk-currency = Moneda
bulk-currency-all = Todas las monedas
bulk-rounding = Redondeo por moneda
bulk-rounding-none = Exacto
bulk-rounding-to99 = A ,99
bulk-rounding-to90 = A ,90
bulk-rounding-whole = Unidades enteras
bulk-rounding-hundreds = Centenas enteras
bulk-stock-value = Unidades
bulk-stock-hint = Sumar un número negativo resta stock.
bulk-tags = Etiquetas, separadas por comas
bulk-locale = Idioma
bulk-text-field = Campo
bulk-field-title = Título
bulk-field-description = Descripción
bulk-text-value = Texto nuevo
bulk-preview = Ver los cambios
bulk-working = Calculando los cambios…
bulk-count-new = Nuevos
bulk-count-changed = Cambian
bulk-count-unchanged = Sin cambios
bulk-count-skipped = Omitidos
bulk-count-invalid = No válidos
bulk-col-listing = Anuncio
bulk-col-variant = Variante
bulk-col-field = Campo
bulk-col-before = Antes
bulk-col-after = Después
bulk-more-lines = …y { $count } cambios más
bulk-skipped-title = Se quedan como están, porque el cambio incumpliría una regla
bulk-no-changes = Nada que cambiar: los anuncios seleccionados ya están así.
bulk-apply = { $count ->
    [one] Aplicar a { $count } anuncio
   *[other] Aplicar a { $count } anuncios
}
bulk-saving = Guardando…
bulk-cancel = Cancelar
bulk-close = Cerrar
bulk-back = Atrás
bulk-applied = { $count ->
    [one] { $count } anuncio cambiado.
   *[other] { $count } anuncios cambiados.
}
bulk-undone = { $count ->
    [one] Deshecho: { $count } anuncio restaurado.
   *[other] Deshecho: { $count } anuncios restaurados.
}
bulk-cancelled = Cancelado: no se ha cambiado nada.
bulk-progress = { $done } de { $total }
bulk-phase-load = Cargando anuncios…
bulk-phase-parse = Leyendo el archivo…
bulk-phase-check = Comprobando…
bulk-phase-save = Guardando…
bulk-field-state = Estado
bulk-field-stock = Stock
bulk-field-price = Precio ({ $currency })
bulk-field-tags = Etiquetas ({ $language })
bulk-field-title-in = Título ({ $language })
bulk-field-description-in = Descripción ({ $language })
bulk-field-listing = Anuncio nuevo
bulk-field-variant = Variante
bulk-field-archived = Archivado
bulk-field-other = { $field }

error-bulk-percent-range = El porcentaje debe ser mayor que -100 y como mucho 1000.
error-bulk-percent-malformed = Escribe el porcentaje como número, p. ej. 10 o -12.5.
error-bulk-rounding-unsupported = { $currency } no tiene céntimos: redondea a unidades enteras.
error-bulk-tags-empty = Escribe al menos una etiqueta.
error-bulk-listing-changed = «{ $title }» cambió después de la vista previa. Vuelve a generarla.
error-bulk-undo-listing-changed = «{ $title }» se editó después de este cambio, así que el cambio no se puede deshacer.
error-bulk-already-undone = Este cambio ya se deshizo.
