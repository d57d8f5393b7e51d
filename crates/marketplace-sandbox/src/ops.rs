//! Applying operations: the one place where the marketplace's rules live.
//!
//! REST mutations and sync pushes both end here, so an edit made either way has the same
//! rules, the same version bumps and the same change-feed entries. Each op runs inside a
//! savepoint of the caller's transaction: a conflicting or rejected op leaves no trace
//! except its stored result.

use std::collections::HashSet;

use axum::http::StatusCode;
use marketplace_api::dto::*;
use marketplace_api::error::{FieldError, codes};
use marketplace_api::{money, s10};
use serde_json::{Value, json};
use sqlx::SqliteConnection;
use uuid::Uuid;

use crate::auth::{Actor, Perm, allows};
use crate::error::Fields;
use crate::feed::Changes;
use crate::util::{new_id, now_ts, sha256};
use crate::{store, validate};

type Conn = SqliteConnection;

/// What became of one op.
#[derive(Debug, Clone)]
pub enum Outcome {
    Applied {
        entity_id: Uuid,
        version: i64,
        /// The entity after the op, as its GET answers it.
        body: Value,
        created: bool,
    },
    Conflict {
        code: &'static str,
        message: String,
        entity_id: Uuid,
        version: i64,
        current: Value,
        status: StatusCode,
    },
    Rejected {
        status: StatusCode,
        code: &'static str,
        message: String,
        fields: Vec<FieldError>,
    },
}

impl Outcome {
    pub(crate) fn reject(
        status: StatusCode,
        code: &'static str,
        message: impl Into<String>,
    ) -> Self {
        Outcome::Rejected {
            status,
            code,
            message: message.into(),
            fields: Vec::new(),
        }
    }
    pub(crate) fn not_found(what: &str) -> Self {
        Self::reject(
            StatusCode::NOT_FOUND,
            codes::NOT_FOUND,
            format!("{what} not found"),
        )
    }
    pub(crate) fn forbidden(actor: &Actor, perm: Perm) -> Self {
        Self::reject(
            StatusCode::FORBIDDEN,
            codes::FORBIDDEN,
            format!(
                "the {} role may not do this ({perm:?})",
                actor.role.as_str()
            ),
        )
    }
    pub(crate) fn invalid(fields: Fields) -> Self {
        let message = match fields.0.first() {
            Some(f) => format!("invalid request: {} ({})", f.path, f.code),
            None => "invalid request".to_owned(),
        };
        Outcome::Rejected {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: codes::VALIDATION_FAILED,
            message,
            fields: fields.0,
        }
    }
    pub(crate) fn applied(entity_id: Uuid, version: i64, body: &impl serde::Serialize) -> Self {
        Outcome::Applied {
            entity_id,
            version,
            body: serde_json::to_value(body).unwrap_or(Value::Null),
            created: false,
        }
    }
    pub fn is_applied(&self) -> bool {
        matches!(self, Outcome::Applied { .. })
    }

    /// The push result for this outcome.
    pub fn op_result(&self, op_id: Uuid, op_seq: i64) -> OpResult {
        let mut r = OpResult {
            op_id,
            op_seq,
            status: OpStatus::Applied,
            entity_id: None,
            version: None,
            current: None,
            code: None,
            message: None,
            fields: Vec::new(),
        };
        match self {
            Outcome::Applied {
                entity_id, version, ..
            } => {
                r.entity_id = Some(*entity_id);
                r.version = Some(*version);
            }
            Outcome::Conflict {
                code,
                message,
                entity_id,
                version,
                current,
                ..
            } => {
                r.status = OpStatus::Conflict;
                r.entity_id = Some(*entity_id);
                r.version = Some(*version);
                r.current = Some(current.clone());
                r.code = Some((*code).to_owned());
                r.message = Some(message.clone());
            }
            Outcome::Rejected {
                code,
                message,
                fields,
                ..
            } => {
                r.status = OpStatus::Rejected;
                r.code = Some((*code).to_owned());
                r.message = Some(message.clone());
                r.fields = fields.clone();
            }
        }
        r
    }
}

macro_rules! need {
    ($actor:expr, $perm:expr) => {
        if !allows($actor.role, $perm) {
            return Ok(Outcome::forbidden($actor, $perm));
        }
    };
}
pub(crate) use need;

/// Applies one action for `actor`, buffering its changes in `changes`.
pub async fn apply(
    conn: &mut Conn,
    changes: &mut Changes,
    actor: &Actor,
    op_id: Option<Uuid>,
    base_version: Option<i64>,
    action: &OpAction,
) -> Result<Outcome, sqlx::Error> {
    let ctx = Ctx {
        actor,
        op_id,
        now: changes.at.clone(),
    };
    match action {
        OpAction::ListingCreate { listing } => listing_create(conn, changes, &ctx, listing).await,
        OpAction::ListingPatch { listing_id, patch } => {
            listing_patch(conn, changes, &ctx, *listing_id, base_version, patch).await
        }
        OpAction::ListingDelete { listing_id } => {
            listing_delete(conn, changes, &ctx, *listing_id).await
        }
        OpAction::ListingPhotos {
            listing_id,
            photo_ids,
            primary_photo_id,
            removed_photo_ids,
        } => {
            crate::catalog::listing_photos(
                conn,
                changes,
                ctx.actor,
                ctx.op_id,
                *listing_id,
                photo_ids,
                *primary_photo_id,
                removed_photo_ids,
            )
            .await
        }
        OpAction::ListingSizeChart {
            listing_id,
            option,
            size_chart_id,
        } => {
            crate::catalog::listing_size_chart(
                conn,
                changes,
                ctx.actor,
                ctx.op_id,
                *listing_id,
                option,
                *size_chart_id,
            )
            .await
        }
        OpAction::SizeChartUpsert { size_chart } => {
            crate::catalog::size_chart_upsert(conn, changes, ctx.actor, ctx.op_id, size_chart).await
        }
        OpAction::SizeChartDelete { size_chart_id } => {
            crate::catalog::size_chart_delete(conn, changes, ctx.actor, ctx.op_id, *size_chart_id)
                .await
        }
        OpAction::StockAdjust {
            variant_id,
            delta,
            reason: _,
        } => {
            stock_change(
                conn,
                changes,
                &ctx,
                *variant_id,
                StockChange::Adjust(*delta),
            )
            .await
        }
        OpAction::StockSet {
            variant_id,
            value,
            expected,
        } => {
            stock_change(
                conn,
                changes,
                &ctx,
                *variant_id,
                StockChange::Set(*value, *expected),
            )
            .await
        }
        OpAction::OrderTransition {
            order_id,
            action,
            reason,
        } => order_transition(conn, changes, &ctx, *order_id, *action, reason.as_deref()).await,
        OpAction::ShipmentCreate { order_id, shipment } => {
            shipment_create(conn, changes, &ctx, *order_id, shipment).await
        }
        OpAction::MessageSend {
            conversation_id,
            message,
        } => message_send(conn, changes, &ctx, *conversation_id, message).await,
        OpAction::ReviewReply { review_id, text } => {
            review_reply(conn, changes, &ctx, *review_id, text).await
        }
        OpAction::DisputeRespond {
            dispute_id,
            response,
        } => dispute_respond(conn, changes, &ctx, *dispute_id, response).await,
        OpAction::PromotionCreate { promotion } => {
            promotion_create(conn, changes, &ctx, promotion).await
        }
        OpAction::PromotionDelete { promotion_id } => {
            promotion_delete(conn, changes, &ctx, *promotion_id).await
        }
    }
}

