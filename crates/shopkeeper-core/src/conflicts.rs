//! The conflict inbox: edits the marketplace refused or found in conflict,
//! with the local and the marketplace value, resolved by the user — never
//! dropped silently. And notices of concurrent edits that were merged.

use serde::Serialize;
use serde_json::{Value, json};
use shopkeeper_store::{AuditEntry, ChangeRecord, ConflictRecord, LocalOp, Notice, OutboxOp};

use crate::{CoreError, Result, Shop};

/// How the user resolves a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Send my value again, on top of the marketplace's current one.
    KeepMine,
    /// Drop my edit; the marketplace's value stays.
    TakeTheirs,
}

/// One entry of the conflict inbox.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    pub op_id: String,
    /// `conflict` (someone changed it first) or `rejected` (refused for good).
    pub status: String,
    pub kind: String,
    pub listing_id: Option<String>,
    pub title: Option<String>,
    /// What was edited: `price`, `stock`, `stock-adjust`, `listing`, `variant`...
    pub what: String,
    /// The currency of a price conflict.
    pub currency: Option<String>,
    pub sku: Option<String>,
    /// This desktop's value (JSON: minor units for prices, a count for stock).
    pub mine: Value,
    /// The marketplace's value when it answered.
    pub theirs: Value,
    pub code: Option<String>,
    pub message: Option<String>,
    /// When this desktop made the edit, and when the marketplace answered (device clock).
    pub edited_at: i64,
    pub answered_at: Option<i64>,
    /// The teammate whose change holds the marketplace's value, and on which
    /// desktop (names as the marketplace knows them), when known.
    pub by: Option<String>,
    pub device: Option<String>,
    /// Whether "keep mine" can be offered.
    pub can_keep_mine: bool,
}

fn current_variant<'a>(current: &'a Value, variant_id: &str) -> Option<&'a Value> {
    current
        .get("listing")?
        .get("variants")?
        .as_array()?
        .iter()
        .find(|v| v.get("id").and_then(Value::as_str) == Some(variant_id))
}

fn conflict_of(r: ConflictRecord, sku: Option<String>) -> Conflict {
    let op = r.op.op();
    let current = r.current.clone().unwrap_or(Value::Null);
    let (what, currency, mine, theirs, can_keep) = match &op {
        Some(LocalOp::PriceSet {
            currency,
            amount_minor,
            ..
        }) => {
            let theirs = current_variant(&current, &r.op.entity_id)
                .and_then(|v| v.get("prices"))
                .and_then(Value::as_array)
                .and_then(|ps| {
                    ps.iter()
                        .find(|p| p.get("currency").and_then(Value::as_str) == Some(currency))
                })
                .and_then(|p| p.get("amount_minor"))
                .cloned()
                .unwrap_or(Value::Null);
            (
                "price",
                Some(currency.clone()),
                json!(amount_minor),
                theirs,
                r.op.status == "conflict",
            )
        }
        Some(LocalOp::StockSet { value, .. }) => (
            "stock",
            None,
            json!(value),
            current.get("stock").cloned().unwrap_or(Value::Null),
            r.op.status == "conflict",
        ),
        Some(LocalOp::StockAdjust { delta, .. }) => {
            ("stock-adjust", None, json!(delta), Value::Null, false)
        }
        Some(LocalOp::ListingPatch { fields }) => (
            "listing",
            None,
            Value::Object(fields.clone()),
            Value::Null,
            false,
        ),
        Some(LocalOp::ListingCreate(_)) => ("create", None, Value::Null, Value::Null, false),
        Some(
            LocalOp::PhotoAdd { .. }
            | LocalOp::PhotoReorder { .. }
            | LocalOp::PhotoPrimary { .. }
            | LocalOp::PhotoRemove { .. },
        ) => ("photos", None, Value::Null, Value::Null, false),
        Some(
            LocalOp::SizeChartCreate(_)
            | LocalOp::SizeChartUpdate(_)
            | LocalOp::SizeChartDelete {}
            | LocalOp::ListingSizeChart { .. },
        ) => ("size-chart", None, Value::Null, Value::Null, false),
        _ => ("variant", None, Value::Null, Value::Null, false),
    };
    Conflict {
        op_id: r.op.op_id.clone(),
        status: r.op.status.clone(),
        kind: r.op.kind.clone(),
        listing_id: r.op.listing_id.clone(),
        title: r.title,
        what: what.to_owned(),
        currency,
        sku,
        mine,
        theirs,
        code: r.code,
        message: r.message,
        edited_at: r.op.created_at,
        answered_at: r.at,
        by: None,
        device: None,
        can_keep_mine: can_keep,
    }
}

