//! Shared server state, built once at start and passed to every handler.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use sqlx::{Sqlite, SqlitePool, Transaction};

use crate::config::SandboxConfig;
use crate::util::Rng;

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pool: SqlitePool,
    config: SandboxConfig,
    /// One writer at a time: SQLite allows one anyway; queueing here avoids busy-waits.
    write: tokio::sync::Mutex<()>,
    limiter: Mutex<HashMap<Vec<u8>, Bucket>>,
    faults: Mutex<Rng>,
    sim: Mutex<Rng>,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

/// A write transaction holding the writer lock.
pub struct WriteTx<'a> {
    pub tx: Transaction<'static, Sqlite>,
    _guard: tokio::sync::MutexGuard<'a, ()>,
}

impl WriteTx<'_> {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl AppState {
    pub fn new(pool: SqlitePool, config: SandboxConfig) -> Self {
        let seed = config.seed;
        AppState(Arc::new(Inner {
            pool,
            config,
            write: tokio::sync::Mutex::new(()),
            limiter: Mutex::new(HashMap::new()),
            faults: Mutex::new(Rng::new(seed ^ 0xFA17)),
            sim: Mutex::new(Rng::new(seed)),
        }))
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.0.pool
    }

    pub fn config(&self) -> &SandboxConfig {
        &self.0.config
    }

    pub async fn begin_write(&self) -> Result<WriteTx<'_>, sqlx::Error> {
        let guard = self.0.write.lock().await;
        let tx = self.0.pool.begin_with("BEGIN IMMEDIATE").await?;
        Ok(WriteTx { tx, _guard: guard })
    }

    /// Takes one request from `key`'s bucket; on refusal answers the seconds to wait.
    pub fn rate_limit(&self, key: &[u8]) -> Result<(), u64> {
        let Some(limit) = self.0.config.rate_limit else {
            return Ok(());
        };
        let mut map = self.0.limiter.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() > 10_000 {
            map.clear();
        }
        let now = Instant::now();
        let b = map.entry(key.to_vec()).or_insert(Bucket {
            tokens: limit.burst,
            at: now,
        });
        let elapsed = now.duration_since(b.at).as_secs_f64();
        b.tokens = (b.tokens + elapsed * limit.per_second).min(limit.burst);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            let wait = (1.0 - b.tokens) / limit.per_second.max(1e-9);
            Err(wait.ceil().max(1.0) as u64)
        }
    }

    /// A uniform draw in [0, 1) from the fault-injection generator.
    pub fn fault_draw(&self) -> f64 {
        self.0
            .faults
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .unit()
    }

    /// A seed for the next simulation run drawn from the server's simulation generator.
    pub fn next_sim_seed(&self) -> u64 {
        self.0
            .sim
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .next_u64()
    }
}