struct Ctx<'a> {
    actor: &'a Actor,
    op_id: Option<Uuid>,
    #[allow(dead_code)]
    now: String,
}

impl Ctx<'_> {
    fn shop(&self) -> Uuid {
        self.actor.shop_id
    }
    fn shop_s(&self) -> String {
        self.actor.shop_id.to_string()
    }
}

// ----- listings ----------------------------------------------------------------------

async fn insert_variants(
    conn: &mut Conn,
    listing_id: Uuid,
    first_position: i64,
    variants: &[(Uuid, &NewVariant)],
) -> Result<(), sqlx::Error> {
    let rows: Vec<Value> = variants
        .iter()
        .enumerate()
        .map(|(i, (id, v))| {
            json!([
                id.to_string(),
                first_position + i as i64,
                v.sku,
                serde_json::to_string(&v.options).unwrap_or_else(|_| "[]".into()),
                v.weight_grams,
                v.hs_code,
                v.hs_edition,
                v.origin_country,
                v.customs_description,
                v.stock
            ])
        })
        .collect();
    sqlx::query(
        "INSERT INTO variants (id, listing_id, position, sku, options, weight_grams, hs_code, \
         hs_edition, origin_country, customs_description, stock, stock_version) \
         SELECT value->>0, ?1, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, \
         value->>7, value->>8, value->>9, 1 FROM json_each(?2)",
    )
    .bind(listing_id.to_string())
    .bind(Value::Array(rows).to_string())
    .execute(&mut *conn)
    .await?;
    let mut price_rows = Vec::new();
    for (id, v) in variants {
        for p in &v.prices {
            let minor = money::parse_minor(&p.amount, &p.currency).unwrap_or(0);
            price_rows.push(json!([id.to_string(), p.currency, minor]));
        }
    }
    insert_prices(conn, price_rows).await
}

async fn insert_prices(conn: &mut Conn, rows: Vec<Value>) -> Result<(), sqlx::Error> {
    if rows.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO variant_prices (variant_id, currency, amount_minor) \
         SELECT value->>0, value->>1, value->>2 FROM json_each(?1)",
    )
    .bind(Value::Array(rows).to_string())
    .execute(conn)
    .await?;
    Ok(())
}

