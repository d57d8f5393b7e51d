//! The marketplace rules checker: each forbidden pattern, and the numbers
//! sellers write every day that must not be mistaken for contact details.

use shopkeeper_messages::rules::{Rules, Violation, ViolationCode, check};

fn found(text: &str) -> Vec<(ViolationCode, String)> {
    check(text, &Rules::default())
        .into_iter()
        .map(|v| (v.code, v.matched))
        .collect()
}

fn assert_one(text: &str, code: ViolationCode, matched: &str) {
    assert_eq!(found(text), vec![(code, matched.to_owned())], "in {text:?}");
}

fn assert_clean(text: &str) {
    assert_eq!(found(text), vec![], "in {text:?}");
}

use ViolationCode::{Email, Link, Messenger, Phone};

#[test]
fn international_phone_numbers() {
    assert_one("Call me: +55 11 98765-4321 ok?", Phone, "+55 11 98765-4321");
    assert_one("+7 (912) 345-67-89", Phone, "+7 (912) 345-67-89");
    assert_one("mi número +34 612 34 56 78.", Phone, "+34 612 34 56 78");
    assert_one("WA +62 812-3456-7890", Phone, "+62 812-3456-7890");
    assert_one("+33 6 12 34 56 78", Phone, "+33 6 12 34 56 78");
    assert_one("tel.+48 512 345 678", Phone, "+48 512 345 678");
    assert_one("+1 (415) 555-2671", Phone, "+1 (415) 555-2671");
    assert_one("0055 11 98765 4321", Phone, "0055 11 98765 4321");
    assert_one("+5511987654321", Phone, "+5511987654321");
}

#[test]
fn national_phone_numbers_of_each_market() {
    // BR
    assert_one("(11) 98765-4321", Phone, "(11) 98765-4321");
    assert_one("me chama no 11 98765-4321", Phone, "11 98765-4321");
    assert_one("11987654321", Phone, "11987654321");
    assert_one("fixo 3456-7890", Phone, "3456-7890");
    // RU
    assert_one("8 (912) 345-67-89", Phone, "8 (912) 345-67-89");
    assert_one("звоните 89123456789", Phone, "89123456789");
    assert_one("8-912-345-67-89", Phone, "8-912-345-67-89");
    // ES
    assert_one("llámame al 612 34 56 78", Phone, "612 34 56 78");
    assert_one("612345678", Phone, "612345678");
    // ID
    assert_one("hubungi 0812-3456-7890", Phone, "0812-3456-7890");
    assert_one("081234567890", Phone, "081234567890");
    // FR
    assert_one("appelez le 06 12 34 56 78", Phone, "06 12 34 56 78");
    assert_one("06.12.34.56.78", Phone, "06.12.34.56.78");
    assert_one("0612345678", Phone, "0612345678");
    // PL
    assert_one("zadzwoń 512 345 678", Phone, "512 345 678");
    assert_one("512-345-678", Phone, "512-345-678");
    // US
    assert_one("(415) 555-2671", Phone, "(415) 555-2671");
    assert_one("415-555-2671", Phone, "415-555-2671");
    assert_one("415.555.2671", Phone, "415.555.2671");
    assert_one("4155552671", Phone, "4155552671");
    assert_one("1-800-555-0199", Phone, "1-800-555-0199");
}

#[test]
fn phone_numbers_spelled_digit_by_digit_or_hidden_with_invisible_characters() {
    assert_one("9 8 7 6 5 4 3 2 1 0", Phone, "9 8 7 6 5 4 3 2 1 0");
    let hidden = "+7 912\u{200B}345 67 89";
    let v = check(hidden, &Rules::default());
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].code, Phone);
    assert_eq!(v[0].matched, hidden, "offsets cover the original text");
}

#[test]
fn order_numbers_are_not_phone_numbers() {
    assert_clean("Your order 8123456789012345 has shipped");
    assert_clean("8123456789012345");
    assert_clean("Order #SK-10234 is ready");
    assert_clean("pedido 81234567890 enviado");
    assert_clean("Pedido nº 612345678");
    assert_clean("номер заказа: 89123456789");
    assert_clean("zamówienie nr 512345678");
    assert_clean("commande n° 0612345678");
    assert_clean("pesanan 081234567890");
    assert_clean("#4155552671");
    assert_clean("SKU-612345678");
    assert_clean("ref. 2024-0012345");
    assert_clean("invoice INV-2025-000123");
}

#[test]
fn tracking_numbers_are_not_phone_numbers() {
    assert_clean("RR473124829DE");
    assert_clean("tracking: LP00123456789012");
    assert_clean("Código de rastreio LB123456789CN");
    assert_clean("трек-номер 80012345678901");
    assert_clean("USPS 9400 1000 0000 0000 0000 00");
    assert_clean("resi JP1234567890");
}

