//! Golden tests: real PDFs rendered by poppler at 300 dpi and scanned by zbar; real ZPL
//! checked structurally. Tools missing = failure, not skip.
#![allow(clippy::unwrap_used)]

mod common;

use std::sync::atomic::{AtomicBool, Ordering};

use common::*;
use shopkeeper_documents::code128::{Code128, Part};
use shopkeeper_documents::customs::Form;
use shopkeeper_documents::fonts::FontSet;
use shopkeeper_documents::model::CarrierKind;
use shopkeeper_documents::pdf::{self, Context, PdfOptions};
use shopkeeper_documents::samples::{brazil, china, russia, sdr_rates};
use shopkeeper_documents::{DocError, Shipment, picklist, prepare, zpl};

fn ctx<'a>(fonts: &'a FontSet, rates: &'a [shopkeeper_documents::customs::SdrRate]) -> Context<'a> {
    Context {
        fonts,
        sdr_rates: rates,
        pdf: PdfOptions::default(),
    }
}

fn label_scans(s: &Shipment, name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let fonts = fonts();
    let rates = sdr_rates();
    let bytes = pdf::label_pdf(s, &ctx(&fonts, &rates)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), name, &bytes);
    assert_eq!(pages(&path), vec![(288.0, 432.0)], "one 4x6 page");
    let png = render(&path, 1, 300);
    assert_eq!(
        scan(&png),
        vec![s.tracking.clone()],
        "barcode decodes to the tracking number"
    );
    (dir, path)
}

#[test]
fn latin_label_scans_and_shows_the_brazilian_address() {
    let s = brazil(1);
    let (_d, path) = label_scans(&s, "br.pdf");
    let t = text(&path, None);
    for want in [
        "Ana Souza",
        "São Paulo - SP",
        "CEP 01415-001",
        "BRAZIL",
        "Order BR-000001",
        "CN 22",
        "China Post",
    ] {
        assert!(t.contains(want), "{want:?} not in label text:\n{t}");
    }
}

#[test]
fn cyrillic_label_scans_and_renders_real_cyrillic_glyphs() {
    let s = russia(2);
    let (_d, path) = label_scans(&s, "ru.pdf");
    let t = text(&path, None);
    for want in [
        "Иванов Иван Петрович",
        "ул. Баумана, д. 12, кв. 34",
        "Казань",
        "Республика Татарстан",
        "420111",
        "RUSSIAN FEDERATION",
        "CN 23",
    ] {
        assert!(t.contains(want), "{want:?} not in label text:\n{t}");
    }
    let f = fonts_listed(&path);
    assert!(f.contains("DejaVuSans"), "{f}");
    assert!(
        f.lines().skip(2).all(|l| l.contains(" yes ")),
        "every font embedded:\n{f}"
    );
    // Ink where the recipient block is (between the rules at 120 and 274 pt).
    let img = gray(&path, 1, 72);
    assert!(
        ink(&img, 72, 10.0, 136.0, 268.0, 120.0) > 800,
        "recipient block has ink"
    );
}

#[test]
fn chinese_label_scans_and_renders_real_chinese_glyphs() {
    let s = china(3);
    let (_d, path) = label_scans(&s, "cn.pdf");
    let t = text(&path, None);
    for want in [
        "北京市海淀区",
        "中关村大街1号",
        "张伟",
        "100080",
        "CHINA",
        "DHL Express",
    ] {
        assert!(t.contains(want), "{want:?} not in label text:\n{t}");
    }
    let f = fonts_listed(&path);
    assert!(
        f.contains("DroidSansFallback"),
        "the CJK fallback font is embedded:\n{f}"
    );
    assert!(
        f.lines().skip(2).all(|l| l.contains(" yes ")),
        "every font embedded:\n{f}"
    );
    let img = gray(&path, 1, 72);
    // The recipient's name line alone (Chinese only) has ink.
    assert!(ink(&img, 72, 16.0, 160.0, 120.0, 40.0) > 100);
}

