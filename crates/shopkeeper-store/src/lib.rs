//! The shop file: one SQLite database per shop per desktop.
//!
//! This crate is the only place with SQL (ARCHITECTURE.md, invariant 2). It
//! knows nothing of validation or the UI: the core checks input and hands the
//! store finished domain values plus the outbox ops and audit entry to write
//! with them, and the store writes all of it in one transaction.

mod bulk;
pub mod disputes;
mod listings;
pub mod messages;
pub mod model;
pub mod ops;
pub mod orders;
pub mod photos;
mod raw;
pub mod search;
pub mod sizes;
pub mod sync;

use std::path::Path;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

pub use bulk::{BatchInfo, BatchItem, BatchOutcome, BatchRecord, BatchUndoEntry};
pub use disputes::{
    DisputeCounts, DisputeEvidenceRecord, DisputeRecord, DisputeResponseRecord, DisputeRow,
    PendingReply,
};
pub use listings::MAX_BINDS;
pub use messages::{
    ConversationFilter, ConversationOrder, ConversationRecord, ConversationRow, MessageAttachment,
    MessageRecord, MessageRow, StoredTemplate,
};
pub use model::*;
pub use ops::{
    BlobRef, DisputeRespondOp, EvidenceOp, Gallery, LocalOp, ShipmentCustomsItem, ShipmentOp,
    SizeChartOp, TargetedOp, overlay,
};
pub use orders::*;
pub use photos::{Photo, PhotoFile, PulledGallery};
pub use sizes::{SizeChart, SizeRow};
pub use sync::*;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The setting that holds the UI language chosen in Settings.
pub const SETTING_LOCALE: &str = "locale";
const SETTING_DEVICE: &str = "device_id";
const SETTING_MEMBER: &str = "member_id";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the shop file could not be opened")]
    Open(#[source] sqlx::Error),
    #[error("the shop file's schema could not be brought up to date")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error")]
    Db(#[from] sqlx::Error),
    /// From the bulk writes on the connection's own handle (raw.rs).
    #[error("database error")]
    Sqlite(#[from] rusqlite::Error),
    #[error("SKU {sku:?} is already used by another listing")]
    SkuTaken { sku: String },
    #[error("no such {0}")]
    NotFound(&'static str),
    #[error("a stored row could not be read: {0}")]
    Corrupt(String),
    #[error("the page cursor is not valid")]
    BadCursor,
    #[error("the listing changed since it was read")]
    Stale,
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A handle on an open shop file. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    /// Reads (and a few single-statement writes) share these connections.
    pool: SqlitePool,
    /// Every write transaction runs on this one connection: SQLite takes one
    /// writer at a time anyway, so they queue here instead of retrying on the
    /// lock, and its page cache and prepared statements stay warm between
    /// transactions (a first sync writes thousands of rows per transaction).
    writer: SqlitePool,
}

impl Store {
    /// Opens the shop file at `path`, creating it if missing, and brings its
    /// schema up to date. WAL + `synchronous=FULL`: a committed edit survives a
    /// crash and a power loss.
    pub async fn open(path: &Path) -> Result<Self> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            // Statement journals in memory: with foreign keys on, SQLite keeps
            // one per write statement inside a transaction, and a temp file
            // cost a write() per page touched (a first sync: millions).
            .pragma("temp_store", "memory")
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options.clone())
            .await
            .map_err(StoreError::Open)?;
        MIGRATOR.run(&pool).await?;
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            // A checkpoint every 32 MiB of WAL instead of every 4 MiB: a bulk
            // write dirties the same index pages group after group, and each
            // checkpoint copies them to the file again (docs/adr/0760).
            .connect_with(options.pragma("wal_autocheckpoint", "8192"))
            .await
            .map_err(StoreError::Open)?;
        Ok(Self { pool, writer })
    }

    pub async fn close(&self) {
        self.writer.close().await;
        self.pool.close().await;
    }

    /// A write transaction. `BEGIN IMMEDIATE` takes the write lock up front so
    /// two writers never deadlock upgrading a read lock.
    async fn write(&self) -> Result<Transaction<'static, Sqlite>> {
        Ok(self.writer.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// The durability settings in force on a connection: (journal_mode,
    /// synchronous, foreign_keys). Expected: ("wal", 2 = FULL, 1).
    pub async fn durability(&self) -> Result<(String, i64, i64)> {
        let mut conn = self.pool.acquire().await?;
        let (mode,): (String,) = sqlx::query_as("PRAGMA journal_mode")
            .fetch_one(&mut *conn)
            .await?;
        let (sync,): (i64,) = sqlx::query_as("PRAGMA synchronous")
            .fetch_one(&mut *conn)
            .await?;
        let (fk,): (i64,) = sqlx::query_as("PRAGMA foreign_keys")
            .fetch_one(&mut *conn)
            .await?;
        Ok((mode, sync, fk))
    }

    /// `PRAGMA integrity_check`; `"ok"` when the file is sound.
    pub async fn integrity_check(&self) -> Result<String> {
        let (r,): (String,) = sqlx::query_as("PRAGMA integrity_check")
            .fetch_one(&self.pool)
            .await?;
        Ok(r)
    }

    pub async fn setting(&self, key: &str) -> Result<Option<String>> {
        let v: Option<(String,)> = sqlx::query_as("SELECT value FROM settings WHERE key = ?")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(v.map(|(v,)| v))
    }

    pub async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        sqlx::query("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            .bind(key)
            .bind(value)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn shop(&self) -> Result<Option<Shop>> {
        let row: Option<(String, String, String, String, i64)> = sqlx::query_as(
            "SELECT id, name, default_locale, default_currency, created_at FROM shop LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(
            |(id, name, default_locale, default_currency, created_at)| Shop {
                id,
                name,
                default_locale,
                default_currency,
                created_at,
            },
        ))
    }

    /// Creates the shop, its owner and this device in one transaction.
    pub async fn create_shop(
        &self,
        shop: &Shop,
        owner_name: &str,
        actor: &Actor,
        device_name: &str,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("INSERT INTO shop (id, name, default_locale, default_currency, created_at) VALUES (?, ?, ?, ?, ?)")
            .bind(&shop.id)
            .bind(&shop.name)
            .bind(&shop.default_locale)
            .bind(&shop.default_currency)
            .bind(shop.created_at)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO members (id, shop_id, name, role, created_at) VALUES (?, ?, ?, 'owner', ?)")
            .bind(&actor.member_id)
            .bind(&shop.id)
            .bind(owner_name)
            .bind(shop.created_at)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO devices (id, member_id, name, created_at) VALUES (?, ?, ?, ?)")
            .bind(&actor.device_id)
            .bind(&actor.member_id)
            .bind(device_name)
            .bind(shop.created_at)
            .execute(&mut *tx)
            .await?;
        for (k, v) in [
            (SETTING_DEVICE, &actor.device_id),
            (SETTING_MEMBER, &actor.member_id),
        ] {
            sqlx::query("INSERT INTO settings (key, value) VALUES (?, ?)")
                .bind(k)
                .bind(v)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The member and device this shop file records edits under.
    pub async fn actor(&self) -> Result<Actor> {
        let member_id = self
            .setting(SETTING_MEMBER)
            .await?
            .ok_or(StoreError::NotFound("member"))?;
        let device_id = self
            .setting(SETTING_DEVICE)
            .await?
            .ok_or(StoreError::NotFound("device"))?;
        Ok(Actor {
            member_id,
            device_id,
        })
    }

    /// Ops not yet confirmed by the marketplace, in `op_seq` order.
    pub async fn pending_ops(&self) -> Result<Vec<PendingOp>> {
        type OpRow = (i64, String, String, String, String, String, Option<i64>);
        let rows: Vec<OpRow> = sqlx::query_as(
            "SELECT op_seq, op_id, entity, entity_id, kind, payload, base_version FROM outbox \
             WHERE status = 'pending' ORDER BY op_seq",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(op_seq, op_id, entity, entity_id, kind, payload, base_version)| PendingOp {
                    op_seq,
                    op_id,
                    entity,
                    entity_id,
                    kind,
                    payload,
                    base_version,
                },
            )
            .collect())
    }

    /// The audit trail of one entity, oldest first.
    pub async fn audit_trail(&self, entity: &str, entity_id: &str) -> Result<Vec<AuditRecord>> {
        let rows: Vec<(i64, String, String, String, String, String, String)> = sqlx::query_as(
            "SELECT at, member_id, device_id, entity, entity_id, action, changes FROM audit_log \
             WHERE entity = ? AND entity_id = ? ORDER BY id",
        )
        .bind(entity)
        .bind(entity_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(at, member_id, device_id, entity, entity_id, action, changes)| AuditRecord {
                    at,
                    member_id,
                    device_id,
                    entity,
                    entity_id,
                    action,
                    changes,
                },
            )
            .collect())
    }

    /// Runs SQLite's query planner statistics update; cheap, call after bulk loads.
    pub async fn optimize(&self) -> Result<()> {
        sqlx::query("PRAGMA optimize").execute(&self.pool).await?;
        Ok(())
    }
}

/// Writes a change record (outbox ops + audit entry) inside `tx`.
pub(crate) async fn write_change(
    tx: &mut Transaction<'static, Sqlite>,
    change: &ChangeRecord,
) -> Result<()> {
    for op in &change.ops {
        // The listing an op belongs to, and for a price op the prices version
        // of the marketplace's listing the user edited from (its If-Match):
        // the pulled base's, or the one an own price change the marketplace
        // applied produced when the pull has not brought it back yet (the
        // view already shows it). Pending own price ops share the base and
        // are rebased by `record_push` as they are applied.
        sqlx::query(
            "INSERT INTO outbox (op_id, entity, entity_id, kind, payload, base_version, created_at, listing_id) \
             VALUES (?1, ?2, ?3, ?4, ?5, \
               CASE WHEN ?4 = 'price.set' AND ?6 IS NULL THEN ( \
                 SELECT MAX(v) FROM ( \
                   SELECT prices_version AS v FROM base_listings WHERE id = ?8 \
                   UNION ALL \
                   SELECT result_version FROM outbox WHERE listing_id = ?8 AND status = 'applied' \
                     AND kind IN ('price.set', 'listing.create'))) \
               ELSE ?6 END, \
               ?7, ?8)",
        )
        .bind(&op.op_id)
        .bind(op.entity)
        .bind(&op.entity_id)
        .bind(op.kind)
        .bind(op.payload.to_string())
        .bind(op.base_version)
        .bind(change.at)
        .bind(op_listing_id(tx, op).await?)
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query(
        "INSERT INTO audit_log (at, member_id, device_id, entity, entity_id, action, changes) \
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(change.at)
    .bind(&change.actor.member_id)
    .bind(&change.actor.device_id)
    .bind(change.audit.entity)
    .bind(&change.audit.entity_id)
    .bind(change.audit.action)
    .bind(change.audit.changes.to_string())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The listing an outbox op belongs to.
async fn op_listing_id(
    tx: &mut Transaction<'static, Sqlite>,
    op: &OutboxOp,
) -> Result<Option<String>> {
    if let Some(id) = op.payload.get("listing_id").and_then(|v| v.as_str()) {
        return Ok(Some(id.to_owned()));
    }
    if op.entity == "listing" {
        return Ok(Some(op.entity_id.clone()));
    }
    let r: Option<(String,)> = sqlx::query_as("SELECT listing_id FROM variants WHERE id = ?")
        .bind(&op.entity_id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(r.map(|r| r.0))
}

fn parse_json<T: serde::de::DeserializeOwned>(s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn parse_state(s: &str) -> Result<ListingState> {
    ListingState::parse(s).ok_or_else(|| StoreError::Corrupt(format!("listing state {s:?}")))
}
