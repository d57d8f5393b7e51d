//! Reading entities from SQLite into wire DTOs.

use std::collections::HashMap;

use marketplace_api::dto::*;
use marketplace_api::money::format_minor;
use sqlx::SqliteConnection;
use uuid::Uuid;

use crate::util::{opt_uuid, uuid};

type Conn = SqliteConnection;

pub fn price(currency: &str, minor: i64) -> Price {
    Price {
        currency: currency.to_owned(),
        amount: format_minor(minor, currency).unwrap_or_else(|_| minor.to_string()),
    }
}

fn ids_json(ids: &[Uuid]) -> String {
    serde_json::to_string(&ids.iter().map(Uuid::to_string).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".to_owned())
}

#[derive(sqlx::FromRow)]
struct ListingRow {
    id: String,
    state: String,
    default_locale: String,
    version: i64,
    prices_version: i64,
    deleted: bool,
}

#[derive(sqlx::FromRow)]
struct TextRow {
    listing_id: String,
    locale: String,
    title: String,
    description: String,
    tags: String,
}

#[derive(sqlx::FromRow)]
struct VariantRow {
    id: String,
    listing_id: String,
    sku: String,
    options: String,
    weight_grams: i64,
    hs_code: Option<String>,
    hs_edition: Option<String>,
    origin_country: Option<String>,
    customs_description: Option<String>,
    stock: i64,
    stock_version: i64,
}

#[derive(sqlx::FromRow)]
struct PriceRow {
    variant_id: String,
    currency: String,
    amount_minor: i64,
}

#[derive(sqlx::FromRow)]
struct PhotoRow {
    id: String,
    listing_id: Option<String>,
    content_type: String,
    size: i64,
}

/// Loads listings by id (any order; missing ids are skipped), in the order given.
pub async fn listings(
    conn: &mut Conn,
    shop: Uuid,
    ids: &[Uuid],
) -> Result<Vec<Listing>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let ids_j = ids_json(ids);
    let rows: Vec<ListingRow> = sqlx::query_as(
        "SELECT id, state, default_locale, version, prices_version, deleted FROM listings \
         WHERE shop_id = ?1 AND id IN (SELECT value FROM json_each(?2))",
    )
    .bind(shop.to_string())
    .bind(&ids_j)
    .fetch_all(&mut *conn)
    .await?;
    let texts: Vec<TextRow> = sqlx::query_as(
        "SELECT listing_id, locale, title, description, tags FROM listing_texts \
         WHERE listing_id IN (SELECT value FROM json_each(?1)) ORDER BY listing_id, locale",
    )
    .bind(&ids_j)
    .fetch_all(&mut *conn)
    .await?;
    let variants: Vec<VariantRow> = sqlx::query_as(
        "SELECT id, listing_id, sku, options, weight_grams, hs_code, hs_edition, origin_country, \
         customs_description, stock, stock_version FROM variants \
         WHERE listing_id IN (SELECT value FROM json_each(?1)) ORDER BY listing_id, position",
    )
    .bind(&ids_j)
    .fetch_all(&mut *conn)
    .await?;
    let prices: Vec<PriceRow> = sqlx::query_as(
        "SELECT p.variant_id, p.currency, p.amount_minor FROM variant_prices p \
         JOIN variants v ON v.id = p.variant_id \
         WHERE v.listing_id IN (SELECT value FROM json_each(?1)) ORDER BY p.variant_id, p.currency",
    )
    .bind(&ids_j)
    .fetch_all(&mut *conn)
    .await?;
    let photos: Vec<PhotoRow> = sqlx::query_as(
        "SELECT id, listing_id, content_type, size FROM photos \
         WHERE listing_id IN (SELECT value FROM json_each(?1)) ORDER BY listing_id, created_at, id",
    )
    .bind(&ids_j)
    .fetch_all(&mut *conn)
    .await?;

    let mut by_variant: HashMap<String, Vec<Price>> = HashMap::new();
    for p in prices {
        by_variant
            .entry(p.variant_id)
            .or_default()
            .push(price(&p.currency, p.amount_minor));
    }
    let mut texts_by: HashMap<String, Vec<ListingText>> = HashMap::new();
    for t in texts {
        texts_by.entry(t.listing_id).or_default().push(ListingText {
            locale: t.locale,
            title: t.title,
            description: t.description,
            tags: serde_json::from_str(&t.tags).unwrap_or_default(),
        });
    }
    let mut variants_by: HashMap<String, Vec<Variant>> = HashMap::new();
    for v in variants {
        let prices = by_variant.remove(&v.id).unwrap_or_default();
        variants_by.entry(v.listing_id).or_default().push(Variant {
            id: uuid(&v.id),
            sku: v.sku,
            options: serde_json::from_str(&v.options).unwrap_or_default(),
            weight_grams: v.weight_grams,
            hs_code: v.hs_code,
            hs_edition: v.hs_edition,
            origin_country: v.origin_country,
            customs_description: v.customs_description,
            stock: v.stock,
            stock_version: v.stock_version,
            prices,
        });
    }
    let mut photos_by: HashMap<String, Vec<PhotoRef>> = HashMap::new();
    for p in photos {
        let lid = p.listing_id.unwrap_or_default();
        photos_by.entry(lid).or_default().push(PhotoRef {
            url: format!("/v1/photos/{}", p.id),
            id: uuid(&p.id),
            content_type: p.content_type,
            bytes: p.size,
        });
    }
    let mut out: HashMap<String, Listing> = HashMap::new();
    for r in rows {
        let l = Listing {
            id: uuid(&r.id),
            state: ListingState::parse(&r.state).unwrap_or(ListingState::Draft),
            default_locale: r.default_locale,
            texts: texts_by.remove(&r.id).unwrap_or_default(),
            variants: variants_by.remove(&r.id).unwrap_or_default(),
            photos: photos_by.remove(&r.id).unwrap_or_default(),
            version: r.version,
            prices_version: r.prices_version,
            deleted: r.deleted,
        };
        out.insert(r.id, l);
    }
    Ok(ids
        .iter()
        .filter_map(|id| out.remove(&id.to_string()))
        .collect())
}

