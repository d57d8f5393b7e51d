//! Buyer messages, without I/O: everything about a message that does not need
//! the store, the sync engine or the marketplace wire format.
//!
//! - [`rules`]: checks a reply against a marketplace's messaging rules (no
//!   phone numbers, e-mail addresses, outside links or messenger handles where
//!   forbidden) and says exactly what to change.
//! - [`safety`]: splits untrusted buyer text into plain text, links and
//!   visible markers for invisible characters, so the UI can show it
//!   truthfully. `ui/src/lib/safeText.ts` mirrors it; both run over
//!   `tests/corpus/hostile-messages.json`.
//! - [`replies`]: saved replies written in Fluent, one file per language
//!   (`locales/replies/<lang>.ftl`), rendered for the buyer's language.
//! - [`format`]: amounts and dates written as CLDR writes them per language.

pub mod format;
pub mod replies;
pub mod rules;
pub mod safety;
mod tld;
