# Devoluciones y disputas (issue 7, punto 6): la pestaña Disputas de Pedidos,
# la sección de disputa de un pedido, respuestas y su envío, errores.

orders-tab-disputes = Disputas
disputes-tab-title = { $count ->
    [one] { $count } disputa espera tu respuesta
   *[other] { $count } disputas esperan tu respuesta
}
disputes-unresolved-only = Solo sin resolver
disputes-empty-title = No hay disputas
disputes-empty-body = Cuando un comprador abra una devolución o una disputa sobre un pedido, aparecerá aquí tras la próxima sincronización.
disputes-col-reason = Motivo
disputes-col-answer-by = Responder antes del
dispute-order-not-synced = Pedido aún no sincronizado
dispute-title = Disputa
dispute-reason-not_received = No recibido
dispute-reason-not_as_described = No coincide con la descripción
dispute-reason-damaged = Llegó dañado
dispute-reason-other = Otro motivo
dispute-state-open = Espera tu respuesta
dispute-state-seller_responded = Respondida
dispute-state-resolved_buyer = Resuelta a favor del comprador
dispute-state-resolved_seller = Resuelta a tu favor
dispute-opened = Abierta el { $date }
dispute-answer-by = Responder antes del { $date }
dispute-answer-overdue = La respuesta vencía el { $date }
dispute-buyer-wrote = { $name } escribió:
dispute-responses = Respuestas
dispute-resolution = Decisión del marketplace
dispute-compose-label = Tu respuesta
dispute-compose-placeholder = Explica lo ocurrido: cuándo y cómo enviaste, y qué ofreces.
dispute-chars = { $count } / { $max }
dispute-evidence = Pruebas
dispute-include-tracking = Adjuntar el número de seguimiento { $number } ({ $carrier })
dispute-no-tracking-hint = Este pedido no tiene número de seguimiento que adjuntar.
dispute-note-label = Nota para el marketplace (opcional)
dispute-offline-hint = Tu respuesta se guarda ahora y se envía cuando la tienda esté en línea.
dispute-send = Enviar respuesta
dispute-send-again = Enviar de nuevo
dispute-saved-toast = Respuesta guardada. Se envía en la próxima sincronización.
dispute-answer-sending = Pendiente de envío
dispute-answer-sent = Enviada
dispute-answer-failed = No aceptada
dispute-evidence-photo = Foto
dispute-evidence-tracking = Seguimiento
dispute-evidence-document = Documento
dispute-evidence-note = Nota
dispute-failed-illegal-transition = El marketplace no aceptó tu respuesta: la disputa ya estaba resuelta. Tu texto se conserva abajo.
dispute-failed-validation-failed = El marketplace no aceptó tu respuesta tal como está. Revisa el texto y las pruebas y envíala de nuevo.
dispute-failed-not-found = El marketplace ya no tiene esta disputa. Tu texto se conserva abajo.
dispute-failed-forbidden = Tu cuenta del marketplace no puede responder disputas. Pide al propietario de la tienda el rol de soporte.
dispute-failed-unknown = El marketplace no aceptó tu respuesta. Tu texto se conserva abajo: envíala de nuevo.
sync-stream-disputes = Disputas
error-dispute-text-empty = Escribe una respuesta antes de enviar.
error-dispute-text-too-long = La respuesta es demasiado larga: como máximo { $max } caracteres.
error-dispute-note-too-long = La nota es demasiado larga: como máximo { $max } caracteres.
error-dispute-no-tracking = Este pedido no tiene número de seguimiento que adjuntar.
error-dispute-resolved = Esta disputa ya está resuelta: ya no se puede responder.
error-dispute-answer-in-flight = Ya hay una respuesta a esta disputa en camino.
error-dispute-text-control = Quita los caracteres de control invisibles del texto antes de enviar.
error-dispute-too-many-photos = Una respuesta lleva como máximo { $max } fotos.
error-dispute-pack-no-order = El pedido de esta disputa aún no se ha sincronizado y el paquete de pruebas lo necesita. Sincroniza y vuelve a enviar.
dispute-include-pack = Adjuntar el paquete de pruebas (PDF: conversación, seguimiento, copias de la etiqueta y de aduanas)
dispute-add-photos = Añadir fotos (hasta { $max })
dispute-remove-photo = Quitar { $name }
dispute-photo-paths = Añadir fotos por ruta de archivo
dispute-photo-paths-add = Añadir estos archivos
