//! Buyer conversations and messages (issue 4, docs/adr/0410): the messages
//! stream applied from a pull, the inbox queries, full-text search over
//! message bodies in any script, outbound messages written with their
//! `message.send` outbox op and audit entry in one transaction, and the
//! seller's own saved replies.

use serde::{Deserialize, Serialize};
use sqlx::sqlite::SqliteRow;
use sqlx::{QueryBuilder, Row, Sqlite, SqliteConnection};

use crate::model::ChangeRecord;
use crate::search::{index_text, match_expression};
use crate::{Result, Store, StoreError, write_change};

/// A conversation as the marketplace sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationRecord {
    pub id: String,
    /// The marketplace's order id, when the conversation is about an order.
    pub order_ref: Option<String>,
    pub subject: String,
    pub buyer_name: String,
    pub buyer_country: String,
    pub buyer_locale: String,
    /// IANA zone of the buyer (derived from the country by the sync mapping).
    pub buyer_timezone: String,
    pub last_message_at: i64,
    pub version: i64,
}

/// A message as the marketplace sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRecord {
    pub id: String,
    pub conversation_id: String,
    /// Written by the buyer (`true`) or by the shop.
    pub inbound: bool,
    /// Untrusted text: shown only through the safe display splitter.
    pub body: String,
    pub locale: Option<String>,
    pub sent_at: i64,
    pub attachments: Vec<MessageAttachment>,
}

/// A photo sent with a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageAttachment {
    /// The photo's id here and on the marketplace.
    pub id: String,
    pub content_type: String,
    /// The sent file, relative to the shop file's directory (none for photos
    /// only the marketplace has).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Its 220 px JPEG, likewise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
}

fn attachments_json(a: &[MessageAttachment]) -> String {
    serde_json::to_string(a).unwrap_or_else(|_| "[]".into())
}

/// A conversation in the inbox list, with what the list shows of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationRow {
    pub id: String,
    pub order_ref: Option<String>,
    pub subject: String,
    pub buyer_name: String,
    pub buyer_country: String,
    pub buyer_locale: String,
    pub buyer_timezone: String,
    pub last_message_at: i64,
    pub unread: i64,
    pub done: bool,
    /// The newest message's body (untrusted) and whether the buyer wrote it
    /// (then the conversation is unanswered).
    pub last_body: Option<String>,
    pub last_inbound: bool,
    pub order: Option<ConversationOrder>,
}

/// What a conversation shows of its order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationOrder {
    pub id: String,
    pub number: String,
    pub status: String,
    pub currency: String,
    pub total_minor: i64,
    pub ship_by: Option<i64>,
    pub tracking_number: Option<String>,
    pub carrier: Option<String>,
}

/// A message of a conversation with its delivery state:
/// `received` (buyer), `sending`, `sent` or `failed` (shop).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    pub id: String,
    pub conversation_id: String,
    pub inbound: bool,
    pub body: String,
    pub locale: Option<String>,
    pub sent_at: i64,
    pub state: String,
    /// Why the marketplace refused it (failed messages).
    pub error_code: Option<String>,
    pub error_message: Option<String>,
    pub attachments: Vec<MessageAttachment>,
}

/// Inbox filters. Results are sorted by last activity, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConversationFilter {
    /// Words in any script, matched against every message of a conversation.
    pub query: Option<String>,
    /// Only conversations whose newest message is the buyer's.
    pub unanswered: bool,
    /// Buyer country (ISO 3166-1 alpha-2).
    pub market: Option<String>,
    /// Marketplace order id, or an order number.
    pub order: Option<String>,
    /// Conversations with unread messages first.
    pub unread_first: bool,
    /// Include conversations marked done.
    pub include_done: bool,
    pub limit: u32,
}

/// A seller's saved reply as stored (`sources`: JSON {language: Fluent text}).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTemplate {
    pub id: String,
    pub name: String,
    pub sources: String,
    pub updated_at: i64,
}

