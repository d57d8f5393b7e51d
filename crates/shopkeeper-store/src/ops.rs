//! The outbox's operation vocabulary and how an op changes a listing.
//!
//! The core writes these ops (see `shopkeeper-core`'s `changes.rs`); sync
//! maps them to the marketplace's wire ops; and the view is rebuilt as the
//! marketplace's base with the pending ops re-applied by [`overlay`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::{Listing, ListingState, ListingText, Price, Variant};

/// A typed outbox op (kind + payload as stored).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind")]
pub enum LocalOp {
    #[serde(rename = "listing.create")]
    ListingCreate(Box<Listing>),
    /// Field paths (`state`, `default_locale`, `texts.<locale>.<title|description|tags>`,
    /// `texts.<locale>` for a whole text added or removed) to their new values.
    #[serde(rename = "listing.patch")]
    ListingPatch { fields: Map<String, Value> },
    #[serde(rename = "listing.archive")]
    ListingArchive {
        #[serde(default)]
        state_before: Option<ListingState>,
    },
    #[serde(rename = "listing.restore")]
    ListingRestore {
        #[serde(default)]
        state: Option<ListingState>,
    },
    #[serde(rename = "variant.create")]
    VariantCreate {
        listing_id: String,
        position: usize,
        variant: Box<Variant>,
    },
    #[serde(rename = "variant.delete")]
    VariantDelete { listing_id: String },
    /// Variant fields (`sku`, `options`, `weight_grams`, `hs_code`, ...).
    #[serde(rename = "variant.patch")]
    VariantPatch { fields: Map<String, Value> },
    /// Sets (or with `amount_minor: null` removes) one currency's price.
    #[serde(rename = "price.set")]
    PriceSet {
        currency: String,
        amount_minor: Option<i64>,
        expected_minor: Option<i64>,
    },
    /// A physical count: compare-and-set on `expected`.
    #[serde(rename = "stock.set")]
    StockSet { value: i64, expected: i64 },
    /// A movement (sold, restocked, damaged...): applied exactly once.
    #[serde(rename = "stock.adjust")]
    StockAdjust { delta: i64, reason: String },
    /// An order marked shipped (entity `shipment`, entity id = the shipment id,
    /// which the marketplace keeps: pushing the op again is a no-op there).
    #[serde(rename = "shipment.create")]
    ShipmentCreate(Box<ShipmentOp>),
    /// A seller message (entity `message`, entity id = the message's client
    /// id, so the marketplace inserts it at most once). Touches no listing.
    #[serde(rename = "message.send")]
    MessageSend {
        conversation_id: String,
        body: String,
        /// Photos sent with the message, uploaded before the op.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        attachments: Vec<BlobRef>,
    },
    /// A photo added to a listing's gallery (or a removal undone). `upload`
    /// is its metadata-free 1600 px JPEG, sent under the photo's id.
    #[serde(rename = "photo.add")]
    PhotoAdd {
        photo_id: String,
        #[serde(default)]
        gallery: Option<Gallery>,
        #[serde(default)]
        upload: Option<BlobRef>,
    },
    #[serde(rename = "photo.reorder")]
    PhotoReorder {
        #[serde(default)]
        gallery: Option<Gallery>,
    },
    #[serde(rename = "photo.primary")]
    PhotoPrimary {
        photo_id: String,
        #[serde(default)]
        gallery: Option<Gallery>,
    },
    #[serde(rename = "photo.remove")]
    PhotoRemove {
        photo_id: String,
        #[serde(default)]
        gallery: Option<Gallery>,
    },
    /// A size chart created or replaced (entity `size_chart`, whole chart).
    #[serde(rename = "size_chart.create")]
    SizeChartCreate(Box<SizeChartOp>),
    #[serde(rename = "size_chart.update")]
    SizeChartUpdate(Box<SizeChartOp>),
    #[serde(rename = "size_chart.delete")]
    SizeChartDelete {},
    /// A chart tied to (or, with `null`, untied from) a listing's option.
    #[serde(rename = "listing.size_chart")]
    ListingSizeChart {
        option: String,
        size_chart_id: Option<String>,
    },
    /// The seller's answer to a dispute (entity `dispute`, entity id = the
    /// dispute id) with its evidence. The marketplace applies an op id at
    /// most once. Touches no listing.
    #[serde(rename = "dispute.respond")]
    DisputeRespond(Box<DisputeRespondOp>),
}

/// A listing's gallery after a photo op: the live photo ids in display order
/// and the primary one. Photo ops carry it so that each can be sent as the
/// whole gallery (`listing.photos`), whatever ops came before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gallery {
    pub order: Vec<String>,
    pub primary: Option<String>,
}

/// The payload of `size_chart.create` / `size_chart.update`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SizeChartOp {
    pub name: String,
    /// `cm` or `in` (payloads written before it was recorded: `cm`).
    #[serde(default = "default_unit")]
    pub unit: String,
    pub measures: Vec<String>,
    pub rows: Vec<crate::sizes::SizeRow>,
}

fn default_unit() -> String {
    "cm".into()
}

