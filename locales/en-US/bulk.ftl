## Bulk edit: selecting many listings, changing them in one batch, undo.

bulk-selected = { $count ->
    [one] { $count } listing selected
   *[other] { $count } listings selected
}
bulk-select-all-matching = Select all { $count } matching
bulk-clear-selection = Clear selection
# Screen-reader label of a row's checkbox.
bulk-select-row = Select { $title }
bulk-select-loaded = Select all loaded listings
bulk-edit = Edit selected…
bulk-title = { $count ->
    [one] Edit { $count } listing
   *[other] Edit { $count } listings
}
bulk-action = Change
bulk-action-price-percent = Prices by a percentage
bulk-action-price-amount = Prices by an amount
bulk-action-set-stock = Set stock to
bulk-action-add-stock = Add to stock
bulk-action-add-tags = Add tags
bulk-action-remove-tags = Remove tags
bulk-action-set-state = Status
bulk-action-set-text = A translation
bulk-percent = Percentage
bulk-percent-hint = Use a minus sign to lower prices, e.g. -15.
bulk-amount = Amount
bulk-direction = Direction
bulk-direction-increase = Increase
bulk-direction-decrease = Decrease
bulk-currency = Currency
bulk-currency-all = Every currency
bulk-rounding = Rounding per currency
bulk-rounding-none = Exact
bulk-rounding-to99 = To .99
bulk-rounding-to90 = To .90
bulk-rounding-whole = Whole units
bulk-rounding-hundreds = Whole hundreds
bulk-stock-value = Units
bulk-stock-hint = Adding a negative number takes stock away.
bulk-tags = Tags, separated by commas
bulk-locale = Language
bulk-text-field = Field
bulk-field-title = Title
bulk-field-description = Description
bulk-text-value = New text
bulk-preview = Preview changes
bulk-working = Working out the changes…
bulk-count-new = New
bulk-count-changed = Changed
bulk-count-unchanged = Unchanged
bulk-count-skipped = Skipped
bulk-count-invalid = Invalid
bulk-col-listing = Listing
bulk-col-variant = Variant
bulk-col-field = Field
bulk-col-before = Before
bulk-col-after = After
bulk-more-lines = …and { $count } more changes
bulk-skipped-title = Left as they are, because the change would break a rule
bulk-no-changes = Nothing to change: the selected listings already look like this.
bulk-apply = { $count ->
    [one] Apply to { $count } listing
   *[other] Apply to { $count } listings
}
bulk-saving = Saving…
bulk-cancel = Cancel
bulk-close = Close
bulk-back = Back
bulk-applied = { $count ->
    [one] { $count } listing changed.
   *[other] { $count } listings changed.
}
bulk-undone = { $count ->
    [one] Undone: { $count } listing restored.
   *[other] Undone: { $count } listings restored.
}
bulk-cancelled = Cancelled: nothing was changed.
bulk-progress = { $done } of { $total }
bulk-phase-load = Loading listings…
bulk-phase-parse = Reading the file…
bulk-phase-check = Checking…
bulk-phase-save = Saving…
bulk-field-state = Status
bulk-field-stock = Stock
bulk-field-price = Price ({ $currency })
bulk-field-tags = Tags ({ $language })
bulk-field-title-in = Title ({ $language })
bulk-field-description-in = Description ({ $language })
bulk-field-listing = New listing
bulk-field-variant = Variant
bulk-field-archived = Archived
bulk-field-other = { $field }

error-bulk-percent-range = The percentage must be above -100 and at most 1000.
error-bulk-percent-malformed = Type the percentage as a number, e.g. 10 or -12.5.
error-bulk-rounding-unsupported = { $currency } has no cents: round it to whole units instead.
error-bulk-tags-empty = Type at least one tag.
error-bulk-listing-changed = “{ $title }” changed after the preview. Preview again.
error-bulk-undo-listing-changed = “{ $title }” was edited after this change, so the change cannot be undone.
error-bulk-already-undone = This change was already undone.
