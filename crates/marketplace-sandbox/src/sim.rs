//! Simulated buyers from seven markets, each in their language, currency and address
//! format. Everything is drawn from a seeded generator (ids included, mixed with the
//! shop's feed position so reruns never collide): the same seed on the same shop state
//! produces the same events.

use axum::http::StatusCode;
use marketplace_api::dto::*;
use marketplace_api::error::codes;
use marketplace_api::money;
use uuid::Uuid;

use crate::error::ApiError;
use crate::feed::Changes;
use crate::state::AppState;
use crate::util::{Rng, now, now_ts, ts};
use crate::{ops, store};

pub struct Market {
    pub country: &'static str,
    pub locale: &'static str,
    pub currency: &'static str,
    first: &'static [&'static str],
    last: &'static [&'static str],
    /// (street, district, city, region, postal code)
    places: &'static [(
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    )],
    phone: &'static str,
    questions: &'static [&'static str],
    /// Review texts by sentiment: good (4-5), mixed (3), bad (1-2).
    reviews: [&'static str; 3],
    disputes: &'static [(&'static str, &'static str)],
}

pub const MARKETS: [Market; 7] = [
    Market {
        country: "BR",
        locale: "pt-BR",
        currency: "BRL",
        first: &["Ana", "João", "Mariana", "Lucas", "Beatriz"],
        last: &["Souza", "Silva", "Oliveira", "Costa", "Pereira"],
        places: &[
            (
                "Rua Augusta, 1500, apto 42",
                "Consolação",
                "São Paulo",
                "SP",
                "01305-100",
            ),
            (
                "Avenida Atlântica, 1702",
                "Copacabana",
                "Rio de Janeiro",
                "RJ",
                "22021-001",
            ),
            (
                "Rua da Bahia, 1148",
                "Centro",
                "Belo Horizonte",
                "MG",
                "30160-011",
            ),
        ],
        phone: "+55 11 91234-5678",
        questions: &[
            "Olá! Vocês enviam para o Brasil? Quanto tempo demora a entrega?",
            "Boa tarde, o produto tem garantia? Obrigada!",
            "Oi, meu pedido ainda não foi enviado. Podem verificar, por favor?",
        ],
        reviews: [
            "Produto excelente, chegou antes do prazo. Recomendo!",
            "Bom produto, mas a entrega demorou bastante.",
            "Veio com defeito e o vendedor demorou para responder.",
        ],
        disputes: &[
            (
                "not_received",
                "Já se passaram 40 dias e não recebi meu pedido.",
            ),
            ("not_as_described", "A cor é diferente da foto do anúncio."),
        ],
    },
    Market {
        country: "RU",
        locale: "ru-RU",
        currency: "RUB",
        first: &["Анна", "Дмитрий", "Ольга", "Сергей", "Екатерина"],
        last: &["Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова"],
        places: &[
            ("ул. Тверская, д. 7, кв. 12", "", "Москва", "", "125009"),
            (
                "Невский пр., д. 28, кв. 5",
                "",
                "Санкт-Петербург",
                "",
                "191186",
            ),
            (
                "ул. Ленина, д. 15, кв. 3",
                "",
                "Екатеринбург",
                "Свердловская обл.",
                "620014",
            ),
        ],
        phone: "+7 912 345-67-89",
        questions: &[
            "Здравствуйте! Когда будет отправка заказа?",
            "Добрый день, есть ли этот товар в другом цвете?",
            "Подскажите, пожалуйста, трек-номер моей посылки.",
        ],
        reviews: [
            "Отличный товар, всё как в описании. Спасибо продавцу!",
            "Нормально, но доставка была долгой.",
            "Товар пришёл повреждённым, очень разочарован.",
        ],
        disputes: &[
            (
                "not_received",
                "Посылка не пришла, трек не обновляется месяц.",
            ),
            ("damaged", "Товар пришёл сломанным, прилагаю фото."),
        ],
    },
    Market {
        country: "ES",
        locale: "es-ES",
        currency: "EUR",
        first: &["Lucía", "Javier", "Carmen", "Pablo", "Elena"],
        last: &["García", "Fernández", "López", "Martínez", "Sánchez"],
        places: &[
            ("Calle Mayor, 10, 2º B", "", "Madrid", "Madrid", "28013"),
            (
                "Carrer de Mallorca, 401, 3º 1ª",
                "",
                "Barcelona",
                "Barcelona",
                "08013",
            ),
            ("Calle Sierpes, 25", "", "Sevilla", "Sevilla", "41004"),
        ],
        phone: "+34 612 345 678",
        questions: &[
            "Hola, ¿cuánto tarda el envío a España?",
            "Buenas, ¿tienen la talla M disponible?",
            "Hola, mi pedido aún no ha llegado. ¿Pueden revisarlo?",
        ],
        reviews: [
            "Muy buena calidad, llegó bien empaquetado. ¡Gracias!",
            "Está bien, aunque la talla es un poco pequeña.",
            "No se parece a la foto. Muy decepcionada.",
        ],
        disputes: &[
            (
                "not_as_described",
                "La talla no corresponde con la tabla de medidas.",
            ),
            (
                "not_received",
                "El seguimiento indica entregado pero no lo he recibido.",
            ),
        ],
    },
    Market {
        country: "ID",
        locale: "id-ID",
        currency: "IDR",
        first: &["Siti", "Budi", "Dewi", "Agus", "Putri"],
        last: &["Rahayu", "Santoso", "Lestari", "Wijaya", "Saputra"],
        places: &[
            (
                "Jl. Jenderal Sudirman No. 45, RT 003/RW 005",
                "Kel. Karet, Kec. Setiabudi",
                "Jakarta Selatan",
                "DKI Jakarta",
                "12920",
            ),
            (
                "Jl. Malioboro No. 52",
                "Kel. Sosromenduran, Kec. Gedongtengen",
                "Yogyakarta",
                "DI Yogyakarta",
                "55271",
            ),
            (
                "Jl. Tunjungan No. 80",
                "Kel. Genteng, Kec. Genteng",
                "Surabaya",
                "Jawa Timur",
                "60275",
            ),
        ],
        phone: "+62 812-3456-7890",
        questions: &[
            "Halo kak, apakah barang ini ready stok?",
            "Permisi, kapan pesanan saya dikirim?",
            "Kak, bisa kirim pakai kurir lain?",
        ],
        reviews: [
            "Barang bagus, pengiriman cepat. Terima kasih seller!",
            "Lumayan, tapi pengemasan kurang rapi.",
            "Barang rusak saat diterima, kecewa.",
        ],
        disputes: &[
            (
                "not_received",
                "Paket belum sampai padahal sudah lewat estimasi.",
            ),
            ("damaged", "Barang pecah saat diterima."),
        ],
    },
    Market {
        country: "FR",
        locale: "fr-FR",
        currency: "EUR",
        first: &["Camille", "Louis", "Chloé", "Hugo", "Manon"],
        last: &["Martin", "Bernard", "Dubois", "Thomas", "Robert"],
        places: &[
            ("12 rue de Rivoli", "", "Paris", "", "75004"),
            ("5 place Bellecour", "", "Lyon", "", "69002"),
            ("18 quai du Port", "", "Marseille", "", "13002"),
        ],
        phone: "+33 6 12 34 56 78",
        questions: &[
            "Bonjour, quel est le délai de livraison pour la France ?",
            "Bonjour, est-ce que cet article existe en bleu ?",
            "Bonjour, je n'ai toujours pas reçu ma commande. Merci de vérifier.",
        ],
        reviews: [
            "Très bel article, conforme à la description. Merci !",
            "Correct, mais la livraison a été longue.",
            "Article abîmé à la réception, très déçue.",
        ],
        disputes: &[
            (
                "not_as_described",
                "La matière ne correspond pas à la description.",
            ),
            ("not_received", "Colis jamais reçu, le suivi est bloqué."),
        ],
    },
    Market {
        country: "PL",
        locale: "pl-PL",
        currency: "PLN",
        first: &["Anna", "Piotr", "Katarzyna", "Tomasz", "Agnieszka"],
        last: &["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska"],
        places: &[
            (
                "ul. Marszałkowska 84/92 m. 15",
                "",
                "Warszawa",
                "",
                "00-514",
            ),
            ("ul. Floriańska 3/7", "", "Kraków", "", "31-019"),
            ("ul. Piotrkowska 104", "", "Łódź", "", "90-926"),
        ],
        phone: "+48 512 345 678",
        questions: &[
            "Dzień dobry, czy można wysłać do paczkomatu?",
            "Witam, kiedy zostanie wysłane moje zamówienie?",
            "Dzień dobry, czy produkt jest dostępny w innym rozmiarze?",
        ],
        reviews: [
            "Świetna jakość, szybka wysyłka. Polecam!",
            "W porządku, ale rozmiar trochę za mały.",
            "Produkt uszkodzony, brak kontaktu ze sprzedawcą.",
        ],
        disputes: &[
            ("not_received", "Paczka nie dotarła do paczkomatu."),
            ("damaged", "Przesyłka przyszła uszkodzona."),
        ],
    },
    Market {
        country: "US",
        locale: "en-US",
        currency: "USD",
        first: &["Emily", "Michael", "Sarah", "David", "Jessica"],
        last: &["Smith", "Johnson", "Williams", "Brown", "Jones"],
        places: &[
            ("350 Fifth Avenue, Apt 5B", "", "New York", "NY", "10118"),
            ("1600 Amphitheatre Pkwy", "", "Mountain View", "CA", "94043"),
            ("233 S Wacker Dr, Suite 100", "", "Chicago", "IL", "60606"),
        ],
        phone: "+1 212-555-0142",
        questions: &[
            "Hi! How long does shipping to the US usually take?",
            "Hello, is this item true to size?",
            "Hi, my order hasn't shipped yet. Could you check, please?",
        ],
        reviews: [
            "Beautiful work, arrived quickly and well packed. Thank you!",
            "Nice item, but shipping took a while.",
            "Arrived damaged and the seller was slow to respond.",
        ],
        disputes: &[
            ("not_received", "Tracking hasn't updated in three weeks."),
            (
                "not_as_described",
                "The color is very different from the photos.",
            ),
        ],
    },
];

