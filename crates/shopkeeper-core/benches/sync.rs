//! Sync benchmarks (a program, not a test): `cargo bench -p shopkeeper-core --bench sync`.
//!
//! 1. Initial sync of a large shop from the sandbox on loopback (default 100,000
//!    listings with two variants each and 200,000 orders): seconds and rows/s, next to
//!    the fastest bare insert of the same rows into the same schema (same indexes and
//!    FTS) in the same run: the synced file's rows are read into memory (not timed),
//!    then inserted table by table with one prepared single-row `INSERT`, 10,000 rows
//!    per transaction, in WAL at `synchronous=FULL` like the store. Both run
//!    `SYNC_BENCH_ROUNDS` times (default 3), alternating, each into a fresh file: this
//!    machine's speed drifts by a third between minutes, so each side counts its
//!    fastest round (every round is printed). Ratio = fastest sync / fastest bare insert.
//! 2. One sync cycle when nothing changed (ms, median of 7).
//! 3. One local edit, from the core call to the committed outbox row (ms, p50/p99 of 100).
//!
//! `SYNC_BENCH_LISTINGS` and `SYNC_BENCH_ORDERS` change the size. The sandbox is seeded
//! through its own bulk path (`marketplace_sandbox::bulk`), not by HTTP calls.

use std::time::{Duration, Instant};

use marketplace_api::dto::SignUpRequest;
use marketplace_api::{ClientConfig, MarketplaceClient};
use marketplace_sandbox::{Sandbox, SandboxConfig};
use shopkeeper_core::*;
use sqlx::{ConnectOptions, Connection};

/// The app's allocator (src-tauri/src/main.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The tables an initial sync fills, in foreign-key order.
const TABLES: [&str; 11] = [
    "listings",
    "listing_texts",
    "variants",
    "variant_prices",
    "inventory",
    "listing_search",
    "base_listings",
    "base_stock",
    "orders",
    "order_addresses",
    "order_lines",
];

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(run(
        env("SYNC_BENCH_LISTINGS", 100_000),
        env("SYNC_BENCH_ORDERS", 200_000),
    ))
}

