//! The change feed: every committed change, per stream, ordered by `seq`.
//!
//! Writers buffer their changes in a [`Changes`] and flush them with one multi-row
//! insert at the end of the transaction. Readers page through a stream with an opaque
//! cursor. Retention compacts old history: a change older than the last `retention`
//! changes of its stream is deleted when a later change of the same entity exists, so
//! reading a stream from the start still yields every entity's current state, while a
//! cursor from before the compaction horizon answers `410 Gone`.

use base64::Engine;
use marketplace_api::dto::{Change, ChangeKind, ChangePage, Stream};
use serde_json::Value;
use serde_json::value::RawValue;
use sqlx::SqliteConnection;
use uuid::Uuid;

use crate::auth::Actor;
use crate::util::{opt_uuid, uuid};

/// A change waiting to be written with its transaction.
#[derive(Debug, Clone)]
pub struct PendingChange {
    pub stream: Stream,
    pub entity: &'static str,
    pub entity_id: Uuid,
    pub kind: ChangeKind,
    pub version: i64,
    pub data: Value,
    pub member_id: Option<Uuid>,
    pub device_id: Option<Uuid>,
    pub op_id: Option<Uuid>,
}

/// The changes of one write transaction.
#[derive(Debug, Default)]
pub struct Changes {
    pub shop_id: Uuid,
    pub at: String,
    pub items: Vec<PendingChange>,
}

