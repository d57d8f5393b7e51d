## Errors. `error-<code>` for every code the core returns; the UI shows these
## next to the field named by the error.

error-validation = Revisa algunos campos. No se ha guardado nada.
error-not-found = Este elemento ya no existe. Puede que se haya eliminado en otro dispositivo.
error-shop-file = No se ha podido abrir el archivo de la tienda. Comprueba que el disco no esté lleno y que tengas permiso de escritura en la carpeta.
error-storage = No se ha podido leer ni escribir el archivo de la tienda. Tu último cambio no se ha guardado; inténtalo de nuevo.
error-internal = Se ha producido un error interno en Shopkeeper. No se ha cambiado nada. Encontrarás los detalles en el archivo de registro.

error-title-empty = Introduce un título.
error-title-too-long = El marketplace admite como máximo { $max } caracteres en el título; este tiene { $length }.
error-description-too-long = El marketplace admite como máximo { $max } caracteres en la descripción; esta tiene { $length }.
error-tags-too-many = Usa como máximo { $max } etiquetas.
error-tag-too-long = La etiqueta “{ $tag }” es demasiado larga: máximo { $max } caracteres.
error-locale-unsupported = El marketplace no admite el idioma { $locale }.
error-locale-duplicate = Hay dos textos en { $locale }.
error-variants-empty = Añade al menos una variante.
error-variants-too-many = Un anuncio puede tener como máximo { $max } variantes.
error-sku-empty = Introduce un SKU.
error-sku-invalid = Un SKU tiene como máximo { $max } caracteres y no lleva espacios.
error-sku-duplicate = El SKU { $sku } se usa dos veces en este anuncio.
error-sku-taken = El SKU { $sku } ya se usa en otro anuncio.
error-stock-malformed = Introduce el stock como número entero, por ejemplo 12.
error-stock-negative = El stock no puede ser negativo.
error-stock-too-large = El stock puede ser como máximo { $max }.
error-weight-malformed = Introduce el peso en gramos enteros, por ejemplo 250.
error-weight-negative = El peso no puede ser negativo.
error-weight-too-large = El peso puede ser como máximo { $max } g.
error-hs-code-invalid = Un código HS tiene de 6 a 10 dígitos, por ejemplo 6214.10.
error-country-invalid = Usa el código de país de dos letras, por ejemplo VN o BR.
error-option-incomplete = Cada opción necesita un nombre y un valor.
error-currency-unknown = { $currency } no es un código de moneda ISO 4217.
error-currency-duplicate = Hay dos precios en { $currency }.
error-price-malformed = Introduce el precio en cifras, con coma decimal, por ejemplo 12,50.
error-price-negative = Un precio no puede ser negativo.
error-price-too-large = Este precio es demasiado alto.
error-price-too-many-decimals = { $max ->
    [0] Los precios en { $currency } son importes enteros, sin decimales.
    [one] Los precios en { $currency } tienen como máximo 1 decimal.
   *[other] Los precios en { $currency } tienen como máximo { $max } decimales.
}
error-price-missing = Un anuncio activo necesita un precio para cada variante.
error-cursor-invalid = La lista estaba desactualizada y se ha vuelto a cargar.