#[test]
fn code_set_c_digits_render_and_scan() {
    let mut s = china(4);
    s.tracking = "12345678901234".into();
    let c = Code128::encode(&s.tracking).unwrap();
    assert_eq!(
        c.parts[0],
        Part::StartC,
        "all-digit even run starts in set C"
    );
    assert_eq!(
        c.modules(),
        (1 + 7 + 1) * 11 + 13,
        "7 pairs: far shorter than 14 chars in B"
    );
    label_scans(&s, "digits.pdf");
    // Mixed: letters, an odd run of digits (first in B), then set C.
    s.tracking = "AB1234567".into();
    let c = Code128::encode(&s.tracking).unwrap();
    assert!(c.parts.contains(&Part::ToC));
    label_scans(&s, "mixed.pdf");
}

#[test]
fn barcode_modules_are_whole_dots_at_the_printer_resolution() {
    let fonts = fonts();
    let rates = sdr_rates();
    let s = brazil(5);
    for dpi in [203u32, 300, 600] {
        let c = Context {
            fonts: &fonts,
            sdr_rates: &rates,
            pdf: PdfOptions { printer_dpi: dpi },
        };
        let bytes = pdf::label_pdf(&s, &c).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "l.pdf", &bytes);
        let png = render(&path, 1, dpi);
        assert_eq!(scan(&png), vec![s.tracking.clone()], "scans at {dpi} dpi");
        // Bars measured on the printer grid: every run of dark pixels along the middle of
        // the barcode is a whole multiple of the narrowest bar.
        let img = gray(&path, 1, dpi);
        let y = (320.0 * dpi as f32 / 72.0) as usize;
        let row = &img.2[y * img.0..(y + 1) * img.0];
        // Inside the label's border (at 4 pt): from 6 pt to 282 pt.
        let px = |pt: f32| (pt * dpi as f32 / 72.0) as usize;
        let inner = &row[px(6.0)..px(282.0)];
        let mut runs = Vec::new();
        let mut cur = 0usize;
        for p in inner {
            if *p < 128 {
                cur += 1;
            } else if cur > 0 {
                runs.push(cur);
                cur = 0;
            }
        }
        let unit = *runs.iter().min().unwrap();
        assert!(unit >= 2, "at least two dots per module at {dpi} dpi");
        assert!(
            runs.iter().all(|r| r % unit == 0),
            "bars snapped at {dpi} dpi: {runs:?}"
        );
        // Quiet zone: at least 10 modules of white before the first and after the last bar.
        let lead = inner.iter().position(|p| *p < 128).unwrap();
        let trail = inner.iter().rev().position(|p| *p < 128).unwrap();
        assert!(
            lead >= 10 * unit && trail >= 10 * unit,
            "quiet zones {lead}/{trail} px, module {unit} px"
        );
    }
}

#[test]
fn a_tracking_number_too_long_for_readable_bars_is_refused() {
    let fonts = fonts();
    let rates = sdr_rates();
    let mut s = china(30);
    s.tracking = "AB".repeat(20);
    let e = pdf::label_pdf(&s, &ctx(&fonts, &rates)).unwrap_err();
    assert_eq!(e.code(), "label-barcode-too-wide");
    let p = prepare(&s, &rates, &fonts).unwrap();
    let opts = zpl::ZplOptions {
        dpi: zpl::Dpi::D203,
        font: zpl::ZplFont::Resident("E:ANMDJ.TTF".into()),
    };
    assert_eq!(
        zpl::label_zpl(&p, &opts).unwrap_err().code(),
        "label-barcode-too-wide"
    );
}

#[test]
fn a_character_no_font_has_is_an_error_naming_the_field() {
    let fonts = fonts();
    let rates = sdr_rates();
    let mut s = brazil(6);
    s.recipient.street = vec!["Rua 𓀀 5".into()];
    let e = pdf::label_pdf(&s, &ctx(&fonts, &rates)).unwrap_err();
    assert_eq!(e.code(), "label-glyph-missing");
    assert_eq!(
        e.args(),
        vec![
            ("field", "recipient.street".to_owned()),
            ("character", "𓀀".to_owned())
        ]
    );
}

