# The inbox page (issue 4): conversations, replies, saved replies, errors.

inbox-unread-badge = { $count ->
    [one] { $count } unread message
   *[other] { $count } unread messages
}
inbox-search-label = Search messages
inbox-search-placeholder = Search messages in any language
inbox-filter-unanswered = Unanswered
inbox-filter-unread-first = Unread first
inbox-filter-done = Show done
inbox-filter-market = Market
inbox-filter-market-all = All markets
inbox-filter-order = Order number
inbox-shortcuts = Keys: J or ↓ next, K or ↑ previous, R reply, E mark done, Ctrl+Enter send
inbox-no-match-title = No conversation matches
inbox-no-match-body = Try other words or clear the filters.
inbox-list-label = Conversations
inbox-order-number = Order { $number }
inbox-unanswered = Unanswered
inbox-done = Done
inbox-pick-conversation = Pick a conversation on the left, or press J.
inbox-local-time = Buyer's time: { $time }
inbox-reopen = Reopen
inbox-mark-done = Mark done
inbox-order-status-awaiting_payment = Awaiting payment
inbox-order-status-paid = Paid
inbox-order-status-shipped = Shipped
inbox-order-status-delivered = Delivered
inbox-order-status-cancelled = Cancelled
inbox-order-status-refunded = Refunded
inbox-ship-by = Ship by { $date }
inbox-tracking = Tracking { $number }
inbox-tracking-unknown = No tracking number yet
inbox-state-received = Received
inbox-state-sending = Sending…
inbox-state-sent = Sent
inbox-state-failed = Not sent
inbox-retry = Retry
inbox-reply-label = Reply
inbox-template-label = Saved reply
inbox-template-none = Write my own
inbox-templates-manage = My saved replies…
inbox-var-buyer_name = Buyer's name
inbox-var-seller_name = Your name
inbox-var-order_number = Order number
inbox-var-tracking_number = Tracking number
inbox-var-tracking_link = Tracking link
inbox-var-carrier = Carrier
inbox-var-ship_by = Ship-by date
inbox-var-days = Number of days
inbox-var-amount = Amount
inbox-preview-buyer = Sent to the buyer ({ $language })
inbox-preview-seller = What it says ({ $language })
inbox-reply-placeholder = Write a reply, or pick a saved reply above.
inbox-send-blocked = Change the highlighted text first: the marketplace would refuse it.
inbox-send-hint = Works offline: the reply is sent as soon as the marketplace can be reached.
inbox-send = Send
templates-title = My saved replies
templates-close = Close
templates-new = New saved reply
templates-none = No saved replies of your own yet.
templates-name = Name
templates-help = Write the reply in each language your buyers use. Variables you can use:
templates-delete = Delete
templates-save = Save
templates-saved = Saved.
error-message-empty = Write something before sending.
error-message-too-long = A message can be at most { $max } characters.
error-message-rule-phone = Remove the phone number “{ $matched }”: this marketplace forbids contact details in messages.
error-message-rule-email = Remove the e-mail address “{ $matched }”: this marketplace forbids contact details in messages.
error-message-rule-link = Remove the link “{ $matched }”: this marketplace forbids links to other sites in messages.
error-message-rule-messenger = Remove the messenger contact “{ $matched }”: this marketplace forbids moving the conversation to other apps.
error-reply-variable-unknown = This saved reply cannot use “{ $name }”.
error-reply-variable-number = Enter a whole number.
error-reply-variable-date = Enter a date.
error-reply-variable-missing = Fill in “{ $name }” to use this saved reply.
error-reply-render = This saved reply could not be prepared for this buyer.
error-template-empty-name = Give the saved reply a name.
error-template-bad-id = Use another name: this one is taken by a built-in saved reply.
error-template-no-languages = Write the reply in at least one language.
error-template-unknown-language = { $lang } is not a language buyers write in.
error-template-empty-text = The { $lang } text is empty.
error-template-syntax = The { $lang } text has a mistake in its braces or variables.
error-template-unknown-variable = The { $lang } text uses “{ $name }”, which is not a variable you can use.
error-template-unsupported = The { $lang } text uses something saved replies cannot contain.
error-template-variables-differ = The { $lang } text must use the same variables as the other languages.
error-link-refused = This link cannot be opened.

## Desktop notifications
notify-new-messages-title = New buyer messages
notify-new-messages-body = { $count ->
    [one] A buyer wrote to you. Open Messages to answer.
   *[other] { $count } new buyer messages. Open Messages to answer.
}

## Photos sent with a reply
inbox-attach = Add photos
inbox-attach-hint = JPEG, PNG or WebP, at most { $max } per reply. Location and camera data are removed.
inbox-attach-progress = Preparing photo { $done } of { $total }…
inbox-attach-drop = Drop the photos to send them with this reply.
inbox-attachment-remove = Remove { $name }
inbox-attachment-gps = { $name } carried a GPS position; it was removed and the buyer will not see it.
inbox-attachment-remote = A photo kept on the marketplace
inbox-attachment-alt = Photo sent with the message
inbox-attachments-label = Photos
error-message-too-many-attachments = A reply can carry at most { $max } photos.
error-message-attachment-missing = A photo of this reply is no longer on this computer. Remove it and add it again.
