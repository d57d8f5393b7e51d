//! Listing input and its rules. Validation is pure: it turns what the user
//! typed into normalised domain values, or into the complete list of rules
//! broken, each tied to a field. A rejected edit changes nothing.

use std::collections::HashSet;

use shopkeeper_store::{Listing, ListingState, ListingText, OptionValue, Price, Variant};
use unicode_normalization::UnicodeNormalization;

use crate::error::FieldError;
use crate::money::{self, AmountError};

/// Locales a listing can carry texts in: the app's six UI languages plus the
/// other buyer markets.
pub const CONTENT_LOCALES: &[&str] = &[
    "en-US", "pt-BR", "es-ES", "ru-RU", "id-ID", "zh-CN", "fr-FR", "pl-PL",
];

/// The marketplace's limits (AliExpress-style: 128-character titles).
pub const MAX_TITLE_CHARS: usize = 128;
pub const MAX_DESCRIPTION_CHARS: usize = 5000;
pub const MAX_TAGS: usize = 20;
pub const MAX_TAG_CHARS: usize = 40;
pub const MAX_SKU_CHARS: usize = 64;
pub const MAX_VARIANTS: usize = 100;
pub const MAX_STOCK: i64 = 1_000_000_000;
pub const MAX_WEIGHT_GRAMS: i64 = 1_000_000;
/// The HS nomenclature edition recorded with a code when none is given.
pub const DEFAULT_HS_EDITION: &str = "HS2022";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextInput {
    pub locale: String,
    pub title: String,
    pub description: String,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriceInput {
    pub currency: String,
    /// As typed, with `.` as decimal separator: "12.50".
    pub amount: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantInput {
    /// The id of an existing variant of this listing; `None` for a new one.
    pub id: Option<String>,
    pub sku: String,
    pub options: Vec<OptionValue>,
    /// As typed: whole grams, or empty for unknown.
    pub weight_grams: String,
    pub hs_code: Option<String>,
    pub hs_edition: Option<String>,
    pub origin_country: Option<String>,
    pub customs_description: Option<String>,
    /// As typed: a whole number of units.
    pub stock: String,
    pub prices: Vec<PriceInput>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingInput {
    pub state: ListingState,
    pub default_locale: String,
    pub texts: Vec<TextInput>,
    pub variants: Vec<VariantInput>,
}

impl ListingInput {
    /// The input that would save `listing` unchanged (an editor's starting
    /// point; bulk edits and imports start from it too).
    pub fn from_listing(listing: &Listing) -> Self {
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
                            amount: crate::money::currency(&p.currency)
                                .map(|c| crate::money::format_minor(p.amount_minor, &c))
                                .unwrap_or_else(|| p.amount_minor.to_string()),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// The validated, normalised parts of a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidListing {
    pub state: ListingState,
    pub default_locale: String,
    pub texts: Vec<ListingText>,
    pub variants: Vec<Variant>,
}

fn clean(s: &str) -> String {
    s.trim().nfc().collect()
}

/// A whole number as typed: optional leading `-`, ASCII digits only.
fn parse_whole(s: &str) -> Option<i64> {
    let t = s.trim();
    let digits = t.strip_prefix('-').unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().or(if t.starts_with('-') {
        Some(-1)
    } else {
        Some(i64::MAX)
    })
}

fn opt_clean(s: &Option<String>) -> Option<String> {
    s.as_deref().map(clean).filter(|s| !s.is_empty())
}

/// Validates `input`. `existing_variant_ids` are the ids of the listing's
/// current variants (empty on create); `new_id` makes ids for new variants.
pub fn validate_listing(
    input: &ListingInput,
    existing_variant_ids: &HashSet<String>,
    mut new_id: impl FnMut() -> String,
) -> Result<ValidListing, Vec<FieldError>> {
    let mut errors = Vec::new();

    let default_locale = input.default_locale.trim().to_owned();
    if !CONTENT_LOCALES.contains(&default_locale.as_str()) {
        errors.push(
            FieldError::new("default_locale", "locale-unsupported")
                .arg("locale", default_locale.as_str()),
        );
    }

    let mut texts: Vec<ListingText> = Vec::new();
    for t in &input.texts {
        let locale = t.locale.trim().to_owned();
        let title = clean(&t.title);
        let description = clean(&t.description);
        let mut tags: Vec<String> = Vec::new();
        for tag in &t.tags {
            let tag = clean(tag);
            if !tag.is_empty() && !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        if title.is_empty() && description.is_empty() && tags.is_empty() && locale != default_locale
        {
            continue; // an untouched translation slot: no text in that locale
        }
        let field = |name: &str| format!("texts.{locale}.{name}");
        if !CONTENT_LOCALES.contains(&locale.as_str()) {
            errors.push(
                FieldError::new(field("locale"), "locale-unsupported")
                    .arg("locale", locale.as_str()),
            );
            continue;
        }
        if texts.iter().any(|x| x.locale == locale) {
            errors.push(
                FieldError::new(field("locale"), "locale-duplicate").arg("locale", locale.as_str()),
            );
            continue;
        }
        let title_chars = title.chars().count();
        if title.is_empty() {
            errors.push(FieldError::new(field("title"), "title-empty"));
        } else if title_chars > MAX_TITLE_CHARS {
            errors.push(
                FieldError::new(field("title"), "title-too-long")
                    .arg("max", MAX_TITLE_CHARS)
                    .arg("length", title_chars),
            );
        }
        let description_chars = description.chars().count();
        if description_chars > MAX_DESCRIPTION_CHARS {
            errors.push(
                FieldError::new(field("description"), "description-too-long")
                    .arg("max", MAX_DESCRIPTION_CHARS)
                    .arg("length", description_chars),
            );
        }
        if tags.len() > MAX_TAGS {
            errors.push(FieldError::new(field("tags"), "tags-too-many").arg("max", MAX_TAGS));
        }
        if let Some(long) = tags.iter().find(|t| t.chars().count() > MAX_TAG_CHARS) {
            errors.push(
                FieldError::new(field("tags"), "tag-too-long")
                    .arg("tag", long.as_str())
                    .arg("max", MAX_TAG_CHARS),
            );
        }
        texts.push(ListingText {
            locale,
            title,
            description,
            tags,
        });
    }
    if !texts.iter().any(|t| t.locale == default_locale)
        && CONTENT_LOCALES.contains(&default_locale.as_str())
    {
        errors.push(FieldError::new(
            format!("texts.{default_locale}.title"),
            "title-empty",
        ));
    }
    texts.sort_by(|a, b| a.locale.cmp(&b.locale));

    if input.variants.is_empty() {
        errors.push(FieldError::new("variants", "variants-empty"));
    } else if input.variants.len() > MAX_VARIANTS {
        errors.push(FieldError::new("variants", "variants-too-many").arg("max", MAX_VARIANTS));
    }

    let mut skus: HashSet<String> = HashSet::new();
    let mut ids: HashSet<String> = HashSet::new();
    let mut variants = Vec::new();
    for (i, v) in input.variants.iter().enumerate() {
        let field = |name: &str| format!("variants.{i}.{name}");
        let sku = clean(&v.sku);
        if sku.is_empty() {
            errors.push(FieldError::new(field("sku"), "sku-empty"));
        } else if sku.chars().count() > MAX_SKU_CHARS
            || sku.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            errors.push(FieldError::new(field("sku"), "sku-invalid").arg("max", MAX_SKU_CHARS));
        } else if !skus.insert(sku.to_uppercase()) {
            errors.push(FieldError::new(field("sku"), "sku-duplicate").arg("sku", sku.as_str()));
        }

        let stock = match parse_whole(&v.stock) {
            Some(s) if s < 0 => {
                errors.push(FieldError::new(field("stock"), "stock-negative"));
                0
            }
            Some(s) if s > MAX_STOCK => {
                errors
                    .push(FieldError::new(field("stock"), "stock-too-large").arg("max", MAX_STOCK));
                0
            }
            Some(s) => s,
            None => {
                errors.push(FieldError::new(field("stock"), "stock-malformed"));
                0
            }
        };
        let weight_grams = if v.weight_grams.trim().is_empty() {
            None
        } else {
            match parse_whole(&v.weight_grams) {
                Some(w) if w < 0 => {
                    errors.push(FieldError::new(field("weight_grams"), "weight-negative"));
                    None
                }
                Some(w) if w > MAX_WEIGHT_GRAMS => {
                    errors.push(
                        FieldError::new(field("weight_grams"), "weight-too-large")
                            .arg("max", MAX_WEIGHT_GRAMS),
                    );
                    None
                }
                Some(w) => Some(w),
                None => {
                    errors.push(FieldError::new(field("weight_grams"), "weight-malformed"));
                    None
                }
            }
        };

        // HS codes: 6 digits internationally, 8-10 nationally; dots and
        // spaces as people write them ("6214.10") are dropped.
        let hs_code = opt_clean(&v.hs_code).map(|c| {
            c.chars()
                .filter(|c| !matches!(c, '.' | ' '))
                .collect::<String>()
        });
        if let Some(code) = &hs_code
            && (!(6..=10).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()))
        {
            errors.push(FieldError::new(field("hs_code"), "hs-code-invalid"));
        }
        let hs_edition = hs_code
            .as_ref()
            .map(|_| opt_clean(&v.hs_edition).unwrap_or_else(|| DEFAULT_HS_EDITION.into()));
        let origin_country = opt_clean(&v.origin_country).map(|c| c.to_uppercase());
        if let Some(c) = &origin_country
            && (c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()))
        {
            errors.push(FieldError::new(field("origin_country"), "country-invalid"));
        }

        let mut options = Vec::new();
        for o in &v.options {
            let (name, value) = (clean(&o.name), clean(&o.value));
            if name.is_empty() && value.is_empty() {
                continue;
            }
            if name.is_empty() || value.is_empty() {
                errors.push(FieldError::new(field("options"), "option-incomplete"));
            }
            options.push(OptionValue { name, value });
        }

        let mut prices: Vec<Price> = Vec::new();
        for (j, p) in v.prices.iter().enumerate() {
            let pfield = |name: &str| format!("variants.{i}.prices.{j}.{name}");
            let code = p.currency.trim().to_owned();
            let Some(cur) = money::currency(&code) else {
                errors.push(
                    FieldError::new(pfield("currency"), "currency-unknown")
                        .arg("currency", code.as_str()),
                );
                continue;
            };
            if prices.iter().any(|x| x.currency == code) {
                errors.push(
                    FieldError::new(pfield("currency"), "currency-duplicate")
                        .arg("currency", code.as_str()),
                );
                continue;
            }
            match money::parse_amount(&p.amount, &cur) {
                Ok(amount_minor) => prices.push(Price {
                    currency: code,
                    amount_minor,
                }),
                Err(AmountError::Malformed) => {
                    errors.push(FieldError::new(pfield("amount"), "price-malformed"))
                }
                Err(AmountError::Negative) => {
                    errors.push(FieldError::new(pfield("amount"), "price-negative"))
                }
                Err(AmountError::TooLarge) => {
                    errors.push(FieldError::new(pfield("amount"), "price-too-large"))
                }
                Err(AmountError::TooManyDecimals { max }) => errors.push(
                    FieldError::new(pfield("amount"), "price-too-many-decimals")
                        .arg("currency", code.as_str())
                        .arg("max", max),
                ),
            }
        }
        if input.state == ListingState::Active && v.prices.is_empty() {
            errors.push(FieldError::new(field("prices"), "price-missing"));
        }
        prices.sort_by(|a, b| a.currency.cmp(&b.currency));

        let id = match &v.id {
            Some(id) if existing_variant_ids.contains(id) && ids.insert(id.clone()) => id.clone(),
            _ => new_id(),
        };
        variants.push(Variant {
            id,
            sku,
            options,
            weight_grams,
            hs_code,
            hs_edition,
            origin_country,
            customs_description: opt_clean(&v.customs_description),
            stock,
            prices,
        });
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    // An active listing with nothing left to sell is sold out; restocking a
    // sold-out listing makes it active again.
    let total: i64 = variants.iter().map(|v| v.stock).sum();
    let state = match input.state {
        ListingState::Active if total == 0 => ListingState::SoldOut,
        ListingState::SoldOut if total > 0 => ListingState::Active,
        s => s,
    };
    Ok(ValidListing {
        state,
        default_locale,
        texts,
        variants,
    })
}