#[test]
fn missing_customs_and_bad_tracking_block_the_label() {
    let fonts = fonts();
    let rates = sdr_rates();
    let mut s = brazil(7);
    s.customs.as_mut().unwrap().items[0].hs_code = None;
    assert_eq!(
        pdf::label_pdf(&s, &ctx(&fonts, &rates)),
        Err(DocError::CustomsIncomplete { count: 1 })
    );
    let mut s = brazil(7);
    s.tracking = "RR473124828DE".into();
    assert_eq!(
        pdf::label_pdf(&s, &ctx(&fonts, &rates)).unwrap_err().code(),
        "tracking-s10-check-digit"
    );
    // An express carrier's own numbering is not S10-checked.
    s.carrier.kind = CarrierKind::Express;
    assert!(pdf::label_pdf(&s, &ctx(&fonts, &rates)).is_ok());
    let mut s = brazil(7);
    s.customs = None;
    assert_eq!(
        pdf::label_pdf(&s, &ctx(&fonts, &rates)).unwrap_err().code(),
        "customs-incomplete"
    );
    let s = brazil(7);
    assert_eq!(
        pdf::label_pdf(&s, &ctx(&fonts, &[])).unwrap_err().code(),
        "customs-sdr-rate-missing"
    );
}

#[test]
fn cn22_fits_a_4x6_page_and_cn23_is_a4() {
    let fonts = fonts();
    let rates = sdr_rates();
    let dir = tempfile::tempdir().unwrap();
    let cn22 = pdf::customs_pdf(&brazil(8), &ctx(&fonts, &rates))
        .unwrap()
        .unwrap();
    let p = write(dir.path(), "cn22.pdf", &cn22);
    assert_eq!(pages(&p), vec![(288.0, 432.0)]);
    let t = text(&p, None);
    for want in [
        "CN 22",
        "Silk scarves, women's, 2 pcs",
        "6214.10",
        "4602.19",
        "49.00",
        "Total value / Valeur totale: 57.90 USD",
        "Li Wei",
    ] {
        assert!(t.contains(want), "{want:?} not in CN22:\n{t}");
    }
    let cn23 = pdf::customs_pdf(&russia(8), &ctx(&fonts, &rates))
        .unwrap()
        .unwrap();
    let p = write(dir.path(), "cn23.pdf", &cn23);
    assert_eq!(pages(&p), vec![(595.0, 842.0)]);
    let t = text(&p, None);
    for want in [
        "CN 23",
        "Porcelain tea set",
        "6911.10.00",
        "ИНН 7707083893",
        "INV-2026-0042",
        "Иванов Иван Петрович",
        "Return to sender",
    ] {
        assert!(t.contains(want), "{want:?} not in CN23:\n{t}");
    }
    let ru = russia(8);
    let p = prepare(&ru, &rates, &fonts).unwrap();
    assert_eq!(p.form, Some(Form::Cn23));
}

#[test]
fn cn23_with_many_items_continues_on_more_pages() {
    let fonts = fonts();
    let rates = sdr_rates();
    let mut s = russia(9);
    let d = s.customs.as_mut().unwrap();
    let it = d.items[0].clone();
    d.items = (0..20)
        .map(|i| {
            let mut x = it.clone();
            x.description_en = Some(format!("Porcelain cup no. {i}"));
            x
        })
        .collect();
    let bytes = pdf::customs_pdf(&s, &ctx(&fonts, &rates)).unwrap().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "cn23.pdf", &bytes);
    assert_eq!(pages(&p).len(), 2);
    assert!(text(&p, Some(1)).contains("Porcelain cup no. 11"));
    assert!(text(&p, Some(2)).contains("Porcelain cup no. 19"));
    assert!(text(&p, Some(2)).contains("Total gross weight"));
}