impl Changes {
    pub fn new(shop_id: Uuid, at: String) -> Self {
        Changes {
            shop_id,
            at,
            items: Vec::new(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn push(
        &mut self,
        actor: Option<&Actor>,
        op_id: Option<Uuid>,
        stream: Stream,
        entity: &'static str,
        entity_id: Uuid,
        kind: ChangeKind,
        version: i64,
        data: &impl serde::Serialize,
    ) {
        self.items.push(PendingChange {
            stream,
            entity,
            entity_id,
            kind,
            version,
            data: serde_json::to_value(data).unwrap_or(Value::Null),
            member_id: actor.map(|a| a.member_id),
            device_id: actor.map(|a| a.device_id),
            op_id,
        });
    }

    /// Writes the buffered changes with one statement per 500 rows.
    pub async fn flush(&mut self, conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
        for chunk in self.items.chunks(500) {
            let rows: Vec<Value> = chunk
                .iter()
                .map(|c| {
                    serde_json::json!([
                        c.stream.as_str(),
                        c.entity,
                        c.entity_id.to_string(),
                        match c.kind {
                            ChangeKind::Upsert => "upsert",
                            ChangeKind::Delete => "delete",
                        },
                        c.version,
                        c.data.to_string(),
                        c.member_id.map(|m| m.to_string()),
                        c.device_id.map(|d| d.to_string()),
                        c.op_id.map(|o| o.to_string()),
                    ])
                })
                .collect();
            sqlx::query(
                "INSERT INTO changes (shop_id, stream, entity, entity_id, kind, version, data, \
                 member_id, device_id, op_id, at) \
                 SELECT ?1, value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, \
                 value->>6, value->>7, value->>8, ?2 FROM json_each(?3) ORDER BY key",
            )
            .bind(self.shop_id.to_string())
            .bind(&self.at)
            .bind(Value::Array(rows).to_string())
            .execute(&mut *conn)
            .await?;
        }
        self.items.clear();
        Ok(())
    }
}

const CURSOR_PREFIX: &str = "c1";

/// A cursor: the last seq read, and the compaction horizon the reader had
/// seen when it started (its snapshot is complete against that compaction).
pub fn encode_cursor(stream: Stream, seq: i64, horizon: i64) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!(
        "{CURSOR_PREFIX}:{}:{seq}:{horizon}",
        stream.as_str()
    ))
}

/// The seq a cursor points at and the horizon it was issued under (0 for a
/// cursor without one), if it is a well-formed cursor of `stream`.
pub fn decode_cursor(stream: Stream, cursor: &str) -> Option<(i64, i64)> {
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()?;
    let s = String::from_utf8(raw).ok()?;
    let mut it = s.split(':');
    if it.next()? != CURSOR_PREFIX || it.next()? != stream.as_str() {
        return None;
    }
    let seq: i64 = it.next()?.parse().ok()?;
    let horizon: i64 = match it.next() {
        None => 0,
        Some(h) => h.parse().ok()?,
    };
    (it.next().is_none() && seq >= 0 && horizon >= 0).then_some((seq, horizon))
}

pub enum PullError {
    Gone,
    Db(sqlx::Error),
}

impl From<sqlx::Error> for PullError {
    fn from(e: sqlx::Error) -> Self {
        PullError::Db(e)
    }
}

#[derive(sqlx::FromRow)]
struct ChangeRow {
    seq: i64,
    entity: String,
    entity_id: String,
    kind: String,
    version: i64,
    data: String,
    member_id: Option<String>,
    device_id: Option<String>,
    op_id: Option<String>,
    at: String,
}

pub async fn horizon(
    conn: &mut SqliteConnection,
    shop: Uuid,
    stream: Stream,
) -> Result<i64, sqlx::Error> {
    let h: Option<(i64,)> =
        sqlx::query_as("SELECT horizon FROM feed_horizons WHERE shop_id = ?1 AND stream = ?2")
            .bind(shop.to_string())
            .bind(stream.as_str())
            .fetch_optional(conn)
            .await?;
    Ok(h.map(|h| h.0).unwrap_or(0))
}

/// One page of `stream` after `after` (0 = from the start), for a reader
/// whose cursor was issued under compaction horizon `seen`.
///
/// A cursor behind the horizon is gone only if it was issued before that
/// compaction: a reader that started from the start after it (a resnapshot)
/// reads the compacted history, whose seqs lie behind the horizon, and must be
/// able to page through it (else it would get `410` on every second page).
/// Which page of a stream to read: after seq `after` (0 = from the start), by
/// a reader whose cursor was issued under compaction horizon `seen`, at most
/// `limit` changes; `count` also counts the changes that follow the page.
pub struct Window {
    pub after: i64,
    pub seen: i64,
    pub limit: i64,
    pub count: bool,
}

pub async fn pull(
    conn: &mut SqliteConnection,
    shop: Uuid,
    stream: Stream,
    window: Window,
) -> Result<ChangePage, PullError> {
    let Window {
        after,
        seen,
        limit,
        count,
    } = window;
    let horizon = horizon(&mut *conn, shop, stream).await?;
    if after > 0 && after < horizon && seen < horizon {
        return Err(PullError::Gone);
    }
    let rows: Vec<ChangeRow> = sqlx::query_as(
        "SELECT seq, entity, entity_id, kind, version, data, member_id, device_id, op_id, at \
         FROM changes WHERE shop_id = ?1 AND stream = ?2 AND seq > ?3 ORDER BY seq LIMIT ?4",
    )
    .bind(shop.to_string())
    .bind(stream.as_str())
    .bind(after)
    .bind(limit + 1)
    .fetch_all(&mut *conn)
    .await?;
    let has_more = rows.len() as i64 > limit;
    let mut last = after;
    let mut changes = Vec::with_capacity(rows.len());
    for r in rows.into_iter().take(limit as usize) {
        last = r.seq;
        changes.push(Change {
            stream,
            entity: r.entity,
            entity_id: uuid(&r.entity_id),
            kind: if r.kind == "delete" {
                ChangeKind::Delete
            } else {
                ChangeKind::Upsert
            },
            version: r.version,
            data: RawValue::from_string(r.data).unwrap_or_else(|_| null()),
            member_id: opt_uuid(r.member_id.as_deref()),
            device_id: opt_uuid(r.device_id.as_deref()),
            op_id: opt_uuid(r.op_id.as_deref()),
            at: r.at,
        });
    }
    if !has_more && changes.is_empty() && after == 0 {
        // An empty stream: point the cursor at the current end so the client does not
        // re-read history compacted in the meantime.
        let max: (Option<i64>,) =
            sqlx::query_as("SELECT MAX(seq) FROM changes WHERE shop_id = ?1 AND stream = ?2")
                .bind(shop.to_string())
                .bind(stream.as_str())
                .fetch_one(&mut *conn)
                .await?;
        last = max.0.unwrap_or(0);
    }
    let remaining = if count {
        let n: (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM changes WHERE shop_id = ?1 AND stream = ?2 AND seq > ?3",
        )
        .bind(shop.to_string())
        .bind(stream.as_str())
        .bind(last)
        .fetch_one(&mut *conn)
        .await?;
        Some(n.0)
    } else {
        None
    };
    Ok(ChangePage {
        changes,
        cursor: encode_cursor(stream, last, horizon),
        has_more,
        remaining,
    })
}

/// Enforces retention on every stream of every shop; returns the rows deleted.
pub async fn compact(conn: &mut SqliteConnection, retention: i64) -> Result<u64, sqlx::Error> {
    let keys: Vec<(String, String, i64)> =
        sqlx::query_as("SELECT shop_id, stream, MAX(seq) FROM changes GROUP BY shop_id, stream")
            .fetch_all(&mut *conn)
            .await?;
    let mut deleted = 0;
    for (shop, stream, max_seq) in keys {
        // The seq of the oldest change kept verbatim.
        let kept_from: Option<(i64,)> = sqlx::query_as(
            "SELECT seq FROM changes WHERE shop_id = ?1 AND stream = ?2 \
             ORDER BY seq DESC LIMIT 1 OFFSET ?3",
        )
        .bind(&shop)
        .bind(&stream)
        .bind(retention.max(0))
        .fetch_optional(&mut *conn)
        .await?;
        let Some((horizon,)) = kept_from else {
            continue;
        };
        let _ = max_seq;
        let r = sqlx::query(
            "DELETE FROM changes WHERE shop_id = ?1 AND stream = ?2 AND seq <= ?3 AND EXISTS \
             (SELECT 1 FROM changes c2 WHERE c2.shop_id = changes.shop_id \
              AND c2.stream = changes.stream AND c2.entity_id = changes.entity_id \
              AND c2.seq > changes.seq)",
        )
        .bind(&shop)
        .bind(&stream)
        .bind(horizon)
        .execute(&mut *conn)
        .await?;
        deleted += r.rows_affected();
        sqlx::query(
            "INSERT INTO feed_horizons (shop_id, stream, horizon) VALUES (?1, ?2, ?3) \
             ON CONFLICT (shop_id, stream) DO UPDATE SET horizon = MAX(horizon, excluded.horizon)",
        )
        .bind(&shop)
        .bind(&stream)
        .bind(horizon)
        .execute(&mut *conn)
        .await?;
    }
    Ok(deleted)
}

/// `null` as a change's data (a stored row that is not JSON; never written).
fn null() -> Box<RawValue> {
    RawValue::from_string("null".to_owned()).expect("null is JSON")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trip_and_stream_binding() {
        let c = encode_cursor(Stream::Orders, 42, 7);
        assert_eq!(decode_cursor(Stream::Orders, &c), Some((42, 7)));
        let old = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode("c1:orders:42");
        assert_eq!(decode_cursor(Stream::Orders, &old), Some((42, 0)));
        assert_eq!(decode_cursor(Stream::Catalog, &c), None);
        assert_eq!(decode_cursor(Stream::Orders, "garbage!"), None);
        assert_eq!(decode_cursor(Stream::Orders, ""), None);
    }
}
