//! sync.md T5 (fault proxy), T7 (liveness) and T9 (HTTP semantics): the real
//! client and the real sandbox, with a loopback proxy between them that
//! duplicates, reorders and delays requests, records when each arrived, and
//! answers scripted 429/503/412/409 replies.

mod common;

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant, SystemTime};

use common::proxy::{Canned, Chaos, Proxy};
use common::*;
use marketplace_api::dto::SignInRequest;
use marketplace_api::{ClientConfig, MarketplaceClient};
use marketplace_sandbox::{Faults, Sandbox, SandboxConfig};
use shopkeeper_core::*;

/// Stops the sandbox and starts it again on the same file with `f` applied
/// to its config (the desktops reach it through a proxy, whose upstream the
/// caller switches).
async fn restart_market(m: Market, f: impl FnOnce(&mut SandboxConfig)) -> Market {
    let Market {
        sandbox,
        email,
        dir,
        ..
    } = m;
    sandbox.stop().await;
    let mut cfg = SandboxConfig::with_file(dir.path().join("market.sqlite"));
    cfg.rate_limit = None;
    f(&mut cfg);
    let sandbox = Sandbox::start(cfg).await.expect("restart sandbox");
    let mut owner = None;
    for _ in 0..40 {
        let c = MarketplaceClient::new(&sandbox.url(), ClientConfig::default()).expect("client");
        let signed = c
            .sign_in(&SignInRequest {
                email: email.clone(),
                password: PASSWORD.into(),
                device_name: "test owner".into(),
                shop_id: None,
            })
            .await;
        if let Ok(s) = signed {
            owner = Some(c.with_token(s.token));
            break;
        }
    }
    Market {
        sandbox,
        email,
        owner: owner.expect("owner signs in despite faults"),
        dir,
    }
}

fn uuid(s: &str) -> uuid::Uuid {
    uuid::Uuid::parse_str(s).expect("uuid")
}

