# Mensagens de compradores: ler texto não confiável com segurança, abrir links
# e o que o verificador de regras do marketplace pede para mudar.

messages-hidden-characters = Esta mensagem contém caracteres ocultos que podem disfarçar o texto. Eles aparecem como marcas [U+…] e não têm efeito.
messages-control-bidi = Controle de direção do texto: poderia fazer o texto ser lido ao contrário. Mostrado aqui em vez de aplicado.
messages-control-zero-width = Caractere invisível: poderia se esconder dentro de uma palavra ou de um endereço. Mostrado aqui em vez de aplicado.
messages-control-control = Caractere de controle, mostrado aqui em vez de aplicado.
messages-link-button-title = Só abre depois que você confirmar: { $href }
messages-link-suspicious = Link suspeito
messages-link-open-title = Abrir um link enviado pelo comprador?
messages-link-open-body = Isso abre { $href } no seu navegador. Links em mensagens podem imitar o marketplace, uma transportadora ou um banco: abra apenas se confiar nele.
messages-link-open = Abrir link
messages-link-cancel = Cancelar
messages-link-warning-userinfo = O texto antes do “@” esconde para onde o link realmente vai.
messages-link-warning-punycode = O endereço usa caracteres internacionais codificados (xn--) que podem imitar outro site.
messages-link-warning-non-ascii-host = O endereço contém letras não latinas.
messages-link-warning-mixed-script = O endereço mistura alfabetos, um jeito comum de imitar outro site.
messages-link-warning-ip-address = O endereço é um número IP, não um site com nome.
messages-rule-phone = Remova o número de telefone “{ $matched }”: este marketplace proíbe dados de contato nas mensagens.
messages-rule-email = Remova o e-mail “{ $matched }”: este marketplace proíbe dados de contato nas mensagens.
messages-rule-link = Remova o link “{ $matched }”: este marketplace proíbe links para outros sites nas mensagens.
messages-rule-messenger = Remova o contato de mensageiro “{ $matched }”: este marketplace proíbe levar a conversa para outros aplicativos.