/// Variant ids (of `ids`) that already exist.
async fn taken_variant_ids(conn: &mut Conn, ids: &[Uuid]) -> Result<HashSet<Uuid>, sqlx::Error> {
    let j = serde_json::to_string(&ids.iter().map(Uuid::to_string).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".into());
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM variants WHERE id IN (SELECT value FROM json_each(?1))")
            .bind(j)
            .fetch_all(conn)
            .await?;
    Ok(rows.iter().map(|r| crate::util::uuid(&r.0)).collect())
}

fn stock_level(
    listing_id: Uuid,
    variant_id: Uuid,
    sku: &str,
    stock: i64,
    version: i64,
) -> StockLevel {
    StockLevel {
        listing_id,
        variant_id,
        sku: sku.to_owned(),
        stock,
        version,
    }
}

async fn listing_create(
    conn: &mut Conn,
    changes: &mut Changes,
    ctx: &Ctx<'_>,
    l: &NewListing,
) -> Result<Outcome, sqlx::Error> {
    need!(ctx.actor, Perm::CatalogEdit);
    let mut f = Fields::default();
    validate::new_listing(&mut f, l);
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    let mut id = l.id.unwrap_or_else(new_id);
    let owner: Option<(String,)> = sqlx::query_as("SELECT shop_id FROM listings WHERE id = ?1")
        .bind(id.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    if let Some((shop,)) = owner {
        if shop == ctx.shop_s() {
            // Idempotent on the client id: creating again answers what exists.
            let cur = store::listing(conn, ctx.shop(), id).await?;
            return Ok(match cur {
                Some(cur) => Outcome::applied(id, cur.version, &cur),
                None => Outcome::not_found("listing"),
            });
        }
        id = new_id();
    }
    let variants: Vec<(Uuid, &NewVariant)> = l
        .variants
        .iter()
        .map(|v| (v.id.unwrap_or_else(new_id), v))
        .collect();
    let taken = taken_variant_ids(conn, &variants.iter().map(|v| v.0).collect::<Vec<_>>()).await?;
    if !taken.is_empty() {
        let mut f = Fields::default();
        for (i, (vid, _)) in variants.iter().enumerate() {
            if taken.contains(vid) {
                f.push(format!("variants[{i}].id"), "id-taken");
            }
        }
        return Ok(Outcome::invalid(f));
    }
    sqlx::query(
        "INSERT INTO listings (id, shop_id, state, default_locale, version, prices_version, \
         deleted, created_at) VALUES (?1, ?2, ?3, ?4, 1, 1, 0, ?5)",
    )
    .bind(id.to_string())
    .bind(ctx.shop_s())
    .bind(l.state.as_str())
    .bind(&l.default_locale)
    .bind(&changes.at)
    .execute(&mut *conn)
    .await?;
    let texts: Vec<Value> = l
        .texts
        .iter()
        .map(|t| {
            json!([
                t.locale,
                t.title,
                t.description,
                serde_json::to_string(&t.tags).unwrap_or_else(|_| "[]".into())
            ])
        })
        .collect();
    sqlx::query(
        "INSERT INTO listing_texts (listing_id, locale, title, description, tags) \
         SELECT ?1, value->>0, value->>1, value->>2, value->>3 FROM json_each(?2)",
    )
    .bind(id.to_string())
    .bind(Value::Array(texts).to_string())
    .execute(&mut *conn)
    .await?;
    insert_variants(conn, id, 0, &variants).await?;
    let Some(listing) = store::listing(conn, ctx.shop(), id).await? else {
        return Ok(Outcome::not_found("listing"));
    };
    changes.push(
        Some(ctx.actor),
        ctx.op_id,
        Stream::Catalog,
        "listing",
        id,
        ChangeKind::Upsert,
        1,
        &listing,
    );
    for v in &listing.variants {
        changes.push(
            Some(ctx.actor),
            ctx.op_id,
            Stream::Inventory,
            "stock",
            v.id,
            ChangeKind::Upsert,
            v.stock_version,
            &stock_level(id, v.id, &v.sku, v.stock, v.stock_version),
        );
    }
    Ok(Outcome::Applied {
        entity_id: id,
        version: listing.version,
        body: serde_json::to_value(&listing).unwrap_or(Value::Null),
        created: true,
    })
}

async fn listing_patch(
    conn: &mut Conn,
    changes: &mut Changes,
    ctx: &Ctx<'_>,
    id: Uuid,
    base_version: Option<i64>,
    p: &ListingPatch,
) -> Result<Outcome, sqlx::Error> {
    let Some(cur) = store::listing(conn, ctx.shop(), id).await? else {
        return Ok(Outcome::not_found("listing"));
    };
    let catalog = p.state.is_some()
        || p.default_locale.is_some()
        || !p.texts.is_empty()
        || !p.add_variants.is_empty()
        || !p.remove_variants.is_empty()
        || p.variants
            .iter()
            .any(|v| v.sku.is_some() || v.options.is_some());
    let pricing = p.variants.iter().any(|v| v.prices.is_some())
        || p.add_variants.iter().any(|v| !v.prices.is_empty());
    let logistics = p.variants.iter().any(|v| {
        v.weight_grams.is_some()
            || v.hs_code.is_some()
            || v.hs_edition.is_some()
            || v.origin_country.is_some()
            || v.customs_description.is_some()
    });
    if catalog {
        need!(ctx.actor, Perm::CatalogEdit);
    }
    if pricing {
        need!(ctx.actor, Perm::PriceEdit);
    }
    if logistics {
        need!(ctx.actor, Perm::LogisticsEdit);
    }
    if cur.deleted {
        return Ok(Outcome::reject(
            StatusCode::CONFLICT,
            codes::LISTING_DELETED,
            "the listing was deleted; the edit was not applied",
        ));
    }
    let mut f = Fields::default();
    if !(catalog || pricing || logistics) {
        f.push("patch", "empty");
    }
    if let Some(loc) = &p.default_locale
        && !validate::is_locale(loc)
    {
        f.push("default_locale", "invalid-locale");
    }
    let mut locales: HashSet<String> = cur.texts.iter().map(|t| t.locale.clone()).collect();
    for (i, t) in p.texts.iter().enumerate() {
        let path = format!("texts[{i}]");
        if !validate::is_locale(&t.locale) {
            f.push(format!("{path}.locale"), "invalid-locale");
        }
        if let Some(s) = &t.title {
            validate::text(&mut f, &format!("{path}.title"), s, 1, 200);
        }
        if let Some(s) = &t.description {
            validate::text(&mut f, &format!("{path}.description"), s, 0, 20_000);
        }
        if let Some(tags) = &t.tags {
            validate::tags(&mut f, &format!("{path}.tags"), tags);
        }
        if !locales.contains(&t.locale) && t.title.is_none() {
            f.push(format!("{path}.title"), "required");
        }
        locales.insert(t.locale.clone());
    }
    let default_locale = p
        .default_locale
        .clone()
        .unwrap_or(cur.default_locale.clone());
    if !locales.contains(&default_locale) {
        f.push("default_locale", "no-text-for-default-locale");
    }
    let known: HashSet<Uuid> = cur.variants.iter().map(|v| v.id).collect();
    let mut skus: HashSet<String> = cur
        .variants
        .iter()
        .filter(|v| !p.remove_variants.contains(&v.id))
        .map(|v| v.sku.clone())
        .collect();
    for (i, v) in p.variants.iter().enumerate() {
        let path = format!("variants[{i}]");
        if !known.contains(&v.id) {
            f.push(format!("{path}.id"), "unknown-variant");
        }
        if let Some(s) = &v.sku {
            validate::text(&mut f, &format!("{path}.sku"), s, 1, 64);
        }
        if let Some(o) = &v.options {
            validate::options(&mut f, &format!("{path}.options"), o);
        }
        validate::logistics(
            &mut f,
            &path,
            v.weight_grams,
            v.hs_code.as_deref(),
            v.hs_edition.as_deref(),
            v.origin_country.as_deref(),
            v.customs_description.as_deref(),
        );
        if let Some(pr) = &v.prices {
            validate::prices(&mut f, &format!("{path}.prices"), pr);
        }
    }
    let new_ids: Vec<(Uuid, &NewVariant)> = p
        .add_variants
        .iter()
        .map(|v| (v.id.unwrap_or_else(new_id), v))
        .collect();
    for (i, (_, v)) in new_ids.iter().enumerate() {
        validate::new_variant(&mut f, &format!("add_variants[{i}]"), v);
        if !skus.insert(v.sku.clone()) {
            f.push(format!("add_variants[{i}].sku"), "duplicate");
        }
    }
    if cur.variants.len() + new_ids.len() > 100 {
        f.push("add_variants", "too-many");
    }
    let removed: HashSet<Uuid> = p.remove_variants.iter().copied().collect();
    for (i, r) in p.remove_variants.iter().enumerate() {
        if !known.contains(r) {
            f.push(format!("remove_variants[{i}]"), "unknown-variant");
        }
    }
    for (i, v) in p.variants.iter().enumerate() {
        if removed.contains(&v.id) {
            f.push(format!("variants[{i}].id"), "removed-in-same-patch");
        }
    }
    let remaining = cur
        .variants
        .iter()
        .filter(|v| !removed.contains(&v.id))
        .count();
    if !removed.is_empty() && remaining + new_ids.len() == 0 {
        f.push("remove_variants", "last-variant");
    }
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    let taken = taken_variant_ids(conn, &new_ids.iter().map(|v| v.0).collect::<Vec<_>>()).await?;
    if !taken.is_empty() {
        let mut f = Fields::default();
        for (i, (vid, _)) in new_ids.iter().enumerate() {
            if taken.contains(vid) {
                f.push(format!("add_variants[{i}].id"), "id-taken");
            }
        }
        return Ok(Outcome::invalid(f));
    }
    // Prices: applied only if unchanged since the user's base version.
    let price_change = p.variants.iter().any(|v| v.prices.is_some());
    if price_change {
        let Some(base) = base_version else {
            return Ok(Outcome::reject(
                StatusCode::PRECONDITION_REQUIRED,
                codes::PRECONDITION_REQUIRED,
                "changing prices needs the version the edit was based on (base_version / If-Match)",
            ));
        };
        if cur.prices_version > base {
            return Ok(Outcome::Conflict {
                code: codes::VERSION_MISMATCH,
                message: format!(
                    "prices changed at version {} after base version {base}",
                    cur.prices_version
                ),
                entity_id: id,
                version: cur.version,
                current: serde_json::to_value(&cur).unwrap_or(Value::Null),
                status: StatusCode::PRECONDITION_FAILED,
            });
        }
    }
    let version = cur.version + 1;
    let prices_version = if price_change || new_ids.iter().any(|v| !v.1.prices.is_empty()) {
        version
    } else {
        cur.prices_version
    };
    sqlx::query(
        "UPDATE listings SET state = ?2, default_locale = ?3, version = ?4, prices_version = ?5 \
         WHERE id = ?1",
    )
    .bind(id.to_string())
    .bind(p.state.unwrap_or(cur.state).as_str())
    .bind(&default_locale)
    .bind(version)
    .bind(prices_version)
    .execute(&mut *conn)
    .await?;
    if !p.texts.is_empty() {
        // Per-field last writer wins: merge the patch over the current texts.
        let mut rows: Vec<Value> = Vec::new();
        for t in &p.texts {
            let base = cur.texts.iter().find(|c| c.locale == t.locale);
            let title = t
                .title
                .clone()
                .or(base.map(|b| b.title.clone()))
                .unwrap_or_default();
            let description = t
                .description
                .clone()
                .or(base.map(|b| b.description.clone()))
                .unwrap_or_default();
            let tags = t
                .tags
                .clone()
                .or(base.map(|b| b.tags.clone()))
                .unwrap_or_default();
            rows.push(json!([
                t.locale,
                title,
                description,
                serde_json::to_string(&tags).unwrap_or_else(|_| "[]".into())
            ]));
        }
        sqlx::query(
            "INSERT INTO listing_texts (listing_id, locale, title, description, tags) \
             SELECT ?1, value->>0, value->>1, value->>2, value->>3 FROM json_each(?2) WHERE true \
             ON CONFLICT (listing_id, locale) DO UPDATE SET title = excluded.title, \
             description = excluded.description, tags = excluded.tags",
        )
        .bind(id.to_string())
        .bind(Value::Array(rows).to_string())
        .execute(&mut *conn)
        .await?;
    }
    if !p.variants.is_empty() {
        let mut rows: Vec<Value> = Vec::new();
        for v in &p.variants {
            let Some(b) = cur.variants.iter().find(|c| c.id == v.id) else {
                continue;
            };
            rows.push(json!([
                v.id.to_string(),
                v.sku.clone().unwrap_or(b.sku.clone()),
                serde_json::to_string(v.options.as_ref().unwrap_or(&b.options))
                    .unwrap_or_else(|_| "[]".into()),
                v.weight_grams.unwrap_or(b.weight_grams),
                v.hs_code.clone().or(b.hs_code.clone()),
                v.hs_edition.clone().or(b.hs_edition.clone()),
                v.origin_country.clone().or(b.origin_country.clone()),
                v.customs_description
                    .clone()
                    .or(b.customs_description.clone())
            ]));
        }
        sqlx::query(
            "UPDATE variants SET sku = j.value->>1, options = j.value->>2, \
             weight_grams = j.value->>3, hs_code = j.value->>4, hs_edition = j.value->>5, \
             origin_country = j.value->>6, customs_description = j.value->>7 \
             FROM json_each(?1) AS j WHERE variants.id = j.value->>0",
        )
        .bind(Value::Array(rows).to_string())
        .execute(&mut *conn)
        .await?;
        let repriced: Vec<String> = p
            .variants
            .iter()
            .filter(|v| v.prices.is_some())
            .map(|v| v.id.to_string())
            .collect();
        if !repriced.is_empty() {
            sqlx::query(
                "DELETE FROM variant_prices WHERE variant_id IN (SELECT value FROM json_each(?1))",
            )
            .bind(serde_json::to_string(&repriced).unwrap_or_default())
            .execute(&mut *conn)
            .await?;
            let mut rows = Vec::new();
            for v in &p.variants {
                for pr in v.prices.iter().flatten() {
                    let minor = money::parse_minor(&pr.amount, &pr.currency).unwrap_or(0);
                    rows.push(json!([v.id.to_string(), pr.currency, minor]));
                }
            }
            insert_prices(conn, rows).await?;
        }
    }
    if !removed.is_empty() {
        let ids = serde_json::to_string(&removed.iter().map(Uuid::to_string).collect::<Vec<_>>())
            .unwrap_or_else(|_| "[]".into());
        sqlx::query(
            "DELETE FROM variant_prices WHERE variant_id IN (SELECT value FROM json_each(?1))",
        )
        .bind(&ids)
        .execute(&mut *conn)
        .await?;
        sqlx::query("DELETE FROM variants WHERE listing_id = ?1 AND id IN (SELECT value FROM json_each(?2))")
            .bind(id.to_string())
            .bind(&ids)
            .execute(&mut *conn)
            .await?;
        for v in cur.variants.iter().filter(|v| removed.contains(&v.id)) {
            changes.push(
                Some(ctx.actor),
                ctx.op_id,
                Stream::Inventory,
                "stock",
                v.id,
                ChangeKind::Delete,
                v.stock_version + 1,
                &stock_level(id, v.id, &v.sku, v.stock, v.stock_version + 1),
            );
        }
    }
    if !new_ids.is_empty() {
        let (next,): (i64,) = sqlx::query_as(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM variants WHERE listing_id = ?1",
        )
        .bind(id.to_string())
        .fetch_one(&mut *conn)
        .await?;
        insert_variants(conn, id, next, &new_ids).await?;
    }
    let Some(listing) = store::listing(conn, ctx.shop(), id).await? else {
        return Ok(Outcome::not_found("listing"));
    };
    changes.push(
        Some(ctx.actor),
        ctx.op_id,
        Stream::Catalog,
        "listing",
        id,
        ChangeKind::Upsert,
        version,
        &listing,
    );
    for v in listing
        .variants
        .iter()
        .filter(|v| new_ids.iter().any(|n| n.0 == v.id))
    {
        changes.push(
            Some(ctx.actor),
            ctx.op_id,
            Stream::Inventory,
            "stock",
            v.id,
            ChangeKind::Upsert,
            v.stock_version,
            &stock_level(id, v.id, &v.sku, v.stock, v.stock_version),
        );
    }
    Ok(Outcome::applied(id, version, &listing))
}

async fn listing_delete(
    conn: &mut Conn,
    changes: &mut Changes,
    ctx: &Ctx<'_>,
    id: Uuid,
) -> Result<Outcome, sqlx::Error> {
    need!(ctx.actor, Perm::CatalogDelete);
    let Some(cur) = store::listing(conn, ctx.shop(), id).await? else {
        return Ok(Outcome::not_found("listing"));
    };
    if cur.deleted {
        return Ok(Outcome::applied(id, cur.version, &cur));
    }
    let version = cur.version + 1;
    sqlx::query("UPDATE listings SET deleted = 1, version = ?2 WHERE id = ?1")
        .bind(id.to_string())
        .bind(version)
        .execute(&mut *conn)
        .await?;
    let listing = Listing {
        deleted: true,
        version,
        ..cur
    };
    changes.push(
        Some(ctx.actor),
        ctx.op_id,
        Stream::Catalog,
        "listing",
        id,
        ChangeKind::Delete,
        version,
        &listing,
    );
    Ok(Outcome::applied(id, version, &listing))
}

// ----- stock ---------------------------------------------------------------------------

enum StockChange {
    Adjust(i64),
    /// (value, expected)
    Set(i64, i64),
}

async fn stock_change(
    conn: &mut Conn,
    changes: &mut Changes,
    ctx: &Ctx<'_>,
    variant: Uuid,
    change: StockChange,
) -> Result<Outcome, sqlx::Error> {
    need!(ctx.actor, Perm::Stock);
    let mut f = Fields::default();
    match change {
        StockChange::Adjust(0) => f.push("delta", "zero"),
        StockChange::Adjust(d) if d.unsigned_abs() > 1_000_000_000 => {
            f.push("delta", "out-of-range")
        }
        StockChange::Set(v, _) if v < 0 => f.push("value", "negative"),
        StockChange::Set(v, _) if v > 1_000_000_000 => f.push("value", "out-of-range"),
        StockChange::Set(_, e) if !(0..=1_000_000_000).contains(&e) => {
            f.push("expected", "out-of-range")
        }
        _ => {}
    }
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    let Some(cur) = store::stock(conn, ctx.shop(), variant).await? else {
        return Ok(Outcome::not_found("variant"));
    };
    if cur.deleted {
        return Ok(Outcome::reject(
            StatusCode::CONFLICT,
            codes::LISTING_DELETED,
            "the listing was deleted; the stock change was not applied",
        ));
    }
    let new = match change {
        StockChange::Adjust(d) => {
            let new = cur.stock + d;
            if new < 0 {
                return Ok(Outcome::reject(
                    StatusCode::CONFLICT,
                    codes::INSUFFICIENT_STOCK,
                    format!(
                        "stock is {}; the adjustment would oversell by {}",
                        cur.stock, -new
                    ),
                ));
            }
            new
        }
        StockChange::Set(value, expected) => {
            if cur.stock != expected {
                return Ok(Outcome::Conflict {
                    code: codes::STOCK_MISMATCH,
                    message: format!("stock is {}, not the expected {expected}", cur.stock),
                    entity_id: variant,
                    version: cur.stock_version,
                    current: serde_json::to_value(cur.dto()).unwrap_or(Value::Null),
                    status: StatusCode::CONFLICT,
                });
            }
            value
        }
    };
    let level = write_stock(conn, changes, Some(ctx.actor), ctx.op_id, &cur, new).await?;
    Ok(Outcome::applied(variant, level.version, &level))
}

/// Sets a variant's stock to `new`, bumps its stock version and records the
/// inventory change; the one place stock is written.
async fn write_stock(
    conn: &mut Conn,
    changes: &mut Changes,
    actor: Option<&Actor>,
    op_id: Option<Uuid>,
    cur: &store::StockRow,
    new: i64,
) -> Result<StockLevel, sqlx::Error> {
    let version = cur.stock_version + 1;
    sqlx::query("UPDATE variants SET stock = ?2, stock_version = ?3 WHERE id = ?1")
        .bind(&cur.variant_id)
        .bind(new)
        .bind(version)
        .execute(&mut *conn)
        .await?;
    let level = StockLevel {
        stock: new,
        version,
        ..cur.dto()
    };
    changes.push(
        actor,
        op_id,
        Stream::Inventory,
        "stock",
        level.variant_id,
        ChangeKind::Upsert,
        version,
        &level,
    );
    Ok(level)
}

/// Adds `delta` to the stock of each (variant, delta) pair, recording inventory changes
/// (used by order cancellation and by buyers' orders). Never goes below zero.
pub async fn restock(
    conn: &mut Conn,
    changes: &mut Changes,
    actor: Option<&Actor>,
    op_id: Option<Uuid>,
    shop: Uuid,
    items: &[(Uuid, i64)],
) -> Result<bool, sqlx::Error> {
    for (variant, delta) in items {
        let Some(cur) = store::stock(conn, shop, *variant).await? else {
            continue;
        };
        let new = cur.stock + delta;
        if new < 0 {
            return Ok(false);
        }
        write_stock(conn, changes, actor, op_id, &cur, new).await?;
    }
    Ok(true)
}

// ----- orders and shipments ------------------------------------------------------------

async fn order_transition(
    conn: &mut Conn,
    changes: &mut Changes,
    ctx: &Ctx<'_>,
    id: Uuid,
    action: OrderAction,
    reason: Option<&str>,
) -> Result<Outcome, sqlx::Error> {
    let perm = match action {
        OrderAction::Deliver => Perm::Fulfil,
        OrderAction::Cancel | OrderAction::Refund => Perm::CancelRefund,
    };
    need!(ctx.actor, perm);
    if let Some(r) = reason {
        let mut f = Fields::default();
        validate::text(&mut f, "reason", r, 0, 500);
        if !f.is_empty() {
            return Ok(Outcome::invalid(f));
        }
    }
    let Some(order) = store::order(conn, ctx.shop(), id).await? else {
        return Ok(Outcome::not_found("order"));
    };
    use OrderState::*;
    let next = match (action, order.state) {
        (OrderAction::Cancel, Paid) => Cancelled,
        (OrderAction::Refund, Paid | Shipped | Delivered) => Refunded,
        (OrderAction::Deliver, Shipped) => Delivered,
        (a, s) => {
            return Ok(Outcome::reject(
                StatusCode::CONFLICT,
                codes::ILLEGAL_TRANSITION,
                format!("cannot {a:?} an order that is {}", s.as_str()).to_lowercase(),
            ));
        }
    };
    if next == Cancelled {
        let items: Vec<(Uuid, i64)> = order
            .items
            .iter()
            .map(|i| (i.variant_id, i.quantity))
            .collect();
        restock(
            conn,
            changes,
            Some(ctx.actor),
            ctx.op_id,
            ctx.shop(),
            &items,
        )
        .await?;
    }
    set_order_state(conn, changes, Some(ctx.actor), ctx.op_id, order, next).await
}

pub async fn set_order_state(
    conn: &mut Conn,
    changes: &mut Changes,
    actor: Option<&Actor>,
    op_id: Option<Uuid>,
    order: Order,
    next: OrderState,
) -> Result<Outcome, sqlx::Error> {
    let version = order.version + 1;
    sqlx::query("UPDATE orders SET state = ?2, version = ?3 WHERE id = ?1")
        .bind(order.id.to_string())
        .bind(next.as_str())
        .bind(version)
        .execute(&mut *conn)
        .await?;
    let order = Order {
        state: next,
        version,
        ..order
    };
    changes.push(
        actor,
        op_id,
        Stream::Orders,
        "order",
        order.id,
        ChangeKind::Upsert,
        version,
        &order,
    );
    Ok(Outcome::applied(order.id, version, &order))
}

async fn shipment_create(
    conn: &mut Conn,
    changes: &mut Changes,
    ctx: &Ctx<'_>,
    order_id: Uuid,
    s: &NewShipment,
) -> Result<Outcome, sqlx::Error> {
    need!(ctx.actor, Perm::Fulfil);
    let mut f = Fields::default();
    validate::text(&mut f, "carrier", &s.carrier, 1, 64);
    validate::text(&mut f, "tracking_number", &s.tracking_number, 1, 40);
    if s.carrier_kind == CarrierKind::Post
        && let Err(e) = s10::validate(&s.tracking_number)
    {
        f.push("tracking_number", e.code());
    }
    if s.customs_items.len() > 50 {
        f.push("customs_items", "too-many");
    }
    for (i, c) in s.customs_items.iter().enumerate() {
        validate::customs_item(&mut f, &format!("customs_items[{i}]"), c);
    }
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    let Some(order) = store::order(conn, ctx.shop(), order_id).await? else {
        return Ok(Outcome::not_found("order"));
    };
    let id = s.id.unwrap_or_else(new_id);
    if let Some(existing) = order.shipment_id {
        if existing == id
            && let Some(sh) = store::shipment(conn, ctx.shop(), id).await?
        {
            return Ok(Outcome::applied(id, sh.version, &sh));
        }
        return Ok(Outcome::reject(
            StatusCode::CONFLICT,
            codes::ILLEGAL_TRANSITION,
            "the order already has a shipment",
        ));
    }
    if order.state != OrderState::Paid {
        return Ok(Outcome::reject(
            StatusCode::CONFLICT,
            codes::ILLEGAL_TRANSITION,
            format!("cannot ship an order that is {}", order.state.as_str()),
        ));
    }
    let taken: Option<(String,)> = sqlx::query_as("SELECT id FROM shipments WHERE id = ?1")
        .bind(id.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    if taken.is_some() {
        let mut f = Fields::default();
        f.push("id", "id-taken");
        return Ok(Outcome::invalid(f));
    }
    sqlx::query(
        "INSERT INTO shipments (id, shop_id, order_id, carrier, carrier_kind, tracking_number, \
         created_at, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)",
    )
    .bind(id.to_string())
    .bind(ctx.shop_s())
    .bind(order_id.to_string())
    .bind(&s.carrier)
    .bind(match s.carrier_kind {
        CarrierKind::Post => "post",
        CarrierKind::Courier => "courier",
    })
    .bind(&s.tracking_number)
    .bind(&changes.at)
    .execute(&mut *conn)
    .await?;
    if !s.customs_items.is_empty() {
        let rows: Vec<Value> = s
            .customs_items
            .iter()
            .enumerate()
            .map(|(i, c)| {
                json!([
                    i,
                    c.description,
                    c.quantity,
                    c.net_weight_grams,
                    c.value.currency,
                    money::parse_minor(&c.value.amount, &c.value.currency).unwrap_or(0),
                    c.hs_code,
                    c.hs_edition,
                    c.origin_country
                ])
            })
            .collect();
        sqlx::query(
            "INSERT INTO customs_items (shipment_id, position, description, quantity, \
             net_weight_grams, currency, value_minor, hs_code, hs_edition, origin_country) \
             SELECT ?1, value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, \
             value->>6, value->>7, value->>8 FROM json_each(?2)",
        )
        .bind(id.to_string())
        .bind(Value::Array(rows).to_string())
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query("UPDATE orders SET shipment_id = ?2 WHERE id = ?1")
        .bind(order_id.to_string())
        .bind(id.to_string())
        .execute(&mut *conn)
        .await?;
    let Some(shipment) = store::shipment(conn, ctx.shop(), id).await? else {
        return Ok(Outcome::not_found("shipment"));
    };
    changes.push(
        Some(ctx.actor),
        ctx.op_id,
        Stream::Shipments,
        "shipment",
        id,
        ChangeKind::Upsert,
        1,
        &shipment,
    );
    let order = Order {
        shipment_id: Some(id),
        ..order
    };
    set_order_state(
        conn,
        changes,
        Some(ctx.actor),
        ctx.op_id,
        order,
        OrderState::Shipped,
    )
    .await?;
    Ok(Outcome::Applied {
        entity_id: id,
        version: 1,
        body: serde_json::to_value(&shipment).unwrap_or(Value::Null),
        created: true,
    })
}

// ----- messages, reviews, disputes -----------------------------------------------------

async fn message_send(
    conn: &mut Conn,
    changes: &mut Changes,
    ctx: &Ctx<'_>,
    conversation_id: Uuid,
    m: &NewMessage,
) -> Result<Outcome, sqlx::Error> {
    need!(ctx.actor, Perm::Messages);
    let mut f = Fields::default();
    validate::text(&mut f, "body", &m.body, 1, 4000);
    if m.attachments.len() > 5 {
        f.push("attachments", "too-many");
    }
    let mut attachments = Vec::with_capacity(m.attachments.len());
    for (i, p) in m.attachments.iter().enumerate() {
        // Only this shop's photos that belong to no listing.
        let found: Option<(String, i64)> = sqlx::query_as(
            "SELECT content_type, size FROM photos WHERE id = ?1 AND shop_id = ?2 AND listing_id IS NULL",
        )
        .bind(p.to_string())
        .bind(ctx.shop_s())
        .fetch_optional(&mut *conn)
        .await?;
        match found {
            Some((content_type, bytes)) => attachments.push(PhotoRef {
                id: *p,
                content_type,
                bytes,
                url: format!("/v1/photos/{p}"),
            }),
            None => f.push(format!("attachments[{i}]"), "unknown-photo"),
        }
    }
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    let Some(conv) = store::conversation(conn, ctx.shop(), conversation_id).await? else {
        return Ok(Outcome::not_found("conversation"));
    };
    if let Some(existing) = store::message(conn, m.id).await? {
        // Insert-if-absent on the client id.
        if existing.conversation_id == conversation_id
            && existing.body == m.body
            && existing.attachments == attachments
        {
            return Ok(Outcome::applied(m.id, 1, &existing));
        }
        let mut f = Fields::default();
        f.push("id", "id-taken");
        return Ok(Outcome::invalid(f));
    }
    sqlx::query(
        "INSERT INTO messages (id, conversation_id, author, body, locale, sent_at, member_id, attachments) \
         VALUES (?1, ?2, 'seller', ?3, NULL, ?4, ?5, ?6)",
    )
    .bind(m.id.to_string())
    .bind(conversation_id.to_string())
    .bind(&m.body)
    .bind(&changes.at)
    .bind(ctx.actor.member_id.to_string())
    .bind(serde_json::to_string(&attachments).unwrap_or_else(|_| "[]".into()))
    .execute(&mut *conn)
    .await?;
    let msg = Message {
        id: m.id,
        conversation_id,
        author: MessageAuthor::Seller,
        body: m.body.clone(),
        locale: None,
        sent_at: changes.at.clone(),
        member_id: Some(ctx.actor.member_id),
        attachments,
    };
    changes.push(
        Some(ctx.actor),
        ctx.op_id,
        Stream::Messages,
        "message",
        m.id,
        ChangeKind::Upsert,
        1,
        &msg,
    );
    touch_conversation(conn, changes, Some(ctx.actor), ctx.op_id, conv).await?;
    Ok(Outcome::Applied {
        entity_id: m.id,
        version: 1,
        body: serde_json::to_value(&msg).unwrap_or(Value::Null),
        created: true,
    })
}

pub async fn touch_conversation(
    conn: &mut Conn,
    changes: &mut Changes,
    actor: Option<&Actor>,
    op_id: Option<Uuid>,
    conv: Conversation,
) -> Result<(), sqlx::Error> {
    let version = conv.version + 1;
    sqlx::query("UPDATE conversations SET last_message_at = ?2, version = ?3 WHERE id = ?1")
        .bind(conv.id.to_string())
        .bind(&changes.at)
        .bind(version)
        .execute(&mut *conn)
        .await?;
    let conv = Conversation {
        last_message_at: changes.at.clone(),
        version,
        ..conv
    };
    changes.push(
        actor,
        op_id,
        Stream::Messages,
        "conversation",
        conv.id,
        ChangeKind::Upsert,
        version,
        &conv,
    );
    Ok(())
}

async fn review_reply(
    conn: &mut Conn,
    changes: &mut Changes,
    ctx: &Ctx<'_>,
    id: Uuid,
    text: &str,
) -> Result<Outcome, sqlx::Error> {
    need!(ctx.actor, Perm::Reviews);
    let mut f = Fields::default();
    validate::text(&mut f, "text", text, 1, 2000);
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    let Some(review) = store::review(conn, ctx.shop(), id).await? else {
        return Ok(Outcome::not_found("review"));
    };
    if review.reply.is_some() {
        return Ok(Outcome::reject(
            StatusCode::CONFLICT,
            codes::ALREADY_REPLIED,
            "a review takes one seller reply",
        ));
    }
    let version = review.version + 1;
    sqlx::query(
        "UPDATE reviews SET reply_text = ?2, reply_at = ?3, reply_member_id = ?4, version = ?5 \
         WHERE id = ?1",
    )
    .bind(id.to_string())
    .bind(text)
    .bind(&changes.at)
    .bind(ctx.actor.member_id.to_string())
    .bind(version)
    .execute(&mut *conn)
    .await?;
    let review = Review {
        reply: Some(ReviewReply {
            text: text.to_owned(),
            replied_at: changes.at.clone(),
            member_id: ctx.actor.member_id,
        }),
        version,
        ..review
    };
    changes.push(
        Some(ctx.actor),
        ctx.op_id,
        Stream::Reviews,
        "review",
        id,
        ChangeKind::Upsert,
        version,
        &review,
    );
    Ok(Outcome::applied(id, version, &review))
}

async fn dispute_respond(
    conn: &mut Conn,
    changes: &mut Changes,
    ctx: &Ctx<'_>,
    id: Uuid,
    r: &NewDisputeResponse,
) -> Result<Outcome, sqlx::Error> {
    need!(ctx.actor, Perm::Disputes);
    let mut f = Fields::default();
    validate::text(&mut f, "text", &r.text, 1, 4000);
    if r.evidence.len() > 10 {
        f.push("evidence", "too-many");
    }
    let mut photo_ids = Vec::new();
    for (i, e) in r.evidence.iter().enumerate() {
        validate::text(
            &mut f,
            &format!("evidence[{i}].description"),
            &e.description,
            1,
            500,
        );
        match (e.kind, e.photo_id) {
            (EvidenceKind::Photo, None) => f.push(format!("evidence[{i}].photo_id"), "required"),
            (_, Some(p)) => photo_ids.push((i, p)),
            _ => {}
        }
    }
    for (i, e) in r.evidence.iter().enumerate() {
        let Some(d) = e.document_id else { continue };
        let found: Option<(String,)> =
            sqlx::query_as("SELECT id FROM documents WHERE id = ?1 AND shop_id = ?2")
                .bind(d.to_string())
                .bind(ctx.shop_s())
                .fetch_optional(&mut *conn)
                .await?;
        if found.is_none() {
            f.push(format!("evidence[{i}].document_id"), "unknown-document");
        }
    }
    for (i, p) in photo_ids {
        let found: Option<(String,)> =
            sqlx::query_as("SELECT id FROM photos WHERE id = ?1 AND shop_id = ?2")
                .bind(p.to_string())
                .bind(ctx.shop_s())
                .fetch_optional(&mut *conn)
                .await?;
        if found.is_none() {
            f.push(format!("evidence[{i}].photo_id"), "unknown-photo");
        }
    }
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    let Some(d) = store::dispute(conn, ctx.shop(), id).await? else {
        return Ok(Outcome::not_found("dispute"));
    };
    if matches!(
        d.state,
        DisputeState::ResolvedBuyer | DisputeState::ResolvedSeller
    ) {
        return Ok(Outcome::reject(
            StatusCode::CONFLICT,
            codes::ILLEGAL_TRANSITION,
            "the dispute is already resolved",
        ));
    }
    let version = d.version + 1;
    sqlx::query(
        "INSERT INTO dispute_responses (dispute_id, position, text, evidence, member_id, at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .bind(id.to_string())
    .bind(d.responses.len() as i64)
    .bind(&r.text)
    .bind(serde_json::to_string(&r.evidence).unwrap_or_else(|_| "[]".into()))
    .bind(ctx.actor.member_id.to_string())
    .bind(&changes.at)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE disputes SET state = 'seller_responded', version = ?2 WHERE id = ?1")
        .bind(id.to_string())
        .bind(version)
        .execute(&mut *conn)
        .await?;
    let Some(d) = store::dispute(conn, ctx.shop(), id).await? else {
        return Ok(Outcome::not_found("dispute"));
    };
    changes.push(
        Some(ctx.actor),
        ctx.op_id,
        Stream::Disputes,
        "dispute",
        id,
        ChangeKind::Upsert,
        version,
        &d,
    );
    Ok(Outcome::applied(id, version, &d))
}

// ----- promotions ----------------------------------------------------------------------

async fn promotion_create(
    conn: &mut Conn,
    changes: &mut Changes,
    ctx: &Ctx<'_>,
    p: &NewPromotion,
) -> Result<Outcome, sqlx::Error> {
    need!(ctx.actor, Perm::Promotions);
    let mut f = Fields::default();
    validate::text(&mut f, "name", &p.name, 1, 100);
    let starts = crate::util::parse_ts(&p.starts_at);
    let ends = crate::util::parse_ts(&p.ends_at);
    if starts.is_none() {
        f.push("starts_at", "invalid-timestamp");
    }
    if ends.is_none() {
        f.push("ends_at", "invalid-timestamp");
    }
    if let (Some(s), Some(e)) = (starts, ends)
        && e <= s
    {
        f.push("ends_at", "before-start");
    }
    if !(1..=90).contains(&p.discount_percent) {
        f.push("discount_percent", "out-of-range");
    }
    match (&p.kind, &p.code) {
        (PromotionKind::Coupon, None) => f.push("code", "required"),
        (_, Some(c))
            if !(4..=20).contains(&c.len())
                || !c
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) =>
        {
            f.push("code", "invalid-code")
        }
        _ => {}
    }
    if p.listing_ids.len() > 100 {
        f.push("listing_ids", "too-many");
    }
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    let found = store::listings(conn, ctx.shop(), &p.listing_ids).await?;
    for (i, lid) in p.listing_ids.iter().enumerate() {
        if !found.iter().any(|l| l.id == *lid && !l.deleted) {
            f.push(format!("listing_ids[{i}]"), "unknown-listing");
        }
    }
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    let id = p.id.unwrap_or_else(new_id);
    let owner: Option<(String,)> = sqlx::query_as("SELECT shop_id FROM promotions WHERE id = ?1")
        .bind(id.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    if let Some((shop,)) = owner {
        if shop == ctx.shop_s()
            && let Some(cur) = store::promotion(conn, ctx.shop(), id).await?
        {
            let dto = cur.dto();
            return Ok(Outcome::applied(id, dto.version, &dto));
        }
        let mut f = Fields::default();
        f.push("id", "id-taken");
        return Ok(Outcome::invalid(f));
    }
    let (Some(starts), Some(ends)) = (starts, ends) else {
        return Ok(Outcome::invalid(f));
    };
    let promo = Promotion {
        id,
        kind: p.kind,
        name: p.name.clone(),
        starts_at: crate::util::ts(starts),
        ends_at: crate::util::ts(ends),
        discount_percent: p.discount_percent,
        code: p.code.clone(),
        listing_ids: p.listing_ids.clone(),
        version: 1,
    };
    sqlx::query(
        "INSERT INTO promotions (id, shop_id, kind, name, starts_at, ends_at, discount_percent, \
         code, listing_ids, deleted, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, 1)",
    )
    .bind(id.to_string())
    .bind(ctx.shop_s())
    .bind(match p.kind {
        PromotionKind::FlashSale => "flash_sale",
        PromotionKind::Coupon => "coupon",
    })
    .bind(&promo.name)
    .bind(&promo.starts_at)
    .bind(&promo.ends_at)
    .bind(promo.discount_percent)
    .bind(&promo.code)
    .bind(serde_json::to_string(&promo.listing_ids).unwrap_or_else(|_| "[]".into()))
    .execute(&mut *conn)
    .await?;
    changes.push(
        Some(ctx.actor),
        ctx.op_id,
        Stream::Promotions,
        "promotion",
        id,
        ChangeKind::Upsert,
        1,
        &promo,
    );
    Ok(Outcome::Applied {
        entity_id: id,
        version: 1,
        body: serde_json::to_value(&promo).unwrap_or(Value::Null),
        created: true,
    })
}

async fn promotion_delete(
    conn: &mut Conn,
    changes: &mut Changes,
    ctx: &Ctx<'_>,
    id: Uuid,
) -> Result<Outcome, sqlx::Error> {
    need!(ctx.actor, Perm::Promotions);
    let Some(cur) = store::promotion(conn, ctx.shop(), id).await? else {
        return Ok(Outcome::not_found("promotion"));
    };
    let dto = cur.dto();
    if cur.deleted {
        return Ok(Outcome::applied(id, dto.version, &dto));
    }
    let version = dto.version + 1;
    sqlx::query("UPDATE promotions SET deleted = 1, version = ?2 WHERE id = ?1")
        .bind(id.to_string())
        .bind(version)
        .execute(&mut *conn)
        .await?;
    let dto = Promotion { version, ..dto };
    changes.push(
        Some(ctx.actor),
        ctx.op_id,
        Stream::Promotions,
        "promotion",
        id,
        ChangeKind::Delete,
        version,
        &dto,
    );
    Ok(Outcome::applied(id, version, &dto))
}

// ----- execution: idempotency, ordering, transactions ---------------------------------

/// One request to execute: a pushed op, or a REST mutation.
pub struct Request {
    pub op_id: Uuid,
    /// `Some` for pushed ops (ordered per device); `None` for REST calls.
    pub op_seq: Option<i64>,
    pub base_version: Option<i64>,
    pub action: OpAction,
    /// Hash of what the client sent, to detect a reused key with a different body.
    pub request_hash: Vec<u8>,
    /// Whether to remember the result under `op_id` (push: always; REST: with an
    /// `Idempotency-Key`).
    pub remember: bool,
}

/// The answer to one request: its outcome, or a stored earlier answer.
#[derive(Debug, Clone)]
pub enum Executed {
    Fresh(Outcome),
    /// The same op/key was processed before; `result` is what was stored.
    Replay {
        status: u16,
        result: Value,
    },
    /// The same op id/key was used before with a different body.
    KeyReused,
    /// `op_seq` is not above the device's last processed op.
    OutOfOrder {
        last: i64,
    },
}

/// MUTANT (T2, never in the app): a server without idempotency: it neither
/// replays the stored result of an `op_id` it has seen nor refuses an `op_seq`
/// it has already processed, so a push retried after a lost reply is applied
/// again. The crash harness (tests/crash) must catch this build.
const MUTANT_NO_IDEMPOTENCY: bool = cfg!(feature = "mutant-no-idempotency");

/// Executes `requests` in one transaction, in order. `render` turns a fresh outcome into
/// the (status, JSON) that is stored for replays.
pub async fn execute(
    state: &crate::state::AppState,
    actor: &Actor,
    requests: Vec<Request>,
    render: impl Fn(&Request, &Outcome) -> (u16, Value),
) -> Result<Vec<Executed>, sqlx::Error> {
    let mut w = state.begin_write().await?;
    let conn: &mut Conn = &mut w.tx;
    let mut changes = Changes::new(actor.shop_id, now_ts());
    let (mut last_seq,): (i64,) = sqlx::query_as("SELECT last_op_seq FROM devices WHERE id = ?1")
        .bind(actor.device_id.to_string())
        .fetch_one(&mut *conn)
        .await?;
    let start_seq = last_seq;
    let mut log_rows: Vec<Value> = Vec::new();
    // Earlier results of these ids, in one query.
    let ids = serde_json::to_string(
        &requests
            .iter()
            .map(|r| r.op_id.to_string())
            .collect::<Vec<_>>(),
    )
    .unwrap_or_else(|_| "[]".into());
    let rows: Vec<(String, Vec<u8>, i64, String)> = if MUTANT_NO_IDEMPOTENCY {
        Vec::new()
    } else {
        sqlx::query_as(
            "SELECT op_id, request_hash, status_code, result FROM op_log \
             WHERE shop_id = ?1 AND op_id IN (SELECT value FROM json_each(?2))",
        )
        .bind(actor.shop_id.to_string())
        .bind(ids)
        .fetch_all(&mut *conn)
        .await?
    };
    let mut seen: std::collections::HashMap<Uuid, (Vec<u8>, u16, Value)> = rows
        .into_iter()
        .map(|(id, hash, status, result)| {
            (
                crate::util::uuid(&id),
                (
                    hash,
                    status as u16,
                    serde_json::from_str(&result).unwrap_or(Value::Null),
                ),
            )
        })
        .collect();
    let mut out = Vec::with_capacity(requests.len());
    for req in &requests {
        let earlier = seen.get(&req.op_id).cloned();
        if let Some((hash, status, result)) = earlier {
            out.push(if hash == req.request_hash {
                Executed::Replay { status, result }
            } else {
                Executed::KeyReused
            });
            continue;
        }
        if let Some(seq) = req.op_seq
            && seq <= last_seq
            && !MUTANT_NO_IDEMPOTENCY
        {
            out.push(Executed::OutOfOrder { last: last_seq });
            continue;
        }
        // Stock ops decide everything before their single write, so they need no
        // savepoint; every other op may write before it is refused.
        let savepoint = !matches!(
            req.action,
            OpAction::StockAdjust { .. } | OpAction::StockSet { .. }
        );
        if savepoint {
            sqlx::query("SAVEPOINT op").execute(&mut *conn).await?;
        }
        let mark = changes.items.len();
        let outcome = apply(
            conn,
            &mut changes,
            actor,
            Some(req.op_id),
            req.base_version,
            &req.action,
        )
        .await?;
        if outcome.is_applied() {
            if savepoint {
                sqlx::query("RELEASE op").execute(&mut *conn).await?;
            }
        } else {
            if savepoint {
                sqlx::query("ROLLBACK TO op").execute(&mut *conn).await?;
                sqlx::query("RELEASE op").execute(&mut *conn).await?;
            }
            changes.items.truncate(mark);
        }
        if let Some(seq) = req.op_seq {
            last_seq = seq;
        }
        if req.remember && !MUTANT_NO_IDEMPOTENCY {
            let (status, result) = render(req, &outcome);
            log_rows.push(json!([
                req.op_id.to_string(),
                req.op_seq,
                hex(&req.request_hash),
                status,
                result.to_string()
            ]));
            seen.insert(req.op_id, (req.request_hash.clone(), status, result));
        }
        out.push(Executed::Fresh(outcome));
    }
    changes.flush(conn).await?;
    for chunk in log_rows.chunks(500) {
        sqlx::query(
            "INSERT INTO op_log (shop_id, op_id, device_id, op_seq, request_hash, status_code, \
             result, created_at) SELECT ?1, value->>0, ?2, value->>1, unhex(value->>2), \
             value->>3, value->>4, ?3 FROM json_each(?4)",
        )
        .bind(actor.shop_id.to_string())
        .bind(actor.device_id.to_string())
        .bind(&changes.at)
        .bind(Value::Array(chunk.to_vec()).to_string())
        .execute(&mut *conn)
        .await?;
    }
    if last_seq != start_seq {
        sqlx::query("UPDATE devices SET last_op_seq = ?2 WHERE id = ?1")
            .bind(actor.device_id.to_string())
            .bind(last_seq)
            .execute(&mut *conn)
            .await?;
    }
    w.commit().await?;
    Ok(out)
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The hash identifying a request body for idempotency checks.
pub fn request_hash(parts: &[&[u8]]) -> Vec<u8> {
    let mut all = Vec::new();
    for p in parts {
        all.extend_from_slice(&(p.len() as u64).to_le_bytes());
        all.extend_from_slice(p);
    }
    sha256(&all)
}