pub fn market(country: &str) -> Option<&'static Market> {
    MARKETS.iter().find(|m| m.country == country)
}

/// An address in the country's own format.
pub fn address(m: &Market, rng: &mut Rng, name: &str) -> Address {
    let (street, district, city, region, postal) = *rng.pick(m.places);
    let country_line = match m.country {
        "BR" => "BRASIL",
        "RU" => "РОССИЯ",
        "ES" => "ESPAÑA",
        "ID" => "INDONESIA",
        "FR" => "FRANCE",
        "PL" => "POLSKA",
        _ => "UNITED STATES",
    };
    let mut formatted = vec![name.to_owned()];
    match m.country {
        // Rua, número - bairro / cidade - UF / CEP
        "BR" => {
            formatted.push(format!("{street} - {district}"));
            formatted.push(format!("{city} - {region}"));
            formatted.push(postal.to_owned());
        }
        // Street, house, flat / city / [region] / index
        "RU" => {
            formatted.push(street.to_owned());
            formatted.push(city.to_owned());
            if !region.is_empty() {
                formatted.push(region.to_owned());
            }
            formatted.push(postal.to_owned());
        }
        // Street / postal city / (province)
        "ES" => {
            formatted.push(street.to_owned());
            formatted.push(format!("{postal} {city}"));
            if region != city {
                formatted.push(format!("({region})"));
            }
        }
        // Jl. ..., RT/RW / Kel., Kec. / Kota / Provinsi postal
        "ID" => {
            formatted.push(street.to_owned());
            formatted.push(district.to_owned());
            formatted.push(city.to_owned());
            formatted.push(format!("{region} {postal}"));
        }
        // number street / postal CITY (upper case)
        "FR" => {
            formatted.push(street.to_owned());
            formatted.push(format!("{postal} {}", city.to_uppercase()));
        }
        // ul. street number/flat / postal city
        "PL" => {
            formatted.push(street.to_owned());
            formatted.push(format!("{postal} {city}"));
        }
        // street / CITY ST ZIP
        _ => {
            formatted.push(street.to_owned());
            formatted.push(format!("{city} {region} {postal}"));
        }
    }
    formatted.push(country_line.to_owned());
    let pickup_point = (m.country == "PL" && rng.below(2) == 0).then(|| {
        format!(
            "Paczkomat {}{:02}M",
            city.chars().take(3).collect::<String>().to_uppercase(),
            rng.below(100)
        )
    });
    Address {
        name: name.to_owned(),
        street: street.to_owned(),
        district: (!district.is_empty()).then(|| district.to_owned()),
        city: city.to_owned(),
        region: (!region.is_empty()).then(|| region.to_owned()),
        postal_code: postal.to_owned(),
        country: m.country.to_owned(),
        phone: Some(m.phone.to_owned()),
        formatted,
        pickup_point,
    }
}

