## Bordereau d'expédition pour les acheteurs francophones. Le français n'est pas (encore)
## une langue de l'interface : ce dossier ne contient que les textes imprimés pour
## l'acheteur (docs/adr/0701).

doc-slip-title = Bordereau de livraison
doc-slip-order = Commande { $number }
doc-slip-date = Date de commande : { $date }
doc-slip-ship-to = Livrer à
doc-slip-from = Expéditeur
doc-slip-sku = Réf.
doc-slip-item = Article
doc-slip-qty = Qté
doc-slip-unit-price = Prix unitaire
doc-slip-line-total = Montant
doc-slip-subtotal = Sous-total
doc-slip-shipping = Livraison
doc-slip-total = Total payé
doc-slip-tracking = Expédié avec { $carrier }, numéro de suivi { $tracking }
doc-slip-thanks = Merci pour votre commande !
