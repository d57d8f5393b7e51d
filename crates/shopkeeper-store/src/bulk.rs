//! Batches: many listings saved by one user action (bulk edit, CSV import,
//! undo) in ONE transaction, with their outbox ops, one audit entry per
//! listing linked to the batch, and the batch's own record (who, when, how
//! many). Also the bulk readers those features need.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

use sqlx::{QueryBuilder, Sqlite, Transaction};

use crate::listings::{MAX_BINDS, write_archived_state};
use crate::listings::{insert_listings, write_listing};
use crate::model::*;
use crate::{Result, Store, StoreError, parse_json, parse_state};

/// The batch itself: who did it, when, what they asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchRecord {
    pub id: String,
    /// `bulk-edit`, `csv-import` or `undo`.
    pub kind: &'static str,
    pub at: i64,
    pub actor: Actor,
    /// The batch this one undoes.
    pub undoes: Option<String>,
    /// What the user asked for (JSON), shown in the audit log.
    pub summary: serde_json::Value,
}

/// One listing of a batch: its new state, its state before (None when the
/// batch creates it), and the ops and audit changes of the difference.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchItem {
    pub listing: Listing,
    pub before: Option<Listing>,
    pub ops: Vec<OutboxOp>,
    /// The audit action of this listing's entry (`bulk-edit`, `import`, `undo`...).
    pub action: &'static str,
    pub changes: serde_json::Value,
}

/// What became of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchOutcome {
    Saved,
    /// Nothing was written: these listings changed (or appeared) since the
    /// batch was planned.
    Stale(Vec<String>),
    /// Nothing was written: the caller cancelled.
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchInfo {
    pub id: String,
    pub kind: String,
    pub at: i64,
    pub member_id: String,
    pub device_id: String,
    pub listing_count: i64,
    pub undoes: Option<String>,
    pub undone_by: Option<String>,
}

/// A listing as a batch left it: its state before, and the `updated_at` the
/// batch wrote (a different one now means it was edited since).
#[derive(Debug, Clone, PartialEq)]
pub struct BatchUndoEntry {
    pub listing_id: String,
    pub before: Option<Listing>,
    pub after_updated_at: i64,
}

/// Listings per progress step and per multi-row statement of batch rows.
const STEP: usize = 500;

fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl Store {
    /// Saves a batch atomically: every listing's view rows, FTS row, outbox
    /// ops and audit entry (linked to the batch), the batch record and the
    /// undo snapshots, in one `BEGIN IMMEDIATE` transaction.
    ///
    /// Each item's `before.updated_at` must still be the stored one (and a
    /// created listing must not exist yet); otherwise nothing is written and
    /// the stale ids come back. `progress(done)` is called as listings are
    /// written; `cancel` is polled between steps and rolls everything back.
    pub async fn save_batch(
        &self,
        batch: &BatchRecord,
        items: &[BatchItem],
        progress: &(dyn Fn(usize) + Sync),
        cancel: &AtomicBool,
    ) -> Result<BatchOutcome> {
        let mut tx = self.write().await?;

        // Nothing may have changed since the batch was planned.
        let ids: Vec<&str> = items.iter().map(|i| i.listing.id.as_str()).collect();
        let current = updated_at_of(&mut tx, &ids).await?;
        let stale: Vec<String> = items
            .iter()
            .filter(|i| {
                current.get(&i.listing.id).copied() != i.before.as_ref().map(|b| b.updated_at)
            })
            .map(|i| i.listing.id.clone())
            .collect();
        if !stale.is_empty() {
            return Ok(BatchOutcome::Stale(stale));
        }

        sqlx::query(
            "INSERT INTO batches (id, kind, at, member_id, device_id, listing_count, undoes, summary) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&batch.id)
        .bind(batch.kind)
        .bind(batch.at)
        .bind(&batch.actor.member_id)
        .bind(&batch.actor.device_id)
        .bind(items.len() as i64)
        .bind(&batch.undoes)
        .bind(batch.summary.to_string())
        .execute(&mut *tx)
        .await?;
        // The batch's own audit entry: who, when, how many.
        sqlx::query(
            "INSERT INTO audit_log (at, member_id, device_id, entity, entity_id, action, changes, batch_id) \
             VALUES (?, ?, ?, 'batch', ?, ?, ?, ?)",
        )
        .bind(batch.at)
        .bind(&batch.actor.member_id)
        .bind(&batch.actor.device_id)
        .bind(&batch.id)
        .bind(batch.kind)
        .bind(
            serde_json::json!({ "listings": items.len(), "summary": batch.summary, "undoes": batch.undoes })
                .to_string(),
        )
        .bind(&batch.id)
        .execute(&mut *tx)
        .await?;

        let mut done = 0;
        for chunk in items.chunks(STEP) {
            if cancel.load(Ordering::Relaxed) {
                return Ok(BatchOutcome::Cancelled);
            }
            let (new, existing): (Vec<&BatchItem>, Vec<&BatchItem>) =
                chunk.iter().partition(|i| i.before.is_none());
            if !new.is_empty() {
                let listings: Vec<Listing> = new.iter().map(|i| i.listing.clone()).collect();
                insert_listings(&mut tx, &listings)
                    .await
                    .map_err(sku_conflict)?;
            }
            for item in existing {
                write_listing(&mut tx, &item.listing).await?;
                write_archived_state(&mut tx, &item.listing.id, &item.ops).await?;
            }
            write_ops(&mut tx, batch, chunk).await?;
            write_audit(&mut tx, batch, chunk).await?;
            write_snapshots(&mut tx, batch, chunk).await?;
            done += chunk.len();
            progress(done);
        }
        if cancel.load(Ordering::Relaxed) {
            return Ok(BatchOutcome::Cancelled);
        }
        tx.commit().await.map_err(sku_conflict_db)?;
        Ok(BatchOutcome::Saved)
    }

    /// One batch's record, with the batch that undid it, if any.
    pub async fn batch(&self, id: &str) -> Result<Option<BatchInfo>> {
        let rows = self.batches_where("b.id = ?", Some(id), 1).await?;
        Ok(rows.into_iter().next())
    }

    /// The most recent batches, newest first.
    pub async fn recent_batches(&self, limit: u32) -> Result<Vec<BatchInfo>> {
        self.batches_where("1 = 1", None, limit).await
    }

    async fn batches_where(
        &self,
        cond: &'static str,
        arg: Option<&str>,
        limit: u32,
    ) -> Result<Vec<BatchInfo>> {
        type Row = (
            String,
            String,
            i64,
            String,
            String,
            i64,
            Option<String>,
            Option<String>,
        );
        let sql = format!(
            "SELECT b.id, b.kind, b.at, b.member_id, b.device_id, b.listing_count, b.undoes, \
                    (SELECT u.id FROM batches u WHERE u.undoes = b.id) \
             FROM batches b WHERE {cond} ORDER BY b.at DESC, b.id DESC LIMIT {limit}"
        );
        let mut q = sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(sql));
        if let Some(a) = arg {
            q = q.bind(a.to_owned());
        }
        let rows = q.fetch_all(&self.pool).await?;
        Ok(rows
            .into_iter()
            .map(
                |(id, kind, at, member_id, device_id, listing_count, undoes, undone_by)| {
                    BatchInfo {
                        id,
                        kind,
                        at,
                        member_id,
                        device_id,
                        listing_count,
                        undoes,
                        undone_by,
                    }
                },
            )
            .collect())
    }

    /// What a batch left behind, to undo it.
    pub async fn batch_entries(&self, batch_id: &str) -> Result<Vec<BatchUndoEntry>> {
        let rows: Vec<(String, Option<String>, i64)> = sqlx::query_as(
            "SELECT listing_id, before, after_updated_at FROM batch_listings WHERE batch_id = ? ORDER BY listing_id",
        )
        .bind(batch_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(listing_id, before, after_updated_at)| {
                Ok(BatchUndoEntry {
                    listing_id,
                    before: before.as_deref().map(parse_json).transpose()?,
                    after_updated_at,
                })
            })
            .collect()
    }

    /// The ids of every listing a query matches (all pages), in its order.
    pub async fn matching_ids(&self, query: &ListingQuery) -> Result<Vec<String>> {
        let mut q = query.clone();
        q.limit = 500;
        q.after = None;
        let mut ids = Vec::new();
        loop {
            let page = self.query_listings(&q).await?;
            ids.extend(page.rows.into_iter().map(|r| r.id));
            match page.next {
                Some(next) => q.after = Some(next),
                None => return Ok(ids),
            }
        }
    }

    /// Many listings at once, in the order of `ids` (missing ids skipped):
    /// a handful of queries per thousand listings instead of four per listing.
    pub async fn listings_by_ids(&self, ids: &[String]) -> Result<Vec<Listing>> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(2000) {
            let ids_json = json(&chunk)?;
            let mut found = self
                .load("SELECT value FROM json_each(?)", Some(&ids_json))
                .await?;
            let mut by_id: HashMap<String, Listing> =
                found.drain(..).map(|l| (l.id.clone(), l)).collect();
            out.extend(chunk.iter().filter_map(|id| by_id.remove(id)));
        }
        Ok(out)
    }

    /// Every listing of the shop (archived ones too when asked), ordered by
    /// title then id: what a CSV export writes.
    pub async fn all_listings(&self, include_archived: bool) -> Result<Vec<Listing>> {
        let filter = if include_archived {
            "SELECT id FROM listings"
        } else {
            "SELECT id FROM listings WHERE archived_at IS NULL"
        };
        let mut all = self.load(filter, None).await?;
        all.sort_by(|a, b| {
            let ta = a.default_text().map(|t| t.title.to_lowercase());
            let tb = b.default_text().map(|t| t.title.to_lowercase());
            ta.cmp(&tb).then_with(|| a.id.cmp(&b.id))
        });
        Ok(all)
    }

    /// Every SKU in the shop (upper case) with its listing's id.
    pub async fn sku_owners(&self) -> Result<HashMap<String, String>> {
        let rows: Vec<(String, String)> = sqlx::query_as("SELECT sku, listing_id FROM variants")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(sku, lid)| (sku.to_uppercase(), lid))
            .collect())
    }

    /// Listings whose id is in `ids_sql` (a `SELECT` of ids, with at most one
    /// bound value), with texts, variants, prices and stock.
    async fn load(&self, ids_sql: &'static str, arg: Option<&str>) -> Result<Vec<Listing>> {
        macro_rules! q {
            ($ty:ty, $sql:literal) => {{
                let mut q =
                    sqlx::query_as::<_, $ty>(sqlx::AssertSqlSafe(format!($sql, ids = ids_sql)));
                if let Some(a) = arg {
                    q = q.bind(a.to_owned());
                }
                q.fetch_all(&self.pool).await?
            }};
        }
        type Head = (String, String, String, Option<i64>, i64, i64, Option<i64>);
        let heads = q!(
            Head,
            "SELECT id, state, default_locale, archived_at, created_at, updated_at, server_version \
             FROM listings WHERE id IN ({ids})"
        );
        let texts = q!(
            (String, String, String, String, String),
            "SELECT listing_id, locale, title, description, tags FROM listing_texts \
             WHERE listing_id IN ({ids}) ORDER BY listing_id, locale"
        );
        type VariantRow = (
            String,
            String,
            String,
            String,
            Option<i64>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            i64,
        );
        let variants = q!(
            VariantRow,
            "SELECT v.listing_id, v.id, v.sku, v.options, v.weight_grams, v.hs_code, v.hs_edition, \
                    v.origin_country, v.customs_description, COALESCE(i.on_hand, 0) \
             FROM variants v LEFT JOIN inventory i ON i.variant_id = v.id \
             WHERE v.listing_id IN ({ids}) ORDER BY v.listing_id, v.position"
        );
        let prices = q!(
            (String, String, i64),
            "SELECT p.variant_id, p.currency, p.amount_minor FROM variant_prices p \
             JOIN variants v ON v.id = p.variant_id WHERE v.listing_id IN ({ids}) \
             ORDER BY p.variant_id, p.currency"
        );

        let mut prices_by_variant: HashMap<String, Vec<Price>> = HashMap::new();
        for (vid, currency, amount_minor) in prices {
            prices_by_variant.entry(vid).or_default().push(Price {
                currency,
                amount_minor,
            });
        }
        let mut texts_by_listing: HashMap<String, Vec<ListingText>> = HashMap::new();
        for (lid, locale, title, description, tags) in texts {
            texts_by_listing.entry(lid).or_default().push(ListingText {
                locale,
                title,
                description,
                tags: parse_json(&tags)?,
            });
        }
        let mut variants_by_listing: HashMap<String, Vec<Variant>> = HashMap::new();
        for (lid, vid, sku, options, weight_grams, hs_code, hs_edition, origin, customs, stock) in
            variants
        {
            variants_by_listing.entry(lid).or_default().push(Variant {
                prices: prices_by_variant.remove(&vid).unwrap_or_default(),
                id: vid,
                sku,
                options: parse_json(&options)?,
                weight_grams,
                hs_code,
                hs_edition,
                origin_country: origin,
                customs_description: customs,
                stock,
            });
        }
        heads
            .into_iter()
            .map(
                |(
                    id,
                    state,
                    default_locale,
                    archived_at,
                    created_at,
                    updated_at,
                    server_version,
                )| {
                    Ok(Listing {
                        state: parse_state(&state)?,
                        texts: texts_by_listing.remove(&id).unwrap_or_default(),
                        variants: variants_by_listing.remove(&id).unwrap_or_default(),
                        id,
                        default_locale,
                        archived_at,
                        created_at,
                        updated_at,
                        server_version,
                    })
                },
            )
            .collect()
    }
}

