//! The orders inbox and fulfillment side of the shop file: the inbox query
//! (status, market, ship-by, search; keyset paging), one order with what its
//! documents need, shipments (labelled, marked shipped with their outbox op,
//! confirmed by the pull) and the SDR rates stored as data.

use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

use crate::sync::OrderRecord;
use crate::{ChangeRecord, Result, Store, StoreError, write_change};

/// Which orders the inbox shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OrderStatusFilter {
    /// Paid and not shipped yet (the work queue), by ship-by date.
    #[default]
    ToShip,
    /// Shipped or delivered, newest first.
    Shipped,
    /// Cancelled or refunded, newest first.
    Closed,
    /// Everything, newest first.
    All,
}

/// Ship-by filter, relative to the caller's local day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueFilter {
    /// Ship-by before the start of today.
    Overdue,
    /// Ship-by within today.
    Today,
}

#[derive(Debug, Clone, Default)]
pub struct OrderQuery {
    pub status: OrderStatusFilter,
    /// ISO alpha-2 market.
    pub market: Option<String>,
    pub due: Option<DueFilter>,
    /// Order number, buyer name, SKU or tracking number (substring).
    pub search: String,
    /// The caller's local day, in ms since the epoch: [today_start, today_end).
    pub today_start: i64,
    pub today_end: i64,
    /// Cursor of the previous page's last row.
    pub after: Option<String>,
    pub limit: u32,
}

/// A shipment of an order as the app knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShipmentInfo {
    pub id: String,
    pub carrier: String,
    /// `post` or `courier`.
    pub carrier_kind: String,
    pub tracking_number: Option<String>,
    /// `labelled` or `shipped` (and later `delivered`, `returned`).
    pub status: String,
    pub labelled_at: Option<i64>,
    pub shipped_at: Option<i64>,
    /// The marketplace has it (pulled back).
    pub confirmed: bool,
    /// The outbox op's status while unconfirmed: `pending`, `applied`, `conflict`, `rejected`.
    pub op_status: Option<String>,
    pub op_code: Option<String>,
    pub op_message: Option<String>,
}

/// One inbox row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderSummary {
    pub id: String,
    pub number: String,
    pub market: String,
    pub status: String,
    pub buyer_name: String,
    pub currency: String,
    pub total_minor: i64,
    pub placed_at: i64,
    pub ship_by: Option<i64>,
    /// Units over all lines.
    pub units: i64,
    pub first_title: String,
    pub skus: Vec<String>,
    pub shipment: Option<ShipmentInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderPage {
    pub rows: Vec<OrderSummary>,
    /// Pass as `after` for the next page; `None` at the end.
    pub next: Option<String>,
    /// Rows matching the filters (all pages).
    pub total: i64,
}

/// Inbox counts for the status tabs and the due chips.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OrderCounts {
    pub to_ship: i64,
    pub overdue: i64,
    pub due_today: i64,
    pub shipped: i64,
    pub closed: i64,
    pub all: i64,
}

/// One line of an order with what its documents need from the variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderDetailLine {
    pub line_no: i64,
    pub variant_id: Option<String>,
    pub listing_id: Option<String>,
    pub sku: String,
    pub title: String,
    pub quantity: i64,
    pub unit_price_minor: i64,
    /// Variant options JSON (`[{"name","value"}]`), when the variant is known.
    pub options: Option<String>,
    pub weight_grams: Option<i64>,
    pub hs_code: Option<String>,
    pub hs_edition: Option<String>,
    pub origin_country: Option<String>,
    pub customs_description: Option<String>,
    pub location: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderDetail {
    pub order: OrderRecord,
    pub subtotal_minor: i64,
    pub shipping_minor: i64,
    pub tax_minor: i64,
    pub discount_minor: i64,
    pub lines: Vec<OrderDetailLine>,
    pub shipment: Option<ShipmentInfo>,
    /// The buyer's tax id (CPF, NIK...), the CN23 importer's reference; kept locally.
    pub tax_id: String,
}

