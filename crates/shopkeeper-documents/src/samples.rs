//! Sample shipments for demos, tests and benchmarks: a Brazilian (Latin), a Russian
//! (Cyrillic) and a Chinese address, each from a seller in another country, so labels
//! carry customs forms.

use rust_decimal::Decimal;

use crate::customs::{Category, CustomsDeclaration, CustomsItem, NonDelivery, SdrRate};
use crate::model::{Address, Carrier, CarrierKind, Money, OrderLine, Parcel, Shipment, Totals};
use crate::s10;

/// SDR rates as the app would store them (value per 1 SDR, with date and source).
pub fn sdr_rates() -> Vec<SdrRate> {
    let r = |c: &str, v: i64, scale: u32| SdrRate {
        currency: c.into(),
        per_sdr: Decimal::new(v, scale),
        date: "2026-11-20".into(),
        source: "IMF SDR valuation (sample)".into(),
    };
    vec![
        r("USD", 13_5012, 4),
        r("EUR", 1_2345, 4),
        r("BRL", 7_8031, 4),
        r("RUB", 13_395, 2),
        r("CNY", 9_6120, 4),
    ]
}

fn seller() -> Address {
    Address {
        name: "Hangzhou Silk Workshop".into(),
        company: Some("Li Wei Trading Co.".into()),
        street: vec!["88 Wensan Road, Xihu District".into()],
        district: None,
        city: "Hangzhou".into(),
        region: Some("Zhejiang".into()),
        postal_code: "310012".into(),
        country: "CN".into(),
        phone: Some("+86 571 8888 0000".into()),
    }
}

fn german_seller() -> Address {
    Address {
        name: "Anna Schmidt".into(),
        company: Some("Handwerk & Seide GmbH".into()),
        street: vec!["Hauptstraße 5".into()],
        city: "Berlin".into(),
        postal_code: "10115".into(),
        country: "DE".into(),
        ..Address::default()
    }
}

fn line(
    sku: &str,
    title: &str,
    variant: Option<&str>,
    qty: u32,
    price: i64,
    cur: &str,
    loc: &str,
) -> OrderLine {
    OrderLine {
        sku: sku.into(),
        title: title.into(),
        variant: variant.map(str::to_owned),
        quantity: qty,
        unit_price: Money::new(price, cur),
        location: Some(loc.into()),
    }
}

fn item(desc: &str, qty: u32, g: u32, value: i64, cur: &str, hs: &str, sku: &str) -> CustomsItem {
    CustomsItem {
        description_en: Some(desc.into()),
        description_fr: None,
        quantity: qty,
        net_weight_g: Some(g),
        value: Some(Money::new(value, cur)),
        hs_code: Some(hs.into()),
        hs_edition: Some("HS2022".into()),
        origin_country: Some("CN".into()),
        sku: Some(sku.into()),
    }
}

fn declaration(items: Vec<CustomsItem>, cur: &str, gross: u32) -> CustomsDeclaration {
    CustomsDeclaration {
        category: Some(Category::SaleOfGoods),
        items,
        gross_weight_g: Some(gross),
        currency: cur.into(),
        postage_fees: Some(Money::new(1_250, cur)),
        sender_reference: Some("CN913301067XXXX".into()),
        importer_reference: Some("CPF 123.456.789-09".into()),
        importer_contact: Some("+55 11 91234-5678".into()),
        invoice_number: Some("INV-2026-0042".into()),
        licences: vec![],
        certificates: vec![],
        non_delivery: Some(NonDelivery::ReturnToSender),
        comments: None,
        date: Some("2026-11-21".into()),
        signature_name: Some("Li Wei".into()),
        ..CustomsDeclaration::default()
    }
}

/// A parcel to Brazil (Latin script), China Post, CN22-sized.
pub fn brazil(n: u32) -> Shipment {
    let lines = vec![
        line(
            "SCARF-RED-90",
            "Silk scarf",
            Some("Red, 90×90 cm"),
            2,
            2_450,
            "USD",
            "A-01-3",
        ),
        line(
            "FAN-BAMBOO",
            "Bamboo hand fan",
            None,
            1,
            890,
            "USD",
            "B-12-1",
        ),
    ];
    Shipment {
        order_number: format!("BR-{n:06}"),
        order_date: "2026-11-20".into(),
        sender: seller(),
        shop_name: "Hangzhou Silk Workshop".into(),
        recipient: Address {
            name: "Ana Souza".into(),
            company: None,
            street: vec!["Rua das Flores, 123, apto 45".into()],
            district: Some("Jardim Paulista".into()),
            city: "São Paulo".into(),
            region: Some("SP".into()),
            postal_code: "01415-001".into(),
            country: "BR".into(),
            phone: Some("+55 11 91234-5678".into()),
        },
        buyer_locale: "pt-BR".into(),
        lines,
        totals: Totals {
            subtotal: Money::new(5_790, "USD"),
            shipping: Money::new(1_250, "USD"),
            total: Money::new(7_040, "USD"),
        },
        parcel: Parcel {
            weight_g: 320,
            dimensions_mm: Some((250, 180, 40)),
        },
        carrier: Carrier {
            name: "China Post".into(),
            service: Some("Registered Air Mail".into()),
            kind: CarrierKind::Post,
        },
        tracking: s10::make("RR", 10_000_000 + n % 89_999_999, "CN")
            .unwrap_or_else(|| "RR473124829DE".into()),
        customs: Some(declaration(
            vec![
                item(
                    "Silk scarves, women's, 2 pcs",
                    2,
                    160,
                    4_900,
                    "USD",
                    "6214.10",
                    "SCARF-RED-90",
                ),
                item(
                    "Bamboo hand fan",
                    1,
                    90,
                    890,
                    "USD",
                    "4602.19",
                    "FAN-BAMBOO",
                ),
            ],
            "USD",
            320,
        )),
    }
}