async fn feed_position(conn: &mut sqlx::SqliteConnection, shop: Uuid) -> Result<i64, sqlx::Error> {
    let (n,): (Option<i64>,) = sqlx::query_as("SELECT MAX(seq) FROM changes WHERE shop_id = ?1")
        .bind(shop.to_string())
        .fetch_one(conn)
        .await?;
    Ok(n.unwrap_or(0))
}

/// Generates `count` buyer events for `shop` from `seed`, in one transaction.
pub async fn run(
    state: &AppState,
    shop: Uuid,
    seed: u64,
    count: usize,
) -> Result<Vec<SimEvent>, ApiError> {
    let mut w = state.begin_write().await?;
    let conn = &mut *w.tx;
    let pos = feed_position(conn, shop).await?;
    // Hash (seed, position) into the generator's start: SplitMix64 streams from nearby
    // starts overlap, so `seed ^ pos * k` would repeat ids across runs.
    let mut rng = Rng::new(crate::util::mix(seed, pos as u64));
    let mut changes = Changes::new(shop, now_ts());
    let mut events = Vec::with_capacity(count);
    for _ in 0..count {
        let roll = rng.below(100);
        let ev = if roll < 50 {
            None
        } else if roll < 75 {
            message(conn, &mut changes, &mut rng, shop).await?
        } else if roll < 90 {
            review(conn, &mut changes, &mut rng, shop).await?
        } else {
            dispute(conn, &mut changes, &mut rng, shop).await?
        };
        let ev = match ev {
            Some(e) => Some(e),
            None => order(conn, &mut changes, &mut rng, shop).await?,
        };
        if let Some(e) = ev {
            events.push(e);
        }
    }
    changes.flush(conn).await?;
    w.commit().await?;
    Ok(events)
}