/// A shipment as the marketplace sent it (the `shipments` stream).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShipmentRecord {
    pub id: String,
    pub order_id: String,
    pub carrier: String,
    pub carrier_kind: String,
    pub tracking_number: String,
    pub created_at: i64,
    pub version: i64,
}

/// A label printed in full: its order, the shipment id it will ship under, and the tracking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelRecord {
    pub order_id: String,
    pub shipment_id: String,
    pub carrier: String,
    pub carrier_kind: String,
    pub tracking_number: String,
}

/// An SDR rate row: units of `currency` per 1 SDR (decimal string), with its date and source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SdrRateRow {
    pub currency: String,
    pub per_sdr: String,
    pub date: String,
    pub source: String,
}

/// Sort key of rows without a ship-by date (after every real date).
const NO_SHIP_BY: i64 = 253_402_300_799_000;

fn like_pattern(s: &str) -> String {
    let mut p = String::with_capacity(s.len() + 2);
    p.push('%');
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// By ship-by ascending (the work queue) or by placed date descending.
fn ascending(status: OrderStatusFilter) -> bool {
    status == OrderStatusFilter::ToShip
}

fn push_filters(qb: &mut QueryBuilder<Sqlite>, q: &OrderQuery) {
    qb.push(" WHERE 1 = 1");
    match q.status {
        OrderStatusFilter::ToShip => qb.push(" AND o.status = 'paid'"),
        OrderStatusFilter::Shipped => qb.push(" AND o.status IN ('shipped', 'delivered')"),
        OrderStatusFilter::Closed => qb.push(" AND o.status IN ('cancelled', 'refunded')"),
        OrderStatusFilter::All => qb.push(""),
    };
    if let Some(m) = q.market.as_deref().filter(|m| !m.is_empty()) {
        qb.push(" AND o.market = ").push_bind(m.to_owned());
    }
    match q.due {
        Some(DueFilter::Overdue) => {
            qb.push(" AND o.ship_by < ").push_bind(q.today_start);
        }
        Some(DueFilter::Today) => {
            qb.push(" AND o.ship_by >= ")
                .push_bind(q.today_start)
                .push(" AND o.ship_by < ")
                .push_bind(q.today_end);
        }
        None => {}
    }
    let s = q.search.trim();
    if !s.is_empty() {
        let p = like_pattern(s);
        qb.push(" AND (o.number LIKE ")
            .push_bind(p.clone())
            .push(" ESCAPE '\\' OR o.buyer_name LIKE ")
            .push_bind(p.clone())
            .push(" ESCAPE '\\' OR EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.sku LIKE ")
            .push_bind(p.clone())
            .push(" ESCAPE '\\') OR EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = o.id AND s.tracking_number LIKE ")
            .push_bind(p)
            .push(" ESCAPE '\\'))");
    }
}

fn sort_key_sql(status: OrderStatusFilter) -> String {
    if ascending(status) {
        format!("COALESCE(o.ship_by, {NO_SHIP_BY})")
    } else {
        "o.placed_at".to_owned()
    }
}

type ShipmentTuple = (
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
);

const SHIPMENT_SELECT: &str = "SELECT s.order_id, s.id, s.carrier, s.carrier_kind, s.tracking_number, s.status, \
     s.labelled_at, s.shipped_at, s.server_version, \
     (SELECT x.status FROM outbox x WHERE x.entity = 'shipment' AND x.entity_id = s.id ORDER BY x.op_seq DESC LIMIT 1), \
     (SELECT x.result_code FROM outbox x WHERE x.entity = 'shipment' AND x.entity_id = s.id ORDER BY x.op_seq DESC LIMIT 1), \
     (SELECT x.result_message FROM outbox x WHERE x.entity = 'shipment' AND x.entity_id = s.id ORDER BY x.op_seq DESC LIMIT 1) \
     FROM shipments s";

fn shipment_info(t: ShipmentTuple) -> (String, ShipmentInfo) {
    (
        t.0,
        ShipmentInfo {
            id: t.1,
            carrier: t.2,
            carrier_kind: t.3,
            tracking_number: t.4,
            status: t.5,
            labelled_at: t.6,
            shipped_at: t.7,
            confirmed: t.8.is_some(),
            op_status: t.9,
            op_code: t.10,
            op_message: t.11,
        },
    )
}

/// The latest shipment of each order in `ids`.
async fn shipments_of(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> Result<std::collections::HashMap<String, ShipmentInfo>> {
    let json = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
    let rows: Vec<ShipmentTuple> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SHIPMENT_SELECT} WHERE s.order_id IN (SELECT value FROM json_each(?)) ORDER BY s.rowid"
    )))
    .bind(json)
    .fetch_all(&mut *conn)
    .await?;
    // Later rows win: the newest shipment of an order.
    Ok(rows.into_iter().map(shipment_info).collect())
}

