//! Sync between desktops through the real sandbox marketplace (sync.md):
//! offline edits reach the marketplace, teammates' edits come back, conflicts
//! reach the inbox, nothing is lost or applied twice.

mod common;

use common::*;
use shopkeeper_core::*;

#[tokio::test]
async fn offline_create_and_edits_from_two_desktops_converge() {
    let m = market(|_| {}).await;
    let a = desktop(&m).await;
    let b = desktop(&m).await;

    // A creates offline, then syncs; B gets it.
    let created = a
        .shop
        .create_listing(&bag("Bolsa de couro", "BOLSA-1", 4))
        .await
        .expect("create");
    assert_eq!(a.shop.pending_ops().await.expect("ops").len(), 1);
    a.sync().await;
    assert!(
        a.shop.pending_ops().await.expect("ops").is_empty(),
        "acknowledged"
    );
    b.sync().await;
    let on_b = b.shop.listing(&created.id).await.expect("B has it");
    assert_eq!(
        visible(&on_b),
        visible(&a.shop.listing(&created.id).await.expect("A"))
    );

    // Offline: A edits the title, B edits the price of the same listing.
    edit(&a.shop, &created.id, |i| {
        i.texts[0].title = "Bolsa de couro legítimo".into()
    })
    .await;
    edit(&b.shop, &created.id, |i| {
        i.variants[0].prices[0].amount = "199.90".into()
    })
    .await;
    a.sync().await;
    b.sync().await;
    a.sync().await;
    let la = a.shop.listing(&created.id).await.expect("A");
    let lb = b.shop.listing(&created.id).await.expect("B");
    assert_eq!(la.texts[0].title, "Bolsa de couro legítimo");
    assert_eq!(amount(&la, "BRL"), Some(19990));
    assert_eq!(visible(&la), visible(&lb));
    assert!(a.shop.conflicts().await.expect("c").is_empty());
    assert!(b.shop.conflicts().await.expect("c").is_empty());
    assert_eq!(a.shop.integrity_check().await.expect("ic"), "ok");
}

#[tokio::test]
async fn the_same_price_edited_twice_is_a_conflict_and_resolving_it_converges() {
    let m = market(|_| {}).await;
    let a = desktop(&m).await;
    let b = desktop(&m).await;
    let l = a
        .shop
        .create_listing(&bag("Carteira", "CART-1", 2))
        .await
        .expect("create");
    a.sync().await;
    b.sync().await;

    edit(&a.shop, &l.id, |i| {
        i.variants[0].prices[0].amount = "150.00".into()
    })
    .await;
    edit(&b.shop, &l.id, |i| {
        i.variants[0].prices[0].amount = "160.00".into()
    })
    .await;
    a.sync().await;
    b.sync().await;

    // B was later: its price is in B's conflict inbox, never silently lost.
    let conflicts = b.shop.conflicts().await.expect("conflicts");
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    let c = &conflicts[0];
    assert_eq!(c.what, "price");
    assert_eq!(c.currency.as_deref(), Some("BRL"));
    assert_eq!(c.mine, serde_json::json!(16000));
    assert_eq!(c.theirs, serde_json::json!(15000));
    // Until resolved, B shows the marketplace's value.
    assert_eq!(
        amount(&b.shop.listing(&l.id).await.expect("B"), "BRL"),
        Some(15000)
    );

    b.shop
        .resolve_conflict(&c.op_id, Resolution::KeepMine)
        .await
        .expect("keep mine");
    b.sync().await;
    a.sync().await;
    assert!(b.shop.conflicts().await.expect("c").is_empty());
    for d in [&a, &b] {
        assert_eq!(
            amount(&d.shop.listing(&l.id).await.expect("l"), "BRL"),
            Some(16000)
        );
    }
    let history = b.shop.listing_history(&l.id).await.expect("history");
    assert!(history.iter().any(|h| h.action == "conflict-keep-mine"));
}