/// Applies a pulled page's conversations and messages inside the pull's
/// transaction. Returns how many buyer messages were new to this desktop.
pub(crate) async fn apply_messages(
    tx: &mut SqliteConnection,
    conversations: &[ConversationRecord],
    messages: &[MessageRecord],
) -> Result<usize> {
    for c in conversations {
        sqlx::query(
            "INSERT INTO conversations (id, order_ref, subject, buyer_name, buyer_country, buyer_locale, \
               buyer_timezone, last_message_at, server_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT(id) DO UPDATE SET order_ref = excluded.order_ref, subject = excluded.subject, \
               buyer_name = excluded.buyer_name, buyer_country = excluded.buyer_country, \
               buyer_locale = excluded.buyer_locale, buyer_timezone = excluded.buyer_timezone, \
               last_message_at = MAX(conversations.last_message_at, excluded.last_message_at), \
               server_version = excluded.server_version \
             WHERE excluded.server_version >= COALESCE(conversations.server_version, -1)",
        )
        .bind(&c.id)
        .bind(&c.order_ref)
        .bind(&c.subject)
        .bind(&c.buyer_name)
        .bind(&c.buyer_country)
        .bind(&c.buyer_locale)
        .bind(&c.buyer_timezone)
        .bind(c.last_message_at)
        .bind(c.version)
        .execute(&mut *tx)
        .await?;
    }
    let mut new_inbound = 0;
    for m in messages {
        // A page may end between a message and its conversation: keep a
        // placeholder that the conversation's own change fills in.
        sqlx::query(
            "INSERT INTO conversations (id, buyer_name, buyer_country, buyer_locale, last_message_at) \
             VALUES (?, '', '', 'en', ?) ON CONFLICT(id) DO NOTHING",
        )
        .bind(&m.conversation_id)
        .bind(m.sent_at)
        .execute(&mut *tx)
        .await?;
        let existing: Option<(i64,)> = sqlx::query_as("SELECT rowid FROM messages WHERE id = ?")
            .bind(&m.id)
            .fetch_optional(&mut *tx)
            .await?;
        match existing {
            Some(_) => {
                // Our own message came back: the marketplace has it.
                sqlx::query(
                    "UPDATE messages SET server_version = 1, sent_at = ?, \
                       status = CASE direction WHEN 'out' THEN 'sent' ELSE status END WHERE id = ?",
                )
                .bind(m.sent_at)
                .bind(&m.id)
                .execute(&mut *tx)
                .await?;
            }
            None => {
                let (rowid,): (i64,) = sqlx::query_as(
                    "INSERT INTO messages (id, conversation_id, direction, body, locale, status, sent_at, server_version, attachments) \
                     VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING rowid",
                )
                .bind(&m.id)
                .bind(&m.conversation_id)
                .bind(if m.inbound { "in" } else { "out" })
                .bind(&m.body)
                .bind(&m.locale)
                .bind(if m.inbound { "received" } else { "sent" })
                .bind(m.sent_at)
                .bind(attachments_json(&m.attachments))
                .fetch_one(&mut *tx)
                .await?;
                index_message(tx, rowid, &m.body).await?;
                if m.inbound {
                    new_inbound += 1;
                    sqlx::query(
                        "UPDATE conversations SET unread = unread + 1, done = 0, \
                           last_message_at = MAX(last_message_at, ?) WHERE id = ?",
                    )
                    .bind(m.sent_at)
                    .bind(&m.conversation_id)
                    .execute(&mut *tx)
                    .await?;
                } else {
                    sqlx::query(
                        "UPDATE conversations SET last_message_at = MAX(last_message_at, ?) WHERE id = ?",
                    )
                    .bind(m.sent_at)
                    .bind(&m.conversation_id)
                    .execute(&mut *tx)
                    .await?;
                }
            }
        }
    }
    Ok(new_inbound)
}

