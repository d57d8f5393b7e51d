//! Pulled pages applied to a real shop file: orders in bulk, stock that did
//! not move leaves the view alone, newer stock the file already holds wins
//! over a page's, a variant moved into a new listing keeps one set of prices.

mod common;

use common::open;
use shopkeeper_store::*;

/// A listing the marketplace confirmed at version 1.
fn listing(id: &str) -> Listing {
    Listing {
        server_version: Some(1),
        ..common::listing(id, "Silk scarf", &format!("{id}-SKU"))
    }
}

fn order(id: &str, status: &str, version: i64, qty: i64, variant: Option<&str>) -> OrderRecord {
    OrderRecord {
        id: id.into(),
        number: format!("N-{id}"),
        market: "BR".into(),
        status: status.into(),
        buyer_name: "Ana".into(),
        buyer_locale: "pt-BR".into(),
        currency: "USD".into(),
        total_minor: 1299 * qty,
        placed_at: 5,
        ship_by: None,
        version,
        address: OrderAddress {
            name: "Ana".into(),
            line1: "Rua A, 1".into(),
            line2: String::new(),
            city: "Recife".into(),
            region: "PE".into(),
            postal_code: "50000-000".into(),
            country: "BR".into(),
            phone: String::new(),
            pickup_point: String::new(),
        },
        lines: vec![OrderLine {
            variant_id: variant.map(Into::into),
            sku: "S".into(),
            title: "Silk scarf".into(),
            quantity: qty,
            unit_price_minor: 1299,
        }],
    }
}

fn base(l: Listing, version: i64) -> (BaseListing, Origin) {
    let base = BaseListing {
        listing: l,
        version,
        prices_version: version,
        deleted: false,
    };
    (base, Origin::default())
}

fn stock(variant: &str, listing: &str, stock: i64, version: i64) -> BaseStock {
    BaseStock {
        variant_id: variant.into(),
        listing_id: listing.into(),
        stock,
        version,
    }
}

fn page(stream: &str, cursor: &str) -> PulledPage {
    PulledPage {
        stream: stream.into(),
        cursor: cursor.into(),
        ..PulledPage::default()
    }
}

#[tokio::test]
async fn an_order_twice_in_a_page_keeps_the_newest_and_a_stale_one_changes_nothing() {
    let (_dir, store) = open().await;
    let mut p = page("catalog", "c1");
    p.listings.push((
        BaseListing {
            listing: listing("l1"),
            version: 1,
            prices_version: 1,
            deleted: false,
        },
        Origin::default(),
    ));
    store.apply_pull(&p, None, 10).await.expect("catalog");
    let mut p = page("orders", "o1");
    p.orders = vec![
        order("o-1", "paid", 1, 1, Some("l1-v1")),
        order("o-2", "paid", 1, 2, Some("nowhere")),
        order("o-1", "shipped", 2, 3, Some("l1-v1")),
    ];
    store.apply_pull(&p, None, 11).await.expect("orders");
    let mut got = store.orders(10).await.expect("orders");
    got.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].status, "shipped");
    assert_eq!(got[0].version, 2);
    assert_eq!(got[0].lines.len(), 1);
    assert_eq!(got[0].lines[0].quantity, 3);
    assert_eq!(got[0].lines[0].variant_id.as_deref(), Some("l1-v1"));
    // A line naming a variant this desktop does not have keeps no link.
    assert_eq!(got[1].lines[0].variant_id, None);
    assert_eq!(got[1].address.city, "Recife");

    // An older version, with other lines and another address: nothing of it lands.
    let mut stale = order("o-1", "paid", 1, 1, Some("l1-v1"));
    stale.address.city = "Olinda".into();
    let mut p = page("orders", "o2");
    p.orders = vec![stale];
    store.apply_pull(&p, None, 12).await.expect("stale");
    let got = store.orders(10).await.expect("orders");
    let o1 = got.iter().find(|o| o.id == "o-1").expect("o-1");
    assert_eq!((o1.status.as_str(), o1.version), ("shipped", 2));
    assert_eq!(o1.lines.len(), 1);
    assert_eq!(o1.lines[0].quantity, 3);
    assert_eq!(o1.address.city, "Recife");
    assert_eq!(store.integrity_check().await.expect("ic"), "ok");
}