async fn new_buyer(
    conn: &mut sqlx::SqliteConnection,
    rng: &mut Rng,
    m: &Market,
) -> Result<Buyer, sqlx::Error> {
    let b = Buyer {
        id: rng.uuid(),
        name: format!("{} {}", rng.pick(m.first), rng.pick(m.last)),
        country: m.country.to_owned(),
        locale: m.locale.to_owned(),
    };
    sqlx::query("INSERT INTO buyers (id, name, country, locale) VALUES (?1, ?2, ?3, ?4)")
        .bind(b.id.to_string())
        .bind(&b.name)
        .bind(&b.country)
        .bind(&b.locale)
        .execute(conn)
        .await?;
    Ok(b)
}

async fn order(
    conn: &mut sqlx::SqliteConnection,
    changes: &mut Changes,
    rng: &mut Rng,
    shop: Uuid,
) -> Result<Option<SimEvent>, sqlx::Error> {
    let ids: Vec<(String,)> = sqlx::query_as(
        "SELECT id FROM listings WHERE shop_id = ?1 AND deleted = 0 AND state = 'active' ORDER BY id",
    )
    .bind(shop.to_string())
    .fetch_all(&mut *conn)
    .await?;
    if ids.is_empty() {
        return Ok(None);
    }
    let m = rng.pick(&MARKETS);
    let listing_id = crate::util::uuid(&rng.pick(&ids).0);
    let Some(listing) = store::listing(conn, shop, listing_id).await? else {
        return Ok(None);
    };
    let in_stock: Vec<&Variant> = listing
        .variants
        .iter()
        .filter(|v| v.stock > 0 && !v.prices.is_empty())
        .collect();
    if in_stock.is_empty() {
        return Ok(None);
    }
    let v = *rng.pick(&in_stock);
    let price = v
        .prices
        .iter()
        .find(|p| p.currency == m.currency)
        .or_else(|| v.prices.iter().find(|p| p.currency == "USD"))
        .unwrap_or(&v.prices[0])
        .clone();
    let unit = money::parse_minor(&price.amount, &price.currency).unwrap_or(0);
    let qty = 1 + rng.below(v.stock.clamp(1, 3) as u64) as i64;
    let title = listing
        .texts
        .iter()
        .find(|t| t.locale == m.locale)
        .or_else(|| {
            listing
                .texts
                .iter()
                .find(|t| t.locale == listing.default_locale)
        })
        .map(|t| t.title.clone())
        .unwrap_or_default();
    let buyer = new_buyer(conn, rng, m).await?;
    let addr = address(m, rng, &buyer.name);
    let id = rng.uuid();
    let created = now();
    let ship_by = ts(created + time::Duration::days(3 + rng.below(5) as i64));
    sqlx::query(
        "INSERT INTO orders (id, shop_id, buyer_id, state, address, currency, total_minor, ship_by, \
         created_at, shipment_id, version) VALUES (?1, ?2, ?3, 'paid', ?4, ?5, ?6, ?7, ?8, NULL, 1)",
    )
    .bind(id.to_string())
    .bind(shop.to_string())
    .bind(buyer.id.to_string())
    .bind(serde_json::to_string(&addr).unwrap_or_default())
    .bind(&price.currency)
    .bind(unit.saturating_mul(qty))
    .bind(&ship_by)
    .bind(ts(created))
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO order_items (order_id, position, listing_id, variant_id, sku, title, quantity, \
         currency, unit_minor) VALUES (?1, 0, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )
    .bind(id.to_string())
    .bind(listing_id.to_string())
    .bind(v.id.to_string())
    .bind(&v.sku)
    .bind(&title)
    .bind(qty)
    .bind(&price.currency)
    .bind(unit)
    .execute(&mut *conn)
    .await?;
    ops::restock(conn, changes, None, None, shop, &[(v.id, -qty)]).await?;
    if let Some(o) = store::order(conn, shop, id).await? {
        changes.push(
            None,
            None,
            Stream::Orders,
            "order",
            id,
            ChangeKind::Upsert,
            1,
            &o,
        );
    }
    Ok(Some(SimEvent {
        kind: "order".into(),
        entity_id: id,
        country: m.country.into(),
        locale: m.locale.into(),
    }))
}

