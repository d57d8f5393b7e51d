//! The `--demo` seed: a shop with a team, listings in seven markets' languages and
//! currencies, and some buyer activity. Idempotent: a database that already holds the
//! demo shop is left as is.

use marketplace_api::dto::*;
use marketplace_api::s10;
use uuid::Uuid;

use crate::auth::Actor;
use crate::error::ApiError;
use crate::ops::{self, Request};
use crate::routes::{add_member, create_account, new_device};
use crate::state::AppState;
use crate::util::{new_id, now_ts};

pub const OWNER_EMAIL: &str = "owner@demo.test";
pub const PASSWORD: &str = "demo-password";
pub const TEAM: [(&str, Role); 3] = [
    ("catalog@demo.test", Role::Catalog),
    ("packer@demo.test", Role::Packer),
    ("support@demo.test", Role::Support),
];

struct Product {
    sku: &'static str,
    weight: i64,
    hs: &'static str,
    origin: &'static str,
    /// (locale, title, description)
    texts: &'static [(&'static str, &'static str, &'static str)],
    /// (currency, amount)
    prices: &'static [(&'static str, &'static str)],
    sizes: &'static [&'static str],
}

const PRODUCTS: [Product; 5] = [
    Product {
        sku: "SCARF-SILK",
        weight: 120,
        hs: "621410",
        origin: "VN",
        texts: &[
            (
                "en-US",
                "Hand-woven silk scarf",
                "Woven on a wooden loom in Hội An.",
            ),
            (
                "pt-BR",
                "Lenço de seda tecido à mão",
                "Tecido em tear de madeira em Hội An.",
            ),
            (
                "ru-RU",
                "Шёлковый шарф ручной работы",
                "Соткан на деревянном станке в Хойане.",
            ),
            (
                "es-ES",
                "Pañuelo de seda tejido a mano",
                "Tejido en telar de madera en Hội An.",
            ),
            (
                "fr-FR",
                "Foulard en soie tissé main",
                "Tissé sur un métier en bois à Hội An.",
            ),
            (
                "pl-PL",
                "Ręcznie tkany jedwabny szal",
                "Tkany na drewnianym krośnie w Hội An.",
            ),
            (
                "id-ID",
                "Syal sutra tenun tangan",
                "Ditenun dengan alat tenun kayu di Hội An.",
            ),
        ],
        prices: &[
            ("USD", "24.00"),
            ("BRL", "129.90"),
            ("RUB", "2190.00"),
            ("EUR", "22.50"),
            ("PLN", "96.00"),
            ("IDR", "375000.00"),
        ],
        sizes: &[],
    },
    Product {
        sku: "WALLET-LEATHER",
        weight: 90,
        hs: "420231",
        origin: "BR",
        texts: &[
            (
                "pt-BR",
                "Carteira de couro artesanal",
                "Couro curtido ao vegetal, costurada à mão em Franca.",
            ),
            (
                "en-US",
                "Handmade leather wallet",
                "Vegetable-tanned leather, hand-stitched in Franca.",
            ),
            (
                "es-ES",
                "Cartera de cuero artesanal",
                "Cuero curtido vegetal, cosida a mano.",
            ),
        ],
        prices: &[
            ("BRL", "189.00"),
            ("USD", "35.00"),
            ("EUR", "32.00"),
            ("RUB", "3190.00"),
            ("PLN", "139.00"),
            ("IDR", "549000.00"),
        ],
        sizes: &[],
    },
    Product {
        sku: "TEE-BATIK",
        weight: 180,
        hs: "610910",
        origin: "ID",
        texts: &[
            (
                "id-ID",
                "Kaos batik tulis",
                "Batik tulis asli dari Yogyakarta.",
            ),
            (
                "en-US",
                "Hand-drawn batik T-shirt",
                "Hand-drawn batik from Yogyakarta.",
            ),
            (
                "fr-FR",
                "T-shirt en batik tulis",
                "Batik dessiné à la main, Yogyakarta.",
            ),
            (
                "pl-PL",
                "Koszulka z batiku",
                "Ręcznie malowany batik z Yogyakarty.",
            ),
        ],
        prices: &[
            ("IDR", "185000.00"),
            ("USD", "15.00"),
            ("EUR", "14.00"),
            ("BRL", "79.00"),
            ("RUB", "1290.00"),
            ("PLN", "59.00"),
        ],
        sizes: &["S", "M", "L"],
    },
    Product {
        sku: "MUG-CERAMIC",
        weight: 420,
        hs: "691200",
        origin: "PL",
        texts: &[
            (
                "pl-PL",
                "Kubek z ceramiki bolesławieckiej",
                "Ręcznie stemplowany w Bolesławcu.",
            ),
            (
                "en-US",
                "Bolesławiec pottery mug",
                "Hand-stamped stoneware from Bolesławiec.",
            ),
            (
                "ru-RU",
                "Кружка из болеславецкой керамики",
                "Ручная роспись штампом.",
            ),
        ],
        prices: &[
            ("PLN", "79.00"),
            ("USD", "21.00"),
            ("EUR", "18.90"),
            ("RUB", "1890.00"),
            ("BRL", "109.00"),
            ("IDR", "329000.00"),
        ],
        sizes: &[],
    },
    Product {
        sku: "BAG-STRAW",
        weight: 300,
        hs: "460219",
        origin: "ES",
        texts: &[
            (
                "es-ES",
                "Capazo de palma",
                "Cesta de palma trenzada a mano en Alicante.",
            ),
            (
                "en-US",
                "Palm-leaf basket bag",
                "Hand-braided palm leaf from Alicante.",
            ),
            (
                "fr-FR",
                "Panier en feuilles de palmier",
                "Tressé à la main à Alicante.",
            ),
            (
                "pt-BR",
                "Bolsa de palha",
                "Palha trançada à mão em Alicante.",
            ),
        ],
        prices: &[
            ("EUR", "39.00"),
            ("USD", "42.00"),
            ("BRL", "229.00"),
            ("RUB", "3790.00"),
            ("PLN", "169.00"),
            ("IDR", "659000.00"),
        ],
        sizes: &[],
    },
];

