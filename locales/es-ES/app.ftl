## The app frame: names shared by every page.

app-name = Shopkeeper
nav-listings = Anuncios
nav-orders = Pedidos
nav-messages = Mensajes
nav-sync = Sincronización
nav-settings = Ajustes

## Frame: the window around every page.

# Screen-reader label of the left navigation.
frame-nav-label = Principal
# Screen-reader label of the shop name shown above the navigation.
frame-shop-label = Tu tienda
frame-loading = Abriendo tu tienda…
frame-start-failed = Shopkeeper no ha podido abrir tu tienda.
frame-retry = Reintentar

## Common words used on several pages.

common-undo = Deshacer
common-dismiss = Cerrar
# Screen-reader label of the area where short notifications appear.
common-notifications = Notificaciones

## Pages that later releases fill. Each says what will come and when;
## nothing on them is made up.

orders-empty-title = Aquí aparecerán tus pedidos
orders-empty-body = Cuando tu tienda esté conectada al marketplace, cada pedido nuevo aparecerá aquí con los artículos del comprador, la dirección y la fecha límite de envío, para que nada salga tarde.
messages-empty-title = Aquí aparecerán los mensajes de los compradores
messages-empty-body = Cuando tu tienda esté conectada al marketplace, las preguntas de los compradores llegarán aquí, a una única bandeja de entrada, junto al pedido al que se refieren.

## Settings page

settings-title = Ajustes
settings-language-section = Idioma
settings-marketplace-section = Cuenta del marketplace
settings-language = Idioma de Shopkeeper
settings-language-help = Los menús, mensajes, números, precios y fechas siguen este idioma. Los textos de tus anuncios conservan sus propios idiomas.
settings-language-changed = Shopkeeper ahora está en { $language }.
settings-shop-section = Tu tienda
settings-shop-name = Nombre de la tienda
settings-shop-file = Archivo de la tienda
settings-shop-file-help = Todo lo relativo a tu tienda se guarda en este único archivo de este ordenador. Inclúyelo en tus copias de seguridad.
settings-log-dir = Carpeta de registros
settings-log-dir-help = Si algo falla, los archivos de registro de esta carpeta ayudan al equipo de soporte a averiguar por qué. Nunca contienen datos personales de tus compradores.
settings-about-section = Acerca de
settings-version = Versión
