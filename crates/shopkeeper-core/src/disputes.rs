//! Returns and disputes (issue 7 item 6, docs/adr/0705): the buyer's
//! disputes as the marketplace sent them, and the seller's answer with its
//! evidence written offline as one `dispute.respond` op (and audit entry),
//! sent by background sync exactly once.

use serde_json::json;
use shopkeeper_store::{
    AuditEntry, ChangeRecord, DisputeCounts, DisputeRespondOp, DisputeRow, EvidenceOp, OutboxOp,
};

use crate::error::{CoreError, FieldError, Result};
use crate::{Shop, now_ms};

/// The longest answer the marketplace accepts (characters).
pub const MAX_ANSWER_CHARS: usize = 4000;
/// The longest description of one piece of evidence (characters).
pub const MAX_EVIDENCE_CHARS: usize = 500;
/// Days the seller has to answer an open dispute before the marketplace
/// decides without the answer. The wire does not carry a deadline; this is
/// the common marketplace window, shown as a guide (docs/adr/0705).
pub const ANSWER_WINDOW_DAYS: i64 = 7;

/// What the seller sends in answer to a dispute.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DisputeAnswer {
    /// The answer (required, at most [`MAX_ANSWER_CHARS`]).
    pub text: String,
    /// Attach the order's tracking number and carrier as evidence.
    pub include_tracking: bool,
    /// A note for the marketplace (optional, at most [`MAX_EVIDENCE_CHARS`]).
    pub note: String,
}

/// The date by which an open dispute should be answered (none once answered
/// or resolved).
pub fn answer_by(d: &DisputeRow) -> Option<i64> {
    (d.record.status == "open").then(|| d.record.opened_at + ANSWER_WINDOW_DAYS * 86_400_000)
}

/// Control characters the marketplace refuses (line breaks and tabs are fine).
fn has_control(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
}

impl Shop {
    /// Every dispute (or only unresolved ones): unresolved first, newest first.
    pub async fn disputes(&self, unresolved_only: bool) -> Result<Vec<DisputeRow>> {
        Ok(self.store.disputes(unresolved_only).await?)
    }

    pub async fn dispute(&self, id: &str) -> Result<DisputeRow> {
        Ok(self.store.dispute(id).await?)
    }

    /// The disputes of an order, newest first.
    pub async fn order_disputes(&self, order_id: &str) -> Result<Vec<DisputeRow>> {
        Ok(self.store.order_disputes(order_id).await?)
    }

    pub async fn dispute_counts(&self) -> Result<DisputeCounts> {
        Ok(self.store.dispute_counts().await?)
    }

    /// Answers a dispute. Every broken rule is a field error and nothing is
    /// written; otherwise the answer, its `dispute.respond` op and the audit
    /// entry are written in one transaction (replacing an answer the
    /// marketplace refused) and background sync is woken. Works offline.
    pub async fn respond_dispute(&self, id: &str, answer: &DisputeAnswer) -> Result<DisputeRow> {
        let d = self.store.dispute(id).await?;
        let text = answer.text.trim();
        let note = answer.note.trim();
        let mut errors = Vec::new();
        if d.record.status.starts_with("resolved") {
            errors.push(FieldError::new("text", "dispute-resolved"));
        } else if d
            .reply
            .as_ref()
            .is_some_and(|r| r.state == "sending" || r.state == "sent")
        {
            errors.push(FieldError::new("text", "dispute-answer-in-flight"));
        }
        if text.is_empty() {
            errors.push(FieldError::new("text", "dispute-text-empty"));
        } else if text.chars().count() > MAX_ANSWER_CHARS {
            errors.push(
                FieldError::new("text", "dispute-text-too-long").arg("max", MAX_ANSWER_CHARS),
            );
        }
        if has_control(text) {
            errors.push(FieldError::new("text", "dispute-text-control"));
        }
        if note.chars().count() > MAX_EVIDENCE_CHARS {
            errors.push(
                FieldError::new("note", "dispute-note-too-long").arg("max", MAX_EVIDENCE_CHARS),
            );
        }
        let mut evidence = Vec::new();
        if answer.include_tracking {
            match d.tracking_number.as_deref() {
                Some(number) => {
                    let description = match d.carrier.as_deref().filter(|c| !c.is_empty()) {
                        Some(c) => format!("{c} {number}"),
                        None => number.to_owned(),
                    };
                    evidence.push(EvidenceOp {
                        kind: "tracking".into(),
                        description,
                        blob: None,
                    });
                }
                None => errors.push(FieldError::new("tracking", "dispute-no-tracking")),
            }
        }
        if has_control(note) {
            errors.push(FieldError::new("note", "dispute-text-control"));
        }
        if !note.is_empty() {
            evidence.push(EvidenceOp {
                kind: "note".into(),
                description: note.to_owned(),
                blob: None,
            });
        }
        if !errors.is_empty() {
            return Err(CoreError::Validation(errors));
        }
        let op = DisputeRespondOp {
            dispute_id: id.to_owned(),
            text: text.to_owned(),
            evidence,
        };
        let payload = serde_json::to_value(&op).map_err(|e| CoreError::Internal(e.to_string()))?;
        let evidence_json = payload
            .get("evidence")
            .cloned()
            .unwrap_or_else(|| json!([]));
        let change = ChangeRecord {
            actor: self.actor.clone(),
            at: now_ms(),
            ops: vec![OutboxOp {
                op_id: uuid::Uuid::now_v7().to_string(),
                entity: "dispute",
                entity_id: id.to_owned(),
                kind: "dispute.respond",
                payload,
                base_version: None,
            }],
            audit: AuditEntry {
                entity: "dispute",
                entity_id: id.to_owned(),
                action: "dispute-respond",
                changes: json!([{ "field": "response", "before": null,
                                  "after": { "text": text, "evidence": evidence_json } }]),
            },
        };
        self.store
            .respond_dispute(id, text, &evidence_json, &change)
            .await?;
        self.changed.notify_one();
        Ok(self.store.dispute(id).await?)
    }
}