#[tokio::test]
async fn stock_sold_on_the_marketplace_and_restocked_offline_adds_up() {
    let m = market(|_| {}).await;
    let a = desktop(&m).await;
    let l = a
        .shop
        .create_listing(&bag("Cinto", "CINTO-1", 5))
        .await
        .expect("create");
    a.sync().await;
    let vid = uuid::Uuid::parse_str(&l.variants[0].id).expect("uuid");

    // A buyer buys 2 on the marketplace while A is offline and restocks 10.
    m.owner
        .stock_adjust(
            vid,
            &marketplace_api::dto::StockAdjust {
                delta: -2,
                reason: marketplace_api::dto::StockReason::Sold,
            },
            uuid::Uuid::now_v7(),
        )
        .await
        .expect("sale");
    a.shop
        .adjust_stock(&l.variants[0].id, 10, "restocked")
        .await
        .expect("restock");
    assert_eq!(
        a.shop.listing(&l.id).await.expect("l").variants[0].stock,
        15
    );
    a.sync().await;
    assert_eq!(
        a.shop.listing(&l.id).await.expect("l").variants[0].stock,
        13
    );
    let server = m
        .owner
        .get_listing(uuid::Uuid::parse_str(&l.id).expect("u"))
        .await
        .expect("get");
    assert_eq!(server.variants[0].stock, 13);
    assert!(a.shop.conflicts().await.expect("c").is_empty());
}

#[tokio::test]
async fn a_refused_edit_never_blocks_the_ones_behind_it() {
    let m = market(|_| {}).await;
    let a = desktop(&m).await;
    let b = desktop(&m).await;
    let doomed = a
        .shop
        .create_listing(&bag("Porta-moedas", "PM-1", 1))
        .await
        .expect("c");
    let other = a
        .shop
        .create_listing(&bag("Chaveiro", "CH-1", 1))
        .await
        .expect("c");
    a.sync().await;
    b.sync().await;
    // B deletes the listing on the marketplace; A, offline, edits it and then another one.
    m.owner
        .delete_listing(
            uuid::Uuid::parse_str(&doomed.id).expect("u"),
            uuid::Uuid::now_v7(),
        )
        .await
        .expect("delete");
    edit(&a.shop, &doomed.id, |i| {
        i.texts[0].title = "Porta-moedas novo".into()
    })
    .await;
    edit(&a.shop, &other.id, |i| {
        i.texts[0].title = "Chaveiro novo".into()
    })
    .await;
    a.sync().await;
    let conflicts = a.shop.conflicts().await.expect("conflicts");
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0].listing_id.as_deref(), Some(doomed.id.as_str()));
    assert!(
        a.shop.pending_ops().await.expect("p").is_empty(),
        "queue drained"
    );
    b.sync().await;
    assert_eq!(
        b.shop.listing(&other.id).await.expect("o").texts[0].title,
        "Chaveiro novo"
    );
}

#[tokio::test]
async fn the_same_title_edited_on_two_desktops_raises_a_notice_and_either_value_can_be_taken() {
    let m = market(|_| {}).await;
    let a = desktop(&m).await;
    let b = desktop(&m).await;
    let l = a
        .shop
        .create_listing(&bag("Bolsa", "NB-1", 1))
        .await
        .expect("c");
    a.sync().await;
    b.sync().await;

    edit(&a.shop, &l.id, |i| i.texts[0].title = "Bolsa da Ana".into()).await;
    edit(&b.shop, &l.id, |i| {
        i.texts[0].title = "Bolsa do Bruno".into();
        i.texts[0].description = "Couro de cabra".into();
    })
    .await;
    a.sync().await;
    b.sync().await;

    // B wrote last: its title stands, and B is told that A also edited it.
    let notices = b.shop.notices().await.expect("notices");
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].field, "texts.pt-BR.title");
    assert_eq!(notices[0].theirs, serde_json::json!("Bolsa da Ana"));
    assert_eq!(notices[0].mine, serde_json::json!("Bolsa do Bruno"));
    assert!(a.shop.notices().await.expect("n").is_empty());
    // Different fields both survive.
    assert_eq!(
        b.shop.listing(&l.id).await.expect("l").texts[0].description,
        "Couro de cabra"
    );

    // One click takes the teammate's value; both desktops converge on it.
    b.shop
        .resolve_notice(notices[0].id, false)
        .await
        .expect("take theirs");
    assert!(b.shop.notices().await.expect("n").is_empty());
    b.sync().await;
    a.sync().await;
    for d in [&a, &b] {
        let t = &d.shop.listing(&l.id).await.expect("l").texts[0];
        assert_eq!(
            (t.title.as_str(), t.description.as_str()),
            ("Bolsa da Ana", "Couro de cabra")
        );
    }
}
