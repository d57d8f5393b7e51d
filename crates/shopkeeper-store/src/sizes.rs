//! Size charts: body measurements held once (millimetres), each row mapped
//! to the size label of every market; and which chart a listing's size
//! option uses.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::ChangeRecord;
use crate::{Result, Store, StoreError, parse_json, write_change};

/// One size of a chart: a range per measure (millimetres, `[min, max]`) and
/// the label each market gives it (`"BR" → "M"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SizeRow {
    pub measurements: BTreeMap<String, [i64; 2]>,
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SizeChart {
    pub id: String,
    pub name: String,
    /// The unit the seller enters and reads measurements in: `cm` or `in`.
    pub unit: String,
    /// Measure names in display order (`bust`, `waist`, `hip`, `foot_length`...).
    pub measures: Vec<String>,
    pub rows: Vec<SizeRow>,
    pub created_at: i64,
    pub updated_at: i64,
}

fn json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl Store {
    pub async fn size_charts(&self) -> Result<Vec<SizeChart>> {
        let ids: Vec<(String,)> =
            sqlx::query_as("SELECT id FROM size_charts ORDER BY name COLLATE NOCASE, id")
                .fetch_all(&self.pool)
                .await?;
        let mut charts = Vec::with_capacity(ids.len());
        for (id,) in ids {
            if let Some(c) = self.size_chart(&id).await? {
                charts.push(c);
            }
        }
        Ok(charts)
    }

    pub async fn size_chart(&self, id: &str) -> Result<Option<SizeChart>> {
        let head: Option<(String, String, String, String, i64, i64)> = sqlx::query_as(
            "SELECT id, name, unit, measures, created_at, updated_at FROM size_charts WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some((id, name, unit, measures, created_at, updated_at)) = head else {
            return Ok(None);
        };
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT position, measurements FROM size_chart_rows WHERE chart_id = ? ORDER BY position",
        )
        .bind(&id)
        .fetch_all(&self.pool)
        .await?;
        let labels: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT position, market, label FROM size_chart_labels WHERE chart_id = ? ORDER BY position, market",
        )
        .bind(&id)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for (position, measurements) in rows {
            out.push(SizeRow {
                measurements: parse_json(&measurements)?,
                labels: labels
                    .iter()
                    .filter(|(p, _, _)| *p == position)
                    .map(|(_, m, l)| (m.clone(), l.clone()))
                    .collect(),
            });
        }
        Ok(Some(SizeChart {
            id,
            name,
            unit,
            measures: parse_json(&measures)?,
            rows: out,
            created_at,
            updated_at,
        }))
    }

    /// Creates or replaces a chart (rows and labels) with its op and audit.
    pub async fn save_size_chart(&self, chart: &SizeChart, change: &ChangeRecord) -> Result<()> {
        let mut tx = self.write().await?;
        write_chart(&mut tx, chart).await?;
        write_change(&mut tx, change).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deletes a chart; listings that used it keep their option without a chart.
    pub async fn delete_size_chart(&self, id: &str, change: &ChangeRecord) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM size_charts WHERE id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        write_change(&mut tx, change).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The size chart of each of a listing's options that has one: option name → chart id.
    pub async fn listing_size_charts(&self, listing_id: &str) -> Result<BTreeMap<String, String>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT name, size_chart_id FROM listing_options WHERE listing_id = ? AND size_chart_id IS NOT NULL",
        )
        .bind(listing_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().collect())
    }

    /// Ties (`Some`) or unties (`None`) a chart to a listing's option.
    pub async fn set_listing_size_chart(
        &self,
        listing_id: &str,
        option: &str,
        position: i64,
        chart_id: Option<&str>,
        change: &ChangeRecord,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO listing_options (listing_id, name, position, size_chart_id) VALUES (?, ?, ?, ?) \
             ON CONFLICT(listing_id, name) DO UPDATE SET size_chart_id = excluded.size_chart_id",
        )
        .bind(listing_id)
        .bind(option)
        .bind(position)
        .bind(chart_id)
        .execute(&mut *tx)
        .await?;
        write_change(&mut tx, change).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Live listings, and per locale how many have a title and a description in it.
    pub async fn translation_counts(&self) -> Result<(i64, Vec<(String, i64, i64)>)> {
        let (total,): (i64,) =
            sqlx::query_as("SELECT count(*) FROM listings WHERE archived_at IS NULL")
                .fetch_one(&self.pool)
                .await?;
        let rows: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT t.locale, sum(t.title <> ''), sum(t.description <> '') FROM listing_texts t \
             JOIN listings l ON l.id = t.listing_id WHERE l.archived_at IS NULL GROUP BY t.locale ORDER BY t.locale",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok((total, rows))
    }
}

