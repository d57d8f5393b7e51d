# Mensajes de compradores: leer texto no fiable con seguridad, abrir enlaces y
# lo que el comprobador de normas del marketplace pide cambiar.

messages-hidden-characters = Este mensaje contiene caracteres ocultos que pueden disfrazar el texto. Se muestran como marcas [U+…] y no tienen efecto.
messages-control-bidi = Control de dirección del texto: podría hacer que el texto se lea al revés. Se muestra aquí en lugar de aplicarse.
messages-control-zero-width = Carácter invisible: podría esconderse dentro de una palabra o una dirección. Se muestra aquí en lugar de aplicarse.
messages-control-control = Carácter de control, mostrado aquí en lugar de aplicarse.
messages-link-button-title = Solo se abre después de que lo confirmes: { $href }
messages-link-suspicious = Enlace sospechoso
messages-link-open-title = ¿Abrir un enlace de un comprador?
messages-link-open-body = Se abrirá { $href } en tu navegador. Los enlaces de los mensajes pueden imitar al marketplace, a una empresa de transporte o a un banco: ábrelo solo si confías en él.
messages-link-open = Abrir enlace
messages-link-cancel = Cancelar
messages-link-warning-userinfo = El texto antes de «@» oculta adónde lleva realmente el enlace.
messages-link-warning-punycode = La dirección usa caracteres internacionales codificados (xn--) que pueden imitar otro sitio.
messages-link-warning-non-ascii-host = La dirección contiene letras no latinas.
messages-link-warning-mixed-script = La dirección mezcla alfabetos, una forma habitual de imitar otro sitio.
messages-link-warning-ip-address = La dirección es un número IP, no un sitio con nombre.
messages-rule-phone = Quita el número de teléfono «{ $matched }»: este marketplace prohíbe datos de contacto en los mensajes.
messages-rule-email = Quita la dirección de correo «{ $matched }»: este marketplace prohíbe datos de contacto en los mensajes.
messages-rule-link = Quita el enlace «{ $matched }»: este marketplace prohíbe enlaces a otros sitios en los mensajes.
messages-rule-messenger = Quita el contacto de mensajería «{ $matched }»: este marketplace prohíbe llevar la conversación a otras aplicaciones.
