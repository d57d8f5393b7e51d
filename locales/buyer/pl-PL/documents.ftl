## Dokument dostawy dla kupujących z Polski. Polski nie jest (jeszcze) językiem
## interfejsu: ten katalog zawiera tylko teksty drukowane dla kupującego (docs/adr/0701).

doc-slip-title = Dowód dostawy
doc-slip-order = Zamówienie { $number }
doc-slip-date = Data zamówienia: { $date }
doc-slip-ship-to = Odbiorca
doc-slip-from = Nadawca
doc-slip-sku = SKU
doc-slip-item = Produkt
doc-slip-qty = Ilość
doc-slip-unit-price = Cena jedn.
doc-slip-line-total = Kwota
doc-slip-subtotal = Suma częściowa
doc-slip-shipping = Wysyłka
doc-slip-total = Zapłacono
doc-slip-tracking = Wysłano przez { $carrier }, numer przesyłki { $tracking }
doc-slip-thanks = Dziękujemy za zamówienie!