/// T5: dropped replies after commit (sandbox fault injection), 503s,
/// duplicated requests, stale copies delivered after newer requests, and
/// latency. Every op is applied exactly once and all replicas end equal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn t5_a_faulty_network_applies_every_op_exactly_once_and_replicas_converge() {
    let m = market(|_| {}).await;
    let proxy = Proxy::start(&m.sandbox.url(), 0x5eed_0005).await;
    let desktops = [
        desktop_via(&m, &proxy.url).await,
        desktop_via(&m, &proxy.url).await,
        desktop_via(&m, &proxy.url).await,
    ];
    const INITIAL: i64 = 500;
    let mut listings: Vec<Listing> = Vec::new();
    for i in 0..3 {
        listings.push(
            desktops[0]
                .shop
                .create_listing(&bag(&format!("Bolsa T5 {i}"), &format!("T5-{i}"), INITIAL))
                .await
                .expect("create"),
        );
    }
    for d in &desktops {
        d.sync().await;
    }

    // From here on the marketplace drops replies after committing and
    // answers 503s, and the network duplicates, reorders and delays.
    let m = restart_market(m, |cfg| {
        cfg.faults = Faults {
            error_rate: 0.12,
            delay: Duration::from_millis(2),
            drop_reply_rate: 0.25,
        };
        cfg.seed = 0x7_5;
    })
    .await;
    proxy.set_upstream(&m.sandbox.url());
    proxy.set_chaos(Chaos {
        duplicate: 0.3,
        stale_copy: 0.3,
        latency: Duration::from_millis(25),
    });

    let mut all_ops: HashSet<String> = HashSet::new();
    let mut deltas: HashMap<String, i64> = HashMap::new();
    let mut rng = 0x1234_5678_9abc_def1u64;
    let mut next = move |n: u64| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng % n
    };
    let mut failed_cycles = 0;
    for round in 0..5 {
        for (k, d) in desktops.iter().enumerate() {
            let l = &listings[next(3) as usize];
            let title = format!("Bolsa T5 r{round} d{k}");
            edit(&d.shop, &l.id, |i| i.texts[0].title = title).await;
            for _ in 0..2 {
                let l = &listings[next(3) as usize];
                let delta = next(7) as i64 - 2;
                if delta != 0 {
                    d.shop
                        .adjust_stock(&l.variants[0].id, delta, "correction")
                        .await
                        .expect("adjust");
                    *deltas.entry(l.variants[0].id.clone()).or_default() += delta;
                }
            }
            if next(2) == 0 {
                let l = &listings[next(3) as usize];
                let cents = 10_000 + next(5_000);
                let amount = format!("{}.{:02}", cents / 100, cents % 100);
                edit(&d.shop, &l.id, |i| i.variants[0].prices[0].amount = amount).await;
            }
            if round % 2 == 1 {
                let created = d
                    .shop
                    .create_listing(&bag(
                        &format!("Nova T5 r{round} d{k}"),
                        &format!("T5-N{round}-{k}"),
                        3,
                    ))
                    .await
                    .expect("create");
                listings.push(created);
            }
            for op in d.shop.pending_ops().await.expect("ops") {
                all_ops.insert(op.op_id);
            }
            if d.try_sync().await.is_err() {
                failed_cycles += 1;
            }
        }
    }

    // Quiescence: the network heals, stale copies land, everyone syncs.
    proxy.set_chaos(Chaos::default());
    for _ in 0..2 {
        for d in &desktops {
            d.sync_until_ok(40).await;
        }
    }
    tokio::time::sleep(Duration::from_millis(600)).await;
    for d in &desktops {
        d.sync_until_ok(40).await;
    }

    // Read the marketplace's side without injected faults.
    let m = restart_market(m, |_| {}).await;
    proxy.set_upstream(&m.sandbox.url());
    for d in &desktops {
        d.sync().await;
    }

    let log = proxy.log();
    let lost = log.iter().filter(|s| s.status == 0).count();
    let stale = *proxy.state.stale_delivered.lock().expect("proxy lock");
    let dups = *proxy.state.duplicated.lock().expect("proxy lock");
    eprintln!(
        "T5: {} ops, {} requests, {lost} replies lost, {stale} stale copies, {dups} duplicates, {failed_cycles} failed cycles",
        all_ops.len(),
        log.len()
    );
    assert!(lost > 0 && stale > 0 && dups > 0, "the faults happened");

    // Every op reached the marketplace exactly once: each is in its op log
    // once, and no op's effect is in the change feed twice.
    let mut db = m.db().await;
    let ids = serde_json::to_string(&all_ops.iter().collect::<Vec<_>>()).expect("json");
    let (logged,): (i64,) = sqlx::query_as(
        "SELECT count(DISTINCT op_id) FROM op_log WHERE op_id IN (SELECT value FROM json_each(?))",
    )
    .bind(&ids)
    .fetch_one(&mut db)
    .await
    .expect("op_log");
    assert_eq!(
        logged as usize,
        all_ops.len(),
        "every op reached the marketplace"
    );
    let twice: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT op_id, stream, entity_id, count(*) FROM changes WHERE op_id IS NOT NULL \
         GROUP BY op_id, stream, entity_id HAVING count(*) > 1",
    )
    .fetch_all(&mut db)
    .await
    .expect("changes");
    assert!(twice.is_empty(), "ops applied twice: {twice:?}");

    // Stock == initial + every movement, once.
    for l in &listings[..3] {
        let server = m.owner.get_listing(uuid(&l.id)).await.expect("get");
        let want = INITIAL + deltas.get(&l.variants[0].id).copied().unwrap_or(0);
        assert_eq!(server.variants[0].stock, want, "stock of {}", l.id);
    }

    // Nothing pending; the only inbox entries are real price conflicts.
    for d in &desktops {
        assert!(d.shop.pending_ops().await.expect("p").is_empty());
        for c in d.shop.conflicts().await.expect("c") {
            assert_eq!(c.what, "price", "unexpected inbox entry {c:?}");
        }
        assert_eq!(d.shop.integrity_check().await.expect("ic"), "ok");
    }
    // Final states equal, on every desktop and on the marketplace.
    for l in &listings {
        let first = visible(&desktops[0].shop.listing(&l.id).await.expect("l"));
        for d in &desktops[1..] {
            assert_eq!(
                visible(&d.shop.listing(&l.id).await.expect("l")),
                first,
                "{}",
                l.id
            );
        }
        let server = m.owner.get_listing(uuid(&l.id)).await.expect("get");
        assert!(server.texts.iter().any(|t| t.title == first.1[0].title));
        assert_eq!(server.variants[0].stock, first.2[0].1);
    }
}

