# Réponses enregistrées en français. Voir en.ftl.
# Les espaces avant « : » et « ! » sont des espaces insécables.

shipping-delay =
    Bonjour { $buyer_name },

    Nous sommes désolés : l'expédition de votre commande { $order_number } aura { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } de retard. Elle quittera notre entrepôt au plus tard le { $ship_by } et nous vous enverrons le numéro de suivi dès son expédition.

    Merci de votre patience !
    .name = Retard d'expédition

tracking-update =
    Bonjour { $buyer_name },

    Bonne nouvelle : votre commande { $order_number } a été expédiée. Le numéro de suivi est { $tracking_number } et vous pouvez suivre le colis ici : { $tracking_link }

    Le suivi peut mettre un à deux jours à afficher la première mise à jour. Pour toute question, répondez simplement à ce message.
    .name = Suivi du colis

size-question =
    Bonjour { $buyer_name },

    Merci pour votre question. Nos articles suivent le guide des tailles indiqué dans l'annonce ; si vous hésitez entre deux tailles, nous vous conseillons de prendre la plus grande. Indiquez-nous votre taille, votre poids et votre tour de poitrine, et nous vous dirons quelle taille vous conviendra le mieux.
    .name = Question de taille

return-instructions =
    Bonjour { $buyer_name },

    Nous sommes désolés que la commande { $order_number } ne vous convienne pas. Vous pouvez la retourner dans un délai de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après réception : ouvrez une demande de retour depuis la page de la commande et renvoyez l'article non utilisé, dans son emballage d'origine. Dès réception du retour, nous vous rembourserons { $amount }.
    .name = Instructions de retour
