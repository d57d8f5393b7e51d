# Gotowe odpowiedzi po polsku. Zobacz en.ftl.

shipping-delay =
    Dzień dobry, { $buyer_name }!

    Przepraszamy, wysyłka zamówienia { $order_number } opóźni się o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Zamówienie opuści nasz magazyn najpóźniej { $ship_by }, a numer przesyłki wyślemy zaraz po nadaniu paczki.

    Dziękujemy za cierpliwość!
    .name = Opóźnienie wysyłki

tracking-update =
    Dzień dobry, { $buyer_name }!

    Dobra wiadomość: zamówienie { $order_number } zostało wysłane. Numer przesyłki to { $tracking_number }, a status paczki możesz sprawdzić tutaj: { $tracking_link }

    Pierwsze informacje o przesyłce mogą pojawić się w ciągu 1–2 dni. W razie pytań po prostu odpowiedz na tę wiadomość.
    .name = Numer przesyłki

size-question =
    Dzień dobry, { $buyer_name }!

    Dziękujemy za pytanie. Nasze rozmiary są zgodne z tabelą rozmiarów w ofercie; jeśli wahasz się między dwoma rozmiarami, polecamy wybrać większy. Podaj nam swój wzrost, wagę i obwód klatki piersiowej, a doradzimy najlepszy rozmiar.
    .name = Pytanie o rozmiar

return-instructions =
    Dzień dobry, { $buyer_name }!

    Przykro nam, że zamówienie { $order_number } nie spełniło Twoich oczekiwań. Możesz je zwrócić w ciągu { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } od otrzymania: złóż wniosek o zwrot na stronie zamówienia i odeślij nieużywany produkt w oryginalnym opakowaniu. Po otrzymaniu zwrotu przelejemy Ci { $amount }.
    .name = Instrukcja zwrotu