/// T7: a permanently invalid op (oversold), an op the app cannot even send
/// (unreadable payload) and edits of a listing deleted on the marketplace,
/// queued before good ops: one cycle drains the queue, the bad ops are in the
/// inbox, the good ops are applied, and the next cycle pushes nothing.
#[tokio::test]
async fn t7_bad_ops_never_block_the_queue() {
    let m = market(|_| {}).await;
    let proxy = Proxy::start(&m.sandbox.url(), 7).await;
    let a = desktop_via(&m, &proxy.url).await;
    let b = desktop(&m).await;
    let doomed = a
        .shop
        .create_listing(&bag("Mochila T7", "T7-D", 4))
        .await
        .expect("c");
    let scarce = a
        .shop
        .create_listing(&bag("Carteira T7", "T7-S", 3))
        .await
        .expect("c");
    let good = a
        .shop
        .create_listing(&bag("Cinto T7", "T7-G", 1))
        .await
        .expect("c");
    a.sync().await;
    b.sync().await;

    // On the marketplace: the listing is deleted, and buyers take the scarce stock.
    m.owner
        .delete_listing(uuid(&doomed.id), uuid::Uuid::now_v7())
        .await
        .expect("delete");
    m.owner
        .stock_adjust(
            uuid(&scarce.variants[0].id),
            &marketplace_api::dto::StockAdjust {
                delta: -3,
                reason: marketplace_api::dto::StockReason::Sold,
            },
            uuid::Uuid::now_v7(),
        )
        .await
        .expect("sold out");

    // Offline on A: edits of the deleted listing, an oversale, then good edits.
    edit(&a.shop, &doomed.id, |i| {
        i.texts[0].title = "Mochila T7 nova".into();
        i.variants[0].prices[0].amount = "99.00".into();
    })
    .await;
    a.shop
        .adjust_stock(&doomed.variants[0].id, 2, "restocked")
        .await
        .expect("adjust");
    a.shop
        .adjust_stock(&scarce.variants[0].id, -2, "damaged")
        .await
        .expect("adjust");
    // An op this version of the app cannot map to the wire (a newer app's
    // op kind in a shared file, or a damaged payload).
    {
        use sqlx::ConnectOptions;
        let mut c = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(a.dir.path().join("shop.sqlite"))
            .connect()
            .await
            .expect("shop file");
        sqlx::query(
            "INSERT INTO outbox (op_id, entity, entity_id, kind, payload, created_at, listing_id) \
             VALUES (?, 'listing', ?, 'listing.teleport', '{\"to\":\"moon\"}', 0, ?)",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(&good.id)
        .bind(&good.id)
        .execute(&mut c)
        .await
        .expect("insert");
    }
    edit(&a.shop, &good.id, |i| {
        i.texts[0].title = "Cinto T7 novo".into()
    })
    .await;
    a.shop
        .adjust_stock(&good.variants[0].id, 5, "restocked")
        .await
        .expect("adjust");
    let later = a
        .shop
        .create_listing(&bag("Bolsa T7 depois", "T7-L", 2))
        .await
        .expect("create");
    let queued = a.shop.pending_ops().await.expect("p").len();

    proxy.clear_log();
    a.sync().await; // ONE cycle
    assert!(
        a.shop.pending_ops().await.expect("p").is_empty(),
        "queue drained in one cycle"
    );
    let conflicts = a.shop.conflicts().await.expect("c");
    let bad: Vec<(&str, &str)> = conflicts
        .iter()
        .map(|c| (c.kind.as_str(), c.status.as_str()))
        .collect();
    eprintln!("T7: {queued} queued; inbox {bad:?}");
    assert!(
        conflicts
            .iter()
            .all(|c| c.status == "rejected" || c.status == "conflict")
    );
    assert!(
        bad.contains(&("stock.adjust", "rejected")),
        "oversale rejected: {bad:?}"
    );
    assert!(bad.iter().any(|(k, _)| *k == "listing.teleport"));
    assert!(
        conflicts
            .iter()
            .filter(|c| c.listing_id.as_deref() == Some(doomed.id.as_str()))
            .count()
            >= 2,
        "the edits of the deleted listing are in the inbox: {bad:?}"
    );
    for c in &conflicts {
        if c.listing_id.as_deref() == Some(good.id.as_str()) {
            assert_eq!(c.kind, "listing.teleport", "a good op refused: {c:?}");
        }
    }

    // The good ops behind them were applied.
    b.sync().await;
    let g = b.shop.listing(&good.id).await.expect("good");
    assert_eq!(g.texts[0].title, "Cinto T7 novo");
    assert_eq!(g.variants[0].stock, 6);
    assert_eq!(
        b.shop.listing(&later.id).await.expect("later").texts[0].title,
        "Bolsa T7 depois"
    );
    assert_eq!(
        m.owner
            .get_listing(uuid(&scarce.id))
            .await
            .expect("s")
            .variants[0]
            .stock,
        0,
        "never negative"
    );

    // The bad ops are not retried: the next cycle pushes nothing.
    proxy.clear_log();
    a.sync().await;
    assert!(
        proxy.log().iter().all(|s| s.path != "/v1/sync/push"),
        "{:?}",
        proxy.log()
    );
    assert_eq!(a.shop.conflicts().await.expect("c").len(), conflicts.len());
}

fn pushes(p: &Proxy) -> Vec<common::proxy::Seen> {
    p.log()
        .into_iter()
        .filter(|s| s.path == "/v1/sync/push")
        .collect()
}

/// T9: a 429 with `Retry-After` in seconds and one as an HTTP-date: the
/// client's next request comes no earlier; 503s are retried with capped
/// jittered backoff; a whole-request 412 or 409 is not retried blindly and
/// loses nothing; an op the marketplace answers with a precondition failure
/// (stale If-Match price) becomes a conflict after exactly one push.
#[tokio::test]
async fn t9_retry_after_backoff_and_preconditions() {
    let m = market(|_| {}).await;
    let proxy = Proxy::start(&m.sandbox.url(), 9).await;
    let a = desktop_via(&m, &proxy.url).await;
    let b = desktop(&m).await;
    let l = a
        .shop
        .create_listing(&bag("Sandália T9", "T9-1", 5))
        .await
        .expect("create");
    a.sync().await;
    b.sync().await;

    // 429, Retry-After in seconds.
    edit(&a.shop, &l.id, |i| {
        i.texts[0].title = "Sandália T9 a".into()
    })
    .await;
    proxy.clear_log();
    proxy.script([Canned::error("/v1/sync/push", 429, "rate-limited").retry_after("2".into())]);
    a.sync().await;
    let p = pushes(&proxy);
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(p[0].status, 429);
    let gap = p[1].at - p[0].at;
    assert!(gap >= Duration::from_secs(2), "retried after {gap:?}");
    assert!(a.shop.pending_ops().await.expect("p").is_empty());

    // 429, Retry-After as an HTTP-date.
    edit(&a.shop, &l.id, |i| {
        i.texts[0].title = "Sandália T9 b".into()
    })
    .await;
    proxy.clear_log();
    let date = SystemTime::now() + Duration::from_secs(3);
    let not_before = SystemTime::UNIX_EPOCH
        + Duration::from_secs(
            date.duration_since(SystemTime::UNIX_EPOCH)
                .expect("epoch")
                .as_secs(),
        );
    proxy.script([Canned::error("/v1/sync/push", 429, "rate-limited")
        .retry_after(httpdate::fmt_http_date(date))]);
    a.sync().await;
    let p = pushes(&proxy);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p[1].wall >= not_before,
        "the retry came before the HTTP-date: {:?} < {not_before:?}",
        p[1].wall
    );

    // 503 without Retry-After: retried with jittered backoff under the cap
    // (client_config: 3 attempts, 200 ms base, 2 s cap).
    proxy.clear_log();
    proxy.script([
        Canned::error("/v1/sync/pull", 503, "unavailable"),
        Canned::error("/v1/sync/pull", 503, "unavailable"),
    ]);
    a.sync().await;
    let pulls: Vec<_> = proxy
        .log()
        .into_iter()
        .filter(|s| s.path == "/v1/sync/pull")
        .collect();
    assert!(pulls.len() >= 3 + 2, "{pulls:?}");
    assert_eq!(pulls[0].status, 503);
    assert_eq!(pulls[1].status, 503);
    for w in pulls[..3].windows(2) {
        let gap = w[1].at - w[0].at;
        assert!(
            gap <= Duration::from_millis(2_500),
            "backoff capped: {gap:?}"
        );
    }

    // Whole-request 412 and 409: no blind retry, nothing lost.
    for status in [412u16, 409] {
        edit(&a.shop, &l.id, |i| {
            i.texts[0].title = format!("Sandália T9 {status}")
        })
        .await;
        proxy.clear_log();
        proxy.script([Canned::error(
            "/v1/sync/push",
            status,
            "precondition-failed",
        )]);
        let r = a.try_sync().await;
        assert!(r.is_err(), "{status}: the cycle reports the refusal");
        assert_eq!(pushes(&proxy).len(), 1, "{status}: not retried");
        assert_eq!(
            a.shop.pending_ops().await.expect("p").len(),
            1,
            "{status}: the edit is still pending"
        );
        a.sync().await;
        assert!(a.shop.pending_ops().await.expect("p").is_empty());
    }

    // A stale If-Match price: a conflict after exactly one push, then quiet.
    edit(&b.shop, &l.id, |i| {
        i.variants[0].prices[0].amount = "111.00".into()
    })
    .await;
    b.sync().await;
    edit(&a.shop, &l.id, |i| {
        i.variants[0].prices[0].amount = "122.00".into()
    })
    .await;
    proxy.clear_log();
    a.sync().await;
    a.sync().await;
    assert_eq!(pushes(&proxy).len(), 1, "{:?}", proxy.log());
    let c = a.shop.conflicts().await.expect("c");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].what, "price");
    assert_eq!(c[0].theirs, serde_json::json!(11100));
}