pub async fn listing(
    conn: &mut Conn,
    shop: Uuid,
    id: Uuid,
) -> Result<Option<Listing>, sqlx::Error> {
    Ok(listings(conn, shop, &[id]).await?.pop())
}

/// A page of listing ids ordered by id (UUIDv7 ids sort by creation).
pub async fn listing_ids_page(
    conn: &mut Conn,
    shop: Uuid,
    after: Option<Uuid>,
    limit: i64,
    include_deleted: bool,
) -> Result<Vec<Uuid>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT id FROM listings WHERE shop_id = ?1 AND id > ?2 AND (?3 OR deleted = 0) \
         ORDER BY id LIMIT ?4",
    )
    .bind(shop.to_string())
    .bind(after.map(|a| a.to_string()).unwrap_or_default())
    .bind(include_deleted)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.iter().map(|r| uuid(&r.0)).collect())
}

#[derive(sqlx::FromRow)]
pub struct StockRow {
    pub listing_id: String,
    pub variant_id: String,
    pub sku: String,
    pub stock: i64,
    pub stock_version: i64,
    pub deleted: bool,
}

pub async fn stock(
    conn: &mut Conn,
    shop: Uuid,
    variant: Uuid,
) -> Result<Option<StockRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT v.listing_id, v.id AS variant_id, v.sku, v.stock, v.stock_version, l.deleted \
         FROM variants v JOIN listings l ON l.id = v.listing_id \
         WHERE v.id = ?1 AND l.shop_id = ?2",
    )
    .bind(variant.to_string())
    .bind(shop.to_string())
    .fetch_optional(conn)
    .await
}

impl StockRow {
    pub fn dto(&self) -> StockLevel {
        StockLevel {
            listing_id: uuid(&self.listing_id),
            variant_id: uuid(&self.variant_id),
            sku: self.sku.clone(),
            stock: self.stock,
            version: self.stock_version,
        }
    }
}

#[derive(sqlx::FromRow)]
struct BuyerRow {
    id: String,
    name: String,
    country: String,
    locale: String,
}

impl BuyerRow {
    fn dto(self) -> Buyer {
        Buyer {
            id: uuid(&self.id),
            name: self.name,
            country: self.country,
            locale: self.locale,
        }
    }
}

async fn buyer(conn: &mut Conn, id: &str) -> Result<Buyer, sqlx::Error> {
    let b: BuyerRow = sqlx::query_as("SELECT id, name, country, locale FROM buyers WHERE id = ?1")
        .bind(id)
        .fetch_one(conn)
        .await?;
    Ok(b.dto())
}

