# Respuestas guardadas en español. Ver en.ftl.

shipping-delay =
    Hola, { $buyer_name }:

    Lamentamos informarte de que el envío de tu pedido { $order_number } se retrasará { $days ->
        [one] { $days } día
       *[other] { $days } días
    }. Saldrá de nuestro almacén a más tardar el { $ship_by } y te enviaremos el número de seguimiento en cuanto lo despachemos.

    ¡Gracias por tu paciencia!
    .name = Retraso en el envío

tracking-update =
    Hola, { $buyer_name }:

    Tu pedido { $order_number } ya está en camino. El número de seguimiento es { $tracking_number } y puedes seguir el envío aquí: { $tracking_link }

    El seguimiento puede tardar uno o dos días en mostrar la primera actualización. Si tienes cualquier duda, escríbenos por aquí.
    .name = Actualización de seguimiento

size-question =
    Hola, { $buyer_name }:

    Gracias por tu pregunta. Nuestras prendas siguen la tabla de tallas del anuncio; si estás entre dos tallas, te recomendamos elegir la mayor. Si nos indicas tu altura, tu peso y tu contorno de pecho, te diremos qué talla te queda mejor.
    .name = Consulta de talla

return-instructions =
    Hola, { $buyer_name }:

    Sentimos que el pedido { $order_number } no haya cumplido tus expectativas. Puedes devolverlo en un plazo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } desde que lo recibiste: abre una solicitud de devolución en la página del pedido y envía el artículo sin usar y en su embalaje original. En cuanto recibamos la devolución, te reembolsaremos { $amount }.
    .name = Instrucciones de devolución
