# A página de mensagens (issue 4): conversas, respostas, respostas prontas, erros.

inbox-unread-badge = { $count ->
    [one] { $count } mensagem não lida
   *[other] { $count } mensagens não lidas
}
inbox-search-label = Buscar mensagens
inbox-search-placeholder = Buscar mensagens em qualquer idioma
inbox-filter-unanswered = Sem resposta
inbox-filter-unread-first = Não lidas primeiro
inbox-filter-done = Mostrar concluídas
inbox-filter-market = Mercado
inbox-filter-market-all = Todos os mercados
inbox-filter-order = Número do pedido
inbox-shortcuts = Teclas: J ou ↓ próxima, K ou ↑ anterior, R responder, E concluir, Ctrl+Enter enviar
inbox-no-match-title = Nenhuma conversa encontrada
inbox-no-match-body = Tente outras palavras ou limpe os filtros.
inbox-list-label = Conversas
inbox-order-number = Pedido { $number }
inbox-unanswered = Sem resposta
inbox-done = Concluída
inbox-pick-conversation = Escolha uma conversa à esquerda ou pressione J.
inbox-local-time = Horário do comprador: { $time }
inbox-reopen = Reabrir
inbox-mark-done = Marcar como concluída
inbox-order-status-awaiting_payment = Aguardando pagamento
inbox-order-status-paid = Pago
inbox-order-status-shipped = Enviado
inbox-order-status-delivered = Entregue
inbox-order-status-cancelled = Cancelado
inbox-order-status-refunded = Reembolsado
inbox-ship-by = Enviar até { $date }
inbox-tracking = Rastreio { $number }
inbox-tracking-unknown = Ainda sem código de rastreio
inbox-state-received = Recebida
inbox-state-sending = Enviando…
inbox-state-sent = Enviada
inbox-state-failed = Não enviada
inbox-retry = Tentar de novo
inbox-reply-label = Resposta
inbox-template-label = Resposta pronta
inbox-template-none = Escrever a minha
inbox-templates-manage = Minhas respostas prontas…
inbox-var-buyer_name = Nome do comprador
inbox-var-seller_name = Seu nome
inbox-var-order_number = Número do pedido
inbox-var-tracking_number = Código de rastreio
inbox-var-tracking_link = Link de rastreio
inbox-var-carrier = Transportadora
inbox-var-ship_by = Data limite de envio
inbox-var-days = Número de dias
inbox-var-amount = Valor
inbox-preview-buyer = Enviado ao comprador ({ $language })
inbox-preview-seller = O que diz ({ $language })
inbox-reply-placeholder = Escreva uma resposta ou escolha uma resposta pronta acima.
inbox-send-blocked = Altere primeiro o texto destacado: o marketplace o recusaria.
inbox-send-hint = Funciona offline: a resposta é enviada assim que o marketplace estiver acessível.
inbox-send = Enviar
templates-title = Minhas respostas prontas
templates-close = Fechar
templates-new = Nova resposta pronta
templates-none = Você ainda não tem respostas prontas próprias.
templates-name = Nome
templates-help = Escreva a resposta em cada idioma dos seus compradores. Variáveis que você pode usar:
templates-delete = Excluir
templates-save = Salvar
templates-saved = Salvo.
error-message-empty = Escreva algo antes de enviar.
error-message-too-long = Uma mensagem pode ter no máximo { $max } caracteres.
error-message-rule-phone = Remova o telefone “{ $matched }”: este marketplace proíbe dados de contato nas mensagens.
error-message-rule-email = Remova o e-mail “{ $matched }”: este marketplace proíbe dados de contato nas mensagens.
error-message-rule-link = Remova o link “{ $matched }”: este marketplace proíbe links para outros sites nas mensagens.
error-message-rule-messenger = Remova o contato de mensageiro “{ $matched }”: este marketplace proíbe levar a conversa para outros aplicativos.
error-reply-variable-unknown = Esta resposta pronta não pode usar “{ $name }”.
error-reply-variable-number = Digite um número inteiro.
error-reply-variable-date = Digite uma data.
error-reply-variable-missing = Preencha “{ $name }” para usar esta resposta pronta.
error-reply-render = Não foi possível preparar esta resposta pronta para este comprador.
error-template-empty-name = Dê um nome à resposta pronta.
error-template-bad-id = Use outro nome: este já é de uma resposta pronta do aplicativo.
error-template-no-languages = Escreva a resposta em pelo menos um idioma.
error-template-unknown-language = { $lang } não é um idioma dos compradores.
error-template-empty-text = O texto em { $lang } está vazio.
error-template-syntax = O texto em { $lang } tem um erro nas chaves ou variáveis.
error-template-unknown-variable = O texto em { $lang } usa “{ $name }”, que não é uma variável disponível.
error-template-unsupported = O texto em { $lang } usa algo que respostas prontas não podem conter.
error-template-variables-differ = O texto em { $lang } deve usar as mesmas variáveis que os outros idiomas.
error-link-refused = Este link não pode ser aberto.

## Notificações da área de trabalho
notify-new-messages-title = Novas mensagens de compradores
notify-new-messages-body = { $count ->
    [one] Um comprador escreveu para você. Abra Mensagens para responder.
   *[other] { $count } novas mensagens de compradores. Abra Mensagens para responder.
}

## Fotos enviadas com uma resposta
inbox-attach = Adicionar fotos
inbox-attach-hint = JPEG, PNG ou WebP, no máximo { $max } por resposta. A localização e os dados da câmera são removidos.
inbox-attach-progress = Preparando a foto { $done } de { $total }…
inbox-attach-drop = Solte as fotos para enviá-las com esta resposta.
inbox-attachment-remove = Remover { $name }
inbox-attachment-gps = { $name } tinha uma posição de GPS; ela foi removida e o comprador não a verá.
inbox-attachment-remote = Uma foto guardada no marketplace
inbox-attachment-alt = Foto enviada com a mensagem
inbox-attachments-label = Fotos
error-message-too-many-attachments = Uma resposta pode levar no máximo { $max } fotos.
error-message-attachment-missing = Uma foto desta resposta não está mais neste computador. Remova-a e adicione de novo.
