//! Shared set-up of the store tests: a fresh shop file, a sample listing.
#![allow(dead_code)]

use shopkeeper_store::*;

/// A new shop file in a temp dir (kept alive with the returned dir).
pub async fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("shop.sqlite"))
        .await
        .expect("open store");
    (dir, store)
}

/// A listing with one variant (`{id}-v1`, stock 3, USD 12.99), never synced.
pub fn listing(id: &str, title: &str, sku: &str) -> Listing {
    Listing {
        id: id.into(),
        state: ListingState::Active,
        default_locale: "en-US".into(),
        texts: vec![ListingText {
            locale: "en-US".into(),
            title: title.into(),
            description: String::new(),
            tags: vec![],
        }],
        variants: vec![Variant {
            id: format!("{id}-v1"),
            sku: sku.into(),
            options: vec![],
            weight_grams: None,
            hs_code: None,
            hs_edition: None,
            origin_country: None,
            customs_description: None,
            stock: 3,
            prices: vec![Price {
                currency: "USD".into(),
                amount_minor: 1299,
            }],
        }],
        archived_at: None,
        created_at: 1,
        updated_at: 1,
        server_version: None,
    }
}
