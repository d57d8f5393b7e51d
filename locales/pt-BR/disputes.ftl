# Devoluções e disputas (issue 7, item 6): a aba Disputas de Pedidos,
# a seção de disputa de um pedido, respostas e seu envio, erros.

orders-tab-disputes = Disputas
disputes-tab-title = { $count ->
    [one] { $count } disputa aguarda sua resposta
   *[other] { $count } disputas aguardam sua resposta
}
disputes-unresolved-only = Só não resolvidas
disputes-empty-title = Nenhuma disputa
disputes-empty-body = Quando um comprador abrir uma devolução ou disputa em um pedido, ela aparece aqui depois da próxima sincronização.
disputes-col-reason = Motivo
disputes-col-answer-by = Responder até
dispute-order-not-synced = Pedido ainda não sincronizado
dispute-title = Disputa
dispute-reason-not_received = Não recebido
dispute-reason-not_as_described = Diferente do anúncio
dispute-reason-damaged = Chegou danificado
dispute-reason-other = Outro motivo
dispute-state-open = Aguardando sua resposta
dispute-state-seller_responded = Respondida
dispute-state-resolved_buyer = Resolvida a favor do comprador
dispute-state-resolved_seller = Resolvida a seu favor
dispute-opened = Aberta em { $date }
dispute-answer-by = Responder até { $date }
dispute-answer-overdue = A resposta venceu em { $date }
dispute-buyer-wrote = { $name } escreveu:
dispute-responses = Respostas
dispute-resolution = Decisão do marketplace
dispute-compose-label = Sua resposta
dispute-compose-placeholder = Explique o que aconteceu: quando e como você enviou e o que oferece.
dispute-chars = { $count } / { $max }
dispute-evidence = Provas
dispute-include-tracking = Anexar o código de rastreio { $number } ({ $carrier })
dispute-no-tracking-hint = Este pedido não tem código de rastreio para anexar.
dispute-note-label = Nota para o marketplace (opcional)
dispute-offline-hint = Sua resposta é salva agora e enviada quando a loja estiver online.
dispute-send = Enviar resposta
dispute-send-again = Enviar novamente
dispute-saved-toast = Resposta salva. Ela é enviada na próxima sincronização.
dispute-answer-sending = Aguardando envio
dispute-answer-sent = Enviada
dispute-answer-failed = Não aceita
dispute-evidence-photo = Foto
dispute-evidence-tracking = Rastreio
dispute-evidence-document = Documento
dispute-evidence-note = Nota
dispute-failed-illegal-transition = O marketplace não aceitou sua resposta: a disputa já estava resolvida. Seu texto foi mantido abaixo.
dispute-failed-validation-failed = O marketplace não aceitou sua resposta como está. Confira o texto e as provas e envie novamente.
dispute-failed-not-found = O marketplace não tem mais esta disputa. Seu texto foi mantido abaixo.
dispute-failed-forbidden = Sua conta do marketplace não pode responder disputas. Peça ao dono da loja o papel de suporte.
dispute-failed-unknown = O marketplace não aceitou sua resposta. Seu texto foi mantido abaixo: envie novamente.
sync-stream-disputes = Disputas
error-dispute-text-empty = Escreva uma resposta antes de enviar.
error-dispute-text-too-long = A resposta é longa demais: no máximo { $max } caracteres.
error-dispute-note-too-long = A nota é longa demais: no máximo { $max } caracteres.
error-dispute-no-tracking = Este pedido não tem código de rastreio para anexar.
error-dispute-resolved = Esta disputa já foi resolvida: não pode mais ser respondida.
error-dispute-answer-in-flight = Uma resposta a esta disputa já está a caminho.
error-dispute-text-control = Remova os caracteres de controle invisíveis do texto antes de enviar.
error-dispute-too-many-photos = Uma resposta leva no máximo { $max } fotos.
error-dispute-pack-no-order = O pedido desta disputa ainda não foi sincronizado e o pacote de provas precisa dele. Sincronize e envie novamente.
dispute-include-pack = Anexar o pacote de provas (PDF: conversa, rastreio, cópias da etiqueta e da alfândega)
dispute-add-photos = Adicionar fotos (até { $max })
dispute-remove-photo = Remover { $name }
dispute-photo-paths = Adicionar fotos pelo caminho do arquivo
dispute-photo-paths-add = Adicionar estes arquivos