/// Writes a chart with its rows and labels (replacing them).
async fn write_chart(conn: &mut sqlx::SqliteConnection, chart: &SizeChart) -> Result<()> {
    sqlx::query(
            "INSERT INTO size_charts (id, name, unit, measures, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) \
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, unit = excluded.unit, \
               measures = excluded.measures, updated_at = excluded.updated_at",
        )
        .bind(&chart.id)
        .bind(&chart.name)
        .bind(&chart.unit)
        .bind(json(&chart.measures)?)
        .bind(chart.created_at)
        .bind(chart.updated_at)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM size_chart_rows WHERE chart_id = ?")
        .bind(&chart.id)
        .execute(&mut *conn)
        .await?;
    for (position, row) in chart.rows.iter().enumerate() {
        sqlx::query(
            "INSERT INTO size_chart_rows (chart_id, position, measurements) VALUES (?, ?, ?)",
        )
        .bind(&chart.id)
        .bind(position as i64)
        .bind(json(&row.measurements)?)
        .execute(&mut *conn)
        .await?;
        for (market, label) in &row.labels {
            sqlx::query(
                    "INSERT INTO size_chart_labels (chart_id, position, market, label) VALUES (?, ?, ?, ?)",
                )
                .bind(&chart.id)
                .bind(position as i64)
                .bind(market)
                .bind(label)
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(())
}

/// Applies pulled size charts inside the pull's transaction; a chart with an
/// unconfirmed op of this desktop keeps the local version until then.
pub(crate) async fn apply_pulled_charts(
    conn: &mut sqlx::SqliteConnection,
    charts: &[(SizeChart, bool)],
    now: i64,
) -> Result<()> {
    for (chart, deleted) in charts {
        let own: Option<(i64,)> = sqlx::query_as(
            "SELECT 1 FROM outbox WHERE entity = 'size_chart' AND entity_id = ? \
             AND status IN ('pending', 'applied') LIMIT 1",
        )
        .bind(&chart.id)
        .fetch_optional(&mut *conn)
        .await?;
        if own.is_some() {
            continue;
        }
        if *deleted {
            sqlx::query("DELETE FROM size_charts WHERE id = ?")
                .bind(&chart.id)
                .execute(&mut *conn)
                .await?;
            continue;
        }
        let existing: Option<(i64,)> =
            sqlx::query_as("SELECT created_at FROM size_charts WHERE id = ?")
                .bind(&chart.id)
                .fetch_optional(&mut *conn)
                .await?;
        let c = SizeChart {
            created_at: existing.map_or(now, |e| e.0),
            updated_at: now,
            ..chart.clone()
        };
        write_chart(conn, &c).await?;
    }
    Ok(())
}

/// Sets which chart each option of a listing uses to the marketplace's
/// `ties` (option → chart id); charts this desktop does not have are skipped.
pub(crate) async fn apply_ties(
    conn: &mut sqlx::SqliteConnection,
    listing_id: &str,
    ties: &[(String, String)],
) -> Result<()> {
    let names: Vec<&str> = ties.iter().map(|(o, _)| o.as_str()).collect();
    sqlx::query(
        "UPDATE listing_options SET size_chart_id = NULL WHERE listing_id = ? \
         AND name NOT IN (SELECT value FROM json_each(?))",
    )
    .bind(listing_id)
    .bind(json(&names)?)
    .execute(&mut *conn)
    .await?;
    for (option, chart) in ties {
        sqlx::query(
            "INSERT INTO listing_options (listing_id, name, position, size_chart_id) \
             SELECT ?1, ?2, (SELECT COALESCE(MAX(position), -1) + 1 FROM listing_options WHERE listing_id = ?1), ?3 \
             WHERE EXISTS (SELECT 1 FROM size_charts WHERE id = ?3) \
             ON CONFLICT(listing_id, name) DO UPDATE SET size_chart_id = excluded.size_chart_id",
        )
        .bind(listing_id)
        .bind(option)
        .bind(chart)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
