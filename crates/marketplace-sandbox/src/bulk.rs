//! Seeding a large shop fast, for benchmarks of an initial sync (100,000
//! listings, 200,000 orders): listings go through [`ops::apply`] (the same
//! rules, versions and change-feed entries as a push), many per transaction;
//! historical orders are written with multi-row inserts and their `orders`
//! feed entries, without touching stock (they were shipped long ago).

use marketplace_api::dto::*;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::auth::Actor;
use crate::feed::Changes;
use crate::ops;
use crate::sim::{MARKETS, address};
use crate::state::AppState;
use crate::util::{Rng, mix, now_ts, uuid};

/// Listings per write transaction.
const LISTINGS_PER_TX: usize = 2_000;
/// Orders per write transaction.
const ORDERS_PER_TX: usize = 5_000;
/// 2023-11-14T22:13:20Z: where a bulk-seeded shop's history starts.
const BULK_EPOCH_MS: u64 = 1_700_000_000_000;

/// The owner of `shop` acting from one of its devices.
async fn owner(state: &AppState, shop: Uuid) -> Result<Actor, sqlx::Error> {
    let (member, account, device): (String, String, String) = sqlx::query_as(
        "SELECT m.id, m.account_id, d.id FROM members m JOIN devices d ON d.member_id = m.id \
         WHERE m.shop_id = ?1 AND m.role = 'owner' ORDER BY d.created_at LIMIT 1",
    )
    .bind(shop.to_string())
    .fetch_one(state.pool())
    .await?;
    Ok(Actor {
        account_id: uuid(&account),
        shop_id: shop,
        member_id: uuid(&member),
        device_id: uuid(&device),
        role: Role::Owner,
    })
}

/// [`seed_large`] unless `shop` has its listings already (a restart on the
/// same database file).
pub async fn seed_large_once(
    state: &AppState,
    shop: Uuid,
    listings: usize,
    orders: usize,
    seed: u64,
) -> Result<(), sqlx::Error> {
    let (seeded,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM variants v JOIN listings l ON l.id = v.listing_id \
         WHERE l.shop_id = ?1 AND v.sku = 'BULK-0-P'",
    )
    .bind(shop.to_string())
    .fetch_one(state.pool())
    .await?;
    if seeded > 0 {
        return Ok(());
    }
    seed_large(state, shop, listings, orders, seed, &|done, total| {
        if done == total || done % 20_000 < 2_000 {
            tracing::info!(done, total, "seeding a large shop");
        }
    })
    .await
}

