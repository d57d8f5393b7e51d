## Documentos de envío (crates/shopkeeper-documents). `doc-slip-*` se imprimen en el
## albarán en el idioma del comprador, `doc-pick-*` en la lista de preparación.

doc-slip-title = Albarán
doc-slip-order = Pedido { $number }
doc-slip-date = Fecha del pedido: { $date }
doc-slip-ship-to = Enviar a
doc-slip-from = Remitente
doc-slip-sku = SKU
doc-slip-item = Artículo
doc-slip-qty = Cant.
doc-slip-unit-price = Precio unitario
doc-slip-line-total = Importe
doc-slip-subtotal = Subtotal
doc-slip-shipping = Envío
doc-slip-total = Total pagado
doc-slip-tracking = Enviado con { $carrier }, número de seguimiento { $tracking }
doc-slip-thanks = ¡Gracias por tu pedido!

doc-pick-title = Lista de preparación
doc-pick-orders = Pedidos: { $count }
doc-pick-location = Ubicación
doc-pick-sku = SKU
doc-pick-item = Artículo
doc-pick-quantity = Cant.
doc-pick-empty = Los pedidos seleccionados no tienen líneas que preparar.

error-documents-font-missing = Falta el archivo de fuente { $path }. Instala el paquete de Debian { $package } (scripts/setup.sh lo hace) y vuelve a intentarlo.
error-documents-font-invalid = El archivo { $path } no se puede leer como fuente.
error-label-glyph-missing = El carácter «{ $character }» de { $field } no se puede imprimir con las fuentes de la etiqueta. Corrige el texto o sustituye el carácter.
error-label-field-too-long = { $field } es demasiado largo para caber en el documento. Acórtalo.
error-address-field-missing = La dirección está incompleta: { $field } está vacío.
error-address-postal-code-invalid = El código postal «{ $value }» no parece válido para { $country }.
error-address-country-invalid = «{ $value }» en { $field } no es un código de país de dos letras, como BR o FR.
error-tracking-invalid = El número de seguimiento «{ $value }» solo puede tener letras A–Z y dígitos (de 4 a 40 caracteres).
error-tracking-s10-format = «{ $value }» no es un número de seguimiento postal: debería ser como RR473124829DE.
error-tracking-s10-check-digit = El número de seguimiento { $value } tiene un dígito de control incorrecto. Revisa si hay una errata.
error-label-barcode-too-wide = El número de seguimiento { $value } es demasiado largo para un código de barras en una etiqueta de 4×6.
error-customs-hs-code-invalid = El código SA «{ $value }» debe tener de 6 a 10 dígitos, como 6214.10.
error-customs-hs-edition-invalid = La edición del SA «{ $value }» debe ser como HS2022.
error-customs-currency-unknown = { $code } no es un código de moneda conocido.
error-customs-currency-mismatch = Todos los importes deben estar en { $expected }; uno está en { $found }.
error-customs-sdr-rate-invalid = El tipo de cambio del DEG debe ser un número positivo.
error-customs-sdr-rate-missing = No hay tipo de cambio del DEG para { $currency }, así que no se puede elegir el formulario de aduanas (CN22 o CN23). Añade el tipo en Ajustes.
error-customs-incomplete = Faltan { $count } datos de aduanas. Complétalos antes de imprimir la etiqueta.
error-documents-locale-unsupported = Todavía no se pueden imprimir documentos en el idioma { $locale }.
error-documents-pdf-failed = No se pudo escribir el PDF: { $detail }
error-documents-cancelled = Se canceló la impresión. No se marcó nada como enviado.
error-printer-unreachable = No se puede contactar con la impresora en { $address } ({ $detail }). Comprueba que esté encendida y conectada a la red.
error-printer-timeout = La impresora en { $address } dejó de responder. Revisa el papel y la cinta y vuelve a imprimir.
error-printer-cups-missing = El sistema de impresión (CUPS) no está instalado en este ordenador, así que falta el comando lp.
error-printer-cups-failed = El sistema de impresión rechazó el trabajo ({ $status }): { $detail }
error-printer-queue-invalid = «{ $queue }» no es un nombre de cola de impresora válido.

# El paquete de pruebas de una respuesta a una disputa (issue 7, punto 6), en el idioma del vendedor.
doc-evidence-title = Pruebas de la disputa
doc-evidence-order = Pedido { $order } del { $date }
doc-evidence-shop = Vendedor: { $shop }
doc-evidence-buyer = Comprador: { $buyer }
doc-evidence-dispute = Disputa: { $reason }, abierta el { $date }
doc-evidence-reason-not_received = no recibido
doc-evidence-reason-not_as_described = no coincide con la descripción
doc-evidence-reason-damaged = llegó dañado
doc-evidence-reason-other = otro motivo
doc-evidence-tracking = Enviado con { $carrier }, número de seguimiento { $number }
doc-evidence-no-tracking = No hay número de seguimiento registrado para este pedido.
doc-evidence-attached-label-customs = Se adjunta copia de la etiqueta de envío y del formulario de aduanas.
doc-evidence-attached-label = Se adjunta copia de la etiqueta de envío (sin formulario de aduanas: envío nacional).
doc-evidence-no-label = Sin copia de la etiqueta: no se pudieron generar los documentos de envío con los datos de la tienda.
doc-evidence-conversation = Conversación con el comprador
doc-evidence-no-messages = El comprador y la tienda no intercambiaron mensajes sobre este pedido.
doc-evidence-from-buyer = Comprador
doc-evidence-from-shop = Tienda
doc-evidence-generated = Generado por Shopkeeper el { $date }. Los mensajes se imprimen tal como se escribieron; los caracteres ocultos se muestran como [U+…].
