## The app frame: names shared by every page.

app-name = Shopkeeper
nav-listings = Anúncios
nav-orders = Pedidos
nav-messages = Mensagens
nav-sync = Sincronização
nav-settings = Configurações

## Frame: the window around every page.

# Screen-reader label of the left navigation.
frame-nav-label = Principal
# Screen-reader label of the shop name shown above the navigation.
frame-shop-label = Sua loja
frame-loading = Abrindo sua loja…
frame-start-failed = O Shopkeeper não conseguiu abrir sua loja.
frame-retry = Tentar novamente

## Common words used on several pages.

common-undo = Desfazer
common-dismiss = Fechar
# Screen-reader label of the area where short notifications appear.
common-notifications = Notificações

## Pages that later releases fill. Each says what will come and when;
## nothing on them is made up.

orders-empty-title = Seus pedidos vão aparecer aqui
orders-empty-body = Assim que sua loja estiver conectada ao marketplace, cada novo pedido aparecerá aqui com os itens do comprador, o endereço e o prazo de envio, para que nada seja enviado com atraso.
messages-empty-title = As mensagens dos compradores vão aparecer aqui
messages-empty-body = Assim que sua loja estiver conectada ao marketplace, as perguntas dos compradores chegarão aqui, em uma única caixa de entrada, ao lado do pedido a que se referem.

## Settings page

settings-title = Configurações
settings-language-section = Idioma
settings-marketplace-section = Conta do marketplace
settings-language = Idioma do Shopkeeper
settings-language-help = Menus, mensagens, números, preços e datas seguem este idioma. Os textos dos seus anúncios mantêm os próprios idiomas.
settings-language-changed = O Shopkeeper agora está em { $language }.
settings-shop-section = Sua loja
settings-shop-name = Nome da loja
settings-shop-file = Arquivo da loja
settings-shop-file-help = Tudo sobre sua loja fica guardado neste único arquivo, neste computador. Inclua-o nos seus backups.
settings-log-dir = Pasta de logs
settings-log-dir-help = Se algo der errado, os arquivos de log desta pasta ajudam o suporte a descobrir o motivo. Eles nunca contêm dados pessoais dos seus compradores.
settings-about-section = Sobre
settings-version = Versão