impl Store {
    /// One page of the orders inbox.
    pub async fn order_page(&self, q: &OrderQuery) -> Result<OrderPage> {
        let mut conn = self.pool.acquire().await?;
        let limit = q.limit.clamp(1, 500);
        let key = sort_key_sql(q.status);
        let asc = ascending(q.status);

        let mut count = QueryBuilder::<Sqlite>::new("SELECT count(*) FROM orders o");
        push_filters(&mut count, q);
        let (total,): (i64,) = count.build_query_as().fetch_one(&mut *conn).await?;

        let mut qb = QueryBuilder::<Sqlite>::new(format!(
            "SELECT o.id, o.number, o.market, o.status, o.buyer_name, o.currency, o.total_minor, o.placed_at, \
             o.ship_by, {key} AS k, \
             (SELECT COALESCE(SUM(quantity), 0) FROM order_lines l WHERE l.order_id = o.id), \
             (SELECT title FROM order_lines l WHERE l.order_id = o.id ORDER BY line_no LIMIT 1), \
             (SELECT json_group_array(sku) FROM (SELECT sku FROM order_lines l WHERE l.order_id = o.id ORDER BY line_no)) \
             FROM orders o"
        ));
        push_filters(&mut qb, q);
        if let Some(after) = q.after.as_deref() {
            let (k, id) = after.split_once(':').ok_or(StoreError::BadCursor)?;
            let k: i64 = k.parse().map_err(|_| StoreError::BadCursor)?;
            let op = if asc { ">" } else { "<" };
            qb.push(format!(" AND ({key} {op} "))
                .push_bind(k)
                .push(format!(" OR ({key} = "))
                .push_bind(k)
                .push(format!(" AND o.id {op} "))
                .push_bind(id.to_owned())
                .push("))");
        }
        let dir = if asc { "ASC" } else { "DESC" };
        qb.push(format!(" ORDER BY k {dir}, o.id {dir} LIMIT "))
            .push_bind(i64::from(limit) + 1);
        type Row = (
            String,
            String,
            String,
            String,
            String,
            String,
            i64,
            i64,
            Option<i64>,
            i64,
            i64,
            Option<String>,
            Option<String>,
        );
        let mut rows: Vec<Row> = qb.build_query_as().fetch_all(&mut *conn).await?;
        let more = rows.len() > limit as usize;
        rows.truncate(limit as usize);
        let next = if more {
            rows.last().map(|r| format!("{}:{}", r.9, r.0))
        } else {
            None
        };
        let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
        let mut ships = shipments_of(&mut conn, &ids).await?;
        let rows = rows
            .into_iter()
            .map(|r| OrderSummary {
                shipment: ships.remove(&r.0),
                id: r.0,
                number: r.1,
                market: r.2,
                status: r.3,
                buyer_name: r.4,
                currency: r.5,
                total_minor: r.6,
                placed_at: r.7,
                ship_by: r.8,
                units: r.10,
                first_title: r.11.unwrap_or_default(),
                skus: r
                    .12
                    .and_then(|j| serde_json::from_str(&j).ok())
                    .unwrap_or_default(),
            })
            .collect();
        Ok(OrderPage { rows, next, total })
    }

