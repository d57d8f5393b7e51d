## The app frame: names shared by every page.

app-name = Shopkeeper
nav-listings = Listings
nav-orders = Orders
nav-messages = Messages
nav-sync = Sync
nav-settings = Settings

## Frame: the window around every page.

# Screen-reader label of the left navigation.
frame-nav-label = Main
# Screen-reader label of the shop name shown above the navigation.
frame-shop-label = Your shop
frame-loading = Opening your shop…
frame-start-failed = Shopkeeper could not open your shop.
frame-retry = Try again

## Common words used on several pages.

common-undo = Undo
common-dismiss = Dismiss
# Screen-reader label of the area where short notifications appear.
common-notifications = Notifications

## Pages that later releases fill. Each says what will come and when;
## nothing on them is made up.

orders-empty-title = Your orders will appear here
orders-empty-body = Once your shop is connected to the marketplace, every new order shows up here with the buyer's items, address and ship-by date, so nothing is shipped late.
messages-empty-title = Buyer messages will appear here
messages-empty-body = Once your shop is connected to the marketplace, questions from buyers arrive here in one inbox, next to the order they are about.

## Settings page

settings-title = Settings
settings-language-section = Language
settings-marketplace-section = Marketplace account
settings-language = Language of Shopkeeper
settings-language-help = Menus, messages, numbers, prices and dates follow this language. The texts of your listings keep their own languages.
settings-language-changed = Shopkeeper now speaks { $language }.
settings-shop-section = Your shop
settings-shop-name = Shop name
settings-shop-file = Shop file
settings-shop-file-help = Everything about your shop is kept in this one file on this computer. Include it in your backups.
settings-log-dir = Log folder
settings-log-dir-help = If something goes wrong, the log files here help support find out why. They never contain your buyers' personal data.
settings-about-section = About
settings-version = Version
