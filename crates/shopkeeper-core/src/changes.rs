//! What an edit means for the marketplace and the audit log.
//!
//! A save is compared with the listing as it was, and every difference
//! becomes an outbox op of the kind sync.md's conflict table needs: text and
//! state edits are field patches (merged per field), prices are set with the
//! variant's version as If-Match, stock counts are compare-and-set on the
//! value the user edited from, variants are created and deleted by id.

use serde_json::{Value, json};
use shopkeeper_store::{Listing, ListingState, OutboxOp, Variant};

/// The state the marketplace is told. "Sold out" is derived from stock (here
/// on save, on the marketplace from its own stock): a desktop that pushed it
/// would leave a listing sold out after a teammate restocked it, so only the
/// seller's own choices (draft, active, inactive) travel.
fn sent_state(s: ListingState) -> ListingState {
    match s {
        ListingState::SoldOut => ListingState::Active,
        s => s,
    }
}

fn op(
    entity: &'static str,
    entity_id: &str,
    kind: &'static str,
    payload: Value,
    base: Option<i64>,
) -> OutboxOp {
    OutboxOp {
        op_id: uuid::Uuid::now_v7().to_string(),
        entity,
        entity_id: entity_id.to_owned(),
        kind,
        payload,
        base_version: base,
    }
}

/// One changed field for the audit log.
fn change(field: String, before: Value, after: Value) -> Value {
    json!({ "field": field, "before": before, "after": after })
}

/// The ops and audit changes of creating `new`.
pub fn created(new: &Listing) -> (Vec<OutboxOp>, Value) {
    let mut payload = serde_json::to_value(new).unwrap_or(Value::Null);
    if let Some(state) = payload.get_mut("state") {
        *state = json!(sent_state(new.state));
    }
    let ops = vec![op("listing", &new.id, "listing.create", payload, None)];
    let summary = json!([{ "field": "listing", "before": null, "after": {
        "title": new.default_text().map(|t| t.title.clone()),
        "variants": new.variants.len(),
    }}]);
    (ops, summary)
}

/// The op, audit action and audit changes of archiving (`true`) or restoring
/// (`false`) `old` into `new` (archiving takes it off sale: state inactive;
/// restoring puts back the state it had).
pub fn archived(
    old: &Listing,
    new: &Listing,
    archived: bool,
) -> (Vec<OutboxOp>, &'static str, Value) {
    let (kind, action, payload) = if archived {
        (
            "listing.archive",
            "archive",
            json!({ "state_before": sent_state(old.state) }),
        )
    } else {
        (
            "listing.restore",
            "restore",
            json!({ "state": sent_state(new.state) }),
        )
    };
    let ops = vec![op("listing", &old.id, kind, payload, old.server_version)];
    let mut audit = vec![json!({ "field": "archived", "before": !archived, "after": archived })];
    if old.state != new.state {
        audit.push(change("state".into(), json!(old.state), json!(new.state)));
    }
    (ops, action, Value::Array(audit))
}

/// The op and audit changes of a stock movement of `delta` on `v` (already
/// applied to `v`).
pub fn adjusted(v: &Variant, delta: i64, reason: &str) -> (Vec<OutboxOp>, Value) {
    let ops = vec![op(
        "variant",
        &v.id,
        "stock.adjust",
        json!({ "delta": delta, "reason": reason }),
        None,
    )];
    let audit = json!([{
        "field": format!("variant.{}.stock", v.sku),
        "before": v.stock - delta,
        "after": v.stock,
        "reason": reason,
    }]);
    (ops, audit)
}

