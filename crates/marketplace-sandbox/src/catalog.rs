//! Listing galleries and size charts (ADR 0720): the `listing.photos`,
//! `listing.size_chart`, `size_chart.upsert` and `size_chart.delete` ops.
//!
//! A gallery op names the photos it wants in order; photos a teammate attached
//! meanwhile (not named, not explicitly removed) stay after them, so two
//! desktops adding photos offline both keep theirs. Order and primary photo:
//! the last op wins. A size chart is written whole: the last op wins.

use std::collections::HashSet;

use axum::http::StatusCode;
use marketplace_api::dto::*;
use marketplace_api::error::codes;
use sqlx::SqliteConnection;
use uuid::Uuid;

use crate::auth::{Actor, Perm, allows};
use crate::error::Fields;
use crate::feed::Changes;
use crate::ops::{Outcome, need};
use crate::store;

type Conn = SqliteConnection;

/// Most photos in one listing's gallery.
pub const MAX_LISTING_PHOTOS: usize = 30;
/// The markets a size chart may label.
pub const MARKETS: [&str; 6] = ["BR", "EU", "RU", "ID", "US", "CN"];

async fn bump_listing(
    conn: &mut Conn,
    changes: &mut Changes,
    actor: &Actor,
    op_id: Option<Uuid>,
    id: Uuid,
    version: i64,
) -> Result<Outcome, sqlx::Error> {
    sqlx::query("UPDATE listings SET version = ?2 WHERE id = ?1")
        .bind(id.to_string())
        .bind(version)
        .execute(&mut *conn)
        .await?;
    let Some(listing) = store::listing(conn, actor.shop_id, id).await? else {
        return Ok(Outcome::not_found("listing"));
    };
    changes.push(
        Some(actor),
        op_id,
        Stream::Catalog,
        "listing",
        id,
        ChangeKind::Upsert,
        version,
        &listing,
    );
    Ok(Outcome::applied(id, version, &listing))
}

#[allow(clippy::too_many_arguments)]
pub async fn listing_photos(
    conn: &mut Conn,
    changes: &mut Changes,
    actor: &Actor,
    op_id: Option<Uuid>,
    id: Uuid,
    photo_ids: &[Uuid],
    primary: Option<Uuid>,
    removed: &[Uuid],
) -> Result<Outcome, sqlx::Error> {
    need!(actor, Perm::Photos);
    let Some(cur) = store::listing(conn, actor.shop_id, id).await? else {
        return Ok(Outcome::not_found("listing"));
    };
    if cur.deleted {
        return Ok(Outcome::reject(
            StatusCode::CONFLICT,
            codes::LISTING_DELETED,
            "the listing was deleted",
        ));
    }
    let mut f = Fields::default();
    if photo_ids.len() > MAX_LISTING_PHOTOS {
        f.push("photo_ids", "too-many");
    }
    if removed.len() > MAX_LISTING_PHOTOS {
        f.push("removed_photo_ids", "too-many");
    }
    let mut seen = HashSet::new();
    for (i, p) in photo_ids.iter().enumerate() {
        if !seen.insert(*p) {
            f.push(format!("photo_ids[{i}]"), "duplicate");
        }
        if removed.contains(p) {
            f.push(format!("photo_ids[{i}]"), "also-removed");
        }
    }
    if let Some(p) = primary
        && !photo_ids.contains(&p)
    {
        f.push("primary_photo_id", "not-in-photo-ids");
    }
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    // Which of the named photos the marketplace has, and whose they are.
    let named: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT id, listing_id FROM photos WHERE shop_id = ?1 AND id IN (SELECT value FROM json_each(?2))",
    )
    .bind(actor.shop_id.to_string())
    .bind(serde_json::to_string(photo_ids).unwrap_or_else(|_| "[]".into()))
    .fetch_all(&mut *conn)
    .await?;
    let lid = id.to_string();
    for (i, p) in photo_ids.iter().enumerate() {
        if let Some((_, Some(other))) = named.iter().find(|(n, _)| *n == p.to_string())
            && *other != lid
        {
            f.push(format!("photo_ids[{i}]"), "photo-other-listing");
        }
    }
    // Photos on messages or evidence are not gallery photos either.
    let used: Vec<(String,)> = sqlx::query_as(
        "SELECT value FROM json_each(?1) WHERE value IN \
         (SELECT j.value->>'id' FROM messages m, json_each(m.attachments) j)",
    )
    .bind(serde_json::to_string(photo_ids).unwrap_or_else(|_| "[]".into()))
    .fetch_all(&mut *conn)
    .await?;
    for (u,) in used {
        if let Some(i) = photo_ids.iter().position(|p| p.to_string() == u) {
            f.push(format!("photo_ids[{i}]"), "photo-in-use");
        }
    }
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    let known: HashSet<String> = named.into_iter().map(|(n, _)| n).collect();
    // The new gallery: the named photos the marketplace has, then the ones
    // attached meanwhile by someone else.
    let mut order: Vec<Uuid> = photo_ids
        .iter()
        .copied()
        .filter(|p| known.contains(&p.to_string()))
        .collect();
    for p in &cur.photos {
        if !order.contains(&p.id) && !removed.contains(&p.id) {
            order.push(p.id);
        }
    }
    if order.len() > MAX_LISTING_PHOTOS {
        let mut f = Fields::default();
        f.push("photo_ids", "too-many");
        return Ok(Outcome::invalid(f));
    }
    let primary = primary
        .filter(|p| order.contains(p))
        .or(cur.primary_photo_id.filter(|p| order.contains(p)))
        .or(order.first().copied());
    let unchanged = order == cur.photos.iter().map(|p| p.id).collect::<Vec<_>>()
        && primary == cur.primary_photo_id
        && !removed
            .iter()
            .any(|r| known.contains(&r.to_string()) || cur.photos.iter().any(|p| p.id == *r));
    if unchanged {
        return Ok(Outcome::applied(id, cur.version, &cur));
    }
    let gone: Vec<String> = cur
        .photos
        .iter()
        .filter(|p| removed.contains(&p.id))
        .map(|p| p.id.to_string())
        .collect();
    sqlx::query(
        "DELETE FROM photos WHERE shop_id = ?1 AND listing_id = ?2 AND id IN (SELECT value FROM json_each(?3))",
    )
    .bind(actor.shop_id.to_string())
    .bind(&lid)
    .bind(serde_json::to_string(&gone).unwrap_or_else(|_| "[]".into()))
    .execute(&mut *conn)
    .await?;
    for (position, p) in order.iter().enumerate() {
        sqlx::query(
            "UPDATE photos SET listing_id = ?2, position = ?3 WHERE id = ?1 AND shop_id = ?4",
        )
        .bind(p.to_string())
        .bind(&lid)
        .bind(position as i64)
        .bind(actor.shop_id.to_string())
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query("UPDATE listings SET primary_photo_id = ?2 WHERE id = ?1")
        .bind(&lid)
        .bind(primary.map(|p| p.to_string()))
        .execute(&mut *conn)
        .await?;
    bump_listing(conn, changes, actor, op_id, id, cur.version + 1).await
}

