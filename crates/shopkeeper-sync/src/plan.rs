//! The pure planning step: which outbox ops go in the next push batch, and
//! what each one becomes on the wire. No I/O here.

use std::collections::HashSet;

use marketplace_api::dto as api;
use serde_json::{Map, Value};
use shopkeeper_store::{LocalOp, OutboxRow, Price, PushBatch, Variant};

use crate::wire;

/// What to do with one outbox op.
#[derive(Debug, Clone, PartialEq)]
pub enum Planned {
    /// Send it.
    Send(api::Op),
    /// It cannot be expressed on the wire at all: refuse it locally, with a
    /// reason the conflict inbox shows (it never blocks the ops behind it).
    Refuse { code: String, message: String },
    /// A change that stays on this desktop (no marketplace counterpart yet).
    LocalOnly,
}

/// Ops recorded for the audit trail and undo that have no marketplace
/// counterpart: photo ops written before galleries were synced (they do not
/// carry the gallery, ADR 0720). Photos and size charts are sent otherwise.
pub fn is_local_only(op: &LocalOp) -> bool {
    matches!(
        op,
        LocalOp::PhotoAdd { gallery: None, .. }
            | LocalOp::PhotoReorder { gallery: None }
            | LocalOp::PhotoPrimary { gallery: None, .. }
            | LocalOp::PhotoRemove { gallery: None, .. }
    )
}

/// Plans the next push: the ops of `batch` in `op_seq` order, cut before the
/// first price op on a listing already touched earlier in this batch (it must
/// be based on the version the earlier op produces, known only after it was
/// applied).
pub fn plan_push(batch: &PushBatch) -> Vec<(String, Planned)> {
    let mut out = Vec::with_capacity(batch.ops.len());
    let mut touched: HashSet<&str> = HashSet::new();
    for (i, row) in batch.ops.iter().enumerate() {
        let lid = row.listing_id.as_deref();
        let op = row.op();
        if op.as_ref().is_some_and(LocalOp::is_price) && lid.is_some_and(|l| touched.contains(l)) {
            break;
        }
        if let Some(l) = lid {
            touched.insert(l);
        }
        let planned = match op {
            Some(op) if is_local_only(&op) => Planned::LocalOnly,
            None => Planned::Refuse {
                code: "op-unreadable".into(),
                message: format!("the stored change {:?} could not be read", row.kind),
            },
            Some(op) => match to_wire(row, &op, batch, &batch.ops[..i]) {
                Ok(action) => Planned::Send(api::Op {
                    op_id: match uuid::Uuid::parse_str(&row.op_id) {
                        Ok(u) => u,
                        Err(_) => {
                            out.push((
                                row.op_id.clone(),
                                Planned::Refuse {
                                    code: "op-unreadable".into(),
                                    message: "the change has no valid id".into(),
                                },
                            ));
                            continue;
                        }
                    },
                    op_seq: row.op_seq,
                    base_version: row.base_version,
                    action,
                }),
                Err((code, message)) => Planned::Refuse { code, message },
            },
        };
        out.push((row.op_id.clone(), planned));
    }
    out
}

type PlanError = (String, String);

fn refuse(code: &str, message: impl Into<String>) -> PlanError {
    (code.to_owned(), message.into())
}

