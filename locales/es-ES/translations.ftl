## Translations: completeness per market and side-by-side editing.

nav-translations = Traducciones
translations-heading = Traducciones
translations-intro = Los compradores leen los productos en su idioma. Encuentra lo que falta y tradúcelo junto al original.
translations-total = { $total ->
    [one] { $total } producto activo
   *[other] { $total } productos activos
}
translations-titled = { $titled } de { $total } con título
translations-missing-title = { $count } sin título
translations-missing-description = { $count } sin descripción
translations-complete = Completo
translations-show-missing = Ver los que faltan
translations-missing-in = Sin título en { $language }
translations-none-missing = Todos los productos activos tienen título en { $language }.
translations-pick = Elige un producto a la izquierda para traducirlo junto al original.
translations-source = Original · { $language }
translations-target = Traducción · { $language }
translations-title = Título
translations-description = Descripción
translations-tags = Etiquetas
translations-tags-hint = Separa las etiquetas con comas.
translations-count = { $count } / { $max }
translations-save = Guardar traducción
translations-saved = Traducción guardada
translations-search = Buscar productos
translations-load-more = Ver más
translations-same-locale = Este es el idioma original del producto; edítalo en el editor de productos.
