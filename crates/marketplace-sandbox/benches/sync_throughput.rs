//! Sync throughput over loopback against a bare SQLite insert of the same rows.
//!
//! `cargo bench -p marketplace-sandbox` (a program, not a test). Prints push ops/s,
//! pull changes/s and a bare multi-row SQLite insert of the same change rows (same
//! pragmas: WAL, synchronous=FULL, one transaction per 500 rows), with the ratios.
//! Env: `SYNC_BENCH_OPS` (default 20000).

use std::str::FromStr;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use marketplace_sandbox::{Sandbox, SandboxConfig};
use serde_json::{Value, json};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection};
use uuid::Uuid;

const BATCH: usize = 500;
const VARIANTS: usize = 100;

fn main() -> Result<()> {
    let n: usize = std::env::var("SYNC_BENCH_OPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(run(n))
}

async fn run(n: usize) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut cfg = SandboxConfig::with_file(dir.path().join("bench.db"));
    cfg.rate_limit = None;
    let sb = Sandbox::start(cfg).await?;
    let url = sb.url();
    let http = reqwest::Client::new();
    let s: Value = http
        .post(format!("{url}/v1/accounts"))
        .json(&json!({"email": "bench@example.com", "password": "bench password", "shop_name": "bench"}))
        .send()
        .await?
        .json()
        .await?;
    let token = s["token"].as_str().context("token")?.to_owned();
    let variants: Vec<Uuid> = (0..VARIANTS).map(|_| Uuid::now_v7()).collect();
    let listing = json!({
        "default_locale": "en-US",
        "texts": [{"locale": "en-US", "title": "Bench", "description": "", "tags": []}],
        "variants": variants.iter().enumerate().map(|(i, id)| json!({
            "id": id, "sku": format!("SKU-{i}"), "stock": 0,
            "prices": [{"currency": "EUR", "amount": "9.99"}]
        })).collect::<Vec<_>>()
    });
    let r = http
        .post(format!("{url}/v1/listings"))
        .bearer_auth(&token)
        .json(&listing)
        .send()
        .await?;
    anyhow::ensure!(r.status().is_success(), "create listing: {}", r.status());

    // Push: n stock adjustments in batches of 500, one request (and transaction) each.
    let ops: Vec<Value> = (0..n)
        .map(|i| {
            json!({"op_id": Uuid::now_v7(), "op_seq": i + 1, "action": {
                "kind": "stock.adjust", "variant_id": variants[i % VARIANTS], "delta": 1, "reason": "restocked"}})
        })
        .collect();
    let t = Instant::now();
    for chunk in ops.chunks(BATCH) {
        let r = http
            .post(format!("{url}/v1/sync/push"))
            .bearer_auth(&token)
            .json(&json!({"ops": chunk}))
            .send()
            .await?;
        anyhow::ensure!(r.status().is_success(), "push: {}", r.status());
        let v: Value = r.json().await?;
        let applied = v["results"]
            .as_array()
            .map(|a| a.iter().filter(|x| x["status"] == "applied").count());
        anyhow::ensure!(applied == Some(chunk.len()), "not all ops applied");
    }
    let push = t.elapsed();

    // Pull: the whole inventory stream in pages of 1000.
    let t = Instant::now();
    let mut cursor = String::new();
    let mut pulled = 0usize;
    let mut rows: Vec<Value> = Vec::with_capacity(n + VARIANTS);
    loop {
        let page: Value = http
            .get(format!(
                "{url}/v1/sync/pull?stream=inventory&limit=1000&cursor={cursor}"
            ))
            .bearer_auth(&token)
            .send()
            .await?
            .json()
            .await?;
        let changes = page["changes"].as_array().context("changes")?;
        pulled += changes.len();
        rows.extend(changes.iter().cloned());
        cursor = page["cursor"].as_str().context("cursor")?.to_owned();
        if page["has_more"] != true {
            break;
        }
    }
    let pull = t.elapsed();
    sb.stop().await;
    anyhow::ensure!(
        pulled == n + VARIANTS,
        "pulled {pulled}, expected {}",
        n + VARIANTS
    );

    // Anchor: the same change rows inserted straight into SQLite, same pragmas and batches.
    let bare = bare_insert(&dir.path().join("bare.db"), &rows[VARIANTS..]).await?;

    let push_rate = n as f64 / push.as_secs_f64();
    let pull_rate = pulled as f64 / pull.as_secs_f64();
    let bare_rate = n as f64 / bare.as_secs_f64();
    println!(
        "sandbox sync throughput ({n} ops, batches of {BATCH}, loopback, WAL + synchronous=FULL)"
    );
    println!(
        "  push  {push_rate:>10.0} ops/s      ({:.2} s)",
        push.as_secs_f64()
    );
    println!(
        "  pull  {pull_rate:>10.0} changes/s  ({:.2} s, {pulled} changes, pages of 1000)",
        pull.as_secs_f64()
    );
    println!(
        "  bare SQLite insert of the same rows {bare_rate:>10.0} rows/s ({:.2} s)",
        bare.as_secs_f64()
    );
    println!(
        "  ratio push/bare = {:.3}   pull/bare = {:.3}",
        push_rate / bare_rate,
        pull_rate / bare_rate
    );
    Ok(())
}

async fn bare_insert(path: &std::path::Path, rows: &[Value]) -> Result<Duration> {
    let mut conn = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .connect()
        .await?;
    sqlx::query(
        "CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, stream TEXT NOT NULL, entity TEXT NOT NULL, \
         entity_id TEXT NOT NULL, kind TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL, \
         member_id TEXT, device_id TEXT, op_id TEXT, at TEXT NOT NULL)",
    )
    .execute(&mut conn)
    .await?;
    let t = Instant::now();
    for chunk in rows.chunks(BATCH) {
        let packed: Vec<Value> = chunk
            .iter()
            .map(|c| {
                json!([
                    c["stream"],
                    c["entity"],
                    c["entity_id"],
                    c["kind"],
                    c["version"],
                    c["data"].to_string(),
                    c["member_id"],
                    c["device_id"],
                    c["op_id"],
                    c["at"]
                ])
            })
            .collect();
        let mut tx = conn.begin().await?;
        sqlx::query(
            "INSERT INTO changes (stream, entity, entity_id, kind, version, data, member_id, device_id, op_id, at) \
             SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, \
             value->>8, value->>9 FROM json_each(?1)",
        )
        .bind(Value::Array(packed).to_string())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
    }
    Ok(t.elapsed())
}
