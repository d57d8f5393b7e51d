# La página de mensajes (issue 4): conversaciones, respuestas, respuestas guardadas, errores.

inbox-unread-badge = { $count ->
    [one] { $count } mensaje sin leer
   *[other] { $count } mensajes sin leer
}
inbox-search-label = Buscar mensajes
inbox-search-placeholder = Buscar mensajes en cualquier idioma
inbox-filter-unanswered = Sin responder
inbox-filter-unread-first = No leídas primero
inbox-filter-done = Mostrar resueltas
inbox-filter-market = Mercado
inbox-filter-market-all = Todos los mercados
inbox-filter-order = Número de pedido
inbox-shortcuts = Teclas: J o ↓ siguiente, K o ↑ anterior, R responder, E marcar como resuelta, Ctrl+Intro enviar
inbox-no-match-title = Ninguna conversación coincide
inbox-no-match-body = Prueba con otras palabras o quita los filtros.
inbox-list-label = Conversaciones
inbox-order-number = Pedido { $number }
inbox-unanswered = Sin responder
inbox-done = Resuelta
inbox-pick-conversation = Elige una conversación a la izquierda o pulsa J.
inbox-local-time = Hora del comprador: { $time }
inbox-reopen = Reabrir
inbox-mark-done = Marcar como resuelta
inbox-order-status-awaiting_payment = Pendiente de pago
inbox-order-status-paid = Pagado
inbox-order-status-shipped = Enviado
inbox-order-status-delivered = Entregado
inbox-order-status-cancelled = Cancelado
inbox-order-status-refunded = Reembolsado
inbox-ship-by = Enviar antes del { $date }
inbox-tracking = Seguimiento { $number }
inbox-tracking-unknown = Aún sin número de seguimiento
inbox-state-received = Recibido
inbox-state-sending = Enviando…
inbox-state-sent = Enviado
inbox-state-failed = No enviado
inbox-retry = Reintentar
inbox-reply-label = Respuesta
inbox-template-label = Respuesta guardada
inbox-template-none = Escribir la mía
inbox-templates-manage = Mis respuestas guardadas…
inbox-var-buyer_name = Nombre del comprador
inbox-var-seller_name = Tu nombre
inbox-var-order_number = Número de pedido
inbox-var-tracking_number = Número de seguimiento
inbox-var-tracking_link = Enlace de seguimiento
inbox-var-carrier = Transportista
inbox-var-ship_by = Fecha límite de envío
inbox-var-days = Número de días
inbox-var-amount = Importe
inbox-preview-buyer = Se envía al comprador ({ $language })
inbox-preview-seller = Lo que dice ({ $language })
inbox-reply-placeholder = Escribe una respuesta o elige una respuesta guardada arriba.
inbox-send-blocked = Cambia primero el texto resaltado: el marketplace lo rechazaría.
inbox-send-hint = Funciona sin conexión: la respuesta se envía en cuanto se pueda conectar con el marketplace.
inbox-send = Enviar
templates-title = Mis respuestas guardadas
templates-close = Cerrar
templates-new = Nueva respuesta guardada
templates-none = Aún no tienes respuestas guardadas propias.
templates-name = Nombre
templates-help = Escribe la respuesta en cada idioma de tus compradores. Variables que puedes usar:
templates-delete = Eliminar
templates-save = Guardar
templates-saved = Guardado.
error-message-empty = Escribe algo antes de enviar.
error-message-too-long = Un mensaje puede tener como máximo { $max } caracteres.
error-message-rule-phone = Quita el teléfono «{ $matched }»: este marketplace prohíbe datos de contacto en los mensajes.
error-message-rule-email = Quita el correo «{ $matched }»: este marketplace prohíbe datos de contacto en los mensajes.
error-message-rule-link = Quita el enlace «{ $matched }»: este marketplace prohíbe enlaces a otros sitios en los mensajes.
error-message-rule-messenger = Quita el contacto de mensajería «{ $matched }»: este marketplace prohíbe llevar la conversación a otras aplicaciones.
error-reply-variable-unknown = Esta respuesta guardada no puede usar «{ $name }».
error-reply-variable-number = Escribe un número entero.
error-reply-variable-date = Escribe una fecha.
error-reply-variable-missing = Rellena «{ $name }» para usar esta respuesta guardada.
error-reply-render = No se pudo preparar esta respuesta guardada para este comprador.
error-template-empty-name = Ponle un nombre a la respuesta guardada.
error-template-bad-id = Usa otro nombre: este ya lo usa una respuesta incluida en la aplicación.
error-template-no-languages = Escribe la respuesta en al menos un idioma.
error-template-unknown-language = { $lang } no es un idioma de los compradores.
error-template-empty-text = El texto en { $lang } está vacío.
error-template-syntax = El texto en { $lang } tiene un error en las llaves o las variables.
error-template-unknown-variable = El texto en { $lang } usa «{ $name }», que no es una variable disponible.
error-template-unsupported = El texto en { $lang } usa algo que las respuestas guardadas no pueden contener.
error-template-variables-differ = El texto en { $lang } debe usar las mismas variables que los demás idiomas.
error-link-refused = Este enlace no se puede abrir.

## Notificaciones de escritorio
notify-new-messages-title = Nuevos mensajes de compradores
notify-new-messages-body = { $count ->
    [one] Un comprador te ha escrito. Abre Mensajes para responder.
   *[other] { $count } mensajes nuevos de compradores. Abre Mensajes para responder.
}

## Fotos enviadas con una respuesta
inbox-attach = Añadir fotos
inbox-attach-hint = JPEG, PNG o WebP, como máximo { $max } por respuesta. Se eliminan la ubicación y los datos de la cámara.
inbox-attach-progress = Preparando la foto { $done } de { $total }…
inbox-attach-drop = Suelta las fotos para enviarlas con esta respuesta.
inbox-attachment-remove = Quitar { $name }
inbox-attachment-gps = { $name } tenía una posición GPS; se ha eliminado y el comprador no la verá.
inbox-attachment-remote = Una foto guardada en el marketplace
inbox-attachment-alt = Foto enviada con el mensaje
inbox-attachments-label = Fotos
error-message-too-many-attachments = Una respuesta puede llevar como máximo { $max } fotos.
error-message-attachment-missing = Una foto de esta respuesta ya no está en este ordenador. Quítala y vuelve a añadirla.
