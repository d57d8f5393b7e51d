//! Translations: the marketplace's text limits per locale, how complete each
//! market's texts are, and saving one locale's text through the normal
//! update path (validation, outbox ops, audit, one transaction).
//!
//! Lengths are counted in Unicode scalar values (characters), never bytes:
//! a 128-character Russian title is 128 characters although UTF-8 needs
//! twice as many bytes.

use crate::error::Result;
use crate::money;
use crate::validate::{
    CONTENT_LOCALES, ListingInput, MAX_DESCRIPTION_CHARS, MAX_TAG_CHARS, MAX_TAGS, MAX_TITLE_CHARS,
    PriceInput, TextInput, VariantInput,
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

/// The edit form of a stored listing: what the editor would send unchanged.
pub fn input_of(listing: &Listing) -> ListingInput {
    ListingInput {
        state: listing.state,
        default_locale: listing.default_locale.clone(),
        texts: listing
            .texts
            .iter()
            .map(|t| TextInput {
                locale: t.locale.clone(),
                title: t.title.clone(),
                description: t.description.clone(),
                tags: t.tags.clone(),
            })
            .collect(),
        variants: listing
            .variants
            .iter()
            .map(|v| VariantInput {
                id: Some(v.id.clone()),
                sku: v.sku.clone(),
                options: v.options.clone(),
                weight_grams: v.weight_grams.map(|w| w.to_string()).unwrap_or_default(),
                hs_code: v.hs_code.clone(),
                hs_edition: v.hs_edition.clone(),
                origin_country: v.origin_country.clone(),
                customs_description: v.customs_description.clone(),
                stock: v.stock.to_string(),
                prices: v
                    .prices
                    .iter()
                    .map(|p| PriceInput {
                        currency: p.currency.clone(),
                        amount: money::currency(&p.currency)
                            .map(|c| money::format_minor(p.amount_minor, &c))
                            .unwrap_or_else(|| p.amount_minor.to_string()),
                    })
                    .collect(),
            })
            .collect(),
    }
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
        let mut input = input_of(&listing);
        input.texts.retain(|t| t.locale != text.locale);
        input.texts.push(text.clone());
        self.update_listing(listing_id, &input).await
    }
}