fn sku_conflict(e: StoreError) -> StoreError {
    match e {
        StoreError::Db(db) => sku_conflict_db(db),
        other => other,
    }
}

fn sku_conflict_db(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(d) if d.is_unique_violation() => {
            StoreError::SkuTaken { sku: String::new() }
        }
        _ => StoreError::Db(e),
    }
}

/// The stored `updated_at` of each of `ids` that exists.
async fn updated_at_of(
    tx: &mut Transaction<'static, Sqlite>,
    ids: &[&str],
) -> Result<HashMap<String, i64>> {
    let mut out = HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(5000) {
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "SELECT id, updated_at FROM listings WHERE id IN (SELECT value FROM json_each(?))",
        )
        .bind(json(&chunk)?)
        .fetch_all(&mut **tx)
        .await?;
        out.extend(rows);
    }
    Ok(out)
}

async fn write_ops(
    tx: &mut Transaction<'static, Sqlite>,
    batch: &BatchRecord,
    items: &[BatchItem],
) -> Result<()> {
    let ops: Vec<&OutboxOp> = items.iter().flat_map(|i| &i.ops).collect();
    for chunk in ops.chunks(MAX_BINDS / 7) {
        let mut qb = QueryBuilder::<Sqlite>::new(
            "INSERT INTO outbox (op_id, entity, entity_id, kind, payload, base_version, created_at) ",
        );
        qb.push_values(chunk, |mut b, op| {
            b.push_bind(op.op_id.clone())
                .push_bind(op.entity)
                .push_bind(op.entity_id.clone())
                .push_bind(op.kind)
                .push_bind(op.payload.to_string())
                .push_bind(op.base_version)
                .push_bind(batch.at);
        });
        qb.build().execute(&mut **tx).await?;
    }
    Ok(())
}

