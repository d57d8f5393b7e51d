# Returns and disputes (issue 7 item 6): the Disputes tab of the Orders page,
# the dispute section of an order, answers and their delivery, errors.

orders-tab-disputes = Disputes
disputes-tab-title = { $count ->
    [one] { $count } dispute awaits your answer
   *[other] { $count } disputes await your answer
}
disputes-unresolved-only = Unresolved only
disputes-empty-title = No disputes
disputes-empty-body = When a buyer opens a return or a dispute on an order, it appears here after the next sync.
disputes-col-reason = Reason
disputes-col-answer-by = Answer by
dispute-order-not-synced = Order not synced yet
dispute-title = Dispute
dispute-reason-not_received = Not received
dispute-reason-not_as_described = Not as described
dispute-reason-damaged = Arrived damaged
dispute-reason-other = Other reason
dispute-state-open = Awaiting your answer
dispute-state-seller_responded = Answered
dispute-state-resolved_buyer = Resolved for the buyer
dispute-state-resolved_seller = Resolved in your favour
dispute-opened = Opened { $date }
dispute-answer-by = Answer by { $date }
dispute-answer-overdue = Answer was due { $date }
dispute-buyer-wrote = { $name } wrote:
dispute-responses = Answers
dispute-resolution = Marketplace decision
dispute-compose-label = Your answer
dispute-compose-placeholder = Explain what happened: when you shipped, how, and what you offer.
dispute-chars = { $count } / { $max }
dispute-evidence = Evidence
dispute-include-tracking = Attach tracking number { $number } ({ $carrier })
dispute-no-tracking-hint = This order has no tracking number to attach.
dispute-note-label = Note for the marketplace (optional)
dispute-offline-hint = Your answer is saved now and sent when the shop is online.
dispute-send = Send answer
dispute-send-again = Send again
dispute-saved-toast = Answer saved. It is sent at the next sync.
dispute-answer-sending = Waiting to be sent
dispute-answer-sent = Sent
dispute-answer-failed = Not accepted
dispute-evidence-photo = Photo
dispute-evidence-tracking = Tracking
dispute-evidence-document = Document
dispute-evidence-note = Note
dispute-failed-illegal-transition = The marketplace did not accept your answer: the dispute was already resolved. Your text is kept below.
dispute-failed-validation-failed = The marketplace did not accept your answer as written. Check the text and the evidence, then send again.
dispute-failed-not-found = The marketplace no longer has this dispute. Your text is kept below.
dispute-failed-forbidden = Your marketplace account may not answer disputes. Ask the shop owner for the support role.
dispute-failed-unknown = The marketplace did not accept your answer. Your text is kept below: send it again.
sync-stream-disputes = Disputes
error-dispute-text-empty = Write an answer before sending.
error-dispute-text-too-long = The answer is too long: at most { $max } characters.
error-dispute-note-too-long = The note is too long: at most { $max } characters.
error-dispute-no-tracking = This order has no tracking number to attach.
error-dispute-resolved = This dispute is already resolved: it cannot be answered any more.
error-dispute-answer-in-flight = An answer to this dispute is already on its way.
error-dispute-text-control = Remove the invisible control characters from the text before sending.
error-dispute-too-many-photos = An answer carries at most { $max } photos.
error-dispute-pack-no-order = The order of this dispute has not synced yet: the evidence pack needs it. Sync, then send again.
dispute-include-pack = Attach the evidence pack (PDF: conversation, tracking, label and customs copies)
dispute-add-photos = Add photos (up to { $max })
dispute-remove-photo = Remove { $name }
dispute-photo-paths = Add photos by file path
dispute-photo-paths-add = Add these files