async fn run(listings: usize, orders: usize) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let mut cfg = SandboxConfig::with_file(dir.path().join("market.sqlite"));
    cfg.rate_limit = None;
    let sandbox = Sandbox::start(cfg).await?;
    let c = MarketplaceClient::new(&sandbox.url(), ClientConfig::default())?;
    let email = "bench@example.com";
    let password = "bench password long";
    let s = c
        .sign_up(&SignUpRequest {
            email: email.into(),
            password: password.into(),
            shop_name: "Bench".into(),
            locale: Some("pt-BR".into()),
        })
        .await?;

    let t = Instant::now();
    marketplace_sandbox::bulk::seed_large(
        sandbox.state(),
        s.shop_id,
        listings,
        orders,
        42,
        &|done, total| {
            if done % 50_000 < 5_000 || done == total {
                eprintln!("seeding the sandbox: {done}/{total}");
            }
        },
    )
    .await?;
    eprintln!("seeded in {:.1} s", t.elapsed().as_secs_f64());

    // 1. Initial sync, `rounds` times, each into a fresh file and each next
    // to its anchor (the same rows into a fresh file with the same schema):
    // this machine's speed drifts between minutes, so each side is reported
    // by its fastest round and every round is printed.
    let rounds = env("SYNC_BENCH_ROUNDS", 3).max(1);
    let keychain = Keychain::from_store(keyring_core::mock::Store::new()?);
    let mut results: Vec<Round> = Vec::new();
    let mut last = None;
    for round in 0..rounds {
        let shop_path = dir.path().join(format!("shop-{round}.sqlite"));
        let shop = Shop::open(&shop_path, Seed::Empty).await?;
        shop.connect(&sandbox.url(), email, password, Some(&keychain), false)
            .await?;
        let token = shop.token(Some(&keychain))?.expect("token");
        let cpu0 = cpu_seconds();
        let t = Instant::now();
        shop.sync_once(&token).await?;
        let sync = t.elapsed();
        let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
        shop.close().await;
        let rows = rows_of(&shop_path).await?;

        let bare_path = dir.path().join(format!("bare-{round}.sqlite"));
        Shop::open(&bare_path, Seed::Empty).await?.close().await;
        let (bare, per_table) = bare_insert(&shop_path, &bare_path).await?;
        let bare_rows = rows_of(&bare_path).await?;
        anyhow::ensure!(
            bare_rows == rows,
            "the anchor copied {bare_rows} of {rows} rows"
        );
        remove_db(&bare_path);
        eprintln!(
            "round {}: sync {:.1} s, bare insert {:.1} s",
            round + 1,
            sync.as_secs_f64(),
            bare.as_secs_f64()
        );
        results.push(Round {
            sync,
            cpu,
            rows,
            bare,
            per_table,
        });
        if round + 1 == rounds {
            last = Some((shop_path, token));
        } else {
            remove_db(&shop_path);
        }
    }
    let (shop_path, token) = last.expect("at least one round");
    let shop = Shop::open(&shop_path, Seed::Empty).await?;
    let best_sync = results.iter().min_by_key(|r| r.sync).expect("a round");
    let best_bare = results.iter().min_by_key(|r| r.bare).expect("a round");
    let rows = best_sync.rows;

    println!("## initial sync ({listings} listings x 2 variants, {orders} orders)");
    println!(
        "initial sync:  {:.1} s, {:.0} rows/s ({rows} rows in {} tables; fastest of {rounds})",
        best_sync.sync.as_secs_f64(),
        rows as f64 / best_sync.sync.as_secs_f64(),
        TABLES.len()
    );
    if let Some(cpu) = best_sync.cpu {
        println!("               {cpu:.1} s of CPU (client and sandbox; 2 cores = 2x wall)");
    }
    println!(
        "bare insert:   {:.1} s, {:.0} rows/s (fastest of {rounds})",
        best_bare.bare.as_secs_f64(),
        rows as f64 / best_bare.bare.as_secs_f64()
    );
    for (table, n, d) in &best_bare.per_table {
        println!("  {table:16} {n:>9} rows {:>8.0} ms", ms(*d));
    }
    for (i, r) in results.iter().enumerate() {
        println!(
            "  round {}: sync {:.1} s, bare insert {:.1} s, {:.2}x",
            i + 1,
            r.sync.as_secs_f64(),
            r.bare.as_secs_f64(),
            r.sync.as_secs_f64() / r.bare.as_secs_f64()
        );
    }
    println!(
        "ratio:         {:.2}x (fastest sync / fastest bare insert; target <= 2x)",
        best_sync.sync.as_secs_f64() / best_bare.bare.as_secs_f64()
    );

    // 2. A cycle with nothing to do.
    let mut cycles = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        shop.sync_once(&token).await?;
        cycles.push(t.elapsed());
    }
    cycles.sort();
    println!(
        "no-change sync cycle: {:.1} ms (median of 7)",
        ms(cycles[3])
    );

    // 3. One local edit, click to outbox.
    let page = shop.listings(&ListingQuery::default()).await?;
    let id = page.rows[0].id.clone();
    let mut input = ListingInput::from_listing(&shop.listing(&id).await?);
    let mut edits = Vec::new();
    for i in 0..100 {
        input.texts[0].title = format!("Bolsa editada {i}");
        let t = Instant::now();
        shop.update_listing(&id, &input).await?;
        edits.push(t.elapsed());
    }
    edits.sort();
    println!(
        "local edit to outbox: p50 {:.1} ms, p99 {:.1} ms (100 edits)",
        ms(edits[50]),
        ms(edits[98])
    );
    anyhow::ensure!(shop.pending_ops().await?.len() == 100, "every edit queued");
    shop.close().await;
    sandbox.stop().await;
    Ok(())
}

