## Listings page: toolbar, filters and sort.

listings-title = Listings
# Total of listings matching the search and filters, e.g. "12,345 listings".
listings-count = { $count ->
    [one] { $count } listing
   *[other] { $count } listings
}
listings-search-label = Search listings
listings-search-placeholder = Search titles, SKUs and tags  (/)
listings-new = New listing
# Tooltip of the "New listing" button.
listings-new-hint = New listing (Ctrl+N)
# Screen-reader label of the row of filters.
listings-filters = Filters
listings-filter-state = State
listings-filter-stock = Stock
listings-stock-any = Any stock
listings-stock-in = In stock
listings-stock-low = Low stock
listings-stock-out = Out of stock
listings-filter-currency = Currency
listings-currency-any = Any currency
listings-filter-translation = Translation
listings-translation-any = Any translation
# $language is a language name, e.g. "Brazilian Portuguese".
listings-translation-missing-in = Missing in { $language }
listings-sort = Sort by
listings-sort-title = Title
listings-sort-updated = Last updated
listings-sort-created = Date created
listings-sort-stock = Stock
listings-sort-ascending = Ascending order; switch to descending
listings-sort-descending = Descending order; switch to ascending
listings-clear-filters = Clear filters

## Listing states, as badges and in filters and the editor.

listing-state-draft = Draft
listing-state-active = Active
listing-state-inactive = Inactive
listing-state-sold-out = Sold out

## Listings table

listings-table-label = Listings
listings-col-title = Title
listings-col-variants = Variants
listings-col-stock = Stock
listings-col-prices = Prices
listings-col-translations = Translations
listings-col-updated = Updated
listings-untitled = Untitled listing
# Shown after the first prices of a row when it has more currencies, e.g. "+3".
listings-more-prices = +{ $count }
# Tooltip listing the other currencies of a row.
listings-more-prices-hint = { $count ->
    [one] One more currency
   *[other] { $count } more currencies
}
listings-no-price = No price
listings-stock-low-badge = Low
listings-stock-out-badge = Out
# Tooltip of a language chip; $language is a language name.
listings-translation-present = { $language }: translated
listings-translation-missing = { $language }: not translated
listings-loading = Loading listings…
listings-loading-more = Loading more…
listings-load-failed = The listings could not be loaded.
listings-retry = Try again

## Listings page: empty states.

listings-empty-title = No listings yet
listings-empty-body = A listing is a product you sell. Give it a title in your buyers' languages, add variants such as sizes or colours, and set a price in each currency you sell in. Click “New listing” or press Ctrl+N to create your first one.
listings-noresults-title = No listings match
listings-noresults-body = Nothing matches your search and filters. Try other words, or clear the filters to see every listing.

## Toasts after a change on the Listings page.

listings-archived = “{ $title }” archived.
listings-restored = “{ $title }” is back in your listings.
listings-created = Listing created.
listings-saved = Changes saved.

## Listing editor: header and actions.

editor-new-title = New listing
editor-edit-title = Edit listing
editor-save = Save
editor-saving = Saving…
editor-saved = Saved
editor-close = Close
editor-archive = Archive
editor-unsaved = Unsaved changes
editor-shortcuts = Ctrl+S saves · Esc closes
editor-loading = Loading the listing…
editor-load-failed = This listing could not be opened.
# $when is a relative time, e.g. "5 minutes ago".
editor-updated = Updated { $when }
editor-not-synced = Not on the marketplace yet
editor-discard-title = Discard your changes?
editor-discard-body = This listing has changes that are not saved. If you close it now, they are lost.
editor-discard-confirm = Discard changes
editor-discard-keep = Keep editing

## Listing editor: general section.

editor-section-general = General
editor-state = State
editor-default-locale = Default language
editor-default-locale-help = Buyers see this language when the listing has no text in theirs. It needs a title.

## Listing editor: texts per language.

editor-section-texts = Titles and descriptions
editor-texts-tabs = Languages
editor-text-complete = translated
editor-text-partial = partly translated
editor-text-empty = not translated
editor-text-default = default
editor-text-title = Title
# Characters used in the title against the marketplace's limit, e.g. "42 / 128".
editor-text-title-count = { $count } / { $max }
editor-text-description = Description
editor-text-tags = Tags
editor-text-tags-help = Separate tags with commas, e.g. silk, scarf, summer.

## Listing editor: variants, prices and customs.

editor-section-variants = Variants
editor-variants-help = Each variant is one thing a buyer can pick, with its own SKU, stock and prices.
editor-col-option = Option
editor-col-sku = SKU
editor-col-stock = Stock
editor-col-weight = Weight (g)
editor-col-prices = Prices
# $number counts variants from 1.
editor-variant-label = Variant { $number }
editor-option-name = Option name
editor-option-name-placeholder = Size
editor-option-value = Option value
editor-option-value-placeholder = M
editor-add-option = Add option
editor-remove-option = Remove option
editor-price-currency = Currency
editor-price-amount = Amount
editor-add-price = Add price
editor-remove-price = Remove price in { $currency }
editor-add-variant = Add variant
editor-remove-variant = Remove variant { $number }
editor-customs = Customs
editor-customs-show = Show customs details of variant { $number }
editor-customs-hide = Hide customs details of variant { $number }
editor-hs-code = HS code
editor-hs-code-placeholder = 6214.10
editor-origin-country = Country of origin
editor-origin-country-placeholder = CN
editor-customs-description = Customs description
editor-customs-description-placeholder = Silk scarf
editor-customs-help = Printed on CN22/CN23 customs forms. Use the two-letter country code, such as CN or VN.

## Listing editor: history of changes (who changed what, from which device, when).

editor-history = History
editor-history-show = Show history
editor-history-hide = Hide history
editor-history-loading = Loading history…
editor-history-failed = The history could not be loaded.
editor-history-empty = No changes recorded yet.
editor-history-create = Created
editor-history-update = Edited
editor-history-archive = Archived
editor-history-restore = Restored
# $device is a short device id, e.g. "a1b2c3".
editor-history-device = on device { $device }
