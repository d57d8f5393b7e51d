# Saved replies in English. One message per template; `.name` is what a
# seller reading English sees in the template picker. Variables are filled in
# by crates/shopkeeper-messages (dates and amounts already formatted for this
# language); every language must use the same variables per template.

shipping-delay =
    Hi { $buyer_name },

    I'm sorry: your order { $order_number } will ship { $days ->
        [one] { $days } day
       *[other] { $days } days
    } later than planned. It will leave our warehouse by { $ship_by }, and we will send you the tracking number as soon as it ships.

    Thank you for your patience!
    .name = Shipping delay

tracking-update =
    Hi { $buyer_name },

    Good news: your order { $order_number } has shipped. The tracking number is { $tracking_number }, and you can follow the parcel here: { $tracking_link }

    Tracking can take a day or two to show the first update. If you have any questions, just reply here.
    .name = Tracking update

size-question =
    Hi { $buyer_name },

    Thanks for your question. Our items follow the size chart in the listing; if you are between two sizes, we recommend the larger one. Tell us your height, weight and chest measurement and we will suggest the best size for you.
    .name = Size question

return-instructions =
    Hi { $buyer_name },

    We are sorry that order { $order_number } did not meet your expectations. You can return it within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of delivery: open a return request on the order page and send the item back unused, in its original packaging. As soon as we receive it, we will refund { $amount }.
    .name = Return instructions
