## Photos in the listing editor.

photos-heading = Fotos
photos-save-first = Guarda primero el producto y después añade sus fotos.
photos-empty = Suelta aquí las fotos o elígelas con Añadir fotos. JPEG, PNG o WebP, hasta 40 MB cada una.
photos-add = Añadir fotos…
photos-drop-hint = Suelta las fotos para añadirlas a este producto
photos-paths-toggle = Importar desde rutas de archivo
photos-paths-label = Rutas de archivo, una por línea
photos-paths-import = Importar
photos-progress = Añadiendo la foto { $done } de { $total }…
photos-imported = { $count ->
    [one] { $count } foto añadida
   *[other] { $count } fotos añadidas
}
photos-gps-removed = Se ha eliminado la ubicación de { $names }. Los compradores nunca ven dónde se tomó una foto.
photos-failed-heading = Estos archivos no se han añadido:
photos-primary = Principal
photos-make-primary = Hacer principal
photos-move-earlier = Mover antes
photos-move-later = Mover después
photos-remove = Quitar foto
photos-removed = Foto quitada
photos-reorder-hint = Arrastra las fotos para ordenarlas, o selecciona una y pulsa Alt+← o Alt+→. La foto principal se muestra primero en el marketplace.
photos-thumb-alt = Foto { $position }: { $name }
photos-dismiss = Cerrar

error-photo-empty = { $name } es un archivo vacío.
error-photo-too-large = { $name } es demasiado grande ({ $size } bytes); una foto puede tener como máximo { $max_size } bytes.
error-photo-too-many-pixels = { $name } mide { $width }×{ $height } píxeles; una foto puede tener como máximo { $max_side } píxeles por lado.
error-photo-unsupported-format = { $name } no es una foto JPEG, PNG o WebP (parece { $format }). Expórtala como JPEG y vuelve a añadirla.
error-photo-truncated = { $name } está incompleto: el archivo termina antes que la imagen. Vuelve a copiarlo desde la cámara o el móvil.
error-photo-corrupt = { $name } está dañado y no se puede leer.
error-photo-encode-failed = No se ha podido procesar { $name }.
error-photo-unreadable = No se ha podido leer { $name } del disco.
error-photo-too-many = { $name } no se ha añadido: un producto admite como máximo { $max } fotos.
error-photos-order-stale = Las fotos han cambiado mientras tanto. Vuelve a abrir el producto e inténtalo de nuevo.
