# Buyer messages: reading untrusted text safely, opening links, and what the
# marketplace rules checker tells the seller to change.

messages-hidden-characters = This message contains hidden characters that can disguise text. They are shown as [U+…] markers and have no effect.
messages-control-bidi = Text direction control: it could make text read backwards. Shown here instead of applied.
messages-control-zero-width = Invisible character: it could hide inside a word or an address. Shown here instead of applied.
messages-control-control = Control character, shown here instead of applied.
messages-link-button-title = Opens only after you confirm: { $href }
messages-link-suspicious = Suspicious link
messages-link-open-title = Open a link from a buyer?
messages-link-open-body = This opens { $href } in your browser. Links in messages can imitate the marketplace, a carrier or a bank: open it only if you trust it.
messages-link-open = Open link
messages-link-cancel = Cancel
messages-link-warning-userinfo = The text before “@” hides where the link really goes.
messages-link-warning-punycode = The address uses encoded international characters (xn--) that can imitate another site.
messages-link-warning-non-ascii-host = The address contains non-Latin letters.
messages-link-warning-mixed-script = The address mixes alphabets, a common way to imitate another site.
messages-link-warning-ip-address = The address is a bare IP number, not a named site.
messages-rule-phone = Remove the phone number “{ $matched }”: this marketplace forbids contact details in messages.
messages-rule-email = Remove the e-mail address “{ $matched }”: this marketplace forbids contact details in messages.
messages-rule-link = Remove the link “{ $matched }”: this marketplace forbids links to other sites in messages.
messages-rule-messenger = Remove the messenger contact “{ $matched }”: this marketplace forbids moving the conversation to other apps.