/// A parcel to Russia (Cyrillic), declared above 300 SDR so it takes a CN23.
pub fn russia(n: u32) -> Shipment {
    let mut s = brazil(n);
    s.order_number = format!("RU-{n:06}");
    s.buyer_locale = "ru-RU".into();
    s.recipient = Address {
        name: "Иванов Иван Петрович".into(),
        company: None,
        street: vec!["ул. Баумана, д. 12, кв. 34".into()],
        district: None,
        city: "Казань".into(),
        region: Some("Республика Татарстан".into()),
        postal_code: "420111".into(),
        country: "RU".into(),
        phone: Some("+7 843 123-45-67".into()),
    };
    s.lines = vec![line(
        "TEA-SET-6",
        "Чайный сервиз, фарфор",
        Some("6 персон"),
        1,
        4_890_000,
        "RUB",
        "C-04-2",
    )];
    s.totals = Totals {
        subtotal: Money::new(4_890_000, "RUB"),
        shipping: Money::new(99_000, "RUB"),
        total: Money::new(4_989_000, "RUB"),
    };
    s.tracking = s10::make("RA", 20_000_000 + n % 79_999_999, "CN")
        .unwrap_or_else(|| "RR473124829DE".into());
    let mut d = declaration(
        vec![item(
            "Porcelain tea set, 6 persons",
            1,
            1_800,
            4_890_000,
            "RUB",
            "6911.10.00",
            "TEA-SET-6",
        )],
        "RUB",
        2_400,
    );
    d.importer_reference = Some("ИНН 7707083893".into());
    d.importer_contact = Some("+7 843 123-45-67".into());
    s.customs = Some(d);
    s.parcel = Parcel {
        weight_g: 2_400,
        dimensions_mm: None,
    };
    s
}

/// A parcel to China (Chinese script) from a German seller, express carrier.
pub fn china(n: u32) -> Shipment {
    Shipment {
        order_number: format!("CN-{n:06}"),
        order_date: "2026-11-21".into(),
        sender: german_seller(),
        shop_name: "Handwerk & Seide".into(),
        recipient: Address {
            name: "张伟".into(),
            company: None,
            street: vec!["中关村大街1号 海龙大厦 1201室".into()],
            district: Some("海淀区".into()),
            city: "北京市".into(),
            region: Some("北京市".into()),
            postal_code: "100080".into(),
            country: "CN".into(),
            phone: Some("+86 138 0013 8000".into()),
        },
        buyer_locale: "zh-CN".into(),
        lines: vec![line(
            "MUG-STONE",
            "Steinzeug-Becher",
            Some("Blau"),
            3,
            1_900,
            "EUR",
            "A-01-3",
        )],
        totals: Totals {
            subtotal: Money::new(5_700, "EUR"),
            shipping: Money::new(1_500, "EUR"),
            total: Money::new(7_200, "EUR"),
        },
        parcel: Parcel {
            weight_g: 1_150,
            dimensions_mm: Some((300, 200, 150)),
        },
        carrier: Carrier {
            name: "DHL Express".into(),
            service: Some("Worldwide".into()),
            kind: CarrierKind::Express,
        },
        tracking: format!("JD{:018}", 14_600_000_000_000_000u64 + u64::from(n)),
        customs: Some({
            let mut d = declaration(
                vec![item(
                    "Stoneware mugs, 3 pcs",
                    3,
                    900,
                    5_700,
                    "EUR",
                    "6912.00",
                    "MUG-STONE",
                )],
                "EUR",
                1_150,
            );
            d.items[0].origin_country = Some("DE".into());
            d.importer_reference = Some("110101199003077777".into());
            d.signature_name = Some("Anna Schmidt".into());
            d
        }),
    }
}