/// A random order of the shop matching `filter` (SQL over `o`), with its buyer's market.
async fn pick_order(
    conn: &mut sqlx::SqliteConnection,
    rng: &mut Rng,
    shop: Uuid,
    filter: &'static str,
) -> Result<Option<(Uuid, Uuid, String, Uuid)>, sqlx::Error> {
    let sql = format!(
        "SELECT o.id, o.buyer_id, b.country, (SELECT listing_id FROM order_items WHERE order_id = o.id LIMIT 1) \
         FROM orders o JOIN buyers b ON b.id = o.buyer_id WHERE o.shop_id = ?1 AND {filter} ORDER BY o.id"
    );
    let rows: Vec<(String, String, String, Option<String>)> =
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(shop.to_string())
            .fetch_all(conn)
            .await?;
    if rows.is_empty() {
        return Ok(None);
    }
    let r = rng.pick(&rows);
    Ok(Some((
        crate::util::uuid(&r.0),
        crate::util::uuid(&r.1),
        r.2.clone(),
        crate::util::uuid(r.3.as_deref().unwrap_or_default()),
    )))
}

async fn message(
    conn: &mut sqlx::SqliteConnection,
    changes: &mut Changes,
    rng: &mut Rng,
    shop: Uuid,
) -> Result<Option<SimEvent>, sqlx::Error> {
    let Some((order_id, buyer_id, country, _)) = pick_order(conn, rng, shop, "true").await? else {
        return Ok(None);
    };
    let Some(m) = market(&country) else {
        return Ok(None);
    };
    let existing: Option<(String,)> =
        sqlx::query_as("SELECT id FROM conversations WHERE order_id = ?1")
            .bind(order_id.to_string())
            .fetch_optional(&mut *conn)
            .await?;
    let conv_id = match existing {
        Some((id,)) => crate::util::uuid(&id),
        None => {
            let id = rng.uuid();
            sqlx::query(
                "INSERT INTO conversations (id, shop_id, order_id, buyer_id, subject, last_message_at, version) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)",
            )
            .bind(id.to_string())
            .bind(shop.to_string())
            .bind(order_id.to_string())
            .bind(buyer_id.to_string())
            .bind(format!("#{}", &order_id.simple().to_string()[..8]))
            .bind(&changes.at)
            .execute(&mut *conn)
            .await?;
            id
        }
    };
    let msg_id = rng.uuid();
    let body = *rng.pick(m.questions);
    sqlx::query(
        "INSERT INTO messages (id, conversation_id, author, body, locale, sent_at, member_id) \
         VALUES (?1, ?2, 'buyer', ?3, ?4, ?5, NULL)",
    )
    .bind(msg_id.to_string())
    .bind(conv_id.to_string())
    .bind(body)
    .bind(m.locale)
    .bind(&changes.at)
    .execute(&mut *conn)
    .await?;
    if let Some(msg) = store::message(conn, msg_id).await? {
        changes.push(
            None,
            None,
            Stream::Messages,
            "message",
            msg_id,
            ChangeKind::Upsert,
            1,
            &msg,
        );
    }
    if let Some(conv) = store::conversation(conn, shop, conv_id).await? {
        ops::touch_conversation(conn, changes, None, None, conv).await?;
    }
    Ok(Some(SimEvent {
        kind: "message".into(),
        entity_id: msg_id,
        country: m.country.into(),
        locale: m.locale.into(),
    }))
}