#[derive(sqlx::FromRow)]
struct OrderRow {
    id: String,
    buyer_id: String,
    state: String,
    address: String,
    currency: String,
    total_minor: i64,
    ship_by: String,
    created_at: String,
    shipment_id: Option<String>,
    version: i64,
}

#[derive(sqlx::FromRow)]
struct OrderItemRow {
    listing_id: String,
    variant_id: String,
    sku: String,
    title: String,
    quantity: i64,
    currency: String,
    unit_minor: i64,
}

pub async fn order(conn: &mut Conn, shop: Uuid, id: Uuid) -> Result<Option<Order>, sqlx::Error> {
    let row: Option<OrderRow> = sqlx::query_as(
        "SELECT id, buyer_id, state, address, currency, total_minor, ship_by, created_at, \
         shipment_id, version FROM orders WHERE id = ?1 AND shop_id = ?2",
    )
    .bind(id.to_string())
    .bind(shop.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let items: Vec<OrderItemRow> = sqlx::query_as(
        "SELECT listing_id, variant_id, sku, title, quantity, currency, unit_minor \
         FROM order_items WHERE order_id = ?1 ORDER BY position",
    )
    .bind(&r.id)
    .fetch_all(&mut *conn)
    .await?;
    let buyer = buyer(conn, &r.buyer_id).await?;
    let address: Address =
        serde_json::from_str(&r.address).map_err(|e| sqlx::Error::Decode(e.into()))?;
    Ok(Some(Order {
        id: uuid(&r.id),
        state: OrderState::parse(&r.state).unwrap_or(OrderState::Paid),
        buyer,
        shipping_address: address,
        items: items
            .into_iter()
            .map(|i| OrderItem {
                listing_id: uuid(&i.listing_id),
                variant_id: uuid(&i.variant_id),
                sku: i.sku,
                title: i.title,
                quantity: i.quantity,
                unit_price: price(&i.currency, i.unit_minor),
            })
            .collect(),
        total: price(&r.currency, r.total_minor),
        ship_by: r.ship_by,
        created_at: r.created_at,
        shipment_id: opt_uuid(r.shipment_id.as_deref()),
        version: r.version,
    }))
}

/// Ids of a table's rows of a shop, newest first (`table` is a fixed identifier).
async fn recent_ids(
    conn: &mut Conn,
    table: &'static str,
    order_col: &'static str,
    shop: Uuid,
    limit: i64,
) -> Result<Vec<Uuid>, sqlx::Error> {
    let sql = format!(
        "SELECT id FROM {table} WHERE shop_id = ?1 ORDER BY {order_col} DESC, id DESC LIMIT ?2"
    );
    let rows: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(shop.to_string())
        .bind(limit)
        .fetch_all(conn)
        .await?;
    Ok(rows.iter().map(|r| uuid(&r.0)).collect())
}

/// The newest `limit` rows of `table` for `shop` (by `order_col`), each read
/// with `load` (e.g. [`order`]); rows gone in between are skipped.
pub async fn recent<T>(
    conn: &mut Conn,
    table: &'static str,
    order_col: &'static str,
    shop: Uuid,
    limit: i64,
    load: impl AsyncFn(&mut Conn, Uuid, Uuid) -> Result<Option<T>, sqlx::Error>,
) -> Result<Vec<T>, sqlx::Error> {
    let ids = recent_ids(conn, table, order_col, shop, limit).await?;
    let mut items = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(item) = load(conn, shop, id).await? {
            items.push(item);
        }
    }
    Ok(items)
}

#[derive(sqlx::FromRow)]
struct ShipmentRow {
    id: String,
    order_id: String,
    carrier: String,
    carrier_kind: String,
    tracking_number: String,
    created_at: String,
    version: i64,
}

#[derive(sqlx::FromRow)]
struct CustomsRow {
    description: String,
    quantity: i64,
    net_weight_grams: i64,
    currency: String,
    value_minor: i64,
    hs_code: String,
    hs_edition: Option<String>,
    origin_country: String,
}

