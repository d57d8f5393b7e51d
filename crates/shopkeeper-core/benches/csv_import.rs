//! Benchmark (a program, not a test): `cargo bench -p shopkeeper-core --bench csv_import`.
//!
//! A 100,000-row CSV import into an empty shop — read + parse + validate +
//! preview (`Shop::plan_csv_import`) and apply as one batch with outbox ops
//! and audit (`Shop::apply_plan`) — in rows/s, next to a same-run anchor:
//! `Shop::import_snapshot` (the store's multi-row bulk insert, no validation,
//! no ops, no audit) of the very same listings into another empty shop file.
//! The ratio is import time / anchor time.
//!
//! `ROWS=N` changes the size (two variants per listing). Figures go into
//! docs/benchmarks.md ("CSV").

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use shopkeeper_core::*;

fn csv_text(rows: usize) -> String {
    let mut s = String::with_capacity(rows * 200);
    s.push_str("listing_id,state,default_locale,sku,options,stock,title.en-US,title.pt-BR,tags.en-US,price.USD,price.BRL,price.IDR\n");
    for i in 0..rows {
        let l = i / 2;
        let size = if i % 2 == 0 { "S" } else { "M" };
        s.push_str(&format!(
            "new-{l},active,en-US,BENCH-{i:07},size={size},{},Ceramic mug no. {l},Caneca de cerâmica {l},\"mug, ceramic\",{}.{:02},{}.90,{}00\n",
            1 + i % 50,
            5 + i % 90,
            i % 100,
            20 + i % 300,
            150 + i % 900,
        ));
    }
    s
}

fn quiet(_: bulk::Progress) {}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let rows: usize = std::env::var("ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("import.csv");
    std::fs::write(&path, csv_text(rows)).expect("write csv");
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!("CSV: {rows} rows, {:.1} MB", size as f64 / 1e6);

    // The import, through the core API.
    let shop = Shop::open(&dir.path().join("a.sqlite"), Seed::Empty)
        .await
        .expect("shop");
    let cancel = AtomicBool::new(false);
    let t0 = Instant::now();
    let plan = shop
        .plan_csv_import(&path, &quiet, &cancel)
        .await
        .expect("read")
        .expect("parse")
        .expect("not cancelled");
    let t_plan = t0.elapsed();
    assert!(plan.errors.is_empty(), "{:?}", plan.errors.first());
    let t1 = Instant::now();
    shop.apply_plan(&plan.plan, &quiet, &cancel)
        .await
        .expect("apply");
    let t_apply = t1.elapsed();
    let t_import = t0.elapsed();
    let ops = shop.pending_ops().await.expect("ops").len();
    shop.close().await;

    // The anchor: the same listings, bulk-inserted as a snapshot.
    let listings: Vec<Listing> = plan.plan.items.iter().map(|i| i.listing.clone()).collect();
    let anchor_shop = Shop::open(&dir.path().join("b.sqlite"), Seed::Empty)
        .await
        .expect("shop");
    let t2 = Instant::now();
    anchor_shop
        .import_snapshot(&listings)
        .await
        .expect("snapshot");
    let t_anchor = t2.elapsed();
    anchor_shop.close().await;

    let rate = |d: std::time::Duration| rows as f64 / d.as_secs_f64();
    println!(
        "plan (read, parse, validate, preview): {:>7.2} s  {:>8.0} rows/s",
        t_plan.as_secs_f64(),
        rate(t_plan)
    );
    println!(
        "apply (one batch: rows, FTS, {ops} ops, audit): {:>7.2} s  {:>8.0} rows/s",
        t_apply.as_secs_f64(),
        rate(t_apply)
    );
    println!(
        "import total:                         {:>7.2} s  {:>8.0} rows/s",
        t_import.as_secs_f64(),
        rate(t_import)
    );
    println!(
        "anchor Shop::import_snapshot:         {:>7.2} s  {:>8.0} rows/s",
        t_anchor.as_secs_f64(),
        rate(t_anchor)
    );
    println!(
        "ratio import / anchor: {:.2}x",
        t_import.as_secs_f64() / t_anchor.as_secs_f64()
    );
}
