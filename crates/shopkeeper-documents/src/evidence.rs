//! The evidence pack of a dispute answer (issue 7 item 6, docs/adr/0705): ONE PDF
//! with a summary (order, dispute, carrier and tracking number), the order's
//! conversation with the buyer, and copies of the shipment's label and customs
//! form. Headings are in the seller's language; the messages are printed as
//! written, with invisible and unprintable characters shown as `[U+…]` markers
//! (the buyer's text is untrusted and must not reorder or hide what it says).

use krilla::Document;

use crate::canvas::wrap;
use crate::customs::Form;
use crate::error::Result;
use crate::fonts::FontSet;
use crate::i18n::Strings;
use crate::model::Shipment;
use crate::pdf::{
    A4_H, A4_W, Context, LABEL_H, LABEL_W, cn23_pages, draw_cn22, draw_cn23, draw_label, page,
    pdf_err,
};
use crate::prepare::prepare;

/// One message of the order's conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranscriptEntry {
    /// Written by the buyer (else by the shop).
    pub from_buyer: bool,
    /// When, as it should be printed (e.g. `2026-11-20 14:05 UTC`).
    pub at: String,
    /// The message as written (untrusted).
    pub text: String,
}

/// What the pack says besides the shipment's documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidencePack {
    pub shop_name: String,
    pub order_number: String,
    /// `YYYY-MM-DD`.
    pub order_date: String,
    pub buyer_name: String,
    /// The marketplace's reason code (`not_received`, `not_as_described`, `damaged`, ...).
    pub reason: String,
    /// `YYYY-MM-DD`.
    pub opened: String,
    pub carrier: Option<String>,
    pub tracking_number: Option<String>,
    /// The order's conversation, oldest first.
    pub messages: Vec<TranscriptEntry>,
    /// When the pack was made, as printed.
    pub generated: String,
}

/// What went into a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackContents {
    pub pages: usize,
    pub label: bool,
    pub customs: bool,
}

const MARGIN: f32 = 48.0;
const LINE: f32 = 13.0;
const SIZE: f32 = 9.5;
const FIELD: &str = "evidence";

