## CSV import and export of listings.

csv-open = Import / export CSV
csv-title = CSV import and export
csv-tab-import = Import
csv-tab-export = Export
csv-path = File
csv-choose = Choose…
csv-delimiter = Separator
csv-delimiter-comma = Comma (,)
csv-delimiter-semicolon = Semicolon (;), decimal commas
csv-export = Export
csv-exported = { $rows ->
    [one] { $rows } row exported ({ $listings } listings).
   *[other] { $rows } rows exported ({ $listings } listings).
}
csv-export-hint = One row per variant, with every translation and every price. Spreadsheets open it as it is.
csv-import-hint = Rows are matched by listing_id, then by SKU; other rows become new listings. Nothing changes until you confirm.
csv-check = Check file
csv-rows = { $count ->
    [one] { $count } row read
   *[other] { $count } rows read
}
csv-errors-title = Problems (these listings are left out)
csv-more-errors = …and { $count } more problems
csv-import = { $count ->
    [one] Import { $count } listing
   *[other] Import { $count } listings
}
csv-imported = { $count ->
    [one] { $count } listing imported.
   *[other] { $count } listings imported.
}
csv-nothing = Nothing to import: the file matches the shop.
csv-error-at = Line { $line }, column { $column }: { $message }
csv-error-at-line = Line { $line }: { $message }
csv-file-refused = This file cannot be imported.

error-csv-column-unknown = Unknown column “{ $column }”. Name columns as an export does, e.g. title.pt-BR or price.BRL.
error-csv-column-duplicate = The column “{ $column }” appears twice.
error-csv-column-missing = The file has no “{ $column }” column.
error-csv-malformed = This line is not valid CSV. Check its quotes.
error-csv-not-utf8 = This text is not UTF-8. Save the file as “CSV UTF-8”.
error-csv-row-length = This line has { $found } cells; the header has { $expected }.
error-csv-empty = The file is empty.
error-csv-listing-mismatch = Differs from line { $line } of the same listing.
error-csv-state-invalid = “{ $value }” is not a status: use draft, active, inactive or sold_out.
error-csv-options-invalid = Write options as name=value; name=value.
error-csv-price-ambiguous = “{ $value }” is ambiguous for { $currency }: write it as 1234.50 (or 1234,50 in a semicolon file), without thousands separators.
error-csv-file-unreadable = The file cannot be read. Check its name and folder.
error-csv-file-unwritable = The file cannot be written there. Choose another folder.
