//! sync.md T8 (cursor: > 10k mixed changes across page boundaries, `410`
//! mid-stream) and T11 (schema migration with a non-empty outbox).

mod common;

use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};

use common::*;
use marketplace_api::dto as api;
use serde_json::{Value, json};
use shopkeeper_core::*;
use sqlx::{ConnectOptions, Connection, Row};

/// The owner's raw ops (a teammate's busy day), applied through the sandbox's
/// bulk path: the same rules, versions and change-feed entries as a push from
/// the owner's device, without one HTTP round trip per 500 ops.
struct Owner<'a> {
    m: &'a Market,
    shop: uuid::Uuid,
}

impl Owner<'_> {
    async fn new(m: &Market) -> Owner<'_> {
        let mut db = m.db().await;
        let (shop,): (String,) = sqlx::query_as("SELECT id FROM shops")
            .fetch_one(&mut db)
            .await
            .expect("the one shop");
        Owner {
            m,
            shop: uuid::Uuid::parse_str(&shop).expect("shop id"),
        }
    }

    async fn push(&mut self, actions: Vec<Value>) {
        let actions: Vec<api::OpAction> = actions
            .into_iter()
            .map(|a| serde_json::from_value(a).expect("action"))
            .collect();
        marketplace_sandbox::bulk::apply_actions(self.m.sandbox.state(), self.shop, &actions)
            .await
            .expect("every action applied");
    }
}

fn new_listing(i: usize, id: uuid::Uuid, v1: uuid::Uuid, v2: uuid::Uuid) -> Value {
    json!({ "kind": "listing.create", "listing": {
        "id": id, "state": "active", "default_locale": "pt-BR",
        "texts": [{"locale": "pt-BR", "title": format!("Produto {i}"), "description": "", "tags": []}],
        "variants": [
            {"id": v1, "sku": format!("C-{i}-P"), "stock": 10, "prices": [{"currency": "BRL", "amount": "10.00"}]},
            {"id": v2, "sku": format!("C-{i}-G"), "stock": 10, "prices": [{"currency": "BRL", "amount": "12.00"}]}
        ]
    }})
}

/// (listing id -> (version, deleted)), (variant id -> (stock, stock version)).
type State = (BTreeMap<String, (i64, bool)>, BTreeMap<String, (i64, i64)>);

async fn server_state(m: &Market) -> State {
    let mut db = m.db().await;
    let l = sqlx::query("SELECT id, version, deleted FROM listings")
        .fetch_all(&mut db)
        .await
        .expect("listings");
    let v = sqlx::query(
        "SELECT v.id, v.stock, v.stock_version FROM variants v JOIN listings l ON l.id = v.listing_id \
         WHERE l.deleted = 0",
    )
    .fetch_all(&mut db)
    .await
    .expect("variants");
    (
        l.iter()
            .map(|r| (r.get(0), (r.get(1), r.get::<i64, _>(2) != 0)))
            .collect(),
        v.iter().map(|r| (r.get(0), (r.get(1), r.get(2)))).collect(),
    )
}

async fn desktop_base(d: &Desktop) -> State {
    let mut c = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(d.dir.path().join("shop.sqlite"))
        .read_only(true)
        .connect()
        .await
        .expect("shop file");
    let l = sqlx::query("SELECT id, version, deleted FROM base_listings")
        .fetch_all(&mut c)
        .await
        .expect("base");
    let v = sqlx::query(
        "SELECT s.variant_id, s.stock, s.version FROM base_stock s JOIN base_listings b ON b.id = s.listing_id \
         WHERE b.deleted = 0",
    )
    .fetch_all(&mut c)
    .await
    .expect("stock");
    c.close().await.expect("close");
    (
        l.iter()
            .map(|r| (r.get(0), (r.get(1), r.get::<i64, _>(2) != 0)))
            .collect(),
        v.iter().map(|r| (r.get(0), (r.get(1), r.get(2)))).collect(),
    )
}

