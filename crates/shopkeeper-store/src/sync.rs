//! The sync side of the shop file (sync.md): the base layer, outbox results,
//! pull pages applied in one transaction, the view rebuilt as base + pending
//! ops, conflicts and notices.

use std::collections::{HashMap, HashSet};

use rusqlite::OptionalExtension;
use serde_json::Value;
use sqlx::SqliteConnection;

use crate::listings::{fts_columns, price_currencies, text_locales, title_sort};
use crate::model::*;
use crate::ops::{LocalOp, TargetedOp, listing_field, overlay_owned};
use crate::{Result, Store, StoreError, parse_json, raw};

/// What the marketplace last confirmed of a listing.
#[derive(Debug, Clone, PartialEq)]
pub struct BaseListing {
    /// The listing as the marketplace has it (stock comes from [`BaseStock`]).
    pub listing: Listing,
    pub version: i64,
    pub prices_version: i64,
    pub deleted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseStock {
    pub variant_id: String,
    pub listing_id: String,
    pub stock: i64,
    pub version: i64,
}

/// Who made a pulled change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    pub member_id: Option<String>,
    pub device_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderLine {
    pub variant_id: Option<String>,
    pub sku: String,
    pub title: String,
    pub quantity: i64,
    pub unit_price_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderAddress {
    pub name: String,
    pub line1: String,
    pub line2: String,
    pub city: String,
    pub region: String,
    pub postal_code: String,
    pub country: String,
    pub phone: String,
    pub pickup_point: String,
}

/// An order as the marketplace sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderRecord {
    pub id: String,
    pub number: String,
    pub market: String,
    pub status: String,
    pub buyer_name: String,
    pub buyer_locale: String,
    pub currency: String,
    pub total_minor: i64,
    pub placed_at: i64,
    pub ship_by: Option<i64>,
    pub version: i64,
    pub address: OrderAddress,
    pub lines: Vec<OrderLine>,
}

/// One pulled page of a stream, ready to apply.
#[derive(Debug, Clone, Default)]
pub struct PulledPage {
    pub stream: String,
    pub cursor: String,
    pub listings: Vec<(BaseListing, Origin)>,
    pub stock: Vec<BaseStock>,
    pub orders: Vec<OrderRecord>,
    /// Ops whose effect this page includes.
    pub op_ids: Vec<String>,
    /// Shipments (the `shipments` stream).
    pub shipments: Vec<crate::orders::ShipmentRecord>,
    pub conversations: Vec<crate::messages::ConversationRecord>,
    pub messages: Vec<crate::messages::MessageRecord>,
    /// Each pulled listing's gallery and size charts (the `catalog` stream).
    pub galleries: Vec<crate::photos::PulledGallery>,
    /// Size charts (`catalog`): the chart, and whether it was deleted.
    pub size_charts: Vec<(crate::sizes::SizeChart, bool)>,
    /// Disputes (the `disputes` stream).
    pub disputes: Vec<crate::disputes::DisputeRecord>,
}

impl PulledPage {
    /// Adds the next page of the same stream: its rows after these, its cursor.
    pub fn append(&mut self, next: PulledPage) {
        let PulledPage {
            stream: _,
            cursor,
            listings,
            stock,
            orders,
            op_ids,
            shipments,
            conversations,
            messages,
            galleries,
            size_charts,
            disputes,
        } = next;
        self.cursor = cursor;
        self.listings.extend(listings);
        self.stock.extend(stock);
        self.orders.extend(orders);
        self.op_ids.extend(op_ids);
        self.shipments.extend(shipments);
        self.conversations.extend(conversations);
        self.messages.extend(messages);
        self.galleries.extend(galleries);
        self.size_charts.extend(size_charts);
        self.disputes.extend(disputes);
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ApplyStats {
    pub listings: usize,
    pub stock: usize,
    pub orders: usize,
    pub acked: usize,
    pub notices: usize,
    /// Buyer messages new to this desktop (for the notification).
    pub inbound_messages: usize,
}

/// An outbox row as sync sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub op_seq: i64,
    pub op_id: String,
    pub entity: String,
    pub entity_id: String,
    pub listing_id: Option<String>,
    pub kind: String,
    pub payload: String,
    pub base_version: Option<i64>,
    pub status: String,
    pub result_version: Option<i64>,
    pub created_at: i64,
}

impl OutboxRow {
    pub fn op(&self) -> Option<LocalOp> {
        LocalOp::parse(&self.kind, &self.payload)
    }
}

/// What a push answered for one op.
#[derive(Debug, Clone, PartialEq)]
pub enum PushOutcome {
    Applied {
        version: Option<i64>,
    },
    /// The marketplace has changed the value since the user's base.
    Conflict {
        code: String,
        message: String,
        /// The marketplace's current value (store types, JSON).
        current: Option<Value>,
    },
    /// Refused for good (validation, deleted listing, oversold...).
    Rejected {
        code: String,
        message: String,
    },
    /// Nothing to send for it (a change kept on this desktop): it leaves the
    /// outbox; the audit log keeps it.
    LocalOnly,
}

/// What the next push needs: the pending ops in order, and for price ops the
/// base listing and the earlier own ops on the same listings (a price op sends
/// the variant's whole price list).
#[derive(Debug, Clone, Default)]
pub struct PushBatch {
    pub ops: Vec<OutboxRow>,
    pub earlier: Vec<OutboxRow>,
    pub bases: HashMap<String, BaseListing>,
}

/// An op the marketplace refused or found in conflict, for the conflict inbox.
#[derive(Debug, Clone, PartialEq)]
pub struct ConflictRecord {
    pub op: OutboxRow,
    pub code: Option<String>,
    pub message: Option<String>,
    pub current: Option<Value>,
    pub at: Option<i64>,
    /// The listing's title in the view (for display).
    pub title: Option<String>,
    /// Who last changed the listing on the marketplace (when known).
    pub by: Origin,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: i64,
    pub at: i64,
    pub entity: String,
    pub entity_id: String,
    pub field: String,
    pub mine: Value,
    pub theirs: Value,
    pub member_id: Option<String>,
    pub member_name: Option<String>,
    pub device_id: Option<String>,
    pub title: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    pub pending: i64,
    pub applied: i64,
    pub conflicts: i64,
}

type OutboxTuple = (
    i64,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    Option<i64>,
    String,
    Option<i64>,
    i64,
);

type ConflictTuple = (
    i64,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    Option<i64>,
    String,
    Option<i64>,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<String>,
);

/// id, number, market, status, buyer_name, buyer_locale, currency,
/// total_minor, placed_at, ship_by, server_version
pub(crate) type OrderHead = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    i64,
    Option<i64>,
    Option<i64>,
);

/// An order as stored: its columns, address and lines.
pub(crate) fn order_record(h: OrderHead, a: AddressTuple, lines: Vec<OrderLine>) -> OrderRecord {
    OrderRecord {
        id: h.0,
        number: h.1,
        market: h.2,
        status: h.3,
        buyer_name: h.4,
        buyer_locale: h.5,
        currency: h.6,
        total_minor: h.7,
        placed_at: h.8,
        ship_by: h.9,
        version: h.10.unwrap_or(0),
        address: OrderAddress {
            name: a.0,
            line1: a.1,
            line2: a.2,
            city: a.3,
            region: a.4,
            postal_code: a.5,
            country: a.6,
            phone: a.7,
            pickup_point: a.8,
        },
        lines,
    }
}

/// name, line1, line2, city, region, postal_code, country, phone, pickup_point
pub(crate) type AddressTuple = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
);

