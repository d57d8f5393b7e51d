## Errors. `error-<code>` for every code the core returns; the UI shows these
## next to the field named by the error.

error-validation = Some fields need your attention. Nothing was saved.
error-not-found = This item no longer exists. It may have been deleted on another device.
error-shop-file = The shop file could not be opened. Check that the disk is not full and that you may write to the folder.
error-storage = The shop file could not be read or written. Your last change was not saved; please try again.
error-internal = Something went wrong inside Shopkeeper. Nothing was changed. The details are in the log file.

error-title-empty = Enter a title.
error-title-too-long = The marketplace allows at most { $max } characters in a title; this one has { $length }.
error-description-too-long = The marketplace allows at most { $max } characters in a description; this one has { $length }.
error-tags-too-many = Use at most { $max } tags.
error-tag-too-long = The tag “{ $tag }” is too long: at most { $max } characters.
error-locale-unsupported = The language { $locale } is not supported by the marketplace.
error-locale-duplicate = There are two texts in { $locale }.
error-variants-empty = Add at least one variant.
error-variants-too-many = A listing can have at most { $max } variants.
error-sku-empty = Enter a SKU.
error-sku-invalid = A SKU has at most { $max } characters and no spaces.
error-sku-duplicate = The SKU { $sku } is used twice in this listing.
error-sku-taken = The SKU { $sku } is already used by another listing.
error-stock-malformed = Enter stock as a whole number, such as 12.
error-stock-negative = Stock cannot be negative.
error-stock-too-large = Stock can be at most { $max }.
error-weight-malformed = Enter the weight in whole grams, such as 250.
error-weight-negative = Weight cannot be negative.
error-weight-too-large = Weight can be at most { $max } g.
error-hs-code-invalid = An HS code has 6 to 10 digits, such as 6214.10.
error-country-invalid = Use the two-letter country code, such as VN or BR.
error-option-incomplete = Each option needs both a name and a value.
error-currency-unknown = { $currency } is not an ISO 4217 currency code.
error-currency-duplicate = There are two prices in { $currency }.
error-price-malformed = Enter a price with digits and a decimal point, such as 12.50.
error-price-negative = A price cannot be negative.
error-price-too-large = This price is too large.
error-price-too-many-decimals = { $max ->
    [0] Prices in { $currency } are whole amounts, without decimals.
    [one] Prices in { $currency } have at most 1 decimal.
   *[other] Prices in { $currency } have at most { $max } decimals.
}
error-price-missing = An active listing needs a price for every variant.
error-cursor-invalid = The list was out of date and has been reloaded.