pub async fn listing_size_chart(
    conn: &mut Conn,
    changes: &mut Changes,
    actor: &Actor,
    op_id: Option<Uuid>,
    id: Uuid,
    option: &str,
    chart: Option<Uuid>,
) -> Result<Outcome, sqlx::Error> {
    need!(actor, Perm::CatalogEdit);
    let mut f = Fields::default();
    let len = option.chars().count();
    if len == 0 || len > 64 || option.trim() != option {
        f.push("option", "invalid");
    }
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    let Some(cur) = store::listing(conn, actor.shop_id, id).await? else {
        return Ok(Outcome::not_found("listing"));
    };
    if cur.deleted {
        return Ok(Outcome::reject(
            StatusCode::CONFLICT,
            codes::LISTING_DELETED,
            "the listing was deleted",
        ));
    }
    if let Some(c) = chart {
        match store::size_chart(conn, actor.shop_id, c).await? {
            Some(sc) if !sc.deleted => {}
            _ => return Ok(Outcome::not_found("size chart")),
        }
    }
    let now = cur
        .size_charts
        .iter()
        .find(|t| t.option == option)
        .map(|t| t.size_chart_id);
    if now == chart {
        return Ok(Outcome::applied(id, cur.version, &cur));
    }
    sqlx::query("DELETE FROM listing_size_charts WHERE listing_id = ?1 AND option = ?2")
        .bind(id.to_string())
        .bind(option)
        .execute(&mut *conn)
        .await?;
    if let Some(c) = chart {
        sqlx::query(
            "INSERT INTO listing_size_charts (listing_id, option, size_chart_id) VALUES (?1, ?2, ?3)",
        )
        .bind(id.to_string())
        .bind(option)
        .bind(c.to_string())
        .execute(&mut *conn)
        .await?;
    }
    bump_listing(conn, changes, actor, op_id, id, cur.version + 1).await
}