/// `text` with what could hide or reorder it, and what no font can draw,
/// replaced by visible `[U+XXXX]` markers; line breaks become spaces.
pub fn printable(fonts: &FontSet, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\n' | '\r' | '\t') {
            out.push(' ');
            continue;
        }
        let hidden = c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}');
        let mut buf = [0u8; 4];
        if hidden
            || fonts
                .width(FIELD, c.encode_utf8(&mut buf), SIZE, false)
                .is_err()
        {
            out.push_str(&format!("[U+{:04X}]", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

fn reason_key(reason: &str) -> &'static str {
    match reason {
        "not_received" => "doc-evidence-reason-not_received",
        "not_as_described" => "doc-evidence-reason-not_as_described",
        "damaged" => "doc-evidence-reason-damaged",
        _ => "doc-evidence-reason-other",
    }
}

/// One line of the summary or transcript, already wrapped to the page width.
struct Line {
    text: String,
    bold: bool,
    gap_before: f32,
}

/// The pack as one PDF: summary and transcript on A4 pages, then the label
/// (4x6) and the customs form of `shipment` when there is one. `locale` is
/// the seller's language for the headings.
pub fn evidence_pack_pdf(
    pack: &EvidencePack,
    shipment: Option<&Shipment>,
    ctx: &Context<'_>,
    locale: &str,
) -> Result<(Vec<u8>, PackContents)> {
    let t = Strings::for_locale(locale)?;
    let fonts = ctx.fonts;
    let prepared = match shipment {
        Some(s) => Some(prepare(s, ctx.sdr_rates, fonts)?),
        None => None,
    };
    let width = A4_W - 2.0 * MARGIN;
    let mut lines: Vec<Line> = Vec::new();
    let mut push = |text: String, bold: bool, gap: f32| -> Result<()> {
        for (i, l) in wrap(fonts, width, SIZE, bold, FIELD, &text)?
            .into_iter()
            .enumerate()
        {
            lines.push(Line {
                text: l,
                bold,
                gap_before: if i == 0 { gap } else { 0.0 },
            });
        }
        Ok(())
    };
    let p = |s: &str| printable(fonts, s);
    push(
        t.get(
            "doc-evidence-order",
            &[
                ("order", &p(&pack.order_number)),
                ("date", &pack.order_date),
            ],
        ),
        false,
        0.0,
    )?;
    push(
        t.get("doc-evidence-shop", &[("shop", &p(&pack.shop_name))]),
        false,
        0.0,
    )?;
    push(
        t.get("doc-evidence-buyer", &[("buyer", &p(&pack.buyer_name))]),
        false,
        0.0,
    )?;
    push(
        t.get(
            "doc-evidence-dispute",
            &[
                ("reason", &t.get(reason_key(&pack.reason), &[])),
                ("date", &pack.opened),
            ],
        ),
        false,
        0.0,
    )?;
    match (&pack.tracking_number, &pack.carrier) {
        (Some(n), carrier) => push(
            t.get(
                "doc-evidence-tracking",
                &[
                    ("number", &p(n)),
                    ("carrier", &p(carrier.as_deref().unwrap_or("—"))),
                ],
            ),
            true,
            0.0,
        )?,
        (None, _) => push(t.get("doc-evidence-no-tracking", &[]), false, 0.0)?,
    }
    let label = prepared.is_some();
    let customs = prepared
        .as_ref()
        .is_some_and(|pr| pr.form.is_some() && pr.customs().is_some());
    push(
        match (label, customs) {
            (true, true) => t.get("doc-evidence-attached-label-customs", &[]),
            (true, false) => t.get("doc-evidence-attached-label", &[]),
            _ => t.get("doc-evidence-no-label", &[]),
        },
        false,
        0.0,
    )?;
    push(t.get("doc-evidence-conversation", &[]), true, 14.0)?;
    if pack.messages.is_empty() {
        push(t.get("doc-evidence-no-messages", &[]), false, 0.0)?;
    }
    for m in &pack.messages {
        let who = if m.from_buyer {
            t.get("doc-evidence-from-buyer", &[])
        } else {
            t.get("doc-evidence-from-shop", &[])
        };
        push(format!("{who} · {}", m.at), true, 8.0)?;
        push(p(&m.text), false, 0.0)?;
    }

    // Paginate: the title on every page, lines from the top margin down.
    let top = 96.0;
    let bottom = A4_H - 56.0;
    let mut pages: Vec<Vec<(f32, &Line)>> = vec![Vec::new()];
    let mut y = top;
    for l in &lines {
        let next = y + l.gap_before;
        if next > bottom {
            pages.push(Vec::new());
            y = top;
        } else {
            y = next;
        }
        if let Some(pg) = pages.last_mut() {
            pg.push((y, l));
        }
        y += LINE;
    }
    let title = t.get("doc-evidence-title", &[]);
    let generated = t.get("doc-evidence-generated", &[("date", &pack.generated)]);
    let total = pages.len();
    let mut doc = Document::new();
    for (n, pg) in pages.iter().enumerate() {
        page(&mut doc, fonts, A4_W, A4_H, |c| {
            c.text(MARGIN, 60.0, 16.0, true, FIELD, &title)?;
            c.text_right(
                A4_W - MARGIN,
                60.0,
                8.0,
                false,
                FIELD,
                &format!("{} / {}", n + 1, total),
            )?;
            c.hline(MARGIN, A4_W - MARGIN, 72.0, 0.8);
            for (y, l) in pg {
                c.text(MARGIN, *y, SIZE, l.bold, FIELD, &l.text)?;
            }
            c.text(MARGIN, A4_H - 32.0, 7.5, false, FIELD, &generated)?;
            Ok(())
        })?;
    }
    let mut extra = 0;
    if let Some(pr) = &prepared {
        page(&mut doc, fonts, LABEL_W, LABEL_H, |c| {
            draw_label(c, pr, ctx.pdf)
        })?;
        extra += 1;
        match (pr.form, pr.customs()) {
            (Some(Form::Cn22), Some(_)) => {
                page(&mut doc, fonts, LABEL_W, LABEL_H, |c| draw_cn22(c, pr))?;
                extra += 1;
            }
            (Some(Form::Cn23), Some(d)) => {
                for n in 0..cn23_pages(d.items.len()) {
                    page(&mut doc, fonts, A4_W, A4_H, |c| draw_cn23(c, pr, n))?;
                    extra += 1;
                }
            }
            _ => {}
        }
    }
    let bytes = doc.finish().map_err(pdf_err)?;
    Ok((
        bytes,
        PackContents {
            pages: total + extra,
            label,
            customs,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Option<FontSet> {
        // The Debian font packages scripts/setup.sh installs.
        Some(FontSet::system().expect("the system fonts (scripts/setup.sh)"))
    }

    #[test]
    fn hidden_and_control_characters_are_shown_as_markers() {
        let Some(f) = fonts() else { return };
        let s = printable(&f, "pay\u{202E}gpj.exe\u{7}\nok");
        assert_eq!(s, "pay[U+202E]gpj.exe[U+0007] ok");
    }

    #[test]
    fn a_pack_has_the_summary_the_transcript_and_the_label_and_customs_copies() {
        let Some(f) = fonts() else { return };
        let shipment = crate::samples::brazil(1);
        let rates = crate::samples::sdr_rates();
        let ctx = Context {
            fonts: &f,
            sdr_rates: &rates,
            pdf: crate::pdf::PdfOptions::default(),
        };
        let pack = EvidencePack {
            shop_name: "Ateliê Recife".into(),
            order_number: shipment.order_number.clone(),
            order_date: "2026-11-02".into(),
            buyer_name: "Ana Souza".into(),
            reason: "not_received".into(),
            opened: "2026-11-20".into(),
            carrier: Some("Correios".into()),
            tracking_number: Some(shipment.tracking.clone()),
            messages: (0..80)
                .map(|i| TranscriptEntry {
                    from_buyer: i % 2 == 0,
                    at: format!("2026-11-{:02} 10:00 UTC", 1 + i % 28),
                    text: "Olá! Cadê meu pedido? 你好 <script>alert(1)</script> \u{202E}x"
                        .repeat(3),
                })
                .collect(),
            generated: "2026-11-21 09:00 UTC".into(),
        };
        let (pdf, contents) =
            evidence_pack_pdf(&pack, Some(&shipment), &ctx, "pt-BR").expect("pack");
        assert!(pdf.starts_with(b"%PDF"));
        // To look at it: SHOPKEEPER_EVIDENCE_PACK_OUT=/tmp/pack.pdf, then pdftoppm.
        if let Ok(out) = std::env::var("SHOPKEEPER_EVIDENCE_PACK_OUT") {
            std::fs::write(out, &pdf).expect("write the pack");
        }
        assert!(contents.label, "the label copy is attached");
        assert!(
            contents.pages >= 3,
            "transcript pages + label: {contents:?}"
        );
        let (alone, c2) = evidence_pack_pdf(&pack, None, &ctx, "zh-CN").expect("pack");
        assert!(alone.starts_with(b"%PDF"));
        assert!(!c2.label && !c2.customs);
        assert!(c2.pages < contents.pages, "{c2:?} vs {contents:?}");
    }
}