fn to_wire(
    row: &OutboxRow,
    op: &LocalOp,
    batch: &PushBatch,
    before_in_batch: &[OutboxRow],
) -> Result<api::OpAction, PlanError> {
    let listing_id = || -> Result<uuid::Uuid, PlanError> {
        let l = row
            .listing_id
            .as_deref()
            .ok_or_else(|| refuse("op-unreadable", "the change names no listing"))?;
        wire::uuid(l).map_err(|m| refuse("op-unreadable", m))
    };
    let variant_id = || wire::uuid(&row.entity_id).map_err(|m| refuse("op-unreadable", m));
    let patch = |p: api::ListingPatch| -> Result<api::OpAction, PlanError> {
        Ok(api::OpAction::ListingPatch {
            listing_id: listing_id()?,
            patch: p,
        })
    };
    match op {
        LocalOp::ListingCreate(l) => Ok(api::OpAction::ListingCreate {
            listing: wire::new_listing(l).map_err(|m| refuse("op-unreadable", m))?,
        }),
        LocalOp::ListingPatch { fields } => patch(listing_patch(fields)?),
        LocalOp::ListingArchive { .. } => patch(api::ListingPatch {
            state: Some(api::ListingState::Inactive),
            ..Default::default()
        }),
        LocalOp::ListingRestore { state } => patch(api::ListingPatch {
            state: Some(wire::state_to_wire(
                state.unwrap_or(shopkeeper_store::ListingState::Active),
            )),
            ..Default::default()
        }),
        LocalOp::VariantCreate { variant, .. } => patch(api::ListingPatch {
            add_variants: vec![wire::new_variant(variant).map_err(|m| refuse("op-unreadable", m))?],
            ..Default::default()
        }),
        LocalOp::VariantDelete { .. } => patch(api::ListingPatch {
            remove_variants: vec![variant_id()?],
            ..Default::default()
        }),
        LocalOp::VariantPatch { fields } => patch(api::ListingPatch {
            variants: vec![variant_patch(variant_id()?, fields)?],
            ..Default::default()
        }),
        LocalOp::PriceSet { .. } => {
            let prices = folded_prices(row, batch, before_in_batch);
            patch(api::ListingPatch {
                variants: vec![api::VariantPatch {
                    id: variant_id()?,
                    sku: None,
                    options: None,
                    weight_grams: None,
                    hs_code: None,
                    hs_edition: None,
                    origin_country: None,
                    customs_description: None,
                    prices: Some(
                        wire::prices_to_wire(&prices).map_err(|m| refuse("op-unreadable", m))?,
                    ),
                }],
                ..Default::default()
            })
        }
        LocalOp::StockSet { value, expected } => Ok(api::OpAction::StockSet {
            variant_id: variant_id()?,
            value: *value,
            expected: *expected,
        }),
        LocalOp::StockAdjust { delta, reason } => Ok(api::OpAction::StockAdjust {
            variant_id: variant_id()?,
            delta: *delta,
            reason: serde_json::from_value(Value::String(reason.clone()))
                .unwrap_or(api::StockReason::Restocked),
        }),
        LocalOp::ShipmentCreate(s) => {
            wire::shipment_create(s).map_err(|m| refuse("op-unreadable", m))
        }
        LocalOp::MessageSend {
            conversation_id,
            body,
            attachments,
        } => crate::messages::send_to_wire(&row.entity_id, conversation_id, body, attachments)
            .map_err(|m| refuse("op-unreadable", m)),
        LocalOp::PhotoAdd { gallery, .. }
        | LocalOp::PhotoReorder { gallery }
        | LocalOp::PhotoPrimary { gallery, .. } => gallery_to_wire(listing_id()?, gallery, None),
        LocalOp::PhotoRemove { photo_id, gallery } => {
            gallery_to_wire(listing_id()?, gallery, Some(photo_id))
        }
        LocalOp::SizeChartCreate(c) | LocalOp::SizeChartUpdate(c) => {
            Ok(api::OpAction::SizeChartUpsert {
                size_chart: chart_to_wire(&row.entity_id, c)?,
            })
        }
        LocalOp::SizeChartDelete {} => Ok(api::OpAction::SizeChartDelete {
            size_chart_id: wire::uuid(&row.entity_id).map_err(|m| refuse("op-unreadable", m))?,
        }),
        LocalOp::ListingSizeChart {
            option,
            size_chart_id,
        } => Ok(api::OpAction::ListingSizeChart {
            listing_id: listing_id()?,
            option: option.clone(),
            size_chart_id: size_chart_id
                .as_deref()
                .map(wire::uuid)
                .transpose()
                .map_err(|m| refuse("op-unreadable", m))?,
        }),
        LocalOp::DisputeRespond(r) => {
            crate::disputes::respond_to_wire(r).map_err(|m| refuse("op-unreadable", m))
        }
    }
}

/// A photo op as the whole gallery it leaves (order, primary), plus the
/// photo it removes: the marketplace keeps photos a teammate added meanwhile.
fn gallery_to_wire(
    listing_id: uuid::Uuid,
    gallery: &Option<shopkeeper_store::Gallery>,
    removed: Option<&String>,
) -> Result<api::OpAction, PlanError> {
    let g = gallery
        .as_ref()
        .ok_or_else(|| refuse("op-unreadable", "the change has no gallery"))?;
    let id = |s: &String| wire::uuid(s).map_err(|m| refuse("op-unreadable", m));
    Ok(api::OpAction::ListingPhotos {
        listing_id,
        photo_ids: g.order.iter().map(id).collect::<Result<_, _>>()?,
        primary_photo_id: g.primary.as_ref().map(id).transpose()?,
        removed_photo_ids: removed.map(id).transpose()?.into_iter().collect(),
    })
}

fn chart_to_wire(
    id: &str,
    c: &shopkeeper_store::SizeChartOp,
) -> Result<api::NewSizeChart, PlanError> {
    Ok(api::NewSizeChart {
        id: wire::uuid(id).map_err(|m| refuse("op-unreadable", m))?,
        name: c.name.clone(),
        unit: c.unit.clone(),
        measures: c.measures.clone(),
        rows: c
            .rows
            .iter()
            .map(|r| api::SizeChartRow {
                measurements: r
                    .measurements
                    .iter()
                    .map(|(k, [min, max])| {
                        (
                            k.clone(),
                            api::MeasureRange {
                                min_mm: *min,
                                max_mm: *max,
                            },
                        )
                    })
                    .collect(),
                labels: r.labels.clone(),
            })
            .collect(),
    })
}