async fn feed_len(m: &Market) -> i64 {
    let mut db = m.db().await;
    let (n,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM changes WHERE stream IN ('catalog', 'inventory', 'orders')",
    )
    .fetch_one(&mut db)
    .await
    .expect("count");
    n
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn t8_ten_thousand_changes_across_pages_and_a_410_mid_stream() {
    let m = market(|_| {}).await;
    let mut owner = Owner::new(&m).await;
    const N: usize = 1_000;
    let mut variants: Vec<(uuid::Uuid, uuid::Uuid)> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let mut actions = Vec::new();
    for i in 0..N {
        let (id, v1, v2) = (
            uuid::Uuid::now_v7(),
            uuid::Uuid::now_v7(),
            uuid::Uuid::now_v7(),
        );
        variants.push((v1, v2));
        ids.push(id.to_string());
        actions.push(new_listing(i, id, v1, v2));
    }
    owner.push(actions).await;
    // Mixed changes: movements and title patches (the deleted ones get none).
    let mixed = |round: usize| -> Vec<Value> {
        let mut a = Vec::new();
        for (i, (v1, v2)) in variants.iter().enumerate() {
            if i % 50 == 0 {
                continue;
            }
            a.push(json!({"kind": "stock.adjust", "variant_id": v1, "delta": 1 + (i % 3) as i64, "reason": "restocked"}));
            if i % 2 == round % 2 {
                a.push(json!({"kind": "stock.adjust", "variant_id": v2, "delta": 2, "reason": "returned"}));
            }
            if i % 3 == 0 {
                a.push(
                    json!({"kind": "listing.patch", "listing_id": ids[i], "patch": {
                    "texts": [{"locale": "pt-BR", "title": format!("Produto {i} r{round}")}]}}),
                );
            }
        }
        a
    };
    for round in 0..4 {
        owner.push(mixed(round)).await;
    }
    let deletes: Vec<Value> = ids
        .iter()
        .step_by(50)
        .map(|id| json!({"kind": "listing.delete", "listing_id": id}))
        .collect();
    owner.push(deletes).await;
    let total = feed_len(&m).await;
    assert!(total > 10_000, "{total} changes");

    // The first pull, in pages of an odd size that never lines up.
    let a = desktop(&m).await;
    let mut engine = a.shop.engine(&a.token()).await.expect("engine");
    engine.page_size = 97;
    let steps = std::sync::Mutex::new(Vec::new());
    let report = engine
        .pull(
            &shopkeeper_sync::STREAMS,
            &|p| {
                if p.stream == api::Stream::Catalog {
                    steps.lock().expect("steps").push(p.received);
                }
            },
            &AtomicBool::new(false),
        )
        .await
        .expect("pull");
    // Catching up, pages are applied in groups of 1, 2, 4, then at most 8
    // pages per transaction: the first rows show at once.
    let steps = steps.into_inner().expect("steps");
    let sizes: Vec<u64> = steps
        .iter()
        .scan(0, |prev, r| {
            let d = r - *prev;
            *prev = *r;
            Some(d)
        })
        .collect();
    assert!(sizes.len() > 4, "{sizes:?}");
    assert_eq!(sizes[..4], [97, 194, 388, 776], "{sizes:?}");
    assert!(sizes.iter().all(|&n| n <= 776), "{sizes:?}");
    assert!(report.pages > sizes.len(), "{report:?}");
    assert_eq!(
        report.changes as i64, total,
        "every change once: {report:?}"
    );
    assert_eq!(report.resnapshots, 0);
    assert_eq!(desktop_base(&a).await, server_state(&m).await);

    // Offline edits on the desktop: they must survive the resnapshot.
    let live: Vec<&String> = ids
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 50 != 0)
        .map(|(_, id)| id)
        .collect();
    let x = live[1].clone();
    let y = a.shop.listing(live[2]).await.expect("y");
    edit(&a.shop, &x, |i| i.texts[0].title = "Editado offline".into()).await;
    a.shop
        .adjust_stock(&y.variants[0].id, 5, "restocked")
        .await
        .expect("adjust");
    let z = a
        .shop
        .create_listing(&bag("Criado offline", "T8-Z", 4))
        .await
        .expect("create");
    let outbox_before: Vec<(String, String, String)> = a
        .shop
        .pending_ops()
        .await
        .expect("p")
        .into_iter()
        .map(|o| (o.op_id, o.kind, o.payload))
        .collect();
    assert_eq!(outbox_before.len(), 3);

    // More changes; the desktop pulls a few pages and stops mid-stream.
    owner.push(mixed(4)).await;
    let cancel = AtomicBool::new(false);
    let r = engine
        .pull(
            &shopkeeper_sync::STREAMS,
            &|p| {
                if p.received >= 300 && p.more {
                    cancel.store(true, Ordering::Relaxed);
                }
            },
            &cancel,
        )
        .await;
    assert!(r.is_err(), "stopped mid-stream");
    // Meanwhile the marketplace compacts its history: the cursor is gone.
    owner.push(mixed(5)).await;
    let _: Value = m
        .owner
        .call::<(), _>(
            reqwest::Method::POST,
            "/v1/sim/compact",
            None,
            &[("retention", "0".into())],
            None,
        )
        .await
        .expect("compact");
    let report = engine
        .pull(&shopkeeper_sync::STREAMS, &|_| {}, &AtomicBool::new(false))
        .await
        .expect("pull after 410");
    assert!(report.resnapshots >= 1, "{report:?}");
    assert_eq!(
        desktop_base(&a).await,
        server_state(&m).await,
        "0 skipped after the resnapshot"
    );

    // The outbox is intact and still overlaid.
    let outbox_after: Vec<(String, String, String)> = a
        .shop
        .pending_ops()
        .await
        .expect("p")
        .into_iter()
        .map(|o| (o.op_id, o.kind, o.payload))
        .collect();
    assert_eq!(outbox_after, outbox_before);
    assert_eq!(
        a.shop.listing(&x).await.expect("x").texts[0].title,
        "Editado offline"
    );
    let server_y = m
        .owner
        .get_listing(uuid::Uuid::parse_str(&y.id).expect("u"))
        .await
        .expect("y");
    assert_eq!(
        a.shop.listing(&y.id).await.expect("y").variants[0].stock,
        server_y.variants[0].stock + 5,
        "the pending movement is overlaid once"
    );

    // Pushing applies each edit once.
    a.sync().await;
    assert!(a.shop.pending_ops().await.expect("p").is_empty());
    let after_y = m
        .owner
        .get_listing(uuid::Uuid::parse_str(&y.id).expect("u"))
        .await
        .expect("y");
    assert_eq!(after_y.variants[0].stock, server_y.variants[0].stock + 5);
    assert!(
        m.owner
            .get_listing(uuid::Uuid::parse_str(&z.id).expect("u"))
            .await
            .is_ok()
    );
    assert_eq!(desktop_base(&a).await, server_state(&m).await);
    assert_eq!(a.shop.integrity_check().await.expect("ic"), "ok");
}