    /// Counts for the inbox tabs.
    pub async fn order_counts(&self, today_start: i64, today_end: i64) -> Result<OrderCounts> {
        let r: (i64, i64, i64, i64, i64, i64) = sqlx::query_as(
            "SELECT \
               COALESCE(SUM(status = 'paid'), 0), \
               COALESCE(SUM(status = 'paid' AND ship_by < ?1), 0), \
               COALESCE(SUM(status = 'paid' AND ship_by >= ?1 AND ship_by < ?2), 0), \
               COALESCE(SUM(status IN ('shipped', 'delivered')), 0), \
               COALESCE(SUM(status IN ('cancelled', 'refunded')), 0), \
               count(*) FROM orders",
        )
        .bind(today_start)
        .bind(today_end)
        .fetch_one(&self.pool)
        .await?;
        Ok(OrderCounts {
            to_ship: r.0,
            overdue: r.1,
            due_today: r.2,
            shipped: r.3,
            closed: r.4,
            all: r.5,
        })
    }

    /// The markets orders came from, alphabetically.
    pub async fn order_markets(&self) -> Result<Vec<String>> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT DISTINCT market FROM orders ORDER BY market")
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    /// One order with its lines (and their variants' customs data) and shipment.
    pub async fn order_detail(&self, id: &str) -> Result<Option<OrderDetail>> {
        let mut conn = self.pool.acquire().await?;
        type Row = (
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
            i64,
            i64,
            i64,
            i64,
        );
        let r: Option<Row> = sqlx::query_as(
            "SELECT id, number, market, status, buyer_name, buyer_locale, currency, total_minor, placed_at, \
             ship_by, server_version, subtotal_minor, shipping_minor, tax_minor, discount_minor FROM orders WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(r) = r else { return Ok(None) };
        type A = (
            String,
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
        let a: Option<A> = sqlx::query_as(
            "SELECT name, line1, line2, city, region, postal_code, country, phone, pickup_point, tax_id \
             FROM order_addresses WHERE order_id = ?",
        )
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
        let a = a.unwrap_or_default();
        type L = (
            i64,
            Option<String>,
            Option<String>,
            String,
            String,
            i64,
            i64,
            Option<String>,
            Option<i64>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let lines: Vec<L> = sqlx::query_as(
            "SELECT l.line_no, l.variant_id, v.listing_id, l.sku, l.title, l.quantity, l.unit_price_minor, \
             v.options, v.weight_grams, v.hs_code, v.hs_edition, v.origin_country, v.customs_description, \
             NULLIF(i.location, '') \
             FROM order_lines l \
             LEFT JOIN variants v ON v.id = COALESCE(l.variant_id, \
                 (SELECT id FROM variants WHERE sku = l.sku COLLATE NOCASE)) \
             LEFT JOIN inventory i ON i.variant_id = v.id \
             WHERE l.order_id = ? ORDER BY l.line_no",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        let mut ships = shipments_of(&mut conn, &[id.to_owned()]).await?;
        let detail_lines: Vec<OrderDetailLine> = lines
            .into_iter()
            .map(|l| OrderDetailLine {
                line_no: l.0,
                variant_id: l.1,
                listing_id: l.2,
                sku: l.3,
                title: l.4,
                quantity: l.5,
                unit_price_minor: l.6,
                options: l.7,
                weight_grams: l.8,
                hs_code: l.9.filter(|s| !s.trim().is_empty()),
                hs_edition: l.10.filter(|s| !s.trim().is_empty()),
                origin_country: l.11.filter(|s| !s.trim().is_empty()),
                customs_description: l.12.filter(|s| !s.trim().is_empty()),
                location: l.13,
            })
            .collect();
        let (name, line1, line2, city, region, postal_code, country, phone, pickup, tax_id) = a;
        let lines = detail_lines
            .iter()
            .map(|l| crate::sync::OrderLine {
                variant_id: l.variant_id.clone(),
                sku: l.sku.clone(),
                title: l.title.clone(),
                quantity: l.quantity,
                unit_price_minor: l.unit_price_minor,
            })
            .collect();
        let order = crate::sync::order_record(
            (
                r.0.clone(),
                r.1,
                r.2,
                r.3,
                r.4,
                r.5,
                r.6,
                r.7,
                r.8,
                r.9,
                r.10,
            ),
            (
                name,
                line1,
                line2,
                city,
                region,
                postal_code,
                country,
                phone,
                pickup,
            ),
            lines,
        );
        Ok(Some(OrderDetail {
            shipment: ships.remove(&r.0),
            order,
            subtotal_minor: r.11,
            shipping_minor: r.12,
            tax_minor: r.13,
            discount_minor: r.14,
            lines: detail_lines,
            tax_id,
        }))
    }

    /// Records labels printed in full, in one transaction: one `labelled`
    /// shipment per order (replacing an earlier unshipped label of the order)
    /// and, when the tracking numbers came from the seller's S10 range, the
    /// range's next serial.
    pub async fn record_labels(
        &self,
        labels: &[LabelRecord],
        next_serial: Option<(&str, &str)>,
        now: i64,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        for l in labels {
            sqlx::query("DELETE FROM shipments WHERE order_id = ? AND status = 'labelled'")
                .bind(&l.order_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO shipments (id, order_id, carrier, carrier_kind, tracking_number, status, labelled_at) \
                 VALUES (?, ?, ?, ?, ?, 'labelled', ?)",
            )
            .bind(&l.shipment_id)
            .bind(&l.order_id)
            .bind(&l.carrier)
            .bind(&l.carrier_kind)
            .bind(&l.tracking_number)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        if let Some((key, value)) = next_serial {
            sqlx::query(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            )
            .bind(key)
            .bind(value)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Marks an order shipped: the shipment row, its `shipment.create` op and
    /// the audit entry in ONE transaction (invariant 9). Refused (`Stale`)
    /// when the order already has a shipment that is shipped or on its way.
    pub async fn mark_shipped(
        &self,
        order_id: &str,
        shipment: &LabelRecord,
        change: &ChangeRecord,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let (status,): (String,) = sqlx::query_as("SELECT status FROM orders WHERE id = ?")
            .bind(order_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound("order"))?;
        let busy: Option<(String,)> = sqlx::query_as(
            "SELECT id FROM shipments WHERE order_id = ? AND status <> 'labelled' LIMIT 1",
        )
        .bind(order_id)
        .fetch_optional(&mut *tx)
        .await?;
        if status != "paid" || busy.is_some() {
            return Err(StoreError::Stale);
        }
        sqlx::query("DELETE FROM shipments WHERE order_id = ? AND status = 'labelled' AND id <> ?")
            .bind(order_id)
            .bind(&shipment.shipment_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO shipments (id, order_id, carrier, carrier_kind, tracking_number, status, shipped_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, 'shipped', ?6) ON CONFLICT(id) DO UPDATE SET carrier = excluded.carrier, \
             carrier_kind = excluded.carrier_kind, tracking_number = excluded.tracking_number, \
             status = 'shipped', shipped_at = excluded.shipped_at",
        )
        .bind(&shipment.shipment_id)
        .bind(order_id)
        .bind(&shipment.carrier)
        .bind(&shipment.carrier_kind)
        .bind(&shipment.tracking_number)
        .bind(change.at)
        .execute(&mut *tx)
        .await?;
        write_change(&mut tx, change).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Drops a shipment the marketplace refused (and its refused op), so the
    /// order can be shipped again. Only unconfirmed shipments whose op was
    /// refused or is in conflict; anything else is `Stale`.
    pub async fn discard_refused_shipment(&self, order_id: &str) -> Result<()> {
        let mut tx = self.write().await?;
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT s.id FROM shipments s WHERE s.order_id = ? AND s.status = 'shipped' \
             AND s.server_version IS NULL AND EXISTS (SELECT 1 FROM outbox x WHERE x.entity = 'shipment' \
             AND x.entity_id = s.id AND x.status IN ('conflict', 'rejected')) \
             AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.entity = 'shipment' AND x.entity_id = s.id \
             AND x.status IN ('pending', 'applied'))",
        )
        .bind(order_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((sid,)) = row else {
            return Err(StoreError::Stale);
        };
        sqlx::query("DELETE FROM outbox WHERE entity = 'shipment' AND entity_id = ?")
            .bind(&sid)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM shipments WHERE id = ?")
            .bind(&sid)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sets the buyer's tax id of an order (the CN23 importer's reference).
    pub async fn set_order_tax_id(&self, order_id: &str, tax_id: &str) -> Result<()> {
        let r = sqlx::query("UPDATE order_addresses SET tax_id = ? WHERE order_id = ?")
            .bind(tax_id)
            .bind(order_id)
            .execute(&self.pool)
            .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound("order"));
        }
        Ok(())
    }

    /// The stored SDR rates, by currency.
    pub async fn sdr_rates(&self) -> Result<Vec<SdrRateRow>> {
        let rows: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT currency, per_sdr, rate_date, source FROM sdr_rates ORDER BY currency",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| SdrRateRow {
                currency: r.0,
                per_sdr: r.1,
                date: r.2,
                source: r.3,
            })
            .collect())
    }

    /// Inserts or replaces one currency's SDR rate.
    pub async fn set_sdr_rate(&self, r: &SdrRateRow) -> Result<()> {
        sqlx::query(
            "INSERT INTO sdr_rates (currency, per_sdr, rate_date, source) VALUES (?, ?, ?, ?) \
             ON CONFLICT(currency) DO UPDATE SET per_sdr = excluded.per_sdr, rate_date = excluded.rate_date, \
             source = excluded.source",
        )
        .bind(&r.currency)
        .bind(&r.per_sdr)
        .bind(&r.date)
        .bind(&r.source)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Several settings at once (one transaction).
    pub async fn set_settings(&self, pairs: &[(&str, String)]) -> Result<()> {
        let mut tx = self.write().await?;
        for (k, v) in pairs {
            sqlx::query(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            )
            .bind(k)
            .bind(v)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The settings whose keys start with `prefix`.
    pub async fn settings_with_prefix(&self, prefix: &str) -> Result<Vec<(String, String)>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT key, value FROM settings WHERE substr(key, 1, length(?1)) = ?1 ORDER BY key",
        )
        .bind(prefix)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows)
    }
}

/// Upserts pulled shipments (inside the pull's transaction). A shipment of an
/// order this file does not have yet is skipped (the orders stream brings
/// the order first).
pub(crate) async fn apply_shipments(
    conn: &mut SqliteConnection,
    shipments: &[ShipmentRecord],
) -> Result<usize> {
    let mut n = 0;
    for s in shipments {
        let r = sqlx::query(
            "INSERT INTO shipments (id, order_id, carrier, carrier_kind, tracking_number, status, shipped_at, server_version) \
             SELECT ?1, ?2, ?3, ?4, ?5, 'shipped', ?6, ?7 WHERE EXISTS (SELECT 1 FROM orders WHERE id = ?2) \
             ON CONFLICT(id) DO UPDATE SET carrier = excluded.carrier, carrier_kind = excluded.carrier_kind, \
             tracking_number = excluded.tracking_number, \
             status = CASE WHEN shipments.status IN ('delivered', 'returned') THEN shipments.status ELSE 'shipped' END, \
             shipped_at = COALESCE(shipments.shipped_at, excluded.shipped_at), server_version = excluded.server_version \
             WHERE excluded.server_version >= COALESCE(shipments.server_version, 0)",
        )
        .bind(&s.id)
        .bind(&s.order_id)
        .bind(&s.carrier)
        .bind(&s.carrier_kind)
        .bind(&s.tracking_number)
        .bind(s.created_at)
        .bind(s.version)
        .execute(&mut *conn)
        .await?;
        n += r.rows_affected() as usize;
        // A label printed for the order under another id is superseded.
        sqlx::query("DELETE FROM shipments WHERE order_id = ? AND status = 'labelled' AND id <> ?")
            .bind(&s.order_id)
            .bind(&s.id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(n)
}