async fn index_message(tx: &mut SqliteConnection, rowid: i64, body: &str) -> Result<()> {
    sqlx::query("INSERT INTO message_search (rowid, body) VALUES (?, ?)")
        .bind(rowid)
        .bind(index_text(body))
        .execute(&mut *tx)
        .await?;
    Ok(())
}

const CONV_SELECT: &str = "SELECT c.id, c.order_ref, c.subject, c.buyer_name, c.buyer_country, c.buyer_locale, \
       c.buyer_timezone, c.last_message_at, c.unread, c.done, \
       (SELECT m.body FROM messages m WHERE m.conversation_id = c.id ORDER BY m.sent_at DESC, m.rowid DESC LIMIT 1), \
       (SELECT m.direction FROM messages m WHERE m.conversation_id = c.id ORDER BY m.sent_at DESC, m.rowid DESC LIMIT 1) AS last_dir, \
       o.id, o.number, o.status, o.currency, o.total_minor, o.ship_by, \
       (SELECT s.tracking_number FROM shipments s WHERE s.order_id = o.id AND s.tracking_number IS NOT NULL ORDER BY s.rowid DESC LIMIT 1), \
       (SELECT s.carrier FROM shipments s WHERE s.order_id = o.id AND s.tracking_number IS NOT NULL ORDER BY s.rowid DESC LIMIT 1) \
     FROM conversations c LEFT JOIN orders o ON o.id = c.order_ref";

fn conv_row(r: &SqliteRow) -> Result<ConversationRow> {
    let order_id: Option<String> = r.try_get(12)?;
    let order = match order_id {
        Some(id) => Some(ConversationOrder {
            id,
            number: r.try_get(13)?,
            status: r.try_get(14)?,
            currency: r.try_get(15)?,
            total_minor: r.try_get(16)?,
            ship_by: r.try_get(17)?,
            tracking_number: r.try_get(18)?,
            carrier: r.try_get(19)?,
        }),
        None => None,
    };
    let done: i64 = r.try_get(9)?;
    let last_dir: Option<String> = r.try_get(11)?;
    Ok(ConversationRow {
        id: r.try_get(0)?,
        order_ref: r.try_get(1)?,
        subject: r.try_get(2)?,
        buyer_name: r.try_get(3)?,
        buyer_country: r.try_get(4)?,
        buyer_locale: r.try_get(5)?,
        buyer_timezone: r.try_get(6)?,
        last_message_at: r.try_get(7)?,
        unread: r.try_get(8)?,
        done: done != 0,
        last_body: r.try_get(10)?,
        last_inbound: last_dir.as_deref() == Some("in"),
        order,
    })
}

type MsgTuple = (
    String,
    String,
    String,
    String,
    Option<String>,
    i64,
    String,
    Option<String>,
    Option<String>,
    String,
);

fn msg_row(t: MsgTuple) -> MessageRow {
    MessageRow {
        id: t.0,
        conversation_id: t.1,
        inbound: t.2 == "in",
        body: t.3,
        locale: t.4,
        sent_at: t.5,
        state: t.6,
        error_code: t.7,
        error_message: t.8,
        attachments: serde_json::from_str(&t.9).unwrap_or_default(),
    }
}

const MSG_SELECT: &str = "SELECT m.id, m.conversation_id, m.direction, m.body, m.locale, m.sent_at, \
       CASE WHEN m.direction = 'in' THEN 'received' \
            WHEN m.server_version IS NOT NULL THEN 'sent' \
            WHEN o.status = 'pending' THEN 'sending' \
            WHEN o.status = 'applied' THEN 'sent' \
            WHEN o.status IN ('rejected', 'conflict') THEN 'failed' \
            ELSE m.status END, \
       o.result_code, o.result_message, m.attachments \
     FROM messages m LEFT JOIN outbox o ON o.op_id = m.op_id";