/// The payload of a `dispute.respond` op.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisputeRespondOp {
    pub dispute_id: String,
    pub text: String,
    #[serde(default)]
    pub evidence: Vec<EvidenceOp>,
}

/// One piece of evidence of a dispute answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceOp {
    /// `photo`, `tracking`, `document` or `note`.
    pub kind: String,
    pub description: String,
    /// The file of photo (an image) and document (a PDF) evidence, uploaded
    /// before the op; its id is the photo/document id on the marketplace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blob: Option<BlobRef>,
}

/// A file an op refers to, stored on this desktop and uploaded to the
/// marketplace before the op is sent. Its id is the file's id there too
/// (the upload's idempotency key), so uploading it again is harmless.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlobRef {
    /// A UUID.
    pub id: String,
    /// Path relative to the directory of the shop file.
    pub file: String,
    /// `image/jpeg`, `image/png`, `image/webp` or `application/pdf`.
    pub content_type: String,
}

impl LocalOp {
    /// The files the marketplace must have before this op can be applied.
    pub fn blobs(&self) -> Vec<&BlobRef> {
        match self {
            LocalOp::MessageSend { attachments, .. } => attachments.iter().collect(),
            LocalOp::PhotoAdd {
                upload: Some(b), ..
            } => vec![b],
            LocalOp::DisputeRespond(r) => {
                r.evidence.iter().filter_map(|e| e.blob.as_ref()).collect()
            }
            _ => Vec::new(),
        }
    }
}

/// The payload of a `shipment.create` op.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShipmentOp {
    pub order_id: String,
    pub shipment_id: String,
    pub carrier: String,
    /// `post` (S10 tracking) or `courier`.
    pub carrier_kind: String,
    pub tracking_number: String,
    #[serde(default)]
    pub customs_items: Vec<ShipmentCustomsItem>,
}

/// One declared item sent with a shipment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShipmentCustomsItem {
    pub description: String,
    pub quantity: i64,
    pub net_weight_grams: i64,
    pub currency: String,
    pub value_minor: i64,
    /// Digits only.
    pub hs_code: String,
    pub hs_edition: Option<String>,
    pub origin_country: String,
}

impl LocalOp {
    /// Parses an outbox row's kind and JSON payload.
    pub fn parse(kind: &str, payload: &str) -> Option<LocalOp> {
        let mut v: Value = serde_json::from_str(payload).ok()?;
        let obj = match kind {
            // The create payload is the listing itself.
            "listing.create" => {
                let mut m = Map::new();
                m.insert("kind".into(), Value::String(kind.into()));
                if let Value::Object(l) = v {
                    m.extend(l);
                }
                Value::Object(m)
            }
            _ => {
                v.as_object_mut()?
                    .insert("kind".into(), Value::String(kind.into()));
                v
            }
        };
        serde_json::from_value(obj).ok()
    }

    /// Ops guarded by the listing's prices version (`If-Match`).
    pub fn is_price(&self) -> bool {
        matches!(self, LocalOp::PriceSet { .. })
    }

    /// Ops on stock (versioned by the variant's stock version).
    pub fn is_stock(&self) -> bool {
        matches!(self, LocalOp::StockSet { .. } | LocalOp::StockAdjust { .. })
    }
}

/// An op with the entity it targets (a listing or a variant id).
#[derive(Debug, Clone, PartialEq)]
pub struct TargetedOp {
    pub entity_id: String,
    pub op: LocalOp,
}

/// Applies `ops` in order on top of `base` (the marketplace's listing, or
/// `None` when it does not have one): the view the user sees. `None` when there
/// is nothing to show (no base and no create).
pub fn overlay(base: Option<&Listing>, ops: &[TargetedOp], now: i64) -> Option<Listing> {
    overlay_owned(base.cloned(), ops, now)
}

/// [`overlay`] on a base the caller no longer needs (no copy of it is made).
pub fn overlay_owned(base: Option<Listing>, ops: &[TargetedOp], now: i64) -> Option<Listing> {
    let mut cur = base;
    for t in ops {
        apply(&mut cur, t, now);
    }
    cur
}