#[tokio::test]
async fn stock_the_base_already_has_leaves_the_view_alone() {
    let (_dir, store) = open().await;
    let mut p = page("catalog", "c1");
    p.listings.push((
        BaseListing {
            listing: listing("l1"),
            version: 1,
            prices_version: 1,
            deleted: false,
        },
        Origin::default(),
    ));
    p.stock.push(BaseStock {
        variant_id: "l1-v1".into(),
        listing_id: "l1".into(),
        stock: 3,
        version: 4,
    });
    store.apply_pull(&p, None, 10).await.expect("catalog");
    let rev = store.listing_rev("l1").await.expect("rev");

    // The inventory stream repeats the version the catalog brought.
    let mut p = page("inventory", "i1");
    p.stock.push(BaseStock {
        variant_id: "l1-v1".into(),
        listing_id: "l1".into(),
        stock: 3,
        version: 4,
    });
    store.apply_pull(&p, None, 11).await.expect("same stock");
    assert_eq!(store.listing_rev("l1").await.expect("rev"), rev);

    // A newer stock level moves the view.
    let mut p = page("inventory", "i2");
    p.stock.push(BaseStock {
        variant_id: "l1-v1".into(),
        listing_id: "l1".into(),
        stock: 7,
        version: 5,
    });
    store.apply_pull(&p, None, 12).await.expect("new stock");
    assert_ne!(store.listing_rev("l1").await.expect("rev"), rev);
    let l = store.listing("l1").await.expect("l").expect("some");
    assert_eq!(l.variants[0].stock, 7);
    assert_eq!(
        store.sync_cursor("inventory").await.expect("c").as_deref(),
        Some("i2")
    );
}

#[tokio::test]
async fn a_new_listing_shows_the_newer_stock_the_inventory_stream_brought_first() {
    let (_dir, store) = open().await;
    // Catalog and inventory are pulled side by side: the inventory's newer
    // level can land before the catalog page that creates the listing.
    let mut p = page("inventory", "i1");
    p.stock.push(stock("l1-v1", "l1", 9, 6));
    store.apply_pull(&p, None, 10).await.expect("inventory");
    let mut p = page("catalog", "c1");
    p.listings.push(base(listing("l1"), 1));
    p.stock.push(stock("l1-v1", "l1", 3, 4));
    store.apply_pull(&p, None, 11).await.expect("catalog");
    let l = store.listing("l1").await.expect("l").expect("some");
    assert_eq!(l.variants[0].stock, 9);

    // In one page, the last row of a variant that moved forward is what shows.
    let mut p = page("catalog", "c2");
    p.listings.push(base(listing("l2"), 1));
    p.stock.push(stock("l2-v1", "l2", 5, 2));
    p.stock.push(stock("l2-v1", "l2", 4, 1));
    p.stock.push(stock("l2-v1", "l2", 8, 3));
    store.apply_pull(&p, None, 12).await.expect("catalog");
    let l = store.listing("l2").await.expect("l").expect("some");
    assert_eq!(l.variants[0].stock, 8);
    assert_eq!(store.integrity_check().await.expect("ic"), "ok");
}

#[tokio::test]
async fn a_variant_moved_into_a_new_listing_keeps_one_set_of_prices() {
    let (_dir, store) = open().await;
    let mut p = page("catalog", "c1");
    p.listings.push(base(listing("l1"), 1));
    store.apply_pull(&p, None, 10).await.expect("catalog");

    // The marketplace moved variant l1-v1 into a new listing l2, in EUR now.
    let mut moved = listing("l2");
    moved.variants[0].id = "l1-v1".into();
    moved.variants[0].prices = vec![Price {
        currency: "EUR".into(),
        amount_minor: 1100,
    }];
    let mut emptied = listing("l1");
    emptied.variants.clear();
    let mut p = page("catalog", "c2");
    p.listings.push(base(moved, 1));
    p.listings.push(base(emptied, 2));
    store.apply_pull(&p, None, 11).await.expect("move");
    let l2 = store.listing("l2").await.expect("l").expect("some");
    assert_eq!(l2.variants.len(), 1);
    assert_eq!(l2.variants[0].id, "l1-v1");
    assert_eq!(
        l2.variants[0].prices,
        vec![Price {
            currency: "EUR".into(),
            amount_minor: 1100
        }]
    );
    let l1 = store.listing("l1").await.expect("l").expect("some");
    assert!(l1.variants.is_empty());
    let search = ListingQuery {
        search: Some("silk".into()),
        limit: 10,
        ..Default::default()
    };
    let found = store.query_listings(&search).await.expect("search");
    assert_eq!(found.total, 2);
    assert_eq!(store.integrity_check().await.expect("ic"), "ok");
}