impl Store {
    /// The inbox: conversations matching `filter`, newest activity first
    /// (unread ones first when asked).
    pub async fn conversations(&self, filter: &ConversationFilter) -> Result<Vec<ConversationRow>> {
        let mut qb = QueryBuilder::<Sqlite>::new(CONV_SELECT);
        qb.push(" WHERE 1 = 1");
        if !filter.include_done {
            qb.push(" AND c.done = 0");
        }
        if let Some(m) = filter.market.as_deref().filter(|m| !m.is_empty()) {
            qb.push(" AND c.buyer_country = ").push_bind(m.to_owned());
        }
        if let Some(o) = filter.order.as_deref().filter(|o| !o.is_empty()) {
            qb.push(" AND (c.order_ref = ")
                .push_bind(o.to_owned())
                .push(" OR o.number = ")
                .push_bind(o.to_owned())
                .push(")");
        }
        if let Some(q) = filter.query.as_deref() {
            match match_expression(q) {
                Some(expr) => {
                    qb.push(
                        " AND c.id IN (SELECT m.conversation_id FROM messages m WHERE m.rowid IN \
                         (SELECT rowid FROM message_search WHERE message_search MATCH ",
                    )
                    .push_bind(expr)
                    .push("))");
                }
                None if !q.trim().is_empty() => return Ok(Vec::new()),
                None => {}
            }
        }
        if filter.unanswered {
            qb.push(
                " AND (SELECT m.direction FROM messages m WHERE m.conversation_id = c.id \
                 ORDER BY m.sent_at DESC, m.rowid DESC LIMIT 1) = 'in'",
            );
        }
        qb.push(" ORDER BY ");
        if filter.unread_first {
            qb.push("(c.unread > 0) DESC, ");
        }
        qb.push("c.last_message_at DESC, c.id LIMIT ")
            .push_bind(i64::from(filter.limit.clamp(1, 1000)));
        let rows = qb.build().fetch_all(&self.pool).await?;
        rows.iter().map(conv_row).collect()
    }

