//! The built-in demo shop: a few hundred realistic listings across markets,
//! made deterministically from [`catalog`] so every first start (and every
//! test) sees the same shop.

pub mod catalog;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use shopkeeper_store::{Listing, ListingState, ListingText, OptionValue, Price, Variant};

use catalog::{COLLECTIONS, PRODUCTS};

pub const SHOP_NAME: &str = "Lotus & Clay Crafts";

/// Demo price lists per currency: (code, multiplier from USD as a decimal
/// string, rounding step in major units). Demo data, not FX rates: real
/// conversions use rates stored with their source and date.
const PRICE_LISTS: &[(&str, &str, &str)] = &[
    ("BRL", "5.40", "0.10"),
    ("EUR", "0.92", "0.05"),
    ("RUB", "92", "10"),
    ("IDR", "15800", "1000"),
    ("PLN", "4.00", "0.10"),
];

/// A small deterministic generator (SplitMix64) so the demo never changes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn demo_id(n: u64, kind: u64) -> String {
    // Stable UUID-shaped ids (version 7 layout, fixed timestamp bits).
    let hi = 0x0190_0000_0000_7000_u64 | (kind << 16) | (n >> 48);
    let lo = 0x8000_0000_0000_0000_u64 | (n & 0x0000_FFFF_FFFF_FFFF);
    uuid::Uuid::from_u64_pair(hi, lo).to_string()
}

/// Converts a USD price with a demo price list, rounded to its step.
fn list_price(usd_cents: i64, multiplier: &str, step: &str, exponent: u32) -> Option<i64> {
    let usd = Decimal::new(usd_cents, 2);
    let m: Decimal = multiplier.parse().ok()?;
    let step: Decimal = step.parse().ok()?;
    let local = ((usd * m) / step).round() * step;
    (local * Decimal::from(10_i64.pow(exponent))).to_i64()
}