async fn write_audit(
    tx: &mut Transaction<'static, Sqlite>,
    batch: &BatchRecord,
    items: &[BatchItem],
) -> Result<()> {
    for chunk in items.chunks(MAX_BINDS / 8) {
        let mut qb = QueryBuilder::<Sqlite>::new(
            "INSERT INTO audit_log (at, member_id, device_id, entity, entity_id, action, changes, batch_id) ",
        );
        qb.push_values(chunk, |mut b, item| {
            b.push_bind(batch.at)
                .push_bind(batch.actor.member_id.clone())
                .push_bind(batch.actor.device_id.clone())
                .push_bind("listing")
                .push_bind(item.listing.id.clone())
                .push_bind(item.action)
                .push_bind(item.changes.to_string())
                .push_bind(batch.id.clone());
        });
        qb.build().execute(&mut **tx).await?;
    }
    Ok(())
}

async fn write_snapshots(
    tx: &mut Transaction<'static, Sqlite>,
    batch: &BatchRecord,
    items: &[BatchItem],
) -> Result<()> {
    let mut rows = Vec::with_capacity(items.len());
    for item in items {
        let before = item.before.as_ref().map(json).transpose()?;
        rows.push((item.listing.id.clone(), before, item.listing.updated_at));
    }
    for chunk in rows.chunks(MAX_BINDS / 4) {
        let mut qb = QueryBuilder::<Sqlite>::new(
            "INSERT INTO batch_listings (batch_id, listing_id, before, after_updated_at) ",
        );
        qb.push_values(chunk, |mut b, (id, before, after)| {
            b.push_bind(batch.id.clone())
                .push_bind(id.clone())
                .push_bind(before.clone())
                .push_bind(*after);
        });
        qb.build().execute(&mut **tx).await?;
    }
    Ok(())
}