fn apply(cur: &mut Option<Listing>, t: &TargetedOp, now: i64) {
    if let LocalOp::ListingCreate(l) = &t.op {
        if cur.is_none() {
            *cur = Some((**l).clone());
        }
        return;
    }
    let Some(l) = cur.as_mut() else { return };
    match &t.op {
        LocalOp::ListingCreate(_) => {}
        LocalOp::ListingPatch { fields } => {
            for (path, value) in fields {
                apply_listing_field(l, path, value);
            }
        }
        LocalOp::ListingArchive { .. } => {
            if l.archived_at.is_none() {
                l.archived_at = Some(now);
            }
            l.state = ListingState::Inactive;
        }
        LocalOp::ListingRestore { state } => {
            l.archived_at = None;
            if let Some(s) = state {
                l.state = *s;
            }
        }
        LocalOp::VariantCreate {
            position, variant, ..
        } => {
            if !l.variants.iter().any(|v| v.id == variant.id) {
                let at = (*position).min(l.variants.len());
                l.variants.insert(at, (**variant).clone());
            }
        }
        LocalOp::VariantDelete { .. } => l.variants.retain(|v| v.id != t.entity_id),
        LocalOp::VariantPatch { fields } => {
            if let Some(v) = l.variants.iter_mut().find(|v| v.id == t.entity_id) {
                for (name, value) in fields {
                    apply_variant_field(v, name, value);
                }
            }
        }
        LocalOp::PriceSet {
            currency,
            amount_minor,
            ..
        } => {
            if let Some(v) = l.variants.iter_mut().find(|v| v.id == t.entity_id) {
                match amount_minor {
                    Some(a) => match v.prices.iter_mut().find(|p| &p.currency == currency) {
                        Some(p) => p.amount_minor = *a,
                        None => v.prices.push(Price {
                            currency: currency.clone(),
                            amount_minor: *a,
                        }),
                    },
                    None => v.prices.retain(|p| &p.currency != currency),
                }
            }
        }
        LocalOp::StockSet { value, .. } => {
            if let Some(v) = l.variants.iter_mut().find(|v| v.id == t.entity_id) {
                v.stock = *value;
            }
        }
        LocalOp::StockAdjust { delta, .. } => {
            if let Some(v) = l.variants.iter_mut().find(|v| v.id == t.entity_id) {
                v.stock = (v.stock + delta).max(0);
            }
        }
        // Not a listing op.
        LocalOp::ShipmentCreate(_) => {}
        LocalOp::MessageSend { .. } => {}
        // Photos and size charts live in their own tables, not in the
        // listing view (see photos.rs / sizes.rs and the pull).
        LocalOp::PhotoAdd { .. }
        | LocalOp::PhotoReorder { .. }
        | LocalOp::PhotoPrimary { .. }
        | LocalOp::PhotoRemove { .. }
        | LocalOp::SizeChartCreate(_)
        | LocalOp::SizeChartUpdate(_)
        | LocalOp::SizeChartDelete {}
        | LocalOp::ListingSizeChart { .. } => {}
        LocalOp::DisputeRespond(_) => {}
    }
}

fn apply_listing_field(l: &mut Listing, path: &str, value: &Value) {
    match path {
        "state" => {
            if let Ok(s) = serde_json::from_value(value.clone()) {
                l.state = s;
            }
        }
        "default_locale" => {
            if let Some(s) = value.as_str() {
                l.default_locale = s.to_owned();
            }
        }
        _ => {
            let Some(rest) = path.strip_prefix("texts.") else {
                return;
            };
            match rest.split_once('.') {
                None => {
                    // A whole text added (object) or removed (null).
                    l.texts.retain(|t| t.locale != rest);
                    if let Ok(t) = serde_json::from_value::<ListingText>(value.clone()) {
                        l.texts.push(t);
                    }
                }
                Some((locale, field)) => {
                    let idx = match l.texts.iter().position(|t| t.locale == locale) {
                        Some(i) => i,
                        None => {
                            l.texts.push(ListingText {
                                locale: locale.to_owned(),
                                title: String::new(),
                                description: String::new(),
                                tags: Vec::new(),
                            });
                            l.texts.len() - 1
                        }
                    };
                    let t = &mut l.texts[idx];
                    match field {
                        "title" => t.title = value.as_str().unwrap_or_default().to_owned(),
                        "description" => {
                            t.description = value.as_str().unwrap_or_default().to_owned()
                        }
                        "tags" => {
                            t.tags = serde_json::from_value(value.clone()).unwrap_or_default()
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}

fn apply_variant_field(v: &mut Variant, name: &str, value: &Value) {
    let s = || value.as_str().map(str::to_owned);
    match name {
        "sku" => {
            if let Some(x) = s() {
                v.sku = x;
            }
        }
        "options" => v.options = serde_json::from_value(value.clone()).unwrap_or_default(),
        "weight_grams" => v.weight_grams = value.as_i64(),
        "hs_code" => v.hs_code = s(),
        "hs_edition" => v.hs_edition = s(),
        "origin_country" => v.origin_country = s(),
        "customs_description" => v.customs_description = s(),
        _ => {}
    }
}

/// The value of a listing field path (as used by `listing.patch`), for
/// notices of concurrent edits.
pub fn listing_field(l: &Listing, path: &str) -> Value {
    match path {
        "state" => serde_json::to_value(l.state).unwrap_or(Value::Null),
        "default_locale" => Value::String(l.default_locale.clone()),
        _ => {
            let Some(rest) = path.strip_prefix("texts.") else {
                return Value::Null;
            };
            let (locale, field) = rest.split_once('.').unwrap_or((rest, ""));
            let Some(t) = l.texts.iter().find(|t| t.locale == locale) else {
                return Value::Null;
            };
            match field {
                "" => serde_json::to_value(t).unwrap_or(Value::Null),
                "title" => Value::String(t.title.clone()),
                "description" => Value::String(t.description.clone()),
                "tags" => serde_json::to_value(&t.tags).unwrap_or(Value::Null),
                _ => Value::Null,
            }
        }
    }
}
