//! Buyer disputes (issue 7 item 6, docs/adr/0705): the disputes stream
//! applied from a pull, the seller's answer written with its
//! `dispute.respond` outbox op and audit entry in one transaction, and its
//! delivery state read from that op (like outbound messages).

use serde::{Deserialize, Serialize};
use sqlx::Row;
use sqlx::SqliteConnection;
use sqlx::sqlite::SqliteRow;

use crate::model::ChangeRecord;
use crate::{Result, Store, StoreError, write_change};

/// One piece of evidence of a response the marketplace has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisputeEvidenceRecord {
    /// `photo`, `tracking`, `document` or `note`.
    pub kind: String,
    pub description: String,
}

/// A response the marketplace has (from the seller's team).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisputeResponseRecord {
    pub text: String,
    pub evidence: Vec<DisputeEvidenceRecord>,
    pub at: i64,
}

/// A dispute as the marketplace sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisputeRecord {
    pub id: String,
    pub order_ref: String,
    /// `open`, `seller_responded`, `resolved_buyer`, `resolved_seller`.
    pub status: String,
    pub reason: String,
    /// Untrusted text.
    pub buyer_statement: String,
    pub buyer_name: String,
    pub buyer_country: String,
    pub buyer_locale: String,
    pub opened_at: i64,
    pub resolution: Option<String>,
    pub responses: Vec<DisputeResponseRecord>,
    pub version: i64,
}

/// The seller's answer not yet seen back from the marketplace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingReply {
    pub text: String,
    /// The evidence as written in the op (JSON array).
    pub evidence: serde_json::Value,
    pub at: i64,
    /// `sending`, `sent` or `failed`.
    pub state: String,
    /// Why the marketplace refused it (failed).
    pub error_code: Option<String>,
    pub error_message: Option<String>,
}

/// A dispute with its order and the seller's pending answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisputeRow {
    pub record: DisputeRecord,
    /// The order as this desktop has it (absent until the orders stream brings it).
    pub order_number: Option<String>,
    pub order_status: Option<String>,
    pub tracking_number: Option<String>,
    pub carrier: Option<String>,
    pub reply: Option<PendingReply>,
}

/// Disputes not resolved yet, and all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DisputeCounts {
    pub unresolved: i64,
    /// Open and not answered (nor being answered) by the seller.
    pub awaiting_reply: i64,
    pub all: i64,
}

