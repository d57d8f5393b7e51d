//! IPC types of returns and disputes (issue 7 item 6).

use serde::{Deserialize, Serialize};
use shopkeeper_core as core;
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum DisputeState {
    Open,
    SellerResponded,
    ResolvedBuyer,
    ResolvedSeller,
}

impl DisputeState {
    fn parse(s: &str) -> Self {
        match s {
            "seller_responded" => Self::SellerResponded,
            "resolved_buyer" => Self::ResolvedBuyer,
            "resolved_seller" => Self::ResolvedSeller,
            _ => Self::Open,
        }
    }
}

/// Delivery of the seller's answer not yet seen back from the marketplace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum AnswerState {
    Sending,
    Sent,
    Failed,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DisputeEvidence {
    /// `photo`, `tracking`, `document` or `note`.
    pub kind: String,
    pub description: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DisputeResponse {
    pub text: String,
    pub evidence: Vec<DisputeEvidence>,
    pub at: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DisputeAnswerState {
    pub text: String,
    pub evidence: Vec<DisputeEvidence>,
    pub at: i64,
    pub state: AnswerState,
    /// Why the marketplace refused it (failed), localized.
    pub error: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Dispute {
    pub id: String,
    pub order_id: String,
    /// Absent until the order itself has synced.
    pub order_number: Option<String>,
    pub state: DisputeState,
    /// `not_received`, `not_as_described`, `damaged`... (localized by the UI).
    pub reason: String,
    /// Untrusted: render through SafeMessage only.
    pub buyer_statement: String,
    pub buyer_name: String,
    pub buyer_country: String,
    pub opened_at: i64,
    /// When an open dispute should be answered by (ms).
    pub answer_by: Option<i64>,
    /// The marketplace's note when it resolved the dispute.
    pub resolution: Option<String>,
    pub responses: Vec<DisputeResponse>,
    pub tracking_number: Option<String>,
    pub carrier: Option<String>,
    pub answer: Option<DisputeAnswerState>,
}

fn evidence_of(v: &serde_json::Value) -> Vec<DisputeEvidence> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|e| DisputeEvidence {
                    kind: e["kind"].as_str().unwrap_or_default().to_owned(),
                    description: e["description"].as_str().unwrap_or_default().to_owned(),
                })
                .collect()
        })
        .unwrap_or_default()
}

impl Dispute {
    /// `failure` localizes the code of a refused answer.
    pub fn from_core(d: core::DisputeRow, failure: &dyn Fn(&str) -> String) -> Self {
        let answer_by = core::disputes::answer_by(&d);
        let answer = d.reply.map(|r| {
            let state = match r.state.as_str() {
                "sending" => AnswerState::Sending,
                "failed" => AnswerState::Failed,
                _ => AnswerState::Sent,
            };
            DisputeAnswerState {
                error: (state == AnswerState::Failed)
                    .then(|| failure(r.error_code.as_deref().unwrap_or("unknown"))),
                evidence: evidence_of(&r.evidence),
                text: r.text,
                at: r.at,
                state,
            }
        });
        let rec = d.record;
        Self {
            id: rec.id,
            order_id: rec.order_ref,
            order_number: d.order_number,
            state: DisputeState::parse(&rec.status),
            reason: rec.reason,
            buyer_statement: rec.buyer_statement,
            buyer_name: rec.buyer_name,
            buyer_country: rec.buyer_country,
            opened_at: rec.opened_at,
            answer_by,
            resolution: rec.resolution,
            responses: rec
                .responses
                .into_iter()
                .map(|r| DisputeResponse {
                    text: r.text,
                    evidence: r
                        .evidence
                        .into_iter()
                        .map(|e| DisputeEvidence {
                            kind: e.kind,
                            description: e.description,
                        })
                        .collect(),
                    at: r.at,
                })
                .collect(),
            tracking_number: d.tracking_number,
            carrier: d.carrier,
            answer,
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DisputeCounts {
    pub unresolved: i64,
    pub awaiting_answer: i64,
    pub all: i64,
}

impl From<core::DisputeCounts> for DisputeCounts {
    fn from(c: core::DisputeCounts) -> Self {
        Self {
            unresolved: c.unresolved,
            awaiting_answer: c.awaiting_reply,
            all: c.all,
        }
    }
}

/// The seller's answer as typed.
#[derive(Debug, Clone, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DisputeAnswer {
    pub text: String,
    pub include_tracking: bool,
    pub note: String,
    /// Attach the evidence pack PDF (conversation, tracking, label and customs copies).
    pub evidence_pack: bool,
    /// Photo files the seller picked (paths on this desktop).
    pub photos: Vec<String>,
}

impl DisputeAnswer {
    /// The core's answer; the pack's headings in `locale` (the UI's).
    pub fn into_core(self, locale: &str) -> core::disputes::DisputeAnswer {
        core::disputes::DisputeAnswer {
            text: self.text,
            include_tracking: self.include_tracking,
            note: self.note,
            evidence_pack: self.evidence_pack,
            pack_locale: locale.to_owned(),
            photos: self.photos.into_iter().map(Into::into).collect(),
        }
    }
}