fn new_listing(p: &Product) -> NewListing {
    let prices: Vec<Price> = p
        .prices
        .iter()
        .map(|(c, a)| Price {
            currency: (*c).into(),
            amount: (*a).into(),
        })
        .collect();
    let variant = |sku: String, size: Option<&str>| NewVariant {
        id: Some(new_id()),
        sku,
        options: size
            .map(|s| {
                vec![VariantOption {
                    name: "size".into(),
                    value: s.into(),
                }]
            })
            .unwrap_or_default(),
        weight_grams: p.weight,
        hs_code: Some(p.hs.into()),
        hs_edition: Some("HS2022".into()),
        origin_country: Some(p.origin.into()),
        customs_description: Some(
            p.texts
                .iter()
                .find(|t| t.0 == "en-US")
                .map(|t| t.1)
                .unwrap_or(p.sku)
                .into(),
        ),
        stock: 25,
        prices: prices.clone(),
    };
    NewListing {
        id: Some(new_id()),
        state: ListingState::Active,
        default_locale: p.texts[0].0.into(),
        texts: p
            .texts
            .iter()
            .map(|(l, t, d)| ListingText {
                locale: (*l).into(),
                title: (*t).into(),
                description: (*d).into(),
                tags: vec!["handmade".into()],
            })
            .collect(),
        variants: if p.sizes.is_empty() {
            vec![variant(p.sku.into(), None)]
        } else {
            p.sizes
                .iter()
                .map(|s| variant(format!("{}-{s}", p.sku), Some(s)))
                .collect()
        },
    }
}

/// Seeds the demo shop unless it exists. Answers the owner's shop id.
pub async fn seed(state: &AppState) -> Result<Uuid, ApiError> {
    let existing: Option<(String,)> = sqlx::query_as(
        "SELECT m.shop_id FROM members m JOIN accounts a ON a.id = m.account_id WHERE a.email = ?1",
    )
    .bind(OWNER_EMAIL)
    .fetch_optional(state.pool())
    .await?;
    if let Some((shop,)) = existing {
        return Ok(crate::util::uuid(&shop));
    }
    let mut w = state.begin_write().await?;
    let shop = new_id();
    sqlx::query("INSERT INTO shops (id, name, created_at) VALUES (?1, ?2, ?3)")
        .bind(shop.to_string())
        .bind("Demo Artisan Shop")
        .bind(now_ts())
        .execute(&mut *w.tx)
        .await?;
    let owner_account = create_account(&mut w.tx, OWNER_EMAIL, PASSWORD, Some("en-US")).await?;
    let owner = add_member(&mut w.tx, shop, owner_account, Role::Owner).await?;
    for (email, role) in TEAM {
        let a = create_account(&mut w.tx, email, PASSWORD, None).await?;
        add_member(&mut w.tx, shop, a, role).await?;
    }
    let device = new_device(&mut w.tx, shop, owner, Role::Owner, "demo-seed").await?;
    w.commit().await?;
    let actor = Actor {
        account_id: owner_account,
        shop_id: shop,
        member_id: owner,
        device_id: device.device_id,
        role: Role::Owner,
    };
    let requests = PRODUCTS
        .iter()
        .map(|p| Request {
            op_id: new_id(),
            op_seq: None,
            base_version: None,
            action: OpAction::ListingCreate {
                listing: new_listing(p),
            },
            request_hash: Vec::new(),
            remember: false,
        })
        .collect();
    ops::execute(state, &actor, requests, |_, _| {
        (200, serde_json::Value::Null)
    })
    .await?;
    crate::sim::run(state, shop, state.config().seed, 20).await?;
    // Ship a few paid orders with valid S10 numbers so reviews can follow.
    let paid: Vec<(String, String)> = sqlx::query_as(
        "SELECT o.id, b.country FROM orders o JOIN buyers b ON b.id = o.buyer_id \
         WHERE o.shop_id = ?1 AND o.state = 'paid' ORDER BY o.id LIMIT 4",
    )
    .bind(shop.to_string())
    .fetch_all(state.pool())
    .await?;
    let requests = paid
        .iter()
        .enumerate()
        .filter_map(|(i, (order, _))| {
            let tracking = s10::make("RR", 47_312_480 + i as u32, "VN")?;
            Some(Request {
                op_id: new_id(),
                op_seq: None,
                base_version: None,
                action: OpAction::ShipmentCreate {
                    order_id: crate::util::uuid(order),
                    shipment: NewShipment {
                        id: None,
                        carrier: "Vietnam Post".into(),
                        carrier_kind: CarrierKind::Post,
                        tracking_number: tracking,
                        customs_items: Vec::new(),
                    },
                },
                request_hash: Vec::new(),
                remember: false,
            })
        })
        .collect();
    ops::execute(state, &actor, requests, |_, _| {
        (200, serde_json::Value::Null)
    })
    .await?;
    crate::sim::run(state, shop, state.config().seed.wrapping_add(1), 10).await?;
    Ok(shop)
}