impl Shop {
    /// Every unresolved conflict and refused edit, oldest first.
    pub async fn conflicts(&self) -> Result<Vec<Conflict>> {
        let records = self.store.conflicts().await?;
        let mut out = Vec::with_capacity(records.len());
        for r in records {
            let sku = match r.op.entity.as_str() {
                "variant" => match r.op.listing_id.as_deref() {
                    Some(l) => self.store.listing(l).await?.and_then(|l| {
                        l.variants
                            .into_iter()
                            .find(|v| v.id == r.op.entity_id)
                            .map(|v| v.sku)
                    }),
                    None => None,
                },
                _ => None,
            };
            let by = match r.by.member_id.as_deref() {
                Some(m) => self.store.remote_member_name(m).await?,
                None => None,
            };
            let device = match r.by.device_id.as_deref() {
                Some(d) => self.store.remote_device_name(d).await?,
                None => None,
            };
            out.push(Conflict {
                by,
                device,
                ..conflict_of(r, sku)
            });
        }
        Ok(out)
    }

    /// Resolves one conflict. "Keep mine" re-sends the edit based on the
    /// marketplace's current value (a new op); "take theirs" drops it. Audited.
    pub async fn resolve_conflict(&self, op_id: &str, resolution: Resolution) -> Result<()> {
        let records = self.store.conflicts().await?;
        let r = records
            .into_iter()
            .find(|r| r.op.op_id == op_id)
            .ok_or(CoreError::NotFound("conflict"))?;
        let c = conflict_of(r.clone(), None);
        let retry = match resolution {
            Resolution::TakeTheirs => None,
            Resolution::KeepMine => {
                if !c.can_keep_mine {
                    return Err(CoreError::Validation(vec![crate::FieldError::new(
                        "resolution",
                        "conflict-keep-mine-unavailable",
                    )]));
                }
                let current = r.current.clone().unwrap_or(Value::Null);
                match r.op.op() {
                    Some(LocalOp::PriceSet { .. }) => {
                        let lid = r.op.listing_id.clone().unwrap_or_default();
                        let from_base = self
                            .store
                            .base_listing(&lid)
                            .await?
                            .map(|b| b.prices_version);
                        let from_answer = current.get("prices_version").and_then(Value::as_i64);
                        let base = from_base.max(from_answer);
                        let payload: Value =
                            serde_json::from_str(&r.op.payload).unwrap_or(Value::Null);
                        Some((uuid::Uuid::now_v7().to_string(), base, payload))
                    }
                    Some(LocalOp::StockSet { value, .. }) => {
                        let theirs = current.get("stock").and_then(Value::as_i64).unwrap_or(0);
                        Some((
                            uuid::Uuid::now_v7().to_string(),
                            None,
                            json!({ "value": value, "expected": theirs }),
                        ))
                    }
                    _ => None,
                }
            }
        };
        let at = self.now();
        let record = ChangeRecord {
            actor: self.actor.clone(),
            at,
            ops: Vec::<OutboxOp>::new(),
            audit: AuditEntry {
                entity: "listing",
                entity_id: c.listing_id.clone().unwrap_or_default(),
                action: match resolution {
                    Resolution::KeepMine => "conflict-keep-mine",
                    Resolution::TakeTheirs => "conflict-take-theirs",
                },
                changes: json!([{ "field": c.what, "mine": c.mine, "theirs": c.theirs, "currency": c.currency }]),
            },
        };
        self.store.resolve_conflict(op_id, retry, &record).await?;
        self.changed.notify_one();
        Ok(())
    }

    /// Open notices of concurrent edits that were merged.
    pub async fn notices(&self) -> Result<Vec<Notice>> {
        Ok(self.store.notices().await?)
    }

    /// Closes a notice after putting the chosen value (this desktop's with
    /// `use_mine`, else the teammate's) in the field, when it is not there
    /// already — a normal edit, synced like any other.
    pub async fn resolve_notice(&self, id: i64, use_mine: bool) -> Result<()> {
        let notices = self.store.notices().await?;
        let n = notices
            .into_iter()
            .find(|n| n.id == id)
            .ok_or(CoreError::NotFound("notice"))?;
        let chosen = if use_mine {
            n.mine.clone()
        } else {
            n.theirs.clone()
        };
        let old = self.listing(&n.entity_id).await?;
        if shopkeeper_store::ops::listing_field(&old, &n.field) != chosen {
            let mut new = old.clone();
            let op = LocalOp::ListingPatch {
                fields: [(n.field.clone(), chosen)].into_iter().collect(),
            };
            if let Some(v) = shopkeeper_store::overlay(
                Some(&old),
                &[shopkeeper_store::TargetedOp {
                    entity_id: old.id.clone(),
                    op,
                }],
                self.now(),
            ) {
                new = v;
            }
            new.updated_at = self.now();
            let (ops, changes) = crate::changes::updated(&old, &new);
            if !ops.is_empty() {
                self.save_notice_edit(&new, ops, changes).await?;
            }
        }
        self.store.dismiss_notice(id).await?;
        Ok(())
    }

    async fn save_notice_edit(
        &self,
        new: &shopkeeper_store::Listing,
        ops: Vec<OutboxOp>,
        changes: Vec<Value>,
    ) -> Result<()> {
        let record = ChangeRecord {
            actor: self.actor.clone(),
            at: new.updated_at,
            ops,
            audit: AuditEntry {
                entity: "listing",
                entity_id: new.id.clone(),
                action: "update",
                changes: Value::Array(changes),
            },
        };
        self.store.save_listing(new, &record).await?;
        self.changed.notify_one();
        Ok(())
    }
}