    /// One conversation (done or not).
    pub async fn conversation(&self, id: &str) -> Result<ConversationRow> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("{CONV_SELECT} WHERE c.id = ?")))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(r) => conv_row(&r),
            None => Err(StoreError::NotFound("conversation")),
        }
    }

    /// A conversation's messages, oldest first.
    pub async fn conversation_messages(&self, id: &str) -> Result<Vec<MessageRow>> {
        let rows: Vec<MsgTuple> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{MSG_SELECT} WHERE m.conversation_id = ? ORDER BY m.sent_at, m.rowid"
        )))
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(msg_row).collect())
    }

    pub async fn message(&self, id: &str) -> Result<MessageRow> {
        let row: Option<MsgTuple> =
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{MSG_SELECT} WHERE m.id = ?")))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        row.map(msg_row).ok_or(StoreError::NotFound("message"))
    }

    /// Unread buyer messages in conversations not marked done (the
    /// navigation's badge).
    pub async fn unread_messages(&self) -> Result<i64> {
        let (n,): (i64,) =
            sqlx::query_as("SELECT COALESCE(SUM(unread), 0) FROM conversations WHERE done = 0")
                .fetch_one(&self.pool)
                .await?;
        Ok(n)
    }

    /// Marks a conversation read (`unread = 0`) and/or done.
    pub async fn mark_conversation(&self, id: &str, read: bool, done: Option<bool>) -> Result<()> {
        let r = sqlx::query(
            "UPDATE conversations SET unread = CASE WHEN ? THEN 0 ELSE unread END, \
               done = COALESCE(?, done) WHERE id = ?",
        )
        .bind(read)
        .bind(done.map(i64::from))
        .bind(id)
        .execute(&self.pool)
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound("conversation"));
        }
        Ok(())
    }

    /// Writes an outbound message, its `message.send` outbox op and its audit
    /// entry in ONE transaction. The message is `sending` until the op is
    /// pushed.
    pub async fn send_message(
        &self,
        conversation_id: &str,
        message_id: &str,
        body: &str,
        locale: Option<&str>,
        attachments: &[MessageAttachment],
        change: &ChangeRecord,
    ) -> Result<()> {
        let op_id = change
            .ops
            .first()
            .map(|o| o.op_id.clone())
            .ok_or(StoreError::Corrupt("a message needs its op".into()))?;
        let mut tx = self.write().await?;
        let exists: Option<(String,)> = sqlx::query_as("SELECT id FROM conversations WHERE id = ?")
            .bind(conversation_id)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NotFound("conversation"));
        }
        let (rowid,): (i64,) = sqlx::query_as(
            "INSERT INTO messages (id, conversation_id, direction, body, locale, status, sent_at, op_id, attachments) \
             VALUES (?, ?, 'out', ?, ?, 'sending', ?, ?, ?) RETURNING rowid",
        )
        .bind(message_id)
        .bind(conversation_id)
        .bind(body)
        .bind(locale)
        .bind(change.at)
        .bind(&op_id)
        .bind(attachments_json(attachments))
        .fetch_one(&mut *tx)
        .await?;
        index_message(&mut tx, rowid, body).await?;
        sqlx::query(
            "UPDATE conversations SET last_message_at = MAX(last_message_at, ?), unread = 0 WHERE id = ?",
        )
        .bind(change.at)
        .bind(conversation_id)
        .execute(&mut *tx)
        .await?;
        write_change(&mut tx, change).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sends a failed message again: the refused op is dropped and `change`'s
    /// new op (same message id, so still exactly once) replaces it, in one
    /// transaction. Only a failed message can be retried.
    pub async fn retry_message(&self, message_id: &str, change: &ChangeRecord) -> Result<()> {
        let op_id = change
            .ops
            .first()
            .map(|o| o.op_id.clone())
            .ok_or(StoreError::Corrupt("a retry needs its op".into()))?;
        let mut tx = self.write().await?;
        let row: Option<(Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT m.op_id, o.status FROM messages m LEFT JOIN outbox o ON o.op_id = m.op_id \
             WHERE m.id = ? AND m.direction = 'out' AND m.server_version IS NULL",
        )
        .bind(message_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((old_op, status)) = row else {
            return Err(StoreError::NotFound("message"));
        };
        if !matches!(status.as_deref(), Some("rejected" | "conflict")) {
            return Err(StoreError::Stale);
        }
        sqlx::query("DELETE FROM outbox WHERE op_id = ?")
            .bind(old_op)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE messages SET op_id = ?, status = 'sending' WHERE id = ?")
            .bind(&op_id)
            .bind(message_id)
            .execute(&mut *tx)
            .await?;
        write_change(&mut tx, change).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether any message names the photo `id` (a draft attachment no
    /// message names may be thrown away with its files).
    pub async fn attachment_in_use(&self, id: &str) -> Result<bool> {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT EXISTS (SELECT 1 FROM messages m, json_each(m.attachments) j \
               WHERE json_extract(j.value, '$.id') = ?)",
        )
        .bind(id)
        .fetch_one(&self.pool)
        .await?;
        Ok(n != 0)
    }

    /// The seller's saved replies, by name.
    pub async fn reply_templates(&self) -> Result<Vec<StoredTemplate>> {
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT id, name, sources, updated_at FROM reply_templates ORDER BY name COLLATE NOCASE, id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name, sources, updated_at)| StoredTemplate {
                id,
                name,
                sources,
                updated_at,
            })
            .collect())
    }

    /// Adds or replaces a saved reply.
    pub async fn save_reply_template(&self, t: &StoredTemplate) -> Result<()> {
        sqlx::query(
            "INSERT INTO reply_templates (id, name, sources, updated_at) VALUES (?, ?, ?, ?) \
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, sources = excluded.sources, \
               updated_at = excluded.updated_at",
        )
        .bind(&t.id)
        .bind(&t.name)
        .bind(&t.sources)
        .bind(t.updated_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn delete_reply_template(&self, id: &str) -> Result<()> {
        sqlx::query("DELETE FROM reply_templates WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