#[test]
fn packing_slip_is_in_the_buyers_language_with_local_amounts() {
    let fonts = fonts();
    let rates = sdr_rates();
    let dir = tempfile::tempdir().unwrap();
    let br = write(
        dir.path(),
        "br.pdf",
        &pdf::slip_pdf(&brazil(10), &ctx(&fonts, &rates)).unwrap(),
    );
    let t = text(&br, None);
    for want in [
        "Romaneio do pedido",
        "Pedido BR-000010",
        "Obrigado",
        "70,40 USD",
        "24,50 USD",
        "49,00 USD",
    ] {
        assert!(t.contains(want), "{want:?} not in slip:\n{t}");
    }
    let ru = write(
        dir.path(),
        "ru.pdf",
        &pdf::slip_pdf(&russia(10), &ctx(&fonts, &rates)).unwrap(),
    );
    let t = text(&ru, None);
    assert!(
        t.contains("Упаковочный лист") && t.contains("Спасибо за заказ"),
        "{t}"
    );
    assert!(
        t.contains("48 900,00 RUB") || t.contains("48\u{a0}900,00 RUB"),
        "{t}"
    );
    let mut fr = brazil(10);
    fr.buyer_locale = "fr-FR".into();
    let p = write(
        dir.path(),
        "fr.pdf",
        &pdf::slip_pdf(&fr, &ctx(&fonts, &rates)).unwrap(),
    );
    let t = text(&p, None);
    assert!(
        t.contains("Bordereau de livraison") && t.contains("70,40 USD"),
        "{t}"
    );
    let mut pl = brazil(10);
    pl.buyer_locale = "pl".into();
    let p = write(
        dir.path(),
        "pl.pdf",
        &pdf::slip_pdf(&pl, &ctx(&fonts, &rates)).unwrap(),
    );
    assert!(text(&p, None).contains("Dziękujemy za zamówienie"));
    assert!(!t.contains('\u{2068}'), "no isolation marks");
}

#[test]
fn batch_of_three_orders_has_label_customs_slip_each_in_order() {
    let fonts = fonts();
    let rates = sdr_rates();
    let orders = vec![brazil(11), russia(12), china(13)];
    let mut seen = Vec::new();
    let cancel = AtomicBool::new(false);
    let bytes = pdf::batch_pdf(
        &orders,
        &ctx(&fonts, &rates),
        &mut |d, t| seen.push((d, t)),
        &cancel,
    )
    .unwrap();
    assert_eq!(seen, vec![(1, 3), (2, 3), (3, 3)]);
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "batch.pdf", &bytes);
    let sizes = pages(&p);
    let label = (288.0, 432.0);
    let a4 = (595.0, 842.0);
    assert_eq!(
        sizes,
        vec![label, label, a4, label, a4, a4, label, label, a4]
    );
    let expect = [
        (1, "BR-000011", "China Post"),
        (2, "CN 22", "Silk scarves"),
        (3, "Pedido BR-000011", "Romaneio"),
        (4, "RU-000012", "Казань"),
        (5, "CN 23", "Porcelain tea set"),
        (6, "Заказ RU-000012", "Упаковочный"),
        (7, "CN-000013", "张伟"),
        (8, "CN 22", "Stoneware mugs"),
        (9, "订单 CN-000013", "装箱单"),
    ];
    for (page, a, b) in expect {
        let t = text(&p, Some(page));
        assert!(
            t.contains(a) && t.contains(b),
            "page {page} lacks {a:?}/{b:?}:\n{t}"
        );
    }
    for (page, o) in [(1, &orders[0]), (4, &orders[1]), (7, &orders[2])] {
        assert_eq!(
            scan(&render(&p, page, 300)),
            vec![o.tracking.clone()],
            "label on page {page} scans"
        );
    }
}