#[test]
fn prices_are_not_phone_numbers() {
    assert_clean("R$ 1.234,56");
    assert_clean("Total: R$ 1.234.567,89");
    assert_clean("1 234,50 ₽");
    assert_clean("12 345 678 ₽");
    assert_clean("123 456 789 руб.");
    assert_clean("Rp 150.000.000");
    assert_clean("Rp150.000.000");
    assert_clean("1.234.567,89 €");
    assert_clean("12 345 678,90 zł");
    assert_clean("$1,234,567.89");
    assert_clean("USD 123456789");
    assert_clean("It costs 123 456 789 rupiah");
}

#[test]
fn dates_sizes_and_decimals_are_not_phone_numbers() {
    assert_clean("Ships by 2026-03-05");
    assert_clean("entrega 05/03/2026 – 12/03/2026");
    assert_clean("с 05.03.2026 по 12.03.2026");
    assert_clean("05.03-12.03.2026");
    assert_clean("1990-2020");
    assert_clean("EU 42, size 38-40");
    assert_clean("sizes 36 38 40 42 44 46");
    assert_clean("rozmiary 36/38/40/42");
    assert_clean("3.14159265");
    assert_clean("weight 0.45 kg, 12.5 x 30 x 45 cm");
    assert_clean("10:30-12:00");
    assert_clean("ISO 9001:2015");
}

#[test]
fn everyday_numbers_in_each_language_are_not_phone_numbers() {
    assert_clean("Entregamos em 7 a 15 dias úteis. CEP 01310-100.");
    assert_clean("CPF 123.456.789-09");
    assert_clean("Размер 46-48, рост 170-176, индекс 101000");
    assert_clean("Envío en 24/48 h, código postal 28013");
    assert_clean("kod pocztowy 00-950, NIP 123-456-32-18");
    assert_clean("IBAN PL61 1090 1014 0000 0712 1981 2874");
    assert_clean("MOQ 10000 pcs, 30x40x50 cm, 15% off");
    assert_clean("Pengiriman 2-3 hari kerja, berat 1.5 kg");
    assert_clean("Livraison sous 3 à 5 jours, taille 38/40");
    assert_clean("Model 2024, batch 20240305");
}

#[test]
fn email_addresses() {
    assert_one(
        "write to ana.silva@gmail.com please",
        Email,
        "ana.silva@gmail.com",
    );
    assert_one("иван@почта.рф", Email, "иван@почта.рф");
    assert_one("ana @ gmail.com", Email, "ana @ gmail.com");
    assert_one("mailto:ana@example.com", Email, "mailto:ana@example.com");
}

#[test]
fn obfuscated_email_addresses() {
    assert_one("ana at gmail dot com", Email, "ana at gmail dot com");
    assert_one(
        "ana [at] gmail [dot] com",
        Email,
        "ana [at] gmail [dot] com",
    );
    assert_one("ana(at)mail(dot)ru", Email, "ana(at)mail(dot)ru");
    assert_one(
        "ana arroba gmail ponto com",
        Email,
        "ana arroba gmail ponto com",
    );
    assert_one(
        "ivan собака mail точка ru",
        Email,
        "ivan собака mail точка ru",
    );
    assert_one("jan małpa wp kropka pl", Email, "jan małpa wp kropka pl");
    assert_one(
        "marie arobase orange point fr",
        Email,
        "marie arobase orange point fr",
    );
    assert_one("ana at gmail.com", Email, "ana at gmail.com");
    assert_one("ana{at}yahoo.es", Email, "ana{at}yahoo.es");
}

#[test]
fn words_that_look_a_little_like_emails_are_fine() {
    assert_clean("I will be at home tomorrow");
    assert_clean("Look at the photo. It shows the size");
    assert_clean("we are at 50% of stock, the point is clear");
    assert_clean("@ 2 pcs");
}

#[test]
fn outside_links() {
    assert_one(
        "see https://shop.example.com/item?id=5",
        Link,
        "https://shop.example.com/item?id=5",
    );
    assert_one("http://evil.example", Link, "http://evil.example");
    assert_one("www.minhaloja.com.br.", Link, "www.minhaloja.com.br");
    assert_one("buy at shop.example.com!", Link, "shop.example.com");
    assert_one("магазин.рф", Link, "магазин.рф");
    assert_one("HTTPS://EXAMPLE.COM", Link, "HTTPS://EXAMPLE.COM");
    assert_one(
        "sklep.pl/oferta/123456789",
        Link,
        "sklep.pl/oferta/123456789",
    );
}

#[test]
fn hidden_characters_do_not_sneak_a_link_through() {
    let text = "shop\u{200B}.example.com";
    let v = check(text, &Rules::default());
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].code, Link);
    assert_eq!(v[0].matched, text);
}

#[test]
fn messenger_contacts() {
    assert_one("wa.me/5511987654321", Messenger, "wa.me/5511987654321");
    assert_one(
        "https://t.me/shopkeeper_ru",
        Messenger,
        "https://t.me/shopkeeper_ru",
    );
    assert_one(
        "tg://resolve?domain=shop",
        Messenger,
        "tg://resolve?domain=shop",
    );
    assert_one("Telegram: @best_shop", Messenger, "Telegram: @best_shop");
    assert_one(
        "пиши в телеграм @best_shop",
        Messenger,
        "телеграм @best_shop",
    );
    assert_one("insta @loja.da.ana", Messenger, "insta @loja.da.ana");
    assert_one(
        "chat.whatsapp.com/AbCdEf",
        Messenger,
        "chat.whatsapp.com/AbCdEf",
    );
    assert_one(
        "viber://chat?number=%2B48512345678",
        Messenger,
        "viber://chat?number=%2B48512345678",
    );
    assert_one("tel:+5511987654321", Phone, "tel:+5511987654321");
}

