# Respostas prontas em português (Brasil). Veja en.ftl.

shipping-delay =
    Olá, { $buyer_name }!

    Pedimos desculpas: o envio do seu pedido { $order_number } vai atrasar { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }. Ele sairá do nosso depósito até { $ship_by }, e enviaremos o código de rastreio assim que for postado.

    Obrigado pela paciência!
    .name = Atraso no envio

tracking-update =
    Olá, { $buyer_name }!

    Boa notícia: seu pedido { $order_number } foi enviado. O código de rastreio é { $tracking_number }, e você pode acompanhar a entrega aqui: { $tracking_link }

    O rastreio pode levar de 1 a 2 dias para mostrar a primeira atualização. Qualquer dúvida, é só responder por aqui.
    .name = Atualização de rastreio

size-question =
    Olá, { $buyer_name }!

    Obrigado pela pergunta. Nossas peças seguem a tabela de medidas do anúncio; se você estiver entre dois tamanhos, recomendamos escolher o maior. Se nos disser sua altura, seu peso e a medida do busto ou tórax, indicaremos o tamanho ideal.
    .name = Dúvida sobre tamanho

return-instructions =
    Olá, { $buyer_name }!

    Sentimos muito que o pedido { $order_number } não tenha atendido às suas expectativas. Você pode devolvê-lo em até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } após o recebimento: abra uma solicitação de devolução na página do pedido e envie o produto sem uso, na embalagem original. Assim que recebermos a devolução, reembolsaremos { $amount }.
    .name = Instruções de devolução
