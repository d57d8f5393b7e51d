//! Translations: the marketplace's text limits per locale, how complete each
//! market's texts are, and saving one locale's text through the normal
//! update path (validation, outbox ops, audit, one transaction).
//!
//! Lengths are counted in Unicode scalar values (characters), never bytes:
//! a 128-character Russian title is 128 characters although UTF-8 needs
//! twice as many bytes.

use crate::error::Result;
use crate::validate::{
    CONTENT_LOCALES, ListingInput, MAX_DESCRIPTION_CHARS, MAX_TAG_CHARS, MAX_TAGS, MAX_TITLE_CHARS,
    TextInput,
};
use crate::{Listing, Shop};

/// The marketplace's limits on one locale's text, in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextLimits {
    pub title: usize,
    pub description: usize,
    pub tags: usize,
    pub tag_chars: usize,
}

/// Chinese titles carry about twice the meaning per character; the
/// marketplace caps them at 60 characters and Chinese descriptions at 2,500.
pub const ZH_TITLE_CHARS: usize = 60;
pub const ZH_DESCRIPTION_CHARS: usize = 2500;

/// The limits for texts in `locale`.
pub fn limits(locale: &str) -> TextLimits {
    if locale.starts_with("zh") {
        TextLimits {
            title: ZH_TITLE_CHARS,
            description: ZH_DESCRIPTION_CHARS,
            tags: MAX_TAGS,
            tag_chars: MAX_TAG_CHARS / 2,
        }
    } else {
        TextLimits {
            title: MAX_TITLE_CHARS,
            description: MAX_DESCRIPTION_CHARS,
            tags: MAX_TAGS,
            tag_chars: MAX_TAG_CHARS,
        }
    }
}

/// How many live listings have a title and a description in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleCompleteness {
    pub locale: String,
    pub titled: i64,
    pub described: i64,
    pub missing_title: i64,
    pub missing_description: i64,
    pub limits: TextLimits,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationOverview {
    /// Live (not archived) listings.
    pub total: i64,
    /// One entry per content locale, in [`CONTENT_LOCALES`] order.
    pub locales: Vec<LocaleCompleteness>,
}

impl Shop {
    /// Per content locale: how many live listings have a title and a
    /// description in it, and how many lack them.
    pub async fn translation_overview(&self) -> Result<TranslationOverview> {
        let (total, rows) = self.store.translation_counts().await?;
        Ok(TranslationOverview {
            total,
            locales: CONTENT_LOCALES
                .iter()
                .map(|l| {
                    let (titled, described) = rows
                        .iter()
                        .find(|(locale, _, _)| locale == l)
                        .map_or((0, 0), |(_, t, d)| (*t, *d));
                    LocaleCompleteness {
                        locale: (*l).to_owned(),
                        titled,
                        described,
                        missing_title: total - titled,
                        missing_description: total - described,
                        limits: limits(l),
                    }
                })
                .collect(),
        })
    }

    /// Replaces one locale's title, description and tags of a listing (an
    /// all-empty text removes that translation) through
    /// [`Shop::update_listing`].
    pub async fn set_translation(&self, listing_id: &str, text: &TextInput) -> Result<Listing> {
        let listing = self.listing(listing_id).await?;
        let mut input = ListingInput::from_listing(&listing);
        input.texts.retain(|t| t.locale != text.locale);
        input.texts.push(text.clone());
        self.update_listing(listing_id, &input).await
    }
}