#[test]
fn allowed_domains_and_rules_per_marketplace() {
    let rules = Rules::strict(&["marketplace.example", "track.example"]);
    assert!(check("https://marketplace.example/order/8123456789012345", &rules).is_empty());
    assert!(check("https://m.marketplace.example/x", &rules).is_empty());
    assert!(check("track it: https://track.example/RR473124829DE", &rules).is_empty());
    // A look-alike is not the marketplace.
    assert_eq!(
        check("https://marketplace.example.evil.com", &rules).len(),
        1
    );
    assert_eq!(check("https://evilmarketplace.example", &rules).len(), 1);
    // A phone number in an allowed link is part of the link.
    assert!(check("https://marketplace.example/u/5511987654321", &rules).is_empty());

    let links_ok = Rules {
        forbid_links: false,
        ..Rules::default()
    };
    assert!(check("https://shop.example.com", &links_ok).is_empty());
    assert_eq!(check("ana@gmail.com +55 11 98765-4321", &links_ok).len(), 2);
    assert!(
        check(
            "ana@gmail.com +55 11 98765-4321 wa.me/1",
            &Rules::permissive()
        )
        .is_empty()
    );
}

#[test]
fn several_violations_in_text_order_with_offsets() {
    let text = "Olá! Meu zap (11) 98765-4321, e-mail ana@gmail.com, loja www.loja.com.br";
    let v: Vec<Violation> = check(text, &Rules::default());
    let codes: Vec<ViolationCode> = v.iter().map(|v| v.code).collect();
    assert_eq!(codes, [Phone, Email, Link]);
    for x in &v {
        assert_eq!(&text[x.start..x.end], x.matched);
        let utf16: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(
            String::from_utf16_lossy(&utf16[x.utf16_start..x.utf16_end]),
            x.matched
        );
    }
    assert_eq!(v[0].matched, "(11) 98765-4321");
}

#[test]
fn a_real_reply_passes() {
    assert_clean(
        "Olá, Ana! Seu pedido 8123456789012345 foi enviado. O código de rastreio é \
         RR473124829DE. Valor: R$ 1.234,56, entrega até 05/03/2026. Tamanho EU 42 (38-40).",
    );
    assert_clean(
        "Здравствуйте! Заказ №81234567 отправлен 05.03.2026, сумма 1 234,50 ₽, размер 48-50.",
    );
    assert_clean("您好！订单 8123456789012345 已发货，运单号 RR473124829DE，金额 ¥1,234.56。");
}

#[test]
fn every_built_in_reply_passes_strict_rules_in_every_language() {
    use shopkeeper_messages::replies::{BUILTIN_TEMPLATES, REPLY_LANGUAGES, Replies, Value, Vars};
    let replies = Replies::builtin().expect("built-ins parse");
    let rules = Rules::strict(&["track.example"]);
    let date = time::Date::from_calendar_date(2026, time::Month::December, 24).expect("date");
    for (minor, currency) in [
        (123_456_789, "BRL"),
        (1_234_567_890, "IDR"),
        (98_765_432, "RUB"),
    ] {
        let vars = Vars::from([
            ("buyer_name".into(), Value::text("Ana Souza")),
            ("order_number".into(), Value::text("8123456789012345")),
            ("tracking_number".into(), Value::text("RR473124829DE")),
            (
                "tracking_link".into(),
                Value::text("https://track.example/RR473124829DE"),
            ),
            ("ship_by".into(), Value::date(date)),
            ("days".into(), Value::number(14)),
            ("amount".into(), Value::money(minor, currency)),
        ]);
        for id in BUILTIN_TEMPLATES {
            for lang in REPLY_LANGUAGES {
                let text = replies.render(id, lang, &vars).expect("renders").text;
                assert_eq!(check(&text, &rules), vec![], "{id}/{lang}: {text}");
            }
        }
    }
    // Without the carrier allow-listed, the tracking link is what must go.
    let vars = Vars::from([
        ("buyer_name".into(), Value::text("Ana")),
        ("order_number".into(), Value::text("8123456789012345")),
        ("tracking_number".into(), Value::text("RR473124829DE")),
        (
            "tracking_link".into(),
            Value::text("https://track.example/RR473124829DE"),
        ),
    ]);
    let text = replies
        .render("tracking-update", "pt-BR", &vars)
        .expect("renders")
        .text;
    let found: Vec<_> = check(&text, &Rules::default())
        .into_iter()
        .map(|v| (v.code, v.matched))
        .collect();
    assert_eq!(
        found,
        vec![(Link, "https://track.example/RR473124829DE".to_owned())]
    );
}