/// The demo listings. `now` is the creation time; listings are spread over
/// the 90 days before it.
pub fn listings(now: i64) -> Vec<Listing> {
    let mut rng = Rng(0x005E_ED0F_5107);
    let mut out = Vec::with_capacity(PRODUCTS.len() * COLLECTIONS.len());
    let mut n: u64 = 0;
    for (ci, collection) in COLLECTIONS.iter().enumerate() {
        for (pi, p) in PRODUCTS.iter().enumerate() {
            n += 1;
            // Some translations are missing on purpose: the Listings page
            // shows sellers which markets lack a title.
            let texts: Vec<ListingText> = p
                .titles
                .iter()
                .filter(|(locale, _)| *locale == "en-US" || rng.below(10) < 8)
                .map(|(locale, title)| ListingText {
                    locale: (*locale).into(),
                    title: format!("{title} – {collection}"),
                    description: p
                        .descriptions
                        .iter()
                        .find(|(l, _)| l == locale)
                        .map(|(_, d)| (*d).to_owned())
                        .unwrap_or_default(),
                    // The collection's tag, unless the product has it already
                    // (the editor's rules keep tags unique).
                    tags: p
                        .tags
                        .iter()
                        .map(|t| (*t).to_owned())
                        .chain(
                            Some(collection.to_lowercase())
                                .filter(|c| !p.tags.contains(&c.as_str())),
                        )
                        .collect(),
                })
                .collect();

            let factor = 85 + rng.below(40) as i64; // 85%..124% of the base price
            let usd = (p.base_price_usd_cents * factor / 100 / 10) * 10 + 9; // ends in .x9
            let option_values: Vec<&str> = if p.option_values.is_empty() {
                vec![""]
            } else {
                p.option_values.to_vec()
            };
            let sold_out = rng.below(12) == 0;
            let variants: Vec<Variant> = option_values
                .iter()
                .enumerate()
                .map(|(vi, value)| {
                    let mut prices = vec![Price {
                        currency: "USD".into(),
                        amount_minor: usd + 100 * vi as i64,
                    }];
                    for (code, multiplier, step) in PRICE_LISTS {
                        if rng.below(3) != 0
                            && let Some(exponent) = crate::money::currency(code).map(|c| c.exponent)
                            && let Some(amount) =
                                list_price(usd + 100 * vi as i64, multiplier, step, exponent)
                        {
                            prices.push(Price {
                                currency: (*code).into(),
                                amount_minor: amount,
                            });
                        }
                    }
                    prices.sort_by(|a, b| a.currency.cmp(&b.currency));
                    let suffix = value
                        .to_uppercase()
                        .replace(|c: char| !c.is_ascii_alphanumeric(), "");
                    Variant {
                        id: demo_id(n * 8 + vi as u64, 2),
                        sku: if suffix.is_empty() {
                            format!("{}-{:02}{:02}", p.sku_stem, ci, pi)
                        } else {
                            format!("{}-{:02}{:02}-{suffix}", p.sku_stem, ci, pi)
                        },
                        options: if p.option_name.is_empty() {
                            Vec::new()
                        } else {
                            vec![OptionValue {
                                name: p.option_name.into(),
                                value: (*value).into(),
                            }]
                        },
                        weight_grams: Some(p.weight_grams),
                        hs_code: Some(p.hs_code.into()),
                        hs_edition: Some(crate::validate::DEFAULT_HS_EDITION.into()),
                        origin_country: Some(p.origin_country.into()),
                        customs_description: Some(p.customs_description.into()),
                        stock: if sold_out { 0 } else { rng.below(60) as i64 },
                        prices,
                    }
                })
                .collect();
            let stock: i64 = variants.iter().map(|v| v.stock).sum();
            let state = match rng.below(20) {
                0 => ListingState::Draft,
                1 => ListingState::Inactive,
                _ if stock == 0 => ListingState::SoldOut,
                _ => ListingState::Active,
            };
            let created_at = now - (rng.below(90 * 24 * 3600) as i64) * 1000;
            out.push(Listing {
                id: demo_id(n, 1),
                state,
                default_locale: "en-US".into(),
                texts,
                variants,
                archived_at: None,
                created_at,
                updated_at: created_at
                    + (rng.below(((now - created_at) / 1000).clamp(1, 3600 * 24 * 7) as u64)
                        as i64)
                        * 1000,
                server_version: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn demo_shop_is_a_few_hundred_valid_listings() {
        let all = listings(1_700_000_000_000);
        assert!((200..=500).contains(&all.len()), "{} listings", all.len());
        let mut skus = HashSet::new();
        for l in &all {
            assert!(
                l.default_text().is_some_and(|t| !t.title.is_empty()),
                "{} has no default title",
                l.id
            );
            for t in &l.texts {
                assert!(
                    t.title.chars().count() <= crate::validate::MAX_TITLE_CHARS,
                    "{}",
                    t.title
                );
                assert!(
                    crate::validate::CONTENT_LOCALES.contains(&t.locale.as_str()),
                    "{}",
                    t.locale
                );
            }
            assert!(!l.variants.is_empty());
            for v in &l.variants {
                assert!(skus.insert(v.sku.clone()), "duplicate SKU {}", v.sku);
                assert!(v.prices.iter().any(|p| p.currency == "USD"));
                let hs = v.hs_code.as_deref().unwrap_or_default();
                assert!(
                    hs.len() == 6 && hs.bytes().all(|b| b.is_ascii_digit()),
                    "HS {hs}"
                );
            }
        }
        // Markets are covered and some translations are missing on purpose.
        for locale in ["pt-BR", "es-ES", "ru-RU", "id-ID", "zh-CN"] {
            let with = all
                .iter()
                .filter(|l| l.texts.iter().any(|t| t.locale == locale))
                .count();
            assert!(with > 0 && with < all.len(), "{locale}: {with}");
        }
    }

    #[test]
    fn demo_dates_are_in_the_past() {
        let now = 1_700_000_000_000;
        assert!(
            listings(now)
                .iter()
                .all(|l| l.created_at <= l.updated_at && l.updated_at <= now)
        );
    }

    #[test]
    fn demo_is_deterministic() {
        assert_eq!(listings(0), listings(0));
    }

    #[test]
    fn price_lists_round_to_their_step() {
        // 12.99 USD * 15800 = 205,242 IDR → 205,000 IDR = 20,500,000 minor units.
        assert_eq!(list_price(1299, "15800", "1000", 2), Some(20_500_000));
        assert_eq!(list_price(1000, "5.40", "0.10", 2), Some(5400));
    }
}
