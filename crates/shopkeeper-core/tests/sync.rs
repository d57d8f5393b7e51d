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
    // It names the teammate and the desktop whose change the marketplace has.
    b.shop
        .engine(&b.token())
        .await
        .expect("engine")
        .refresh_members()
        .await
        .expect("team");
    let c = b.shop.conflicts().await.expect("conflicts").remove(0);
    let local = m.email.split('@').next().unwrap_or_default();
    assert!(
        c.by.as_deref()
            .is_some_and(|b| b.eq_ignore_ascii_case(local)),
        "the member named after their e-mail: {c:?}"
    );
    let a_device = a.shop.connection().await.expect("a").expect("a").device_id;
    let m_db = &mut m.db().await;
    let (a_name,): (String,) = sqlx::query_as("SELECT name FROM devices WHERE id = ?")
        .bind(&a_device)
        .fetch_one(m_db)
        .await
        .expect("A's device on the marketplace");
    assert_eq!(c.device.as_deref(), Some(a_name.as_str()), "{c:?}");
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

/// Found by the crash harness (docs/adr/0510): a price edited again after the
/// marketplace applied the previous one but before a pull brought it back
/// (the app killed between push and pull, or the pull failing) must be based
/// on the version the own applied edit produced, not on the stale pulled
/// base: otherwise the seller gets a conflict with themself.
#[tokio::test]
async fn a_price_edited_after_an_applied_but_unpulled_one_is_no_conflict() {
    let m = market(|_| {}).await;
    let a = desktop(&m).await;
    let l = a
        .shop
        .create_listing(&bag("Mochila", "MOCH-1", 3))
        .await
        .expect("create");
    a.sync().await;

    edit(&a.shop, &l.id, |i| {
        i.variants[0].prices[0].amount = "150.00".into()
    })
    .await;
    // Push only: the marketplace applies it, no pull follows.
    let engine = a.shop.engine(&a.token()).await.expect("engine");
    let pushed = engine
        .push(&std::sync::atomic::AtomicBool::new(false))
        .await
        .expect("push");
    assert_eq!(pushed.applied, 1, "{pushed:?}");

    edit(&a.shop, &l.id, |i| {
        i.variants[0].prices[0].amount = "160.00".into()
    })
    .await;
    a.sync().await;
    a.sync().await;
    assert!(
        a.shop.conflicts().await.expect("conflicts").is_empty(),
        "{:?}",
        a.shop.conflicts().await
    );
    assert_eq!(
        amount(&a.shop.listing(&l.id).await.expect("l"), "BRL"),
        Some(16000)
    );
    let server = m
        .owner
        .get_listing(uuid::Uuid::parse_str(&l.id).expect("u"))
        .await
        .expect("get");
    let brl = server.variants[0]
        .prices
        .iter()
        .find(|p| p.currency == "BRL")
        .map(|p| p.amount.clone());
    assert_eq!(brl.as_deref(), Some("160.00"));
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

/// sync.md / issue #5: the initial sync of a large shop shows a progress bar
/// with counts per stream (the marketplace says how many changes to expect),
/// can be stopped between two pages, and resumes where it stopped: nothing is
/// pulled twice and nothing is missed.
#[tokio::test]
async fn initial_sync_counts_towards_a_total_and_resumes_where_it_was_paused() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex, OnceLock};
    use std::time::Duration;

    const LISTINGS: usize = 1_800;
    const ORDERS: usize = 1_200;
    let m = market(|_| {}).await;
    let (shop_id,): (String,) = sqlx::query_as("SELECT id FROM shops")
        .fetch_one(&mut m.db().await)
        .await
        .expect("shop id");
    marketplace_sandbox::bulk::seed_large(
        m.sandbox.state(),
        shop_id.parse().expect("uuid"),
        LISTINGS,
        ORDERS,
        7,
        &|_, _| {},
    )
    .await
    .expect("seed");
    let d = desktop(&m).await;

    // Stop the sync (the Pause button) as soon as the first catalog pages are in.
    let seen: Arc<Mutex<Vec<SyncStatus>>> = Arc::default();
    let svc_cell: Arc<OnceLock<SyncService>> = Arc::default();
    let stopped = Arc::new(AtomicBool::new(false));
    let listener = {
        let (seen, svc_cell, stopped) = (seen.clone(), svc_cell.clone(), stopped.clone());
        move |s: &SyncStatus| {
            seen.lock().expect("log").push(s.clone());
            let far = s
                .progress
                .iter()
                .any(|p| p.stream == "catalog" && p.received >= 1_000 && !p.done);
            if far
                && !stopped.swap(true, Ordering::SeqCst)
                && let Some(svc) = svc_cell.get()
            {
                svc.set_paused(true);
            }
        }
    };
    let svc = SyncService::start_with(
        d.shop.clone(),
        Some(d.keychain.clone()),
        listener,
        Duration::from_secs(3600),
        Duration::from_millis(50),
    );
    let _ = svc_cell.set(svc.clone());
    svc.sync_now();
    let wait = |what: &'static str, done: Box<dyn Fn(&SyncStatus) -> bool>| {
        let svc = svc.clone();
        async move {
            for _ in 0..600 {
                if done(&svc.status()) {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            panic!("{what}: {:?}", svc.status());
        }
    };
    wait(
        "paused during the initial sync",
        Box::new(|s| s.state == SyncState::Paused && stopped.load(Ordering::SeqCst)),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let paused = svc.status();
    assert_eq!(paused.state, SyncState::Paused);
    assert!(paused.initial, "still the initial sync: {paused:?}");
    let catalog = |s: &SyncStatus| {
        s.progress
            .iter()
            .find(|p| p.stream == "catalog")
            .cloned()
            .expect("catalog progress")
    };
    let before = catalog(&paused);
    // Every catalog change of the seeded shop is one listing.
    assert_eq!(before.total, Some(LISTINGS as u64), "{before:?}");
    assert!(
        before.received >= 1_000 && before.received < LISTINGS as u64 && !before.done,
        "{before:?}"
    );
    // What was received before the pause is in the shop file, no more.
    let mut conn = {
        use sqlx::ConnectOptions;
        sqlx::sqlite::SqliteConnectOptions::new()
            .filename(d.dir.path().join("shop.sqlite"))
            .read_only(true)
            .connect()
            .await
            .expect("shop file")
    };
    let (kept,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM listings")
        .fetch_one(&mut conn)
        .await
        .expect("count");
    assert_eq!(
        kept as u64, before.received,
        "pages committed before the pause"
    );
    // The counts grew page by page towards the total.
    let received: Vec<u64> = seen
        .lock()
        .expect("log")
        .iter()
        .filter_map(|s| s.progress.iter().find(|p| p.stream == "catalog"))
        .map(|p| p.received)
        .collect();
    assert!(received.windows(2).all(|w| w[0] <= w[1]), "{received:?}");
    assert!(received.len() >= 2, "{received:?}");

    // Resume: the pull goes on from its cursor and expects only the rest.
    seen.lock().expect("log").clear();
    svc.set_paused(false);
    wait(
        "the initial sync finished",
        Box::new(|s| s.state == SyncState::Idle && !s.initial),
    )
    .await;
    let after = svc.status();
    let rest = catalog(&after);
    assert_eq!(
        rest.total,
        Some(LISTINGS as u64 - before.received),
        "only what was left is expected: {rest:?}"
    );
    assert_eq!(rest.received, LISTINGS as u64 - before.received);
    assert!(rest.done);
    let orders = after
        .progress
        .iter()
        .find(|p| p.stream == "orders")
        .expect("orders progress");
    assert_eq!(
        (orders.received, orders.total),
        (ORDERS as u64, Some(ORDERS as u64))
    );
    svc.set_paused(true);
    for (sql, n) in [
        ("SELECT COUNT(*) FROM listings", LISTINGS),
        ("SELECT COUNT(*) FROM orders", ORDERS),
    ] {
        let (have,): (i64,) = sqlx::query_as(sql)
            .fetch_one(&mut conn)
            .await
            .expect("count");
        assert_eq!(have as usize, n, "{sql}");
    }
    assert_eq!(d.shop.integrity_check().await.expect("ic"), "ok");
}