/// The ops and audit changes of turning `old` into `new`. Empty when nothing
/// changed.
pub fn updated(old: &Listing, new: &Listing) -> (Vec<OutboxOp>, Vec<Value>) {
    let mut ops = Vec::new();
    let mut audit = Vec::new();

    // Listing fields: one patch with every changed field.
    let mut fields = serde_json::Map::new();
    if old.state != new.state {
        if sent_state(old.state) != sent_state(new.state) {
            fields.insert("state".into(), json!(sent_state(new.state)));
        }
        audit.push(change("state".into(), json!(old.state), json!(new.state)));
    }
    if old.default_locale != new.default_locale {
        fields.insert("default_locale".into(), json!(new.default_locale));
        audit.push(change(
            "default_locale".into(),
            json!(old.default_locale),
            json!(new.default_locale),
        ));
    }
    let locales: std::collections::BTreeSet<&str> = old
        .texts
        .iter()
        .chain(&new.texts)
        .map(|t| t.locale.as_str())
        .collect();
    for locale in locales {
        let before = old.texts.iter().find(|t| t.locale == locale);
        let after = new.texts.iter().find(|t| t.locale == locale);
        match (before, after) {
            (Some(b), Some(a)) => {
                for (name, bv, av) in [
                    ("title", json!(b.title), json!(a.title)),
                    ("description", json!(b.description), json!(a.description)),
                    ("tags", json!(b.tags), json!(a.tags)),
                ] {
                    if bv != av {
                        let path = format!("texts.{locale}.{name}");
                        fields.insert(path.clone(), av.clone());
                        audit.push(change(path, bv, av));
                    }
                }
            }
            (b, a) => {
                let path = format!("texts.{locale}");
                let (bv, av) = (json!(b), json!(a));
                fields.insert(path.clone(), av.clone());
                audit.push(change(path, bv, av));
            }
        }
    }
    if !fields.is_empty() {
        ops.push(op(
            "listing",
            &new.id,
            "listing.patch",
            json!({ "fields": fields }),
            old.server_version,
        ));
    }

    // Variants.
    for v in &old.variants {
        if !new.variants.iter().any(|n| n.id == v.id) {
            ops.push(op(
                "variant",
                &v.id,
                "variant.delete",
                json!({ "listing_id": new.id }),
                None,
            ));
            audit.push(change(
                format!("variant.{}", v.sku),
                json!(v.sku),
                Value::Null,
            ));
        }
    }
    for (position, v) in new.variants.iter().enumerate() {
        let Some(before) = old.variants.iter().find(|o| o.id == v.id) else {
            ops.push(op(
                "variant",
                &v.id,
                "variant.create",
                json!({ "listing_id": new.id, "position": position, "variant": v }),
                None,
            ));
            audit.push(change(
                format!("variant.{}", v.sku),
                Value::Null,
                json!(v.sku),
            ));
            continue;
        };
        variant_changes(before, v, &mut ops, &mut audit);
    }
    (ops, audit)
}

fn variant_changes(old: &Variant, new: &Variant, ops: &mut Vec<OutboxOp>, audit: &mut Vec<Value>) {
    let mut fields = serde_json::Map::new();
    for (name, bv, av) in [
        ("sku", json!(old.sku), json!(new.sku)),
        ("options", json!(old.options), json!(new.options)),
        (
            "weight_grams",
            json!(old.weight_grams),
            json!(new.weight_grams),
        ),
        ("hs_code", json!(old.hs_code), json!(new.hs_code)),
        ("hs_edition", json!(old.hs_edition), json!(new.hs_edition)),
        (
            "origin_country",
            json!(old.origin_country),
            json!(new.origin_country),
        ),
        (
            "customs_description",
            json!(old.customs_description),
            json!(new.customs_description),
        ),
    ] {
        if bv != av {
            fields.insert(name.into(), av.clone());
            audit.push(change(format!("variant.{}.{name}", new.sku), bv, av));
        }
    }
    if !fields.is_empty() {
        ops.push(op(
            "variant",
            &new.id,
            "variant.patch",
            json!({ "fields": fields }),
            None,
        ));
    }

    let currencies: std::collections::BTreeSet<&str> = old
        .prices
        .iter()
        .chain(&new.prices)
        .map(|p| p.currency.as_str())
        .collect();
    for currency in currencies {
        let before = old
            .prices
            .iter()
            .find(|p| p.currency == currency)
            .map(|p| p.amount_minor);
        let after = new
            .prices
            .iter()
            .find(|p| p.currency == currency)
            .map(|p| p.amount_minor);
        if before != after {
            ops.push(op(
                "variant",
                &new.id,
                "price.set",
                json!({ "currency": currency, "amount_minor": after, "expected_minor": before }),
                None,
            ));
            audit.push(change(
                format!("variant.{}.price.{currency}", new.sku),
                json!(before),
                json!(after),
            ));
        }
    }

    if old.stock != new.stock {
        ops.push(op(
            "variant",
            &new.id,
            "stock.set",
            json!({ "value": new.stock, "expected": old.stock }),
            None,
        ));
        audit.push(change(
            format!("variant.{}.stock", new.sku),
            json!(old.stock),
            json!(new.stock),
        ));
    }
}