/// One initial sync and its anchor.
struct Round {
    sync: Duration,
    cpu: Option<f64>,
    rows: i64,
    bare: Duration,
    per_table: Vec<(&'static str, usize, Duration)>,
}

/// Deletes a shop file and its WAL files (a full-size round writes ~1 GB).
fn remove_db(path: &std::path::Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
}

async fn connect(path: &std::path::Path) -> anyhow::Result<sqlx::SqliteConnection> {
    Ok(sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
        .synchronous(sqlx::sqlite::SqliteSynchronous::Full)
        .foreign_keys(true)
        .connect()
        .await?)
}

async fn rows_of(path: &std::path::Path) -> anyhow::Result<i64> {
    let mut c = connect(path).await?;
    let mut n = 0;
    for t in TABLES {
        let (k,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT count(*) FROM {t}")))
            .fetch_one(&mut c)
            .await?;
        n += k;
    }
    c.close().await?;
    Ok(n)
}

/// A column value as read back from the synced file.
enum V {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// Inserts every row of `TABLES` of `from` into the same tables of `to`:
/// the rows are read into memory first (not timed), then inserted with one
/// prepared statement per table through rusqlite, i.e. SQLite's C API (bind,
/// step, reset: no async layer, no per-row statement lookup), 10,000 rows per
/// transaction (timed) — the fastest row-at-a-time insert there is.
async fn bare_insert(
    from: &std::path::Path,
    to: &std::path::Path,
) -> anyhow::Result<(Duration, Vec<(&'static str, usize, Duration)>)> {
    use sqlx::{Row, TypeInfo, ValueRef};
    let mut src = connect(from).await?;
    let mut raw_db = rusqlite::Connection::open(to)?;
    raw_db.execute_batch(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;",
    )?;
    let mut total = Duration::ZERO;
    let mut per_table = Vec::new();
    for table in TABLES {
        let mut cols: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT name FROM pragma_table_info('{table}')"
        )))
        .fetch_all(&mut src)
        .await?;
        if table == "listing_search" {
            cols.insert(0, "rowid".into());
        }
        let list = cols.join(", ");
        let raw = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {list} FROM {table}")))
            .fetch_all(&mut src)
            .await?;
        let mut rows: Vec<Vec<V>> = Vec::with_capacity(raw.len());
        for r in &raw {
            let mut row = Vec::with_capacity(cols.len());
            for i in 0..cols.len() {
                let v = r.try_get_raw(i)?;
                row.push(if v.is_null() {
                    V::Null
                } else {
                    match v.type_info().name() {
                        "INTEGER" => V::Int(r.try_get(i)?),
                        "REAL" => V::Real(r.try_get(i)?),
                        "TEXT" => V::Text(r.try_get(i)?),
                        _ => V::Blob(r.try_get(i)?),
                    }
                });
            }
            rows.push(row);
        }
        drop(raw);
        let marks = vec!["?"; cols.len()].join(", ");
        let sql = format!("INSERT INTO main.{table} ({list}) VALUES ({marks})");
        let t = Instant::now();
        for chunk in rows.chunks(10_000) {
            let tx = raw_db.transaction()?;
            {
                let mut stmt = tx.prepare_cached(&sql)?;
                for row in chunk {
                    stmt.execute(rusqlite::params_from_iter(row.iter()))?;
                }
            }
            tx.commit()?;
        }
        let took = t.elapsed();
        total += took;
        per_table.push((table, rows.len(), took));
    }
    src.close().await?;
    raw_db.close().map_err(|(_, e)| e)?;
    Ok((total, per_table))
}

impl rusqlite::ToSql for V {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            V::Null => ValueRef::Null,
            V::Int(x) => ValueRef::Integer(*x),
            V::Real(x) => ValueRef::Real(*x),
            V::Text(x) => ValueRef::Text(x.as_bytes()),
            V::Blob(x) => ValueRef::Blob(x),
        }))
    }
}

/// User + system CPU time of this process so far (Linux), in seconds.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
    let ticks = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}