fn check_chart(c: &NewSizeChart) -> Fields {
    let mut f = Fields::default();
    let name = c.name.trim();
    if name.is_empty() || c.name.chars().count() > 120 {
        f.push("size_chart.name", "invalid");
    }
    if c.unit != "cm" && c.unit != "in" {
        f.push("size_chart.unit", "invalid");
    }
    if c.measures.is_empty() || c.measures.len() > 12 {
        f.push("size_chart.measures", "invalid");
    }
    let mut seen = HashSet::new();
    for (i, m) in c.measures.iter().enumerate() {
        let ok = !m.is_empty()
            && m.len() <= 40
            && m.chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
        if !ok || !seen.insert(m.as_str()) {
            f.push(format!("size_chart.measures[{i}]"), "invalid");
        }
    }
    if c.rows.is_empty() || c.rows.len() > 40 {
        f.push("size_chart.rows", "invalid");
    }
    for (i, r) in c.rows.iter().enumerate() {
        for (m, range) in &r.measurements {
            if !c.measures.contains(m) {
                f.push(
                    format!("size_chart.rows[{i}].measurements.{m}"),
                    "unknown-measure",
                );
            }
            if range.min_mm < 0 || range.max_mm > 10_000 || range.min_mm > range.max_mm {
                f.push(format!("size_chart.rows[{i}].measurements.{m}"), "invalid");
            }
        }
        if r.labels.is_empty() {
            f.push(format!("size_chart.rows[{i}].labels"), "required");
        }
        for (market, label) in &r.labels {
            if !MARKETS.contains(&market.as_str()) {
                f.push(
                    format!("size_chart.rows[{i}].labels.{market}"),
                    "unknown-market",
                );
            }
            let n = label.chars().count();
            if n == 0 || n > 20 || label.trim().is_empty() {
                f.push(format!("size_chart.rows[{i}].labels.{market}"), "invalid");
            }
        }
    }
    f
}

pub async fn size_chart_upsert(
    conn: &mut Conn,
    changes: &mut Changes,
    actor: &Actor,
    op_id: Option<Uuid>,
    c: &NewSizeChart,
) -> Result<Outcome, sqlx::Error> {
    need!(actor, Perm::CatalogEdit);
    let f = check_chart(c);
    if !f.is_empty() {
        return Ok(Outcome::invalid(f));
    }
    // An id another shop uses is not this shop's to write.
    let owner: Option<(String,)> = sqlx::query_as("SELECT shop_id FROM size_charts WHERE id = ?1")
        .bind(c.id.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    if owner.is_some_and(|(s,)| s != actor.shop_id.to_string()) {
        return Ok(Outcome::not_found("size chart"));
    }
    let cur = store::size_chart(conn, actor.shop_id, c.id).await?;
    let version = cur.as_ref().map_or(1, |c| c.version + 1);
    let data = serde_json::to_string(c).unwrap_or_default();
    sqlx::query(
        "INSERT INTO size_charts (id, shop_id, data, version, deleted) VALUES (?1, ?2, ?3, ?4, 0) \
         ON CONFLICT(id) DO UPDATE SET data = excluded.data, version = excluded.version, deleted = 0",
    )
    .bind(c.id.to_string())
    .bind(actor.shop_id.to_string())
    .bind(data)
    .bind(version)
    .execute(&mut *conn)
    .await?;
    let dto = SizeChart {
        id: c.id,
        name: c.name.clone(),
        unit: c.unit.clone(),
        measures: c.measures.clone(),
        rows: c.rows.clone(),
        version,
        deleted: false,
    };
    changes.push(
        Some(actor),
        op_id,
        Stream::Catalog,
        "size_chart",
        c.id,
        ChangeKind::Upsert,
        version,
        &dto,
    );
    Ok(Outcome::applied(c.id, version, &dto))
}

pub async fn size_chart_delete(
    conn: &mut Conn,
    changes: &mut Changes,
    actor: &Actor,
    op_id: Option<Uuid>,
    id: Uuid,
) -> Result<Outcome, sqlx::Error> {
    need!(actor, Perm::CatalogEdit);
    let Some(cur) = store::size_chart(conn, actor.shop_id, id).await? else {
        return Ok(Outcome::not_found("size chart"));
    };
    if cur.deleted {
        return Ok(Outcome::applied(id, cur.version, &cur));
    }
    let version = cur.version + 1;
    sqlx::query("UPDATE size_charts SET deleted = 1, version = ?2 WHERE id = ?1")
        .bind(id.to_string())
        .bind(version)
        .execute(&mut *conn)
        .await?;
    // Listings that used it lose the tie: a new version each.
    let tied: Vec<(String, i64)> = sqlx::query_as(
        "SELECT DISTINCT t.listing_id, l.version FROM listing_size_charts t \
         JOIN listings l ON l.id = t.listing_id WHERE t.size_chart_id = ?1",
    )
    .bind(id.to_string())
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM listing_size_charts WHERE size_chart_id = ?1")
        .bind(id.to_string())
        .execute(&mut *conn)
        .await?;
    let mut done = HashSet::new();
    for (lid, v) in tied {
        if done.insert(lid.clone()) {
            let lid = crate::util::uuid(&lid);
            bump_listing(conn, changes, actor, op_id, lid, v + 1).await?;
        }
    }
    let dto = SizeChart {
        version,
        deleted: true,
        ..cur
    };
    changes.push(
        Some(actor),
        op_id,
        Stream::Catalog,
        "size_chart",
        id,
        ChangeKind::Delete,
        version,
        &dto,
    );
    Ok(Outcome::applied(id, version, &dto))
}
