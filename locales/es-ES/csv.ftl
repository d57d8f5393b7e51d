## Importación y exportación de anuncios en CSV.

csv-open = Importar / exportar CSV
csv-title = Importación y exportación CSV
csv-tab-import = Importar
csv-tab-export = Exportar
csv-path = Archivo
csv-choose = Elegir…
csv-delimiter = Separador
csv-delimiter-comma = Coma (,)
csv-delimiter-semicolon = Punto y coma (;), decimales con coma
csv-export = Exportar
csv-exported = { $rows ->
    [one] { $rows } fila exportada ({ $listings } anuncios).
   *[other] { $rows } filas exportadas ({ $listings } anuncios).
}
csv-export-hint = Una fila por variante, con todas las traducciones y todos los precios. Las hojas de cálculo lo abren tal cual.
csv-import-hint = Las filas se asocian por listing_id y después por SKU; las demás crean anuncios nuevos. Nada cambia hasta que confirmes.
csv-check = Comprobar archivo
csv-rows = { $count ->
    [one] { $count } fila leída
   *[other] { $count } filas leídas
}
csv-errors-title = Problemas (estos anuncios quedan fuera)
csv-more-errors = …y { $count } problemas más
csv-import = { $count ->
    [one] Importar { $count } anuncio
   *[other] Importar { $count } anuncios
}
csv-imported = { $count ->
    [one] { $count } anuncio importado.
   *[other] { $count } anuncios importados.
}
csv-nothing = Nada que importar: el archivo coincide con la tienda.
csv-error-at = Línea { $line }, columna { $column }: { $message }
csv-error-at-line = Línea { $line }: { $message }
csv-file-refused = Este archivo no se puede importar.

error-csv-column-unknown = Columna desconocida «{ $column }». Nombra las columnas como en una exportación, p. ej. title.pt-BR o price.BRL.
error-csv-column-duplicate = La columna «{ $column }» aparece dos veces.
error-csv-column-missing = El archivo no tiene la columna «{ $column }».
error-csv-malformed = Esta línea no es CSV válido. Revisa las comillas.
error-csv-not-utf8 = Este texto no está en UTF-8. Guarda el archivo como «CSV UTF-8».
error-csv-row-length = Esta línea tiene { $found } celdas; la cabecera tiene { $expected }.
error-csv-empty = El archivo está vacío.
error-csv-listing-mismatch = No coincide con la línea { $line } del mismo anuncio.
error-csv-state-invalid = «{ $value }» no es un estado: usa draft, active, inactive o sold_out.
error-csv-options-invalid = Escribe las opciones como nombre=valor; nombre=valor.
error-csv-price-ambiguous = «{ $value }» es ambiguo para { $currency }: escríbelo como 1234.50 (o 1234,50 en un archivo con punto y coma), sin separador de miles.
error-csv-file-unreadable = No se puede leer el archivo. Revisa el nombre y la carpeta.
error-csv-file-unwritable = No se puede escribir el archivo ahí. Elige otra carpeta.