async fn review(
    conn: &mut sqlx::SqliteConnection,
    changes: &mut Changes,
    rng: &mut Rng,
    shop: Uuid,
) -> Result<Option<SimEvent>, sqlx::Error> {
    let Some((order_id, buyer_id, country, listing_id)) = pick_order(
        conn,
        rng,
        shop,
        "o.state IN ('shipped', 'delivered') AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.order_id = o.id)",
    )
    .await?
    else {
        return Ok(None);
    };
    let Some(m) = market(&country) else {
        return Ok(None);
    };
    let rating = [5, 5, 5, 4, 4, 3, 2, 1][rng.below(8) as usize];
    let text = m.reviews[match rating {
        4 | 5 => 0,
        3 => 1,
        _ => 2,
    }];
    let id = rng.uuid();
    sqlx::query(
        "INSERT INTO reviews (id, shop_id, order_id, listing_id, buyer_id, rating, text, created_at, version) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1)",
    )
    .bind(id.to_string())
    .bind(shop.to_string())
    .bind(order_id.to_string())
    .bind(listing_id.to_string())
    .bind(buyer_id.to_string())
    .bind(rating)
    .bind(text)
    .bind(&changes.at)
    .execute(&mut *conn)
    .await?;
    if let Some(r) = store::review(conn, shop, id).await? {
        changes.push(
            None,
            None,
            Stream::Reviews,
            "review",
            id,
            ChangeKind::Upsert,
            1,
            &r,
        );
    }
    Ok(Some(SimEvent {
        kind: "review".into(),
        entity_id: id,
        country: m.country.into(),
        locale: m.locale.into(),
    }))
}

async fn dispute(
    conn: &mut sqlx::SqliteConnection,
    changes: &mut Changes,
    rng: &mut Rng,
    shop: Uuid,
) -> Result<Option<SimEvent>, sqlx::Error> {
    let Some((order_id, buyer_id, country, _)) = pick_order(
        conn,
        rng,
        shop,
        "o.state IN ('paid', 'shipped', 'delivered') AND NOT EXISTS (SELECT 1 FROM disputes d WHERE d.order_id = o.id)",
    )
    .await?
    else {
        return Ok(None);
    };
    let Some(m) = market(&country) else {
        return Ok(None);
    };
    let (reason, text) = *rng.pick(m.disputes);
    let id = rng.uuid();
    sqlx::query(
        "INSERT INTO disputes (id, shop_id, order_id, buyer_id, state, reason, buyer_message, opened_at, version) \
         VALUES (?1, ?2, ?3, ?4, 'open', ?5, ?6, ?7, 1)",
    )
    .bind(id.to_string())
    .bind(shop.to_string())
    .bind(order_id.to_string())
    .bind(buyer_id.to_string())
    .bind(reason)
    .bind(text)
    .bind(&changes.at)
    .execute(&mut *conn)
    .await?;
    if let Some(d) = store::dispute(conn, shop, id).await? {
        changes.push(
            None,
            None,
            Stream::Disputes,
            "dispute",
            id,
            ChangeKind::Upsert,
            1,
            &d,
        );
    }
    Ok(Some(SimEvent {
        kind: "dispute".into(),
        entity_id: id,
        country: m.country.into(),
        locale: m.locale.into(),
    }))
}