/// Copies every row of a current-schema shop file into a schema-1 file
/// (columns of schema 1 only), as an old app version would have written it.
async fn downgrade_copy(current: &std::path::Path, old: &std::path::Path) {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shopkeeper-store/migrations/0001_shop.sql"
    );
    std::fs::copy(src, dir.path().join("0001_shop.sql")).expect("copy migration");
    let mut c = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(old)
        .create_if_missing(true)
        .foreign_keys(false)
        .connect()
        .await
        .expect("old file");
    let migrator = sqlx::migrate::Migrator::new(dir.path())
        .await
        .expect("migrator");
    migrator.run(&mut c).await.expect("schema 1");
    sqlx::query("ATTACH DATABASE ? AS cur")
        .bind(current.to_string_lossy().to_string())
        .execute(&mut c)
        .await
        .expect("attach");
    let tables: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
    )
    .fetch_all(&mut c)
    .await
    .expect("tables");
    let virtuals: Vec<&String> = tables
        .iter()
        .filter(|(_, sql)| sql.starts_with("CREATE VIRTUAL"))
        .map(|(n, _)| n)
        .collect();
    for (name, _) in &tables {
        if virtuals.iter().any(|v| name.starts_with(&format!("{v}_"))) {
            continue; // FTS shadow tables fill themselves
        }
        let cols: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT name FROM pragma_table_info('{name}')"
        )))
        .fetch_all(&mut c)
        .await
        .expect("cols");
        // Columns a later schema dropped or renamed (tables it rebuilt) are
        // left to their schema-1 defaults.
        let now: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT name FROM pragma_table_info('{name}', 'cur')"
        )))
        .fetch_all(&mut c)
        .await
        .expect("current cols");
        let mut cols: Vec<String> = cols.into_iter().filter(|c| now.contains(c)).collect();
        if cols.is_empty() {
            continue; // a table a later schema dropped
        }
        if virtuals.contains(&name) {
            cols.insert(0, "rowid".into());
        }
        let list = cols.join(", ");
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO main.{name} ({list}) SELECT {list} FROM cur.{name}"
        )))
        .execute(&mut c)
        .await
        .expect("copy rows");
    }
    c.close().await.expect("close");
}

