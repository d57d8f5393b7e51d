## Translations: completeness per market and side-by-side editing.

nav-translations = Translations
translations-heading = Translations
translations-intro = Buyers read listings in their own language. Find what is missing and translate it next to the original.
translations-total = { $total ->
    [one] { $total } live listing
   *[other] { $total } live listings
}
translations-titled = { $titled } of { $total } titled
translations-missing-title = { $count } without a title
translations-missing-description = { $count } without a description
translations-complete = Complete
translations-show-missing = Show missing
translations-missing-in = Missing a title in { $language }
translations-none-missing = Every live listing has a title in { $language }.
translations-pick = Choose a listing on the left to translate it side by side.
translations-source = Original · { $language }
translations-target = Translation · { $language }
translations-title = Title
translations-description = Description
translations-tags = Tags
translations-tags-hint = Separate tags with commas.
translations-count = { $count } / { $max }
translations-save = Save translation
translations-saved = Translation saved
translations-search = Search listings
translations-load-more = Show more
translations-same-locale = This is the listing's original language; edit it in the listing editor.