const OUTBOX_COLS: &str = "op_seq, op_id, entity, entity_id, listing_id, kind, payload, base_version, status, result_version, created_at";

fn outbox_row(t: OutboxTuple) -> OutboxRow {
    let (
        op_seq,
        op_id,
        entity,
        entity_id,
        listing_id,
        kind,
        payload,
        base_version,
        status,
        result_version,
        created_at,
    ) = t;
    OutboxRow {
        op_seq,
        op_id,
        entity,
        entity_id,
        listing_id,
        kind,
        payload,
        base_version,
        status,
        result_version,
        created_at,
    }
}

fn json_ids<S: AsRef<str>>(ids: &[S]) -> String {
    let v: Vec<&str> = ids.iter().map(AsRef::as_ref).collect();
    serde_json::to_string(&v).unwrap_or_else(|_| "[]".into())
}

impl Store {
    /// The saved pull cursor of `stream`.
    pub async fn sync_cursor(&self, stream: &str) -> Result<Option<String>> {
        let c: Option<(String,)> =
            sqlx::query_as("SELECT cursor FROM sync_cursors WHERE stream = ?")
                .bind(stream)
                .fetch_optional(&self.pool)
                .await?;
        Ok(c.map(|c| c.0))
    }

    /// Forgets `stream`'s cursor so the next pull re-downloads it from the
    /// start (after a `410 Gone`). The outbox is not touched.
    pub async fn reset_stream(&self, stream: &str) -> Result<()> {
        sqlx::query("DELETE FROM sync_cursors WHERE stream = ?")
            .bind(stream)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Counts of the outbox by state (for the status indicator).
    pub async fn outbox_counts(&self) -> Result<OutboxCounts> {
        let rows: Vec<(String, i64)> =
            // A refused dispute answer is shown on its dispute, not as a conflict.
            sqlx::query_as(
                "SELECT status, count(*) FROM outbox \
                 WHERE NOT (entity = 'dispute' AND status IN ('rejected', 'conflict')) GROUP BY status",
            )
                .fetch_all(&self.pool)
                .await?;
        let mut c = OutboxCounts::default();
        for (s, n) in rows {
            match s.as_str() {
                "pending" => c.pending = n,
                "applied" => c.applied = n,
                _ => c.conflicts += n,
            }
        }
        Ok(c)
    }

    /// Every outbox row, in order (for tests and diagnostics).
    pub async fn outbox(&self) -> Result<Vec<OutboxRow>> {
        let rows: Vec<OutboxTuple> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {OUTBOX_COLS} FROM outbox ORDER BY op_seq"
        )))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(outbox_row).collect())
    }

    /// The next pending ops to push (at most `limit`), with what mapping them
    /// to the wire needs.
    pub async fn push_batch(&self, limit: u32) -> Result<PushBatch> {
        let mut conn = self.pool.acquire().await?;
        let ops: Vec<OutboxTuple> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {OUTBOX_COLS} FROM outbox WHERE status = 'pending' ORDER BY op_seq LIMIT ?"
        )))
        .bind(i64::from(limit))
        .fetch_all(&mut *conn)
        .await?;
        let ops: Vec<OutboxRow> = ops.into_iter().map(outbox_row).collect();
        let listing_ids: Vec<&str> = ops
            .iter()
            .filter_map(|o| o.listing_id.as_deref())
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        let first = ops.first().map(|o| o.op_seq).unwrap_or(0);
        let earlier: Vec<OutboxTuple> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {OUTBOX_COLS} FROM outbox WHERE status IN ('pending', 'applied') AND op_seq < ? \
             AND listing_id IN (SELECT value FROM json_each(?)) ORDER BY op_seq"
        )))
        .bind(first)
        .bind(json_ids(&listing_ids))
        .fetch_all(&mut *conn)
        .await?;
        let bases = load_bases(&mut conn, &listing_ids, &Written::default()).await?;
        Ok(PushBatch {
            ops,
            earlier: earlier.into_iter().map(outbox_row).collect(),
            bases,
        })
    }

    /// Records what the marketplace answered for pushed ops, in one
    /// transaction: statuses, the own-chain rebase of later price ops, and the
    /// views of listings whose overlay changed (a refused op no longer shows).
    pub async fn record_push(&self, results: &[(String, PushOutcome)], now: i64) -> Result<()> {
        let mut tx = self.write().await?;
        let mut touched: HashSet<String> = HashSet::new();
        for (op_id, outcome) in results {
            let row: Option<OutboxTuple> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {OUTBOX_COLS} FROM outbox WHERE op_id = ?"
            )))
            .bind(op_id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(row) = row.map(outbox_row) else {
                continue; // already acknowledged by a pull
            };
            if row.status != "pending" {
                continue;
            }
            match outcome {
                PushOutcome::Applied { version } => {
                    sqlx::query(
                        "UPDATE outbox SET status = 'applied', result_version = ?, result_at = ? WHERE op_seq = ?",
                    )
                    .bind(version)
                    .bind(now)
                    .bind(row.op_seq)
                    .execute(&mut *tx)
                    .await?;
                    // Later own price ops were made on top of this one: they
                    // are based on the version it produced.
                    let rebase_from = match row.kind.as_str() {
                        "price.set" => Some(row.base_version),
                        "listing.create" => Some(None),
                        _ => None,
                    };
                    if let (Some(from), Some(v), Some(lid)) =
                        (rebase_from, version, row.listing_id.as_deref())
                    {
                        sqlx::query(
                            "UPDATE outbox SET base_version = ? WHERE status = 'pending' AND kind = 'price.set' \
                             AND listing_id = ? AND op_seq > ? AND base_version IS ?",
                        )
                        .bind(v)
                        .bind(lid)
                        .bind(row.op_seq)
                        .bind(from)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
                PushOutcome::Conflict {
                    code,
                    message,
                    current,
                } => {
                    sqlx::query(
                        "UPDATE outbox SET status = 'conflict', result_code = ?, result_message = ?, \
                         result_current = ?, result_at = ? WHERE op_seq = ?",
                    )
                    .bind(code)
                    .bind(message)
                    .bind(current.as_ref().map(Value::to_string))
                    .bind(now)
                    .bind(row.op_seq)
                    .execute(&mut *tx)
                    .await?;
                    touched.extend(row.listing_id.clone());
                }
                PushOutcome::LocalOnly => {
                    sqlx::query("DELETE FROM outbox WHERE op_seq = ?")
                        .bind(row.op_seq)
                        .execute(&mut *tx)
                        .await?;
                }
                PushOutcome::Rejected { code, message } => {
                    sqlx::query(
                        "UPDATE outbox SET status = 'rejected', result_code = ?, result_message = ?, \
                         result_at = ? WHERE op_seq = ?",
                    )
                    .bind(code)
                    .bind(message)
                    .bind(now)
                    .bind(row.op_seq)
                    .execute(&mut *tx)
                    .await?;
                    touched.extend(row.listing_id.clone());
                }
            }
        }
        let ids: Vec<String> = touched.into_iter().collect();
        rebuild_views(&mut tx, &ids, &Written::default(), now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Applies one pulled page in ONE transaction: base rows, the stream's
    /// cursor, acknowledged ops, notices of merged concurrent edits and the
    /// rebuilt view rows.
    pub async fn apply_pull(
        &self,
        page: &PulledPage,
        my_device: Option<&str>,
        now: i64,
    ) -> Result<ApplyStats> {
        let mut tx = self.write().await?;
        let mut stats = ApplyStats::default();
        let mut touched: HashSet<String> = HashSet::new();
        let mut written = Written::default();

        // Base listings (the latest version wins; a page may repeat an entity).
        let mut latest: HashMap<&str, &(BaseListing, Origin)> = HashMap::new();
        for entry in &page.listings {
            let id = entry.0.listing.id.as_str();
            match latest.get(id) {
                Some(prev) if prev.0.version >= entry.0.version => {}
                _ => {
                    latest.insert(id, entry);
                }
            }
        }
        if !latest.is_empty() {
            // Versions and fields as stored before this page (stock is not needed).
            let ids: Vec<&str> = latest.keys().copied().collect();
            let old: HashMap<String, BaseListing> = base_rows(&mut tx, &ids)
                .await?
                .into_iter()
                .map(base_of_row)
                .collect();
            stats.notices += record_notices(&mut tx, &page.listings, &old, my_device, now).await?;
            let fresh: Vec<&(BaseListing, Origin)> = latest
                .values()
                .copied()
                .filter(|(b, _)| old.get(&b.listing.id).is_none_or(|o| b.version > o.version))
                .collect();
            upsert_bases(&mut tx, &fresh).await?;
            stats.listings = fresh.len();
            touched.extend(fresh.iter().map(|(b, _)| b.listing.id.clone()));
            written
                .bases
                .extend(fresh.iter().map(|(b, _)| (b.listing.id.as_str(), b)));
        }
        if !page.stock.is_empty() {
            // Only listings whose stock actually moved need a new view: the
            // catalog stream already carries each variant's stock, so the
            // inventory stream often repeats versions the base already has.
            let moved = upsert_stock(&mut tx, &page.stock).await?;
            stats.stock = page.stock.len();
            for s in moved {
                touched.insert(s.listing_id.clone());
                written.stock.insert(&s.variant_id, s.stock);
            }
        }
        upsert_orders(&mut tx, &page.orders).await?;
        stats.orders = page.orders.len();
        crate::orders::apply_shipments(&mut tx, &page.shipments).await?;
        stats.inbound_messages =
            crate::messages::apply_messages(&mut tx, &page.conversations, &page.messages).await?;
        crate::disputes::apply_disputes(&mut tx, &page.disputes, &page.op_ids).await?;

        // Ops whose effect is in this page, and applied ops the base has caught up with.
        if !page.op_ids.is_empty() {
            let acked: Vec<(Option<String>,)> = sqlx::query_as(
                "DELETE FROM outbox WHERE status IN ('pending', 'applied') \
                 AND op_id IN (SELECT value FROM json_each(?)) RETURNING listing_id",
            )
            .bind(json_ids(&page.op_ids))
            .fetch_all(&mut *tx)
            .await?;
            stats.acked += acked.len();
            touched.extend(acked.into_iter().filter_map(|a| a.0));
        }
        let ids: Vec<String> = touched.into_iter().collect();
        let caught_up: Vec<(Option<String>,)> = sqlx::query_as(
            "DELETE FROM outbox WHERE status = 'applied' AND listing_id IN (SELECT value FROM json_each(?1)) AND ( \
               (kind IN ('stock.set', 'stock.adjust') AND result_version <= \
                  (SELECT s.version FROM base_stock s WHERE s.variant_id = outbox.entity_id)) \
               OR (kind NOT IN ('stock.set', 'stock.adjust') AND result_version <= \
                  (SELECT b.version FROM base_listings b WHERE b.id = outbox.listing_id))) \
             RETURNING listing_id",
        )
        .bind(json_ids(&ids))
        .fetch_all(&mut *tx)
        .await?;
        stats.acked += caught_up.len();

        rebuild_views(&mut tx, &ids, &written, now).await?;
        // Charts before the listings that use them.
        crate::sizes::apply_pulled_charts(&mut tx, &page.size_charts, now).await?;
        crate::photos::apply_galleries(&mut tx, &page.galleries, now).await?;
        sqlx::query(
            "INSERT INTO sync_cursors (stream, cursor) VALUES (?, ?) \
             ON CONFLICT(stream) DO UPDATE SET cursor = excluded.cursor",
        )
        .bind(&page.stream)
        .bind(&page.cursor)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(stats)
    }

    /// Ops the marketplace refused or found in conflict, oldest first.
    pub async fn conflicts(&self) -> Result<Vec<ConflictRecord>> {
        let rows: Vec<ConflictTuple> = sqlx::query_as(
            "SELECT o.op_seq, o.op_id, o.entity, o.entity_id, o.listing_id, o.kind, o.payload, o.base_version, \
                    o.status, o.result_version, o.created_at, o.result_code, o.result_message, o.result_current, \
                    o.result_at, l.title_sort \
             FROM outbox o LEFT JOIN listings l ON l.id = o.listing_id \
             WHERE o.status IN ('conflict', 'rejected') AND o.entity NOT IN ('message', 'dispute') ORDER BY o.op_seq",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let (title, by) = match r.4.as_deref() {
                Some(lid) => (self.listing_title(lid).await?, self.changed_by(lid).await?),
                None => (r.15.clone(), Origin::default()),
            };
            out.push(ConflictRecord {
                op: outbox_row((r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10)),
                code: r.11,
                message: r.12,
                current: r.13.as_deref().and_then(|s| serde_json::from_str(s).ok()),
                at: r.14,
                title,
                by,
            });
        }
        Ok(out)
    }

    /// Who made the marketplace's current version of a listing, as pulled.
    async fn changed_by(&self, listing_id: &str) -> Result<Origin> {
        let row: Option<(Option<String>, Option<String>)> =
            sqlx::query_as("SELECT changed_by, changed_device FROM base_listings WHERE id = ?")
                .bind(listing_id)
                .fetch_optional(&self.pool)
                .await?;
        let (member_id, device_id) = row.unwrap_or_default();
        Ok(Origin {
            member_id,
            device_id,
        })
    }

    async fn listing_title(&self, id: &str) -> Result<Option<String>> {
        let t: Option<(String,)> = sqlx::query_as(
            "SELECT t.title FROM listings l JOIN listing_texts t ON t.listing_id = l.id \
             AND t.locale = l.default_locale WHERE l.id = ?",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(t.map(|t| t.0))
    }

    /// Resolves a conflict: `retry` = Some((new op id, new base version, new
    /// payload)) re-queues the user's op on top of the marketplace's current
    /// value ("keep mine"); `None` drops it ("take theirs"). Audited; the view is
    /// rebuilt. One transaction.
    pub async fn resolve_conflict(
        &self,
        op_id: &str,
        retry: Option<(String, Option<i64>, Value)>,
        change: &ChangeRecord,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let row: Option<OutboxTuple> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {OUTBOX_COLS} FROM outbox WHERE op_id = ? AND status IN ('conflict', 'rejected')"
        )))
        .bind(op_id)
        .fetch_optional(&mut *tx)
        .await?;
        let row = row
            .map(outbox_row)
            .ok_or(StoreError::NotFound("conflict"))?;
        sqlx::query("DELETE FROM outbox WHERE op_seq = ?")
            .bind(row.op_seq)
            .execute(&mut *tx)
            .await?;
        if let Some((new_id, base, payload)) = retry {
            sqlx::query(
                "INSERT INTO outbox (op_id, entity, entity_id, kind, payload, base_version, created_at, listing_id) \
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(new_id)
            .bind(&row.entity)
            .bind(&row.entity_id)
            .bind(&row.kind)
            .bind(payload.to_string())
            .bind(base)
            .bind(change.at)
            .bind(&row.listing_id)
            .execute(&mut *tx)
            .await?;
        }
        crate::write_change(&mut tx, change).await?;
        let ids: Vec<String> = row.listing_id.into_iter().collect();
        rebuild_views(&mut tx, &ids, &Written::default(), change.at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Open notices of merged concurrent edits, newest first.
    pub async fn notices(&self) -> Result<Vec<Notice>> {
        type Row = (
            i64,
            i64,
            String,
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT n.id, n.at, n.entity, n.entity_id, n.field, n.mine, n.theirs, n.member_id, m.name, n.device_id, \
                    (SELECT t.title FROM listings l JOIN listing_texts t ON t.listing_id = l.id AND t.locale = l.default_locale WHERE l.id = n.entity_id) \
             FROM sync_notices n LEFT JOIN remote_members m ON m.id = n.member_id \
             WHERE n.dismissed = 0 ORDER BY n.id DESC LIMIT 500",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| Notice {
                id: r.0,
                at: r.1,
                entity: r.2,
                entity_id: r.3,
                field: r.4,
                mine: r
                    .5
                    .and_then(|s| serde_json::from_str(&s).ok())
                    .unwrap_or(Value::Null),
                theirs: r
                    .6
                    .and_then(|s| serde_json::from_str(&s).ok())
                    .unwrap_or(Value::Null),
                member_id: r.7,
                member_name: r.8,
                device_id: r.9,
                title: r.10,
            })
            .collect())
    }

    pub async fn dismiss_notice(&self, id: i64) -> Result<()> {
        sqlx::query("UPDATE sync_notices SET dismissed = 1 WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Replaces the list of teammates (names for notices and conflicts).
    pub async fn set_remote_members(
        &self,
        members: &[(String, String, Option<String>, String)],
    ) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM remote_members")
            .execute(&mut *tx)
            .await?;
        for (id, name, email, role) in members {
            sqlx::query("INSERT INTO remote_members (id, name, email, role) VALUES (?, ?, ?, ?)")
                .bind(id)
                .bind(name)
                .bind(email)
                .bind(role)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Replaces the shop's known desktops: (id, member id, name).
    pub async fn set_remote_devices(
        &self,
        devices: &[(String, Option<String>, String)],
    ) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM remote_devices")
            .execute(&mut *tx)
            .await?;
        for (id, member_id, name) in devices {
            sqlx::query("INSERT INTO remote_devices (id, member_id, name) VALUES (?, ?, ?)")
                .bind(id)
                .bind(member_id)
                .bind(name)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Whether a pulled change names a member or desktop this shop has no
    /// name for yet (a new teammate or desktop joined).
    pub async fn unknown_authors(&self) -> Result<bool> {
        let row: Option<(i64,)> = sqlx::query_as(
            "SELECT 1 FROM base_listings WHERE (changed_device IS NOT NULL \
               AND changed_device NOT IN (SELECT id FROM remote_devices)) \
               OR (changed_by IS NOT NULL AND changed_by NOT IN (SELECT id FROM remote_members)) \
             UNION ALL SELECT 1 FROM sync_notices WHERE member_id IS NOT NULL \
               AND member_id NOT IN (SELECT id FROM remote_members) \
             LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.is_some())
    }

    pub async fn remote_device_name(&self, id: &str) -> Result<Option<String>> {
        let n: Option<(String,)> = sqlx::query_as("SELECT name FROM remote_devices WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(n.map(|n| n.0))
    }

    pub async fn remote_member_name(&self, id: &str) -> Result<Option<String>> {
        let n: Option<(String,)> = sqlx::query_as("SELECT name FROM remote_members WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(n.map(|n| n.0))
    }

    /// The marketplace's version of a listing (for "keep mine").
    pub async fn base_listing(&self, id: &str) -> Result<Option<BaseListing>> {
        let mut conn = self.pool.acquire().await?;
        Ok(load_bases(&mut conn, &[id], &Written::default())
            .await?
            .remove(id))
    }

    /// Removes listings that were never on the marketplace and have no
    /// pending op: the offline sample shop, replaced by the marketplace's shop
    /// on first connection. Returns how many were removed.
    pub async fn drop_unsynced_samples(&self) -> Result<u64> {
        let mut tx = self.write().await?;
        let ids: Vec<(String, i64)> = sqlx::query_as(
            "SELECT id, rowid FROM listings l WHERE NOT EXISTS (SELECT 1 FROM base_listings b WHERE b.id = l.id) \
             AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.listing_id = l.id)",
        )
        .fetch_all(&mut *tx)
        .await?;
        let rowids: Vec<i64> = ids.iter().map(|r| r.1).collect();
        let ids: Vec<String> = ids.into_iter().map(|r| r.0).collect();
        sqlx::query("DELETE FROM listing_search WHERE rowid IN (SELECT value FROM json_each(?))")
            .bind(serde_json::to_string(&rowids).unwrap_or_default())
            .execute(&mut *tx)
            .await?;
        let r = sqlx::query("DELETE FROM listings WHERE id IN (SELECT value FROM json_each(?))")
            .bind(json_ids(&ids))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(r.rows_affected())
    }

    /// Orders, newest first (the orders inbox builds on this).
    pub async fn orders(&self, limit: u32) -> Result<Vec<OrderRecord>> {
        let rows: Vec<OrderHead> = sqlx::query_as(
            "SELECT id, number, market, status, buyer_name, buyer_locale, currency, total_minor, placed_at, ship_by, server_version \
             FROM orders ORDER BY placed_at DESC, id DESC LIMIT ?",
        )
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let lines: Vec<(Option<String>, String, String, i64, i64)> = sqlx::query_as(
                "SELECT variant_id, sku, title, quantity, unit_price_minor FROM order_lines WHERE order_id = ? ORDER BY line_no",
            )
            .bind(&r.0)
            .fetch_all(&self.pool)
            .await?;
            let a: Option<AddressTuple> = sqlx::query_as(
                "SELECT name, line1, line2, city, region, postal_code, country, phone, pickup_point FROM order_addresses WHERE order_id = ?",
            )
            .bind(&r.0)
            .fetch_optional(&self.pool)
            .await?;
            let a = a.unwrap_or_default();
            let lines = lines
                .into_iter()
                .map(|l| OrderLine {
                    variant_id: l.0,
                    sku: l.1,
                    title: l.2,
                    quantity: l.3,
                    unit_price_minor: l.4,
                })
                .collect();
            out.push(order_record(r, a, lines));
        }
        Ok(out)
    }

    pub async fn count_orders(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM orders")
            .fetch_one(&self.pool)
            .await?;
        Ok(n)
    }

    /// Rebuilds the view rows of `ids` from base + pending ops (used after
    /// local edits that raced with a pull, and by tests).
    pub async fn rebuild_listing_views(&self, ids: &[String], now: i64) -> Result<()> {
        let mut tx = self.write().await?;
        rebuild_views(&mut tx, ids, &Written::default(), now).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// What this transaction has just written: base listings by id and base
/// stock by variant id. The view rebuild takes them from memory instead of
/// reading them back.
#[derive(Default)]
pub(crate) struct Written<'a> {
    bases: HashMap<&'a str, &'a BaseListing>,
    stock: HashMap<&'a str, i64>,
}

impl Written<'_> {
    /// True when every variant of `id`'s written base has its stock here too.
    fn knows_stock_of(&self, id: &str) -> bool {
        self.bases.get(id).is_some_and(|b| {
            b.listing
                .variants
                .iter()
                .all(|v| self.stock.contains_key(v.id.as_str()))
        })
    }
}

/// The stored base listings of `ids` as (id, version, prices_version,
/// deleted, listing), their variants' stock as the listing JSON has it.
async fn base_rows(conn: &mut SqliteConnection, ids: &[&str]) -> Result<Vec<BaseRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // One JSON row per query: a row per listing would cross threads once each.
    let (rows,): (String,) = sqlx::query_as(
        "SELECT json_group_array(json_array(id, version, prices_version, deleted, json(data))) \
         FROM base_listings WHERE id IN (SELECT value FROM json_each(?))",
    )
    .bind(json_ids(ids))
    .fetch_one(&mut *conn)
    .await?;
    parse_json(&rows)
}

type BaseRow = (String, i64, i64, i64, Listing);

fn base_of_row((id, version, prices_version, deleted, listing): BaseRow) -> (String, BaseListing) {
    let base = BaseListing {
        listing,
        version,
        prices_version,
        deleted: deleted != 0,
    };
    (id, base)
}

/// The base listings of `ids` with their variants' base stock. Those in
/// `written` are taken from it (only their stock is read).
async fn load_bases<S: AsRef<str>>(
    conn: &mut SqliteConnection,
    ids: &[S],
    written: &Written<'_>,
) -> Result<HashMap<String, BaseListing>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let unread: Vec<&str> = ids
        .iter()
        .map(AsRef::as_ref)
        .filter(|id| !written.bases.contains_key(id))
        .collect();
    let rows = base_rows(conn, &unread).await?;
    let stock_unknown: Vec<&str> = ids
        .iter()
        .map(AsRef::as_ref)
        .filter(|id| !written.knows_stock_of(id))
        .collect();
    let stock: HashMap<String, i64> = if stock_unknown.is_empty() {
        HashMap::new()
    } else {
        let (stock,): (String,) = sqlx::query_as(
            "SELECT json_group_object(variant_id, stock) FROM base_stock \
             WHERE listing_id IN (SELECT value FROM json_each(?))",
        )
        .bind(json_ids(&stock_unknown))
        .fetch_one(&mut *conn)
        .await?;
        parse_json(&stock)?
    };
    let given = ids
        .iter()
        .filter_map(|id| written.bases.get(id.as_ref()))
        .map(|b| (b.listing.id.clone(), (*b).clone()));
    let mut out = HashMap::with_capacity(ids.len());
    for (id, mut base) in rows.into_iter().map(base_of_row).chain(given) {
        for v in &mut base.listing.variants {
            if let Some(s) = written
                .stock
                .get(v.id.as_str())
                .or_else(|| stock.get(&v.id))
            {
                v.stock = *s;
            }
        }
        out.insert(id, base);
    }
    Ok(out)
}

/// Upserts base listings; a row only moves forward in version.
async fn upsert_bases(conn: &mut SqliteConnection, fresh: &[&(BaseListing, Origin)]) -> Result<()> {
    raw::with_handle(conn, |db| {
        let mut base = db.prepare(
            "INSERT INTO base_listings (id, version, prices_version, deleted, data, changed_by, changed_device) \
             VALUES (?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT(id) DO UPDATE SET version = excluded.version, \
             prices_version = excluded.prices_version, deleted = excluded.deleted, data = excluded.data, \
             changed_by = excluded.changed_by, changed_device = excluded.changed_device \
             WHERE excluded.version > base_listings.version",
        )?;
        for (bl, origin) in fresh {
            base.execute(rusqlite::params![
                bl.listing.id,
                bl.version,
                bl.prices_version,
                bl.deleted,
                serde_json::to_string(&bl.listing).unwrap_or_default(),
                origin.member_id,
                origin.device_id
            ])?;
        }
        Ok(())
    })
    .await
}

/// Upserts base stock; a row only moves forward in version (the catalog's
/// variants and the inventory stream both carry it). Returns the rows that
/// were inserted or moved forward, in order (so the last of a variant's is
/// what the file holds).
async fn upsert_stock<'a>(
    conn: &mut SqliteConnection,
    stock: &'a [BaseStock],
) -> Result<Vec<&'a BaseStock>> {
    raw::with_handle(conn, |db| {
        let mut upsert = db.prepare(
            "INSERT INTO base_stock (variant_id, listing_id, stock, version) VALUES (?, ?, ?, ?) \
             ON CONFLICT(variant_id) DO UPDATE SET stock = excluded.stock, version = excluded.version, \
             listing_id = excluded.listing_id WHERE excluded.version > base_stock.version",
        )?;
        let mut moved = Vec::new();
        for s in stock {
            // No row changes when the file already has this version or a later one.
            if upsert.execute(rusqlite::params![s.variant_id, s.listing_id, s.stock, s.version])? > 0 {
                moved.push(s);
            }
        }
        Ok(moved)
    })
    .await
}

/// Notices for fields a teammate changed while this desktop has its own edit
/// of the same field in the outbox (pending, or applied and not yet pulled):
/// per-field last writer wins on the marketplace, and the seller should know.
async fn record_notices(
    conn: &mut SqliteConnection,
    entries: &[(BaseListing, Origin)],
    old: &HashMap<String, BaseListing>,
    my_device: Option<&str>,
    now: i64,
) -> Result<usize> {
    let foreign: Vec<&(BaseListing, Origin)> = entries
        .iter()
        .filter(|(_, o)| o.device_id.is_some() && o.device_id.as_deref() != my_device)
        .collect();
    if foreign.is_empty() {
        return Ok(0);
    }
    let ids: Vec<&str> = foreign.iter().map(|(b, _)| b.listing.id.as_str()).collect();
    let ops: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT listing_id, kind, payload FROM outbox WHERE kind = 'listing.patch' \
         AND status IN ('pending', 'applied') AND listing_id IN (SELECT value FROM json_each(?)) ORDER BY op_seq",
    )
    .bind(json_ids(&ids))
    .fetch_all(&mut *conn)
    .await?;
    let mut n = 0;
    let mut seen: HashSet<(String, String)> = HashSet::new();
    for (lid, kind, payload) in ops {
        let Some(LocalOp::ListingPatch { fields }) = LocalOp::parse(&kind, &payload) else {
            continue;
        };
        let Some(prev) = old.get(&lid) else { continue };
        for (theirs_entry, origin) in foreign.iter().filter(|(b, _)| b.listing.id == lid) {
            for (field, mine) in &fields {
                let before = listing_field(&prev.listing, field);
                let theirs = listing_field(&theirs_entry.listing, field);
                if before == theirs
                    || theirs == *mine
                    || seen.contains(&(lid.clone(), field.clone()))
                {
                    continue;
                }
                seen.insert((lid.clone(), field.clone()));
                sqlx::query(
                    "INSERT INTO sync_notices (at, entity, entity_id, field, mine, theirs, member_id, device_id) \
                     VALUES (?, 'listing', ?, ?, ?, ?, ?, ?)",
                )
                .bind(now)
                .bind(&lid)
                .bind(field)
                .bind(mine.to_string())
                .bind(theirs.to_string())
                .bind(&origin.member_id)
                .bind(&origin.device_id)
                .execute(&mut *conn)
                .await?;
                n += 1;
            }
        }
    }
    Ok(n)
}

/// Upserts a page of orders with one prepared statement per table (an
/// initial sync brings hundreds of thousands): the order row moves forward in
/// version only; its address and lines are the latest the page has.
async fn upsert_orders(conn: &mut SqliteConnection, orders: &[OrderRecord]) -> Result<()> {
    if orders.is_empty() {
        return Ok(());
    }
    // A page may carry an order twice (paid, then shipped): keep the newest.
    let mut latest: HashMap<&str, &OrderRecord> = HashMap::new();
    for o in orders {
        match latest.get(o.id.as_str()) {
            Some(prev) if prev.version > o.version => {}
            _ => {
                latest.insert(o.id.as_str(), o);
            }
        }
    }
    let mut list: Vec<&OrderRecord> = Vec::with_capacity(latest.len());
    let mut seen: HashSet<&str> = HashSet::new();
    for o in orders {
        if seen.insert(o.id.as_str()) {
            list.push(latest[o.id.as_str()]);
        }
    }
    raw::with_handle(conn, |db| {
        let mut known = db.prepare("SELECT 1 FROM orders WHERE id = ?")?;
        let mut order = db.prepare(
            "INSERT INTO orders (id, number, market, status, buyer_name, buyer_locale, currency, subtotal_minor, \
               total_minor, placed_at, ship_by, server_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT(id) DO UPDATE SET status = excluded.status, buyer_name = excluded.buyer_name, \
               total_minor = excluded.total_minor, subtotal_minor = excluded.subtotal_minor, ship_by = excluded.ship_by, \
               server_version = excluded.server_version WHERE excluded.server_version >= COALESCE(orders.server_version, 0) \
             RETURNING 1",
        )?;
        let mut address = db.prepare(
            "INSERT INTO order_addresses (order_id, name, line1, line2, city, region, postal_code, country, phone, \
               pickup_point) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT(order_id) DO UPDATE SET name = excluded.name, line1 = excluded.line1, line2 = excluded.line2, \
               city = excluded.city, region = excluded.region, postal_code = excluded.postal_code, \
               country = excluded.country, phone = excluded.phone, pickup_point = excluded.pickup_point",
        )?;
        // Lines are replaced for orders this file already had (none in a first sync).
        let mut drop_lines = db.prepare("DELETE FROM order_lines WHERE order_id = ?")?;
        // A line keeps its variant only while that variant is in the catalog here.
        let mut line = db.prepare(
            "INSERT INTO order_lines (order_id, line_no, variant_id, sku, title, quantity, unit_price_minor) \
             VALUES (?1, ?2, (SELECT v.id FROM variants v WHERE v.id = ?3), ?4, ?5, ?6, ?7)",
        )?;
        // Table by table, like the bare insert: each b-tree stays in cache.
        // Only orders the page moved forward (or brought) get its address and
        // lines: an older version of an order leaves all of it as it is.
        let mut applied = Vec::with_capacity(list.len());
        let mut existed = Vec::new();
        for o in list {
            let known = known.exists([&o.id])?;
            let subtotal: i64 = o
                .lines
                .iter()
                .map(|l| l.quantity.saturating_mul(l.unit_price_minor))
                .sum();
            let moved = order
                .query_row(rusqlite::params![
                o.id,
                o.number,
                o.market,
                o.status,
                o.buyer_name,
                o.buyer_locale,
                o.currency,
                subtotal,
                o.total_minor,
                o.placed_at,
                    o.ship_by,
                    o.version
                ],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
            if moved {
                applied.push(o);
                if known {
                    existed.push(o.id.as_str());
                }
            }
        }
        for o in &applied {
            let a = &o.address;
            address.execute(rusqlite::params![
                o.id,
                a.name,
                a.line1,
                a.line2,
                a.city,
                a.region,
                a.postal_code,
                a.country,
                a.phone,
                a.pickup_point
            ])?;
        }
        for id in existed {
            drop_lines.execute([id])?;
        }
        for o in &applied {
            for (i, l) in o.lines.iter().enumerate() {
                line.execute(rusqlite::params![
                    o.id,
                    i as i64 + 1,
                    l.variant_id,
                    l.sku,
                    l.title,
                    l.quantity.max(1),
                    l.unit_price_minor.max(0)
                ])?;
            }
        }
        Ok(())
    })
    .await
}

/// The view of each listing in `ids` = its base with the pending and applied
/// (not yet pulled) ops re-applied, written in bulk. A listing with neither a
/// base nor a create op keeps its view row (a local-only listing is never
/// dropped by sync).
pub(crate) async fn rebuild_views(
    conn: &mut SqliteConnection,
    ids: &[String],
    written: &Written<'_>,
    now: i64,
) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let mut bases = load_bases(&mut *conn, ids, written).await?;
    let rows: Vec<(Option<String>, String, String, String)> = sqlx::query_as(
        "SELECT listing_id, entity_id, kind, payload FROM outbox WHERE status IN ('pending', 'applied') \
         AND listing_id IN (SELECT value FROM json_each(?)) ORDER BY op_seq",
    )
    .bind(json_ids(ids))
    .fetch_all(&mut *conn)
    .await?;
    let mut ops: HashMap<String, Vec<TargetedOp>> = HashMap::new();
    for (lid, entity_id, kind, payload) in rows {
        let (Some(lid), Some(op)) = (lid, LocalOp::parse(&kind, &payload)) else {
            continue;
        };
        ops.entry(lid)
            .or_default()
            .push(TargetedOp { entity_id, op });
    }
    // Local-only facts the marketplace does not hold: when it was archived here.
    let local: Vec<(String, Option<i64>, Option<String>, i64)> = sqlx::query_as(
        "SELECT id, archived_at, archived_state, created_at FROM listings WHERE id IN (SELECT value FROM json_each(?))",
    )
    .bind(json_ids(ids))
    .fetch_all(&mut *conn)
    .await?;
    let local: HashMap<String, (Option<i64>, Option<String>, i64)> = local
        .into_iter()
        .map(|(id, a, s, c)| (id, (a, s, c)))
        .collect();

    let mut views: Vec<(Listing, Option<String>)> = Vec::new();
    for id in ids {
        let base = bases.remove(id);
        let (has_base, base_deleted, base_version) = match &base {
            Some(b) => (true, b.deleted, Some(b.version)),
            None => (false, false, None),
        };
        let my_ops = ops.remove(id).unwrap_or_default();
        let decides_archive = my_ops.iter().any(|o| {
            matches!(
                o.op,
                LocalOp::ListingArchive { .. } | LocalOp::ListingRestore { .. }
            )
        });
        let archived_state = my_ops.iter().rev().find_map(|o| match &o.op {
            LocalOp::ListingArchive { state_before } => {
                Some(state_before.map(|s| s.as_str().to_owned()))
            }
            LocalOp::ListingRestore { .. } => Some(None),
            _ => None,
        });
        if !has_base && my_ops.is_empty() {
            continue;
        }
        let Some(mut view) = overlay_owned(base.map(|b| b.listing), &my_ops, now) else {
            continue;
        };
        let (old_archived, old_state, created) =
            local.get(id).cloned().unwrap_or((None, None, now));
        if !decides_archive {
            view.archived_at = old_archived;
        }
        if base_deleted && view.archived_at.is_none() {
            view.archived_at = Some(now);
        }
        view.created_at = if local.contains_key(id) {
            created
        } else {
            view.created_at
        };
        view.updated_at = now;
        view.server_version = base_version;
        views.push((view, archived_state.unwrap_or(old_state)));
    }
    write_views(conn, &views).await
}

/// Writes view rows (listing, texts, variants, prices, stock, search index) for
/// many listings, one prepared statement per table. Existing rows are updated
/// in place (never deleted and re-inserted: order lines point at variants).
pub(crate) async fn write_views(
    conn: &mut SqliteConnection,
    views: &[(Listing, Option<String>)],
) -> Result<()> {
    if views.is_empty() {
        return Ok(());
    }
    raw::with_handle(conn, |db| {
        let mut listing = db.prepare(
            "INSERT INTO listings (id, state, default_locale, title_sort, total_stock, text_locales, price_currencies, \
               archived_at, archived_state, created_at, updated_at, server_version) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT(id) DO UPDATE SET state = excluded.state, default_locale = excluded.default_locale, \
             title_sort = excluded.title_sort, total_stock = excluded.total_stock, text_locales = excluded.text_locales, \
             price_currencies = excluded.price_currencies, archived_at = excluded.archived_at, \
             archived_state = excluded.archived_state, updated_at = excluded.updated_at, \
             server_version = excluded.server_version, view_rev = listings.view_rev + 1 \
             RETURNING rowid, view_rev",
        )?;
        let mut unindex = db.prepare("DELETE FROM listing_search WHERE rowid = ?")?;
        let mut index = db.prepare("INSERT INTO listing_search (rowid, titles, body) VALUES (?, ?, ?)")?;
        // (rowid, inserted now): an inserted row has the default view_rev,
        // an updated one at least 1. A listing new to the file has no FTS
        // row, texts or variants to clear (sync's first download: all).
        let mut rowids: Vec<(i64, bool)> = Vec::with_capacity(views.len());
        for (l, archived_state) in views {
            rowids.push(listing.query_row(
                rusqlite::params![
                    l.id,
                    l.state.as_str(),
                    l.default_locale,
                    title_sort(l),
                    l.total_stock(),
                    text_locales(l),
                    price_currencies(l),
                    l.archived_at,
                    archived_state,
                    l.created_at,
                    l.updated_at,
                    l.server_version
                ],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)? == 0)),
            )?);
        }
        // Every delete before the inserts: FTS5 flushes its pending terms
        // whenever a write does not move to a higher rowid.
        for (rowid, _) in rowids.iter().filter(|(_, new)| !new) {
            unindex.execute([rowid])?;
        }
        for ((l, _), (rowid, _)) in views.iter().zip(&rowids) {
            let (titles, body) = fts_columns(l);
            index.execute(rusqlite::params![rowid, titles, body])?;
        }

        let mut drop_texts = db.prepare("DELETE FROM listing_texts WHERE listing_id = ?")?;
        let mut text = db.prepare(
            "INSERT INTO listing_texts (listing_id, locale, title, description, tags) VALUES (?, ?, ?, ?, ?)",
        )?;
        for ((l, _), (_, new)) in views.iter().zip(&rowids) {
            if !new {
                drop_texts.execute([&l.id])?;
            }
            for t in &l.texts {
                let tags = serde_json::to_string(&t.tags).unwrap_or_else(|_| "[]".into());
                text.execute(rusqlite::params![l.id, t.locale, t.title, t.description, tags])?;
            }
        }

        // A variant gone from its listing is deleted, unless it moved to
        // another listing written here.
        let kept: HashSet<&str> = views
            .iter()
            .flat_map(|(l, _)| l.variants.iter().map(|v| v.id.as_str()))
            .collect();
        let mut held = db.prepare("SELECT id FROM variants WHERE listing_id = ?")?;
        let mut drop_variant = db.prepare("DELETE FROM variants WHERE id = ?")?;
        for ((l, _), _) in views.iter().zip(&rowids).filter(|(_, (_, new))| !new) {
            let gone: Vec<String> = held
                .query_map([&l.id], |r| r.get::<_, String>(0))?
                .filter(|id| id.as_ref().map_or(true, |id| !kept.contains(id.as_str())))
                .collect::<rusqlite::Result<_>>()?;
            for id in gone {
                drop_variant.execute([id])?;
            }
        }
        let mut variant = db.prepare(
            "INSERT INTO variants (id, listing_id, position, sku, options, weight_grams, hs_code, hs_edition, \
               origin_country, customs_description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT(id) DO UPDATE SET listing_id = excluded.listing_id, position = excluded.position, \
             sku = excluded.sku, options = excluded.options, weight_grams = excluded.weight_grams, \
             hs_code = excluded.hs_code, hs_edition = excluded.hs_edition, origin_country = excluded.origin_country, \
             customs_description = excluded.customs_description",
        )?;
        let mut inventory = db.prepare(
            "INSERT INTO inventory (variant_id, on_hand) VALUES (?, ?) \
             ON CONFLICT(variant_id) DO UPDATE SET on_hand = excluded.on_hand",
        )?;
        // The variants of new listings have no prices yet, unless one moved
        // here from a listing the file already had.
        let mut fresh_variants: HashSet<&str> = views
            .iter()
            .zip(&rowids)
            .filter(|(_, (_, new))| *new)
            .flat_map(|((l, _), _)| l.variants.iter().map(|v| v.id.as_str()))
            .collect();
        if !fresh_variants.is_empty() {
            let mut moved = db.prepare("SELECT id FROM variants WHERE id IN (SELECT value FROM json_each(?))")?;
            let ids = serde_json::to_string(&fresh_variants).unwrap_or_default();
            let moved: Vec<String> = moved
                .query_map([ids], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<_>>()?;
            for id in &moved {
                fresh_variants.remove(id.as_str());
            }
        }
        for (l, _) in views {
            for (i, v) in l.variants.iter().enumerate() {
                let options = serde_json::to_string(&v.options).unwrap_or_else(|_| "[]".into());
                variant.execute(rusqlite::params![
                    v.id,
                    l.id,
                    i as i64,
                    v.sku,
                    options,
                    v.weight_grams,
                    v.hs_code,
                    v.hs_edition,
                    v.origin_country,
                    v.customs_description
                ])?;
                inventory.execute(rusqlite::params![v.id, v.stock.max(0)])?;
            }
        }

        let mut drop_prices = db.prepare("DELETE FROM variant_prices WHERE variant_id = ?")?;
        let mut price = db.prepare(
            "INSERT INTO variant_prices (variant_id, currency, amount_minor) VALUES (?, ?, ?)",
        )?;
        for v in views.iter().flat_map(|(l, _)| &l.variants) {
            if !fresh_variants.contains(v.id.as_str()) {
                drop_prices.execute([&v.id])?;
            }
            for p in &v.prices {
                price.execute(rusqlite::params![v.id, p.currency, p.amount_minor])?;
            }
        }
        Ok(())
    })
    .await
}