fn listing_patch(fields: &Map<String, Value>) -> Result<api::ListingPatch, PlanError> {
    let mut p = api::ListingPatch::default();
    for (path, value) in fields {
        match path.as_str() {
            "state" => {
                let s: shopkeeper_store::ListingState = serde_json::from_value(value.clone())
                    .map_err(|_| refuse("op-unreadable", "state"))?;
                p.state = Some(wire::state_to_wire(s));
            }
            "default_locale" => p.default_locale = value.as_str().map(str::to_owned),
            _ => {
                let rest = path
                    .strip_prefix("texts.")
                    .ok_or_else(|| refuse("op-unreadable", path.clone()))?;
                let (locale, field) = rest.split_once('.').unwrap_or((rest, ""));
                let idx = match p.texts.iter().position(|t| t.locale == locale) {
                    Some(i) => i,
                    None => {
                        p.texts.push(api::TextPatch {
                            locale: locale.to_owned(),
                            title: None,
                            description: None,
                            tags: None,
                        });
                        p.texts.len() - 1
                    }
                };
                let t = &mut p.texts[idx];
                match field {
                    "" => {
                        if value.is_null() {
                            return Err(refuse(
                                "text-removal-unsupported",
                                format!(
                                    "the marketplace keeps the {locale} text; it cannot be removed from here"
                                ),
                            ));
                        }
                        let full: shopkeeper_store::ListingText =
                            serde_json::from_value(value.clone())
                                .map_err(|_| refuse("op-unreadable", path.clone()))?;
                        t.title = Some(full.title);
                        t.description = Some(full.description);
                        t.tags = Some(full.tags);
                    }
                    "title" => t.title = value.as_str().map(str::to_owned),
                    "description" => t.description = value.as_str().map(str::to_owned),
                    "tags" => t.tags = serde_json::from_value(value.clone()).ok(),
                    _ => return Err(refuse("op-unreadable", path.clone())),
                }
            }
        }
    }
    Ok(p)
}

fn variant_patch(
    id: uuid::Uuid,
    fields: &Map<String, Value>,
) -> Result<api::VariantPatch, PlanError> {
    let s = |k: &str| fields.get(k).and_then(Value::as_str).map(str::to_owned);
    let options = match fields.get("options") {
        Some(v) => {
            let o: Vec<shopkeeper_store::OptionValue> = serde_json::from_value(v.clone())
                .map_err(|_| refuse("op-unreadable", "options"))?;
            Some(
                o.into_iter()
                    .map(|o| api::VariantOption {
                        name: o.name,
                        value: o.value,
                    })
                    .collect(),
            )
        }
        None => None,
    };
    Ok(api::VariantPatch {
        id,
        sku: s("sku"),
        options,
        weight_grams: fields.get("weight_grams").map(|w| w.as_i64().unwrap_or(0)),
        hs_code: s("hs_code"),
        hs_edition: s("hs_edition"),
        origin_country: s("origin_country"),
        customs_description: s("customs_description"),
        prices: None,
    })
}

/// A price op sends the variant's whole price list: the marketplace's base,
/// then every earlier own op on the variant, then this one.
fn folded_prices(row: &OutboxRow, batch: &PushBatch, before_in_batch: &[OutboxRow]) -> Vec<Price> {
    let lid = row.listing_id.as_deref().unwrap_or_default();
    let mut variant: Option<Variant> = batch
        .bases
        .get(lid)
        .and_then(|b| b.listing.variants.iter().find(|v| v.id == row.entity_id))
        .cloned();
    let earlier = batch
        .earlier
        .iter()
        .chain(before_in_batch)
        .filter(|o| o.listing_id.as_deref() == Some(lid) && o.op_seq < row.op_seq);
    let mut prices: Vec<Price> = variant.take().map(|v| v.prices).unwrap_or_default();
    for o in earlier.chain(std::iter::once(row)) {
        match o.op() {
            Some(LocalOp::ListingCreate(l)) if prices.is_empty() => {
                if let Some(v) = l.variants.iter().find(|v| v.id == row.entity_id) {
                    prices = v.prices.clone();
                }
            }
            Some(LocalOp::VariantCreate { variant, .. }) if variant.id == row.entity_id => {
                prices = variant.prices.clone();
            }
            Some(LocalOp::PriceSet {
                currency,
                amount_minor,
                ..
            }) if o.entity_id == row.entity_id => {
                prices.retain(|p| p.currency != currency);
                if let Some(a) = amount_minor {
                    prices.push(Price {
                        currency,
                        amount_minor: a,
                    });
                }
            }
            _ => {}
        }
    }
    prices.sort_by(|a, b| a.currency.cmp(&b.currency));
    prices
}
