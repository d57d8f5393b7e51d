## Shipping documents (crates/shopkeeper-documents). `doc-slip-*` print on the packing
## slip in the buyer's language, `doc-pick-*` on the pick list in the seller's, and
## `error-*` are the documents' error messages.

doc-slip-title = Packing slip
doc-slip-order = Order { $number }
doc-slip-date = Order date: { $date }
doc-slip-ship-to = Ship to
doc-slip-from = From
doc-slip-sku = SKU
doc-slip-item = Item
doc-slip-qty = Qty
doc-slip-unit-price = Unit price
doc-slip-line-total = Amount
doc-slip-subtotal = Subtotal
doc-slip-shipping = Shipping
doc-slip-total = Total paid
doc-slip-tracking = Shipped with { $carrier }, tracking number { $tracking }
doc-slip-thanks = Thank you for your order!

doc-pick-title = Pick list
doc-pick-orders = Orders: { $count }
doc-pick-location = Location
doc-pick-sku = SKU
doc-pick-item = Item
doc-pick-quantity = Qty
doc-pick-empty = The selected orders have no lines to pick.

error-documents-font-missing = The font file { $path } is missing. Install the Debian package { $package } (scripts/setup.sh does it) and try again.
error-documents-font-invalid = The font file { $path } cannot be read as a font.
error-label-glyph-missing = The character “{ $character }” in { $field } cannot be printed with the label fonts. Correct the text or replace the character.
error-label-field-too-long = { $field } is too long to fit on the document. Shorten it.
error-address-field-missing = The address is incomplete: { $field } is empty.
error-address-postal-code-invalid = The postal code “{ $value }” does not look right for { $country }.
error-address-country-invalid = “{ $value }” in { $field } is not a two-letter country code, such as BR or FR.
error-tracking-invalid = The tracking number “{ $value }” may only contain the letters A–Z and digits (4 to 40 characters).
error-tracking-s10-format = “{ $value }” is not a postal tracking number: it should look like RR473124829DE.
error-tracking-s10-check-digit = The tracking number { $value } has a wrong check digit. Check it for a typo.
error-label-barcode-too-wide = The tracking number { $value } is too long for a barcode on a 4×6 label.
error-customs-hs-code-invalid = The HS code “{ $value }” must have 6 to 10 digits, such as 6214.10.
error-customs-hs-edition-invalid = The HS edition “{ $value }” must look like HS2022.
error-customs-currency-unknown = { $code } is not a known currency code.
error-customs-currency-mismatch = The amounts must all be in { $expected }; one is in { $found }.
error-customs-sdr-rate-invalid = The SDR exchange rate must be a positive number.
error-customs-sdr-rate-missing = There is no SDR exchange rate for { $currency }, so the customs form (CN22 or CN23) cannot be chosen. Add the rate in Settings.
error-customs-incomplete = { $count } customs details are missing. Complete them before printing the label.
error-documents-locale-unsupported = Documents cannot be printed in the language { $locale } yet.
error-documents-pdf-failed = The PDF could not be written: { $detail }
error-documents-cancelled = Printing was cancelled. Nothing was marked as shipped.
error-printer-unreachable = The printer at { $address } cannot be reached ({ $detail }). Check that it is on and connected to the network.
error-printer-timeout = The printer at { $address } stopped answering. Check its paper and ribbon, then print again.
error-printer-cups-missing = The printing system (CUPS) is not installed on this computer, so the lp command is missing.
error-printer-cups-failed = The printing system refused the job ({ $status }): { $detail }
error-printer-queue-invalid = “{ $queue }” is not a valid printer queue name.

# The evidence pack of a dispute answer (issue 7 item 6), in the seller's language.
doc-evidence-title = Dispute evidence
doc-evidence-order = Order { $order } of { $date }
doc-evidence-shop = Seller: { $shop }
doc-evidence-buyer = Buyer: { $buyer }
doc-evidence-dispute = Dispute: { $reason }, opened { $date }
doc-evidence-reason-not_received = not received
doc-evidence-reason-not_as_described = not as described
doc-evidence-reason-damaged = arrived damaged
doc-evidence-reason-other = other reason
doc-evidence-tracking = Shipped with { $carrier }, tracking number { $number }
doc-evidence-no-tracking = No tracking number is recorded for this order.
doc-evidence-attached-label-customs = Attached: a copy of the shipping label and of the customs form.
doc-evidence-attached-label = Attached: a copy of the shipping label (no customs form: domestic parcel).
doc-evidence-no-label = No label copy: the shipping documents could not be made from the shop's data.
doc-evidence-conversation = Conversation with the buyer
doc-evidence-no-messages = The buyer and the shop exchanged no messages about this order.
doc-evidence-from-buyer = Buyer
doc-evidence-from-shop = Shop
doc-evidence-generated = Made by Shopkeeper on { $date }. Messages are printed as written; hidden characters are shown as [U+…].