#[test]
fn batch_cancel_stops_early_and_a_bad_order_stops_before_printing() {
    let fonts = fonts();
    let rates = sdr_rates();
    let orders: Vec<Shipment> = (0..10).map(brazil).collect();
    let cancel = AtomicBool::new(false);
    let mut calls = 0;
    let e = pdf::batch_pdf(
        &orders,
        &ctx(&fonts, &rates),
        &mut |d, _| {
            calls += 1;
            if d == 2 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    )
    .unwrap_err();
    assert_eq!(e.error, DocError::Cancelled);
    assert_eq!(e.index, 2);
    assert_eq!(calls, 2, "stopped at the next order");
    let mut orders: Vec<Shipment> = (0..4).map(brazil).collect();
    orders[2].recipient.postal_code = "999".into();
    let cancel = AtomicBool::new(false);
    let mut calls = 0;
    let e = pdf::batch_pdf(
        &orders,
        &ctx(&fonts, &rates),
        &mut |_, _| calls += 1,
        &cancel,
    )
    .unwrap_err();
    assert_eq!(
        (e.index, e.order_number.as_str(), e.error.code()),
        (2, "BR-000002", "address-postal-code-invalid")
    );
    assert_eq!(
        calls, 0,
        "nothing drawn before every order passed its checks"
    );
}

#[test]
fn pick_list_sums_skus_sorted_by_location_then_sku() {
    let orders = [brazil(1), brazil(2), china(3), russia(4)];
    let rows = picklist::pick_list(&orders);
    let got: Vec<(Option<&str>, &str, u64, usize)> = rows
        .iter()
        .map(|r| (r.location.as_deref(), r.sku.as_str(), r.quantity, r.orders))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some("A-01-3"), "MUG-STONE", 3, 1),
            (Some("A-01-3"), "SCARF-RED-90", 4, 2),
            (Some("B-12-1"), "FAN-BAMBOO", 2, 2),
            (Some("C-04-2"), "TEA-SET-6", 1, 1),
        ]
    );
    let fonts = fonts();
    let bytes = pdf::pick_list_pdf(&rows, orders.len(), "zh-CN", &fonts).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "pick.pdf", &bytes);
    let t = text(&p, None);
    assert!(
        t.contains("拣货单") && t.contains("SCARF-RED-90") && t.contains("订单数：4"),
        "{t}"
    );
}