/// Applies a pulled page's disputes inside the pull's transaction (the newest
/// version wins). A dispute whose change carries the op of the seller's
/// pending answer has that answer: the pending copy is dropped.
pub(crate) async fn apply_disputes(
    tx: &mut SqliteConnection,
    disputes: &[DisputeRecord],
    op_ids: &[String],
) -> Result<()> {
    for d in disputes {
        let responses =
            serde_json::to_string(&d.responses).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        sqlx::query(
            "INSERT INTO disputes (id, order_ref, status, reason, buyer_statement, buyer_name, buyer_country, \
               buyer_locale, opened_at, resolution, responses, server_version) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT(id) DO UPDATE SET order_ref = excluded.order_ref, status = excluded.status, \
               reason = excluded.reason, buyer_statement = excluded.buyer_statement, \
               buyer_name = excluded.buyer_name, buyer_country = excluded.buyer_country, \
               buyer_locale = excluded.buyer_locale, opened_at = excluded.opened_at, \
               resolution = excluded.resolution, responses = excluded.responses, \
               server_version = excluded.server_version \
             WHERE excluded.server_version > disputes.server_version",
        )
        .bind(&d.id)
        .bind(&d.order_ref)
        .bind(&d.status)
        .bind(&d.reason)
        .bind(&d.buyer_statement)
        .bind(&d.buyer_name)
        .bind(&d.buyer_country)
        .bind(&d.buyer_locale)
        .bind(d.opened_at)
        .bind(&d.resolution)
        .bind(responses)
        .bind(d.version)
        .execute(&mut *tx)
        .await?;
    }
    if !op_ids.is_empty() {
        sqlx::query(
            "UPDATE disputes SET reply_text = NULL, reply_evidence = NULL, reply_op_id = NULL, reply_at = NULL \
             WHERE reply_op_id IN (SELECT value FROM json_each(?))",
        )
        .bind(serde_json::to_string(op_ids).unwrap_or_else(|_| "[]".into()))
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

const DISPUTE_SELECT: &str = "SELECT d.id, d.order_ref, d.status, d.reason, d.buyer_statement, d.buyer_name, \
       d.buyer_country, d.buyer_locale, d.opened_at, d.resolution, d.responses, d.server_version, \
       o.number, o.status, \
       (SELECT s.tracking_number FROM shipments s WHERE s.order_id = d.order_ref AND s.tracking_number IS NOT NULL ORDER BY s.rowid DESC LIMIT 1), \
       (SELECT s.carrier FROM shipments s WHERE s.order_id = d.order_ref AND s.tracking_number IS NOT NULL ORDER BY s.rowid DESC LIMIT 1), \
       d.reply_text, d.reply_evidence, d.reply_at, \
       CASE WHEN d.reply_op_id IS NULL THEN NULL \
            WHEN x.status = 'pending' THEN 'sending' \
            WHEN x.status IN ('rejected', 'conflict') THEN 'failed' \
            ELSE 'sent' END, \
       x.result_code, x.result_message \
     FROM disputes d LEFT JOIN orders o ON o.id = d.order_ref \
     LEFT JOIN outbox x ON x.op_id = d.reply_op_id";

/// Unresolved first (those awaiting the seller's answer before those
/// answered), then the newest.
const DISPUTE_ORDER: &str = " ORDER BY CASE d.status WHEN 'open' THEN 0 WHEN 'seller_responded' THEN 1 ELSE 2 END, \
     d.opened_at DESC, d.id";

fn dispute_row(r: &SqliteRow) -> Result<DisputeRow> {
    let responses: String = r.try_get(10)?;
    let reply_text: Option<String> = r.try_get(16)?;
    let reply = match reply_text {
        Some(text) => {
            let evidence: Option<String> = r.try_get(17)?;
            Some(PendingReply {
                text,
                evidence: evidence
                    .as_deref()
                    .and_then(|e| serde_json::from_str(e).ok())
                    .unwrap_or(serde_json::Value::Array(Vec::new())),
                at: r.try_get::<Option<i64>, _>(18)?.unwrap_or(0),
                state: r
                    .try_get::<Option<String>, _>(19)?
                    .unwrap_or_else(|| "sent".into()),
                error_code: r.try_get(20)?,
                error_message: r.try_get(21)?,
            })
        }
        None => None,
    };
    Ok(DisputeRow {
        record: DisputeRecord {
            id: r.try_get(0)?,
            order_ref: r.try_get(1)?,
            status: r.try_get(2)?,
            reason: r.try_get(3)?,
            buyer_statement: r.try_get(4)?,
            buyer_name: r.try_get(5)?,
            buyer_country: r.try_get(6)?,
            buyer_locale: r.try_get(7)?,
            opened_at: r.try_get(8)?,
            resolution: r.try_get(9)?,
            responses: serde_json::from_str(&responses)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            version: r.try_get(11)?,
        },
        order_number: r.try_get(12)?,
        order_status: r.try_get(13)?,
        tracking_number: r.try_get(14)?,
        carrier: r.try_get(15)?,
        reply,
    })
}

impl Store {
    /// Every dispute, unresolved first, newest first.
    pub async fn disputes(&self, unresolved_only: bool) -> Result<Vec<DisputeRow>> {
        let filter = if unresolved_only {
            " WHERE d.status IN ('open', 'seller_responded')"
        } else {
            ""
        };
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "{DISPUTE_SELECT}{filter}{DISPUTE_ORDER}"
        )))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(dispute_row).collect()
    }

    pub async fn dispute(&self, id: &str) -> Result<DisputeRow> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "{DISPUTE_SELECT} WHERE d.id = ?"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        match row {
            Some(r) => dispute_row(&r),
            None => Err(StoreError::NotFound("dispute")),
        }
    }

    /// The disputes of an order (the marketplace allows one; the newest first).
    pub async fn order_disputes(&self, order_id: &str) -> Result<Vec<DisputeRow>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "{DISPUTE_SELECT} WHERE d.order_ref = ? ORDER BY d.opened_at DESC, d.id"
        )))
        .bind(order_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(dispute_row).collect()
    }

    pub async fn dispute_counts(&self) -> Result<DisputeCounts> {
        let (unresolved, awaiting, all): (i64, i64, i64) = sqlx::query_as(
            "SELECT COALESCE(SUM(status IN ('open', 'seller_responded')), 0), \
                    COALESCE(SUM(status = 'open' AND reply_op_id IS NULL), 0), COUNT(*) FROM disputes",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(DisputeCounts {
            unresolved,
            awaiting_reply: awaiting,
            all,
        })
    }

    /// Writes the seller's answer to a dispute, its `dispute.respond` op and
    /// its audit entry in ONE transaction. An answer the marketplace refused
    /// is replaced (its op dropped); one still being sent or already sent
    /// refuses with `Stale`, as does a resolved dispute.
    pub async fn respond_dispute(
        &self,
        dispute_id: &str,
        text: &str,
        evidence: &serde_json::Value,
        change: &ChangeRecord,
    ) -> Result<()> {
        let op_id = change
            .ops
            .first()
            .map(|o| o.op_id.clone())
            .ok_or(StoreError::Corrupt("an answer needs its op".into()))?;
        let mut tx = self.write().await?;
        let row: Option<(String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT d.status, d.reply_op_id, x.status FROM disputes d \
             LEFT JOIN outbox x ON x.op_id = d.reply_op_id WHERE d.id = ?",
        )
        .bind(dispute_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((status, old_op, old_status)) = row else {
            return Err(StoreError::NotFound("dispute"));
        };
        if status.starts_with("resolved") {
            return Err(StoreError::Stale);
        }
        if let Some(old) = old_op {
            if !matches!(old_status.as_deref(), Some("rejected" | "conflict")) {
                return Err(StoreError::Stale);
            }
            sqlx::query("DELETE FROM outbox WHERE op_id = ?")
                .bind(old)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "UPDATE disputes SET reply_text = ?, reply_evidence = ?, reply_op_id = ?, reply_at = ? WHERE id = ?",
        )
        .bind(text)
        .bind(evidence.to_string())
        .bind(&op_id)
        .bind(change.at)
        .bind(dispute_id)
        .execute(&mut *tx)
        .await?;
        write_change(&mut tx, change).await?;
        tx.commit().await?;
        Ok(())
    }
}