/// Adds `listings` listings with two variants each (BRL and USD prices,
/// stock 50) and `orders` paid orders of them to `shop`, reproducibly from
/// `seed`. `progress(done, total)` hears about every committed transaction.
pub async fn seed_large(
    state: &AppState,
    shop: Uuid,
    listings: usize,
    orders: usize,
    seed: u64,
    progress: &dyn Fn(usize, usize),
) -> Result<(), sqlx::Error> {
    let actor = owner(state, shop).await?;
    let mut rng = Rng::new(mix(seed, 0xB01C));
    // Ids are time-ordered like every id the marketplace makes (`now_v7`): the
    // shop's history is laid out one entity a second from a fixed start.
    let mut clock = BULK_EPOCH_MS;
    let mut made_at = |rng: &mut Rng| {
        clock += 1_000;
        rng.uuid_at(clock)
    };
    let total = listings + orders;
    // (listing id, variant id, sku, title, BRL minor) of the first variants, for orders.
    let mut sold: Vec<(Uuid, Uuid, String, String, i64)> = Vec::with_capacity(listings);
    let mut done = 0;
    while done < listings {
        let n = LISTINGS_PER_TX.min(listings - done);
        let mut w = state.begin_write().await?;
        let mut changes = Changes::new(shop, now_ts());
        for i in done..done + n {
            let (id, v1, v2) = (made_at(&mut rng), made_at(&mut rng), made_at(&mut rng));
            let title = format!("Bolsa de couro artesanal {i}");
            let brl = 5_000 + rng.below(50_000) as i64;
            let listing: NewListing = serde_json::from_value(json!({
                "id": id, "state": "active", "default_locale": "pt-BR",
                "texts": [
                    {"locale": "pt-BR", "title": title, "description": format!("Couro legítimo, costura à mão, peça {i}."), "tags": ["couro", "bolsa"]},
                    {"locale": "en-US", "title": format!("Handmade leather bag {i}"), "description": "", "tags": []}
                ],
                "variants": [
                    {"id": v1, "sku": format!("BULK-{i}-P"), "stock": 50, "weight_grams": 400,
                     "options": [{"name": "Tamanho", "value": "P"}],
                     "prices": [{"currency": "BRL", "amount": format!("{}.{:02}", brl / 100, brl % 100)}, {"currency": "USD", "amount": "39.00"}]},
                    {"id": v2, "sku": format!("BULK-{i}-G"), "stock": 50, "weight_grams": 500,
                     "options": [{"name": "Tamanho", "value": "G"}],
                     "prices": [{"currency": "BRL", "amount": format!("{}.{:02}", brl / 100 + 20, brl % 100)}, {"currency": "USD", "amount": "44.00"}]}
                ]
            }))
            .map_err(|e| sqlx::Error::Protocol(e.to_string()))?;
            let outcome = ops::apply(
                &mut w.tx,
                &mut changes,
                &actor,
                None,
                None,
                &OpAction::ListingCreate { listing },
            )
            .await?;
            if !outcome.is_applied() {
                return Err(sqlx::Error::Protocol(format!(
                    "bulk listing {i} refused: {outcome:?}"
                )));
            }
            sold.push((id, v1, format!("BULK-{i}-P"), title, brl));
        }
        changes.flush(&mut w.tx).await?;
        w.commit().await?;
        done += n;
        progress(done, total);
    }

    let mut made = 0;
    while made < orders {
        let n = ORDERS_PER_TX.min(orders - made);
        let mut w = state.begin_write().await?;
        let mut changes = Changes::new(shop, now_ts());
        let (mut buyers, mut rows, mut items) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..n {
            let m = rng.pick(&MARKETS);
            let name = format!("Buyer {}", rng.below(1_000_000));
            let buyer = Buyer {
                id: made_at(&mut rng),
                name: name.clone(),
                country: m.country.to_owned(),
                locale: m.locale.to_owned(),
            };
            let addr = address(m, &mut rng, &name);
            let (lid, vid, sku, title, brl) = rng.pick(&sold).clone();
            let qty = 1 + rng.below(3) as i64;
            let id = made_at(&mut rng);
            let at = now_ts();
            let order = Order {
                id,
                state: OrderState::Paid,
                buyer: buyer.clone(),
                shipping_address: addr.clone(),
                items: vec![OrderItem {
                    listing_id: lid,
                    variant_id: vid,
                    sku: sku.clone(),
                    title: title.clone(),
                    quantity: qty,
                    unit_price: crate::store::price("BRL", brl),
                }],
                total: crate::store::price("BRL", brl * qty),
                ship_by: at.clone(),
                created_at: at.clone(),
                shipment_id: None,
                version: 1,
            };
            buyers.push(json!([buyer.id, buyer.name, buyer.country, buyer.locale]));
            rows.push(json!([
                id,
                shop,
                buyer.id,
                serde_json::to_string(&addr).unwrap_or_default(),
                brl * qty,
                at,
                at
            ]));
            items.push(json!([id, lid, vid, sku, title, qty, brl]));
            changes.push(
                None,
                None,
                Stream::Orders,
                "order",
                id,
                ChangeKind::Upsert,
                1,
                &order,
            );
        }
        for chunk in buyers.chunks(1_000) {
            sqlx::query(
                "INSERT INTO buyers (id, name, country, locale) \
                 SELECT value->>0, value->>1, value->>2, value->>3 FROM json_each(?1)",
            )
            .bind(Value::Array(chunk.to_vec()).to_string())
            .execute(&mut *w.tx)
            .await?;
        }
        for chunk in rows.chunks(1_000) {
            sqlx::query(
                "INSERT INTO orders (id, shop_id, buyer_id, state, address, currency, total_minor, ship_by, \
                 created_at, shipment_id, version) SELECT value->>0, value->>1, value->>2, 'paid', value->>3, \
                 'BRL', value->>4, value->>5, value->>6, NULL, 1 FROM json_each(?1)",
            )
            .bind(Value::Array(chunk.to_vec()).to_string())
            .execute(&mut *w.tx)
            .await?;
        }
        for chunk in items.chunks(1_000) {
            sqlx::query(
                "INSERT INTO order_items (order_id, position, listing_id, variant_id, sku, title, quantity, \
                 currency, unit_minor) SELECT value->>0, 0, value->>1, value->>2, value->>3, value->>4, \
                 value->>5, 'BRL', value->>6 FROM json_each(?1)",
            )
            .bind(Value::Array(chunk.to_vec()).to_string())
            .execute(&mut *w.tx)
            .await?;
        }
        changes.flush(&mut w.tx).await?;
        w.commit().await?;
        made += n;
        progress(listings + made, total);
    }
    Ok(())
}

/// Applies `actions` as the owner of `shop` (from its first device) through
/// [`ops::apply`] — the same rules, versions and change-feed entries as a push
/// of them, minus HTTP and the op log — `LISTINGS_PER_TX` per transaction. For
/// tests that need a long, mixed history fast (sync.md T8). Fails on the first
/// action the rules refuse, before committing its transaction.
pub async fn apply_actions(
    state: &AppState,
    shop: Uuid,
    actions: &[OpAction],
) -> Result<(), sqlx::Error> {
    let actor = owner(state, shop).await?;
    for chunk in actions.chunks(LISTINGS_PER_TX) {
        let mut w = state.begin_write().await?;
        let mut changes = Changes::new(shop, now_ts());
        for action in chunk {
            let outcome = ops::apply(&mut w.tx, &mut changes, &actor, None, None, action).await?;
            if !outcome.is_applied() {
                return Err(sqlx::Error::Protocol(format!(
                    "bulk action refused: {outcome:?}: {action:?}"
                )));
            }
        }
        changes.flush(&mut w.tx).await?;
        w.commit().await?;
    }
    Ok(())
}