/// The buyer of `order_id` writes `body` (sandbox only).
pub async fn buyer_writes(
    state: &AppState,
    shop: Uuid,
    order_id: Uuid,
    body: &str,
) -> Result<marketplace_api::dto::Message, ApiError> {
    let mut w = state.begin_write().await?;
    let conn = &mut *w.tx;
    let mut changes = Changes::new(shop, now_ts());
    let buyer: Option<(String, String)> = sqlx::query_as(
        "SELECT o.buyer_id, b.locale FROM orders o JOIN buyers b ON b.id = o.buyer_id \
         WHERE o.id = ?1 AND o.shop_id = ?2",
    )
    .bind(order_id.to_string())
    .bind(shop.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    let Some((buyer_id, locale)) = buyer else {
        return Err(ApiError::not_found("order"));
    };
    let existing: Option<(String,)> =
        sqlx::query_as("SELECT id FROM conversations WHERE order_id = ?1")
            .bind(order_id.to_string())
            .fetch_optional(&mut *conn)
            .await?;
    let conv_id = match existing {
        Some((id,)) => crate::util::uuid(&id),
        None => {
            let id = Uuid::now_v7();
            sqlx::query(
                "INSERT INTO conversations (id, shop_id, order_id, buyer_id, subject, last_message_at, version) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)",
            )
            .bind(id.to_string())
            .bind(shop.to_string())
            .bind(order_id.to_string())
            .bind(&buyer_id)
            .bind(format!("#{}", &order_id.simple().to_string()[..8]))
            .bind(&changes.at)
            .execute(&mut *conn)
            .await?;
            id
        }
    };
    let msg_id = Uuid::now_v7();
    sqlx::query(
        "INSERT INTO messages (id, conversation_id, author, body, locale, sent_at, member_id) \
         VALUES (?1, ?2, 'buyer', ?3, ?4, ?5, NULL)",
    )
    .bind(msg_id.to_string())
    .bind(conv_id.to_string())
    .bind(body)
    .bind(&locale)
    .bind(&changes.at)
    .execute(&mut *conn)
    .await?;
    let msg = store::message(conn, msg_id)
        .await?
        .ok_or_else(|| ApiError::not_found("message"))?;
    changes.push(
        None,
        None,
        Stream::Messages,
        "message",
        msg_id,
        ChangeKind::Upsert,
        1,
        &msg,
    );
    if let Some(conv) = store::conversation(conn, shop, conv_id).await? {
        ops::touch_conversation(conn, &mut changes, None, None, conv).await?;
    }
    changes.flush(conn).await?;
    w.commit().await?;
    Ok(msg)
}

/// The buyer of `req.order_id` opens a dispute on it (sandbox only).
pub async fn buyer_disputes(
    state: &AppState,
    shop: Uuid,
    req: &SimDispute,
) -> Result<Dispute, ApiError> {
    let mut w = state.begin_write().await?;
    let conn = &mut *w.tx;
    let mut changes = Changes::new(shop, now_ts());
    let row: Option<(String, String, String)> = sqlx::query_as(
        "SELECT o.buyer_id, b.country, o.state FROM orders o JOIN buyers b ON b.id = o.buyer_id \
         WHERE o.id = ?1 AND o.shop_id = ?2",
    )
    .bind(req.order_id.to_string())
    .bind(shop.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    let Some((buyer_id, country, order_state)) = row else {
        return Err(ApiError::not_found("order"));
    };
    let open: Option<(String,)> = sqlx::query_as("SELECT id FROM disputes WHERE order_id = ?1")
        .bind(req.order_id.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    if open.is_some() || !matches!(order_state.as_str(), "paid" | "shipped" | "delivered") {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            codes::ILLEGAL_TRANSITION,
            "the order cannot be disputed",
        ));
    }
    let (reason, text) = market(&country)
        .and_then(|m| m.disputes.first().copied())
        .unwrap_or(("not_received", "I have not received my order."));
    let reason = req.reason.clone().unwrap_or_else(|| reason.to_owned());
    let text = req.statement.clone().unwrap_or_else(|| text.to_owned());
    let id = Uuid::now_v7();
    sqlx::query(
        "INSERT INTO disputes (id, shop_id, order_id, buyer_id, state, reason, buyer_message, opened_at, version) \
         VALUES (?1, ?2, ?3, ?4, 'open', ?5, ?6, ?7, 1)",
    )
    .bind(id.to_string())
    .bind(shop.to_string())
    .bind(req.order_id.to_string())
    .bind(&buyer_id)
    .bind(&reason)
    .bind(&text)
    .bind(&changes.at)
    .execute(&mut *conn)
    .await?;
    let d = store::dispute(conn, shop, id)
        .await?
        .ok_or_else(|| ApiError::not_found("dispute"))?;
    changes.push(
        None,
        None,
        Stream::Disputes,
        "dispute",
        id,
        ChangeKind::Upsert,
        1,
        &d,
    );
    changes.flush(conn).await?;
    w.commit().await?;
    Ok(d)
}

/// The marketplace resolves a dispute; in the buyer's favour the order is refunded.
pub async fn resolve_dispute(
    state: &AppState,
    shop: Uuid,
    id: Uuid,
    r: DisputeResolution,
) -> Result<Dispute, ApiError> {
    let mut w = state.begin_write().await?;
    let conn = &mut *w.tx;
    let mut changes = Changes::new(shop, now_ts());
    let d = store::dispute(conn, shop, id)
        .await?
        .ok_or_else(|| ApiError::not_found("dispute"))?;
    if matches!(
        d.state,
        DisputeState::ResolvedBuyer | DisputeState::ResolvedSeller
    ) {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            codes::ILLEGAL_TRANSITION,
            "the dispute is already resolved",
        ));
    }
    let next = match r.in_favour_of {
        MessageAuthor::Buyer => DisputeState::ResolvedBuyer,
        MessageAuthor::Seller => DisputeState::ResolvedSeller,
    };
    let version = d.version + 1;
    sqlx::query("UPDATE disputes SET state = ?2, resolution = ?3, version = ?4 WHERE id = ?1")
        .bind(id.to_string())
        .bind(next.as_str())
        .bind(&r.note)
        .bind(version)
        .execute(&mut *conn)
        .await?;
    if next == DisputeState::ResolvedBuyer
        && let Some(o) = store::order(conn, shop, d.order_id).await?
        && o.state != OrderState::Refunded
        && o.state != OrderState::Cancelled
    {
        ops::set_order_state(conn, &mut changes, None, None, o, OrderState::Refunded).await?;
    }
    let d = store::dispute(conn, shop, id)
        .await?
        .ok_or_else(|| ApiError::not_found("dispute"))?;
    changes.push(
        None,
        None,
        Stream::Disputes,
        "dispute",
        id,
        ChangeKind::Upsert,
        version,
        &d,
    );
    changes.flush(conn).await?;
    w.commit().await?;
    Ok(d)
}

/// The background buyer loop of `--simulate`: one event per shop per tick.
pub async fn simulate_forever(state: AppState, every: std::time::Duration) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let shops: Vec<(String,)> =
            match sqlx::query_as("SELECT id FROM shops ORDER BY created_at, id")
                .fetch_all(state.pool())
                .await
            {
                Ok(s) => s,
                Err(e) => {
                    tracing::warn!(error = %e, "simulator: listing shops failed");
                    continue;
                }
            };
        for (shop,) in shops {
            let seed = state.next_sim_seed();
            match run(&state, crate::util::uuid(&shop), seed, 1).await {
                Ok(ev) => {
                    for e in ev {
                        tracing::info!(kind = %e.kind, country = %e.country, "simulated buyer event");
                    }
                }
                Err(e) => tracing::warn!(code = %e.body.code, "simulator step failed"),
            }
        }
    }
}