/// T9 for the background service: a `Retry-After` longer than the client
/// waits itself is handed to the service, which makes no request before it,
/// not even when "sync now" is pressed meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn t9_the_sync_service_never_calls_before_retry_after() {
    let m = market(|_| {}).await;
    let proxy = Proxy::start(&m.sandbox.url(), 19).await;
    let a = desktop_via(&m, &proxy.url).await;
    let l = a
        .shop
        .create_listing(&bag("Chinelo T9", "T9-S", 5))
        .await
        .expect("create");
    a.sync().await;
    edit(&a.shop, &l.id, |i| {
        i.texts[0].title = "Chinelo T9 novo".into()
    })
    .await;
    proxy.clear_log();
    // 7 s is longer than the client's own max_retry_after (5 s).
    proxy.script([Canned::error("/v1/sync/push", 429, "rate-limited").retry_after("7".into())]);
    let svc = SyncService::start_with(
        a.shop.clone(),
        Some(a.keychain.clone()),
        |_| {},
        Duration::from_millis(300),
        Duration::from_millis(50),
    );
    let started = Instant::now();
    // Wait for the 429, then press "sync now" a few times.
    while pushes(&proxy).is_empty() && started.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let refused_at = pushes(&proxy)[0].at;
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_millis(300)).await;
        svc.sync_now();
    }
    let st = svc.status();
    assert_eq!(st.error.as_deref(), Some("sync-busy"), "{st:?}");
    while !a.shop.pending_ops().await.expect("p").is_empty()
        && started.elapsed() < Duration::from_secs(20)
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    svc.set_paused(true);
    assert!(
        a.shop.pending_ops().await.expect("p").is_empty(),
        "synced after the wait"
    );
    let log = proxy.log();
    let after: Vec<_> = log.iter().filter(|s| s.at > refused_at).collect();
    assert!(!after.is_empty());
    let first_after = after[0].at - refused_at;
    assert!(
        first_after >= Duration::from_secs(7),
        "a request {first_after:?} after a Retry-After of 7 s: {after:?}"
    );
}
