## Documentos de envio (crates/shopkeeper-documents). `doc-slip-*` saem no romaneio
## do pedido no idioma do comprador, `doc-pick-*` na lista de separação.

doc-slip-title = Romaneio do pedido
doc-slip-order = Pedido { $number }
doc-slip-date = Data do pedido: { $date }
doc-slip-ship-to = Enviar para
doc-slip-from = Remetente
doc-slip-sku = SKU
doc-slip-item = Item
doc-slip-qty = Qtd.
doc-slip-unit-price = Preço unitário
doc-slip-line-total = Valor
doc-slip-subtotal = Subtotal
doc-slip-shipping = Frete
doc-slip-total = Total pago
doc-slip-tracking = Enviado por { $carrier }, código de rastreio { $tracking }
doc-slip-thanks = Obrigado pela sua compra!

doc-pick-title = Lista de separação
doc-pick-orders = Pedidos: { $count }
doc-pick-location = Localização
doc-pick-sku = SKU
doc-pick-item = Item
doc-pick-quantity = Qtd.
doc-pick-empty = Os pedidos selecionados não têm itens para separar.

error-documents-font-missing = O arquivo de fonte { $path } não existe. Instale o pacote Debian { $package } (o scripts/setup.sh faz isso) e tente de novo.
error-documents-font-invalid = O arquivo { $path } não pode ser lido como fonte.
error-label-glyph-missing = O caractere “{ $character }” em { $field } não pode ser impresso com as fontes da etiqueta. Corrija o texto ou troque o caractere.
error-label-field-too-long = { $field } é longo demais para caber no documento. Encurte-o.
error-address-field-missing = O endereço está incompleto: { $field } está vazio.
error-address-postal-code-invalid = O código postal “{ $value }” não parece válido para { $country }.
error-address-country-invalid = “{ $value }” em { $field } não é um código de país de duas letras, como BR ou FR.
error-tracking-invalid = O código de rastreio “{ $value }” só pode ter letras A–Z e dígitos (de 4 a 40 caracteres).
error-tracking-s10-format = “{ $value }” não é um código de rastreio postal: deveria ser como RR473124829DE.
error-tracking-s10-check-digit = O código de rastreio { $value } tem o dígito verificador errado. Confira se há erro de digitação.
error-label-barcode-too-wide = O código de rastreio { $value } é longo demais para um código de barras numa etiqueta 4×6.
error-customs-hs-code-invalid = O código SH “{ $value }” deve ter de 6 a 10 dígitos, como 6214.10.
error-customs-hs-edition-invalid = A edição do SH “{ $value }” deve ser como HS2022.
error-customs-currency-unknown = { $code } não é um código de moeda conhecido.
error-customs-currency-mismatch = Todos os valores devem estar em { $expected }; um está em { $found }.
error-customs-sdr-rate-invalid = A cotação do DES deve ser um número positivo.
error-customs-sdr-rate-missing = Não há cotação do DES para { $currency }, então não é possível escolher o formulário aduaneiro (CN22 ou CN23). Adicione a cotação em Configurações.
error-customs-incomplete = Faltam { $count } dados aduaneiros. Complete-os antes de imprimir a etiqueta.
error-documents-locale-unsupported = Ainda não é possível imprimir documentos no idioma { $locale }.
error-documents-pdf-failed = Não foi possível gravar o PDF: { $detail }
error-documents-cancelled = A impressão foi cancelada. Nada foi marcado como enviado.
error-printer-unreachable = Não foi possível conectar à impressora em { $address } ({ $detail }). Verifique se ela está ligada e na rede.
error-printer-timeout = A impressora em { $address } parou de responder. Verifique o papel e o ribbon e imprima de novo.
error-printer-cups-missing = O sistema de impressão (CUPS) não está instalado neste computador, então o comando lp não existe.
error-printer-cups-failed = O sistema de impressão recusou o trabalho ({ $status }): { $detail }
error-printer-queue-invalid = “{ $queue }” não é um nome de fila de impressora válido.

# O pacote de provas de uma resposta a disputa (issue 7, item 6), no idioma do vendedor.
doc-evidence-title = Provas da disputa
doc-evidence-order = Pedido { $order } de { $date }
doc-evidence-shop = Vendedor: { $shop }
doc-evidence-buyer = Comprador: { $buyer }
doc-evidence-dispute = Disputa: { $reason }, aberta em { $date }
doc-evidence-reason-not_received = não recebido
doc-evidence-reason-not_as_described = diferente do anúncio
doc-evidence-reason-damaged = chegou danificado
doc-evidence-reason-other = outro motivo
doc-evidence-tracking = Enviado por { $carrier }, código de rastreio { $number }
doc-evidence-no-tracking = Não há código de rastreio registrado para este pedido.
doc-evidence-attached-label-customs = Em anexo: cópia da etiqueta de envio e do formulário de alfândega.
doc-evidence-attached-label = Em anexo: cópia da etiqueta de envio (sem formulário de alfândega: envio nacional).
doc-evidence-no-label = Sem cópia da etiqueta: não foi possível gerar os documentos de envio com os dados da loja.
doc-evidence-conversation = Conversa com o comprador
doc-evidence-no-messages = O comprador e a loja não trocaram mensagens sobre este pedido.
doc-evidence-from-buyer = Comprador
doc-evidence-from-shop = Loja
doc-evidence-generated = Gerado pelo Shopkeeper em { $date }. As mensagens são impressas como foram escritas; caracteres ocultos aparecem como [U+…].