pub async fn shipment(
    conn: &mut Conn,
    shop: Uuid,
    id: Uuid,
) -> Result<Option<Shipment>, sqlx::Error> {
    let row: Option<ShipmentRow> = sqlx::query_as(
        "SELECT id, order_id, carrier, carrier_kind, tracking_number, created_at, version \
         FROM shipments WHERE id = ?1 AND shop_id = ?2",
    )
    .bind(id.to_string())
    .bind(shop.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let items: Vec<CustomsRow> = sqlx::query_as(
        "SELECT description, quantity, net_weight_grams, currency, value_minor, hs_code, \
         hs_edition, origin_country FROM customs_items WHERE shipment_id = ?1 ORDER BY position",
    )
    .bind(&r.id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Some(Shipment {
        id: uuid(&r.id),
        order_id: uuid(&r.order_id),
        carrier: r.carrier,
        carrier_kind: if r.carrier_kind == "post" {
            CarrierKind::Post
        } else {
            CarrierKind::Courier
        },
        tracking_number: r.tracking_number,
        customs_items: items
            .into_iter()
            .map(|c| CustomsItem {
                description: c.description,
                quantity: c.quantity,
                net_weight_grams: c.net_weight_grams,
                value: price(&c.currency, c.value_minor),
                hs_code: c.hs_code,
                hs_edition: c.hs_edition,
                origin_country: c.origin_country,
            })
            .collect(),
        created_at: r.created_at,
        version: r.version,
    }))
}

#[derive(sqlx::FromRow)]
struct ConversationRow {
    id: String,
    order_id: Option<String>,
    buyer_id: String,
    subject: String,
    last_message_at: String,
    version: i64,
}

pub async fn conversation(
    conn: &mut Conn,
    shop: Uuid,
    id: Uuid,
) -> Result<Option<Conversation>, sqlx::Error> {
    let row: Option<ConversationRow> = sqlx::query_as(
        "SELECT id, order_id, buyer_id, subject, last_message_at, version FROM conversations \
         WHERE id = ?1 AND shop_id = ?2",
    )
    .bind(id.to_string())
    .bind(shop.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else { return Ok(None) };
    Ok(Some(Conversation {
        id: uuid(&r.id),
        order_id: opt_uuid(r.order_id.as_deref()),
        buyer: buyer(conn, &r.buyer_id).await?,
        subject: r.subject,
        last_message_at: r.last_message_at,
        version: r.version,
    }))
}

#[derive(sqlx::FromRow)]
struct MessageRow {
    id: String,
    conversation_id: String,
    author: String,
    body: String,
    locale: Option<String>,
    sent_at: String,
    member_id: Option<String>,
    attachments: String,
}

impl MessageRow {
    fn dto(self) -> Message {
        Message {
            id: uuid(&self.id),
            conversation_id: uuid(&self.conversation_id),
            author: if self.author == "buyer" {
                MessageAuthor::Buyer
            } else {
                MessageAuthor::Seller
            },
            body: self.body,
            locale: self.locale,
            sent_at: self.sent_at,
            member_id: opt_uuid(self.member_id.as_deref()),
            attachments: serde_json::from_str(&self.attachments).unwrap_or_default(),
        }
    }
}

pub async fn message(conn: &mut Conn, id: Uuid) -> Result<Option<Message>, sqlx::Error> {
    let row: Option<MessageRow> = sqlx::query_as(
        "SELECT id, conversation_id, author, body, locale, sent_at, member_id, attachments FROM messages WHERE id = ?1",
    )
    .bind(id.to_string())
    .fetch_optional(conn)
    .await?;
    Ok(row.map(MessageRow::dto))
}

pub async fn messages(conn: &mut Conn, conversation: Uuid) -> Result<Vec<Message>, sqlx::Error> {
    let rows: Vec<MessageRow> = sqlx::query_as(
        "SELECT id, conversation_id, author, body, locale, sent_at, member_id, attachments FROM messages \
         WHERE conversation_id = ?1 ORDER BY sent_at, id",
    )
    .bind(conversation.to_string())
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(MessageRow::dto).collect())
}

#[derive(sqlx::FromRow)]
struct ReviewRow {
    id: String,
    order_id: String,
    listing_id: String,
    buyer_id: String,
    rating: i64,
    text: String,
    created_at: String,
    reply_text: Option<String>,
    reply_at: Option<String>,
    reply_member_id: Option<String>,
    version: i64,
}

pub async fn review(conn: &mut Conn, shop: Uuid, id: Uuid) -> Result<Option<Review>, sqlx::Error> {
    let row: Option<ReviewRow> = sqlx::query_as(
        "SELECT id, order_id, listing_id, buyer_id, rating, text, created_at, reply_text, reply_at, \
         reply_member_id, version FROM reviews WHERE id = ?1 AND shop_id = ?2",
    )
    .bind(id.to_string())
    .bind(shop.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let reply = match (r.reply_text, r.reply_at, r.reply_member_id) {
        (Some(text), Some(at), Some(m)) => Some(ReviewReply {
            text,
            replied_at: at,
            member_id: uuid(&m),
        }),
        _ => None,
    };
    Ok(Some(Review {
        id: uuid(&r.id),
        order_id: uuid(&r.order_id),
        listing_id: uuid(&r.listing_id),
        buyer: buyer(conn, &r.buyer_id).await?,
        rating: r.rating,
        text: r.text,
        created_at: r.created_at,
        reply,
        version: r.version,
    }))
}

#[derive(sqlx::FromRow)]
struct DisputeRow {
    id: String,
    order_id: String,
    buyer_id: String,
    state: String,
    reason: String,
    buyer_message: String,
    opened_at: String,
    resolution: Option<String>,
    version: i64,
}

#[derive(sqlx::FromRow)]
struct DisputeResponseRow {
    text: String,
    evidence: String,
    member_id: String,
    at: String,
}

pub async fn dispute(
    conn: &mut Conn,
    shop: Uuid,
    id: Uuid,
) -> Result<Option<Dispute>, sqlx::Error> {
    let row: Option<DisputeRow> = sqlx::query_as(
        "SELECT id, order_id, buyer_id, state, reason, buyer_message, opened_at, resolution, version \
         FROM disputes WHERE id = ?1 AND shop_id = ?2",
    )
    .bind(id.to_string())
    .bind(shop.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let responses: Vec<DisputeResponseRow> = sqlx::query_as(
        "SELECT text, evidence, member_id, at FROM dispute_responses WHERE dispute_id = ?1 ORDER BY position",
    )
    .bind(&r.id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Some(Dispute {
        id: uuid(&r.id),
        order_id: uuid(&r.order_id),
        buyer: buyer(conn, &r.buyer_id).await?,
        state: DisputeState::parse(&r.state).unwrap_or(DisputeState::Open),
        reason: r.reason,
        buyer_message: r.buyer_message,
        opened_at: r.opened_at,
        responses: responses
            .into_iter()
            .map(|x| DisputeResponse {
                text: x.text,
                evidence: serde_json::from_str(&x.evidence).unwrap_or_default(),
                member_id: uuid(&x.member_id),
                at: x.at,
            })
            .collect(),
        resolution: r.resolution,
        version: r.version,
    }))
}

#[derive(sqlx::FromRow)]
pub struct PromotionRow {
    id: String,
    kind: String,
    name: String,
    starts_at: String,
    ends_at: String,
    discount_percent: i64,
    code: Option<String>,
    listing_ids: String,
    pub deleted: bool,
    version: i64,
}

impl PromotionRow {
    pub fn dto(&self) -> Promotion {
        Promotion {
            id: uuid(&self.id),
            kind: if self.kind == "coupon" {
                PromotionKind::Coupon
            } else {
                PromotionKind::FlashSale
            },
            name: self.name.clone(),
            starts_at: self.starts_at.clone(),
            ends_at: self.ends_at.clone(),
            discount_percent: self.discount_percent,
            code: self.code.clone(),
            listing_ids: serde_json::from_str(&self.listing_ids).unwrap_or_default(),
            version: self.version,
        }
    }
}

pub async fn promotion(
    conn: &mut Conn,
    shop: Uuid,
    id: Uuid,
) -> Result<Option<PromotionRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, kind, name, starts_at, ends_at, discount_percent, code, listing_ids, deleted, \
         version FROM promotions WHERE id = ?1 AND shop_id = ?2",
    )
    .bind(id.to_string())
    .bind(shop.to_string())
    .fetch_optional(conn)
    .await
}

pub async fn promotions(conn: &mut Conn, shop: Uuid) -> Result<Vec<Promotion>, sqlx::Error> {
    let rows: Vec<PromotionRow> = sqlx::query_as(
        "SELECT id, kind, name, starts_at, ends_at, discount_percent, code, listing_ids, deleted, \
         version FROM promotions WHERE shop_id = ?1 AND deleted = 0 ORDER BY starts_at, id",
    )
    .bind(shop.to_string())
    .fetch_all(conn)
    .await?;
    Ok(rows.iter().map(PromotionRow::dto).collect())
}