#[test]
fn zpl_labels_have_the_printer_size_snapped_bars_and_escaped_data() {
    let fonts = fonts();
    let rates = sdr_rates();
    let mut s = brazil(20);
    s.recipient.name = "Evil ^XZ^XA~JA name_\\&".into();
    s.recipient.street = vec!["Rua ~DG^FO0,0 1".into()];
    let p = prepare(&s, &rates, &fonts).unwrap();
    for (dpi, pw, ll) in [(zpl::Dpi::D203, 812, 1218), (zpl::Dpi::D300, 1200, 1800)] {
        let z = zpl::label_zpl(
            &p,
            &zpl::ZplOptions {
                dpi,
                font: zpl::ZplFont::Builtin,
            },
        )
        .unwrap();
        assert!(z.starts_with("^XA\n^CI28\n"), "{z}");
        assert!(z.contains(&format!("^PW{pw}\n^LL{ll}\n")));
        assert_eq!(z.matches("^XA").count(), 1, "no injected format start");
        assert_eq!(z.matches("^XZ").count(), 1, "no injected format end");
        assert!(!z.contains('~'), "tilde commands cannot be injected");
        assert!(z.contains("Evil _5EXZ_5EXA_7EJA name_5F_5C&"), "{z}");
        // Every field with user data is hex-escaped.
        for field in z.split("^FD").skip(1) {
            let data = field.split("^FS").next().unwrap();
            assert!(!data.contains('^'), "{data}");
        }
        // ^BY module width: whole dots, and the quiet zone fits on the label.
        let by = z.split("^BY").nth(1).unwrap();
        let module: u32 = by.split(',').next().unwrap().parse().unwrap();
        assert!(module >= 2);
        let fo = z.split("^BY").nth(1).unwrap().split("^FO").nth(1).unwrap();
        let x: u32 = fo.split(',').next().unwrap().parse().unwrap();
        let sym = p.barcode.modules() * module;
        assert!(
            x >= 10 * module && x + sym + 10 * module <= pw,
            "quiet zone at {pw}: x={x} sym={sym}"
        );
        assert!(z.contains("^BCN,"), "{z}");
        assert!(
            z.contains(&format!("^FD>:RR{}", &s.tracking[2..3])),
            "explicit code sets: {z}"
        );
    }
    // 300 dpi gets wider modules than 203 dpi.
    let m = |dpi| {
        let z = zpl::label_zpl(
            &p,
            &zpl::ZplOptions {
                dpi,
                font: zpl::ZplFont::Builtin,
            },
        )
        .unwrap();
        z.split("^BY")
            .nth(1)
            .unwrap()
            .split(',')
            .next()
            .unwrap()
            .parse::<u32>()
            .unwrap()
    };
    assert!(m(zpl::Dpi::D300) > m(zpl::Dpi::D203));
    // Cyrillic needs a Unicode font on the printer: refused with the built-in font,
    // printed with a resident one.
    let ru = russia(21);
    let p = prepare(&ru, &rates, &fonts).unwrap();
    let builtin = zpl::ZplOptions {
        dpi: zpl::Dpi::D203,
        font: zpl::ZplFont::Builtin,
    };
    let e = zpl::label_zpl(&p, &builtin).unwrap_err();
    assert_eq!(
        e,
        DocError::GlyphMissing {
            field: "recipient.name".into(),
            character: "И".into()
        }
    );
    let resident = zpl::ZplOptions {
        dpi: zpl::Dpi::D203,
        font: zpl::ZplFont::Resident("E:ANMDJ.TTF".into()),
    };
    let z = zpl::label_zpl(&p, &resident).unwrap();
    assert!(
        z.contains("^CW1,E:ANMDJ.TTF\n") && z.contains("^A1N,"),
        "{z}"
    );
    assert!(z.contains("Иванов Иван Петрович\\&ул. Баумана"), "{z}");
}

#[test]
fn a_domestic_parcel_needs_no_customs_and_prints_no_country_line() {
    let fonts = fonts();
    let rates = sdr_rates();
    let mut s = brazil(40);
    s.sender = s.recipient.clone();
    s.sender.name = "Loja da Ana".into();
    s.customs = None;
    assert_eq!(pdf::customs_pdf(&s, &ctx(&fonts, &rates)).unwrap(), None);
    let (_d, path) = label_scans(&s, "domestic.pdf");
    let t = text(&path, None);
    assert!(!t.contains("BRAZIL") && !t.contains("CN 2"), "{t}");
    let cancel = AtomicBool::new(false);
    let bytes = pdf::batch_pdf(&[s], &ctx(&fonts, &rates), &mut |_, _| {}, &cancel).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "b.pdf", &bytes);
    assert_eq!(
        pages(&p),
        vec![(288.0, 432.0), (595.0, 842.0)],
        "label and slip only"
    );
}

#[test]
fn zpl_batch_has_one_format_per_order_in_order() {
    let fonts = fonts();
    let rates = sdr_rates();
    let orders = vec![brazil(50), russia(51), china(52)];
    let opts = zpl::ZplOptions {
        dpi: zpl::Dpi::D300,
        font: zpl::ZplFont::Resident("E:ANMDJ.TTF".into()),
    };
    let cancel = AtomicBool::new(false);
    let mut seen = Vec::new();
    let z = zpl::batch_zpl(
        &orders,
        &rates,
        &fonts,
        &opts,
        &mut |d, t| seen.push((d, t)),
        &cancel,
    )
    .unwrap();
    assert_eq!(seen, vec![(1, 3), (2, 3), (3, 3)]);
    assert_eq!(z.matches("^XA").count(), 3);
    assert_eq!(z.matches("^XZ").count(), 3);
    let a = z.find("Order BR-000050").unwrap();
    let b = z.find("Order RU-000051").unwrap();
    let c = z.find("Order CN-000052").unwrap();
    assert!(a < b && b < c);
    cancel.store(true, Ordering::Relaxed);
    let e = zpl::batch_zpl(&orders, &rates, &fonts, &opts, &mut |_, _| {}, &cancel).unwrap_err();
    assert_eq!((e.index, e.error), (0, DocError::Cancelled));
}