#[tokio::test]
async fn t11_a_schema_1_file_with_pending_ops_migrates_without_losing_one() {
    // A shop with offline work: creates, edits, price and stock changes.
    let work = tempfile::tempdir().expect("tempdir");
    let current = work.path().join("current.sqlite");
    let shop = Shop::open(&current, Seed::Empty).await.expect("open");
    let mut made = Vec::new();
    for i in 0..3 {
        made.push(
            shop.create_listing(&bag(&format!("Bolsa antiga {i}"), &format!("OLD-{i}"), 5))
                .await
                .expect("create"),
        );
    }
    edit(&shop, &made[0].id, |i| {
        i.texts[0].title = "Bolsa antiga editada".into();
        i.variants[0].prices[0].amount = "150.00".into();
    })
    .await;
    shop.adjust_stock(&made[1].variants[0].id, 3, "restocked")
        .await
        .expect("adjust");
    edit(&shop, &made[2].id, |i| i.variants[0].stock = "9".into()).await;
    let before = shop.pending_ops().await.expect("ops");
    assert!(before.len() >= 6, "{before:?}");
    // The listing each op belongs to, as today's store records it.
    let mut c = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(&current)
        .read_only(true)
        .connect()
        .await
        .expect("file");
    let want_listing: BTreeMap<String, Option<String>> =
        sqlx::query_as("SELECT op_id, listing_id FROM outbox")
            .fetch_all(&mut c)
            .await
            .expect("outbox")
            .into_iter()
            .collect();
    c.close().await.expect("close");
    shop.close().await;

    // The same data in a schema-1 file (only 0001_shop.sql applied).
    let m = market(|_| {}).await;
    let d = tempfile::tempdir().expect("tempdir");
    let old = d.path().join("shop.sqlite");
    downgrade_copy(&current, &old).await;

    // Today's app opens it: migrations run, nothing pending is lost.
    let shop = Shop::open(&old, Seed::Empty).await.expect("migrate");
    let after = shop.pending_ops().await.expect("ops");
    assert_eq!(after, before, "0 pending ops lost");
    let mut c = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(&old)
        .read_only(true)
        .connect()
        .await
        .expect("file");
    let got_listing: BTreeMap<String, Option<String>> =
        sqlx::query_as("SELECT op_id, listing_id FROM outbox WHERE status = 'pending'")
            .fetch_all(&mut c)
            .await
            .expect("outbox")
            .into_iter()
            .collect();
    c.close().await.expect("close");
    assert_eq!(got_listing, want_listing, "listing_id backfilled");
    assert!(got_listing.values().all(Option::is_some));
    assert_eq!(shop.integrity_check().await.expect("ic"), "ok");

    // And it syncs: every op reaches the marketplace once.
    let keychain = Keychain::from_store(keyring_core::mock::Store::new().expect("mock"));
    shop.connect(&m.sandbox.url(), &m.email, PASSWORD, Some(&keychain), false)
        .await
        .expect("connect");
    let token = shop.token(Some(&keychain)).expect("k").expect("token");
    shop.sync_once(&token).await.expect("sync");
    assert!(shop.pending_ops().await.expect("p").is_empty());
    assert!(shop.conflicts().await.expect("c").is_empty());
    let ids: HashSet<String> = before.iter().map(|o| o.op_id.clone()).collect();
    let mut db = m.db().await;
    let (n,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM op_log WHERE op_id IN (SELECT value FROM json_each(?))",
    )
    .bind(serde_json::to_string(&ids).expect("json"))
    .fetch_one(&mut db)
    .await
    .expect("op_log");
    assert_eq!(n as usize, ids.len());
    let server = |id: &str| m.owner.get_listing(uuid::Uuid::parse_str(id).expect("u"));
    let l0 = server(&made[0].id).await.expect("l0");
    assert_eq!(l0.texts[0].title, "Bolsa antiga editada");
    assert_eq!(server(&made[1].id).await.expect("l1").variants[0].stock, 8);
    assert_eq!(server(&made[2].id).await.expect("l2").variants[0].stock, 9);
    let ids_seen: HashSet<String> = ids;
    assert_eq!(ids_seen.len(), before.len());
}