/// The dispute evidence pack (#7), rendered: A4 summary and transcript pages with
/// the hostile message shown as text and its hidden characters as markers, then
/// the label copy whose barcode still scans and the customs form copy.
#[test]
fn an_evidence_pack_renders_its_transcript_and_a_label_copy_that_scans() {
    use shopkeeper_documents::evidence::{EvidencePack, TranscriptEntry, evidence_pack_pdf};
    let fonts = fonts();
    let rates = sdr_rates();
    let s = brazil(7);
    let pack = EvidencePack {
        shop_name: "Ateliê Recife".into(),
        order_number: s.order_number.clone(),
        order_date: "2026-11-02".into(),
        buyer_name: "Ana Souza".into(),
        reason: "not_received".into(),
        opened: "2026-11-20".into(),
        carrier: Some("Correios".into()),
        tracking_number: Some(s.tracking.clone()),
        messages: vec![
            TranscriptEntry {
                from_buyer: true,
                at: "2026-11-10 09:12 UTC".into(),
                text: "Olá! Cadê meu pedido? 你好".into(),
            },
            TranscriptEntry {
                from_buyer: false,
                at: "2026-11-10 11:40 UTC".into(),
                text: "Seu pedido foi enviado.".into(),
            },
            TranscriptEntry {
                from_buyer: true,
                at: "2026-11-18 20:05 UTC".into(),
                text: "<script>alert(1)</script> pay\u{202E}gpj.exe".into(),
            },
        ],
        generated: "2026-11-21 09:00 UTC".into(),
    };
    let (bytes, contents) =
        evidence_pack_pdf(&pack, Some(&s), &ctx(&fonts, &rates), "pt-BR").unwrap();
    assert!(contents.label && contents.customs, "{contents:?}");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "pack.pdf", &bytes);
    let sizes = pages(&path);
    assert_eq!(sizes.len(), contents.pages, "{sizes:?}");
    let a4 = |(w, h): (f32, f32)| (w - 595.3).abs() < 1.0 && (h - 841.9).abs() < 1.0;
    assert!(a4(sizes[0]), "the summary is A4: {sizes:?}");
    assert!(
        sizes.contains(&(288.0, 432.0)),
        "a 4x6 label copy: {sizes:?}"
    );

    // Every page renders, none blank.
    for (i, &(w, h)) in sizes.iter().enumerate() {
        let page = i as u32 + 1;
        let img = gray(&path, page, 72);
        assert!(ink(&img, 72, 0.0, 0.0, w, h) > 200, "page {page} has ink");
    }
    let first = text(&path, Some(1));
    for want in [
        "Ateliê Recife",
        s.order_number.as_str(),
        "Ana Souza",
        s.tracking.as_str(),
        "Cadê meu pedido?",
        "你好",
        "<script>alert(1)</script>",
        "[U+202E]",
    ] {
        assert!(
            first.contains(want),
            "{want:?} not on the first page:\n{first}"
        );
    }
    assert!(
        !first.contains('\u{202E}'),
        "the override itself is never printed"
    );
    let f = fonts_listed(&path);
    assert!(
        f.lines().skip(2).all(|l| l.contains(" yes ")),
        "every font embedded:\n{f}"
    );

    // The label copy's barcode is the tracking number.
    let label = sizes.iter().position(|&p| p == (288.0, 432.0)).unwrap() as u32 + 1;
    assert_eq!(scan(&render(&path, label, 300)), vec![s.tracking.clone()]);
}
