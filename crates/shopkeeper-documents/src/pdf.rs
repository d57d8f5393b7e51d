//! PDF documents: the 4x6 label, CN22 (4x6) and CN23 (A4) customs forms, the packing
//! slip (A4, buyer's language), the pick list (A4) and the batch of all three per order.
//! Pages are drawn at 100% scale: print them with "actual size", never "fit to page".

use std::sync::atomic::{AtomicBool, Ordering};

use krilla::Document;
use krilla::page::PageSettings;

use crate::canvas::{Canvas, wrap};
use crate::code128::{QUIET_ZONE_MODULES, min_module_dots, snap_module};
use crate::customs::{Category, CustomsDeclaration, Form, NonDelivery, to_decimal};
use crate::error::{DocError, Result};
use crate::fonts::FontSet;
use crate::i18n::Strings;
use crate::model::{Money, Shipment};
use crate::picklist::PickRow;
use crate::prepare::{Prepared, prepare};
use crate::s10;

/// 4x6 in in points.
pub const LABEL_W: f32 = 288.0;
/// 4x6 in in points.
pub const LABEL_H: f32 = 432.0;
/// A4 in points.
pub const A4_W: f32 = 595.0;
/// A4 in points.
pub const A4_H: f32 = 842.0;

/// Options for PDF output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PdfOptions {
    /// Resolution of the printer the label will go to: barcode modules are whole dots.
    pub printer_dpi: u32,
}

impl Default for PdfOptions {
    fn default() -> Self {
        PdfOptions { printer_dpi: 300 }
    }
}

pub(crate) fn pdf_err(e: impl std::fmt::Debug) -> DocError {
    DocError::Pdf {
        detail: format!("{e:?}"),
    }
}

/// Draws one page of `w` x `h` points.
pub(crate) fn page(
    doc: &mut Document,
    fonts: &FontSet,
    w: f32,
    h: f32,
    draw: impl FnOnce(&mut Canvas<'_, '_>) -> Result<()>,
) -> Result<()> {
    let settings = PageSettings::from_wh(w, h).ok_or_else(|| pdf_err("page size"))?;
    let mut p = doc.start_page_with(settings);
    let mut surface = p.surface();
    let r = {
        let mut c = Canvas::new(&mut surface, fonts);
        draw(&mut c)
    };
    surface.finish();
    p.finish();
    r
}

fn kg(g: u32) -> String {
    format!("{}.{:03}", g / 1000, g % 1000)
}

/// Amount with `.` decimals for the bilingual customs forms.
fn plain_amount(m: &Money) -> Result<String> {
    Ok(format!("{} {}", to_decimal(m)?, m.currency))
}

/// Draws address lines from `y` (first baseline) within `max_w`, shrinking from `size`
/// down to `min` until they fit in `max_lines`; the name line is bold.
#[allow(clippy::too_many_arguments)]
fn address_block(
    c: &mut Canvas<'_, '_>,
    x: f32,
    y: f32,
    max_w: f32,
    lines: &[crate::address::Line],
    size: f32,
    min: f32,
    max_h: f32,
    party: &str,
) -> Result<f32> {
    let mut sz = size;
    loop {
        let lead = sz * 1.22;
        let mut wrapped = Vec::new();
        for l in lines {
            let bold = l.field.ends_with(".name");
            for w in wrap(c.fonts, max_w, sz, bold, &l.field, &l.text)? {
                wrapped.push((bold, l.field.clone(), w));
            }
        }
        let h = wrapped.len() as f32 * lead;
        if h <= max_h {
            let mut by = y;
            for (bold, field, t) in wrapped {
                c.text(x, by, sz, bold, &field, &t)?;
                by += lead;
            }
            return Ok(h);
        }
        if sz <= min {
            return Err(DocError::FieldTooLong {
                field: party.to_owned(),
            });
        }
        sz = (sz - 0.5).max(min);
    }
}

/// Draws the Code 128 bars with module width a whole number of printer dots, centred in
/// `[x, x + w]` with at least 10 modules of quiet zone each side. Returns the width used.
fn barcode(
    c: &mut Canvas<'_, '_>,
    p: &Prepared<'_>,
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    dpi: u32,
) -> Result<f32> {
    let unit = 72.0 / dpi as f32;
    let total = p.barcode.modules_with_quiet_zone();
    // Whole dots per module, at least the readable minimum, at most 1/50 in.
    let k = snap_module(total, f64::from(w), f64::from(unit), (dpi / 50).max(1))
        .filter(|k| *k >= min_module_dots(dpi))
        .ok_or_else(|| DocError::BarcodeTooWide {
            value: p.shipment.tracking.clone(),
        })?;
    let m = k as f32 * unit;
    let sym = p.barcode.modules() as f32 * m;
    // Left edge on a whole dot so every bar edge is on the printer's grid.
    let left = ((x + (w - sym) / 2.0) / unit).round() * unit;
    debug_assert!(left - x >= QUIET_ZONE_MODULES as f32 * m - unit);
    for (start, width) in p.barcode.bars() {
        c.fill_rect(left + start as f32 * m, y, width as f32 * m, h);
    }
    Ok(sym)
}

/// The 4x6 shipping label page.
pub(crate) fn draw_label(c: &mut Canvas<'_, '_>, p: &Prepared<'_>, opts: PdfOptions) -> Result<()> {
    let s = p.shipment;
    let (m, w) = (10.0, LABEL_W - 20.0);
    c.stroke_rect(4.0, 4.0, LABEL_W - 8.0, LABEL_H - 8.0, 1.0);
    // Carrier and service; the customs form attached, boxed on the right.
    c.text_fit(
        m,
        24.0,
        190.0,
        14.0,
        8.0,
        true,
        "carrier.name",
        &s.carrier.name,
    )?;
    if let Some(service) = &s.carrier.service {
        c.text_fit(m, 36.0, 190.0, 8.0, 6.0, false, "carrier.service", service)?;
    }
    if let Some(form) = p.form {
        let t = match form {
            Form::Cn22 => "CN 22",
            Form::Cn23 => "CN 23",
        };
        c.stroke_rect(LABEL_W - 70.0, 12.0, 58.0, 26.0, 1.5);
        c.text_center(LABEL_W - 41.0, 30.0, 12.0, true, "form", t)?;
    }
    c.hline(4.0, LABEL_W - 4.0, 44.0, 1.0);
    // Sender, small.
    c.text(m, 54.0, 6.5, true, "label.from", "FROM / EXPÉDITEUR:")?;
    address_block(c, m, 63.0, w, &p.sender, 7.5, 5.5, 52.0, "sender")?;
    c.hline(4.0, LABEL_W - 4.0, 120.0, 1.0);
    // Recipient, large.
    c.text(m, 132.0, 7.5, true, "label.to", "TO / DESTINATAIRE:")?;
    address_block(
        c,
        m + 6.0,
        148.0,
        w - 6.0,
        &p.recipient,
        13.0,
        7.0,
        108.0,
        "recipient",
    )?;
    if let Some(phone) = s
        .recipient
        .phone
        .as_deref()
        .filter(|t| !t.trim().is_empty())
    {
        c.text(
            m + 6.0,
            266.0,
            8.0,
            false,
            "recipient.phone",
            &format!("Tel. {phone}"),
        )?;
    }
    c.hline(4.0, LABEL_W - 4.0, 274.0, 1.0);
    // Barcode of the tracking number with the human-readable text.
    barcode(c, p, 8.0, 284.0, LABEL_W - 16.0, 72.0, opts.printer_dpi)?;
    let readable = s10::human_readable(&s.tracking);
    c.text_center(LABEL_W / 2.0, 374.0, 12.0, true, "tracking", &readable)?;
    c.hline(4.0, LABEL_W - 4.0, 384.0, 1.0);
    c.text_fit(
        m,
        398.0,
        180.0,
        9.0,
        6.0,
        true,
        "order_number",
        &format!("Order {}", s.order_number),
    )?;
    c.text_right(
        LABEL_W - m,
        398.0,
        9.0,
        false,
        "parcel.weight",
        &format!("{} kg", kg(s.parcel.weight_g)),
    )?;
    if let Some((l, wd, h)) = s.parcel.dimensions_mm {
        c.text_right(
            LABEL_W - m,
            412.0,
            7.0,
            false,
            "parcel.dimensions",
            &format!("{l}×{wd}×{h} mm"),
        )?;
    }
    c.text(m, 412.0, 7.0, false, "order_date", &s.order_date)?;
    Ok(())
}

const CERTIFY: &str = "I, the undersigned, whose name and address are given on the item, certify that the particulars given in this declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations.";

fn checkbox(c: &mut Canvas<'_, '_>, x: f32, y: f32, size: f32, checked: bool) {
    c.stroke_rect(x, y, size, size, 0.7);
    if checked {
        c.fill_rect(x + 1.6, y + 1.6, size - 3.2, size - 3.2);
    }
}

fn categories(
    c: &mut Canvas<'_, '_>,
    d: &CustomsDeclaration,
    x: f32,
    y: f32,
    col: f32,
    row: f32,
    size: f32,
) -> Result<()> {
    for (i, cat) in Category::ALL.iter().enumerate() {
        let cx = x + (i % 2) as f32 * col;
        let cy = y + (i / 2) as f32 * row;
        checkbox(c, cx, cy - size * 0.9, size * 1.1, d.category == Some(*cat));
        c.text(
            cx + size * 1.6,
            cy,
            size,
            false,
            "customs.category",
            &format!("{} / {}", cat.label_en(), cat.label_fr()),
        )?;
    }
    Ok(())
}

struct Col {
    x: f32,
    w: f32,
    title: &'static str,
}

fn item_rows(
    c: &mut Canvas<'_, '_>,
    d: &CustomsDeclaration,
    range: std::ops::Range<usize>,
    cols: &[Col; 6],
    y: f32,
    size: f32,
    row_h: f32,
) -> Result<f32> {
    let mut ry = y;
    for i in range {
        let it = &d.items[i];
        let field = format!("customs.items.{i}.description");
        let lines = wrap(
            c.fonts,
            cols[0].w - 4.0,
            size,
            false,
            &field,
            it.description(),
        )?;
        if lines.len() > 2 {
            return Err(DocError::FieldTooLong { field });
        }
        for (k, l) in lines.iter().enumerate() {
            c.text(
                cols[0].x + 2.0,
                ry + size + 1.0 + k as f32 * size * 1.15,
                size,
                false,
                &field,
                l,
            )?;
        }
        let base = ry + size + 1.0;
        c.text_right(
            cols[1].x + cols[1].w - 2.0,
            base,
            size,
            false,
            "customs.quantity",
            &it.quantity.to_string(),
        )?;
        c.text_right(
            cols[2].x + cols[2].w - 2.0,
            base,
            size,
            false,
            "customs.net_weight",
            &kg(it.net_weight_g.unwrap_or(0)),
        )?;
        let value = it
            .value
            .as_ref()
            .map(|v| to_decimal(v).map(|d| d.to_string()))
            .transpose()?
            .unwrap_or_default();
        c.text_right(
            cols[3].x + cols[3].w - 2.0,
            base,
            size,
            false,
            "customs.value",
            &value,
        )?;
        let hs = match (&it.hs_code, &it.hs_edition) {
            (Some(code), Some(ed)) => crate::customs::HsCode::parse(code, ed)
                .map(|h| h.display())
                .unwrap_or_default(),
            _ => String::new(),
        };
        c.text(cols[4].x + 6.0, base, size, false, "customs.hs_code", &hs)?;
        c.text(
            cols[5].x + 2.0,
            base,
            size,
            false,
            "customs.origin",
            it.origin_country.as_deref().unwrap_or(""),
        )?;
        ry += row_h;
        c.hline(cols[0].x, cols[5].x + cols[5].w, ry, 0.4);
    }
    Ok(ry)
}

fn table_header(c: &mut Canvas<'_, '_>, cols: &[Col; 6], y: f32, size: f32) -> Result<f32> {
    let mut max_lines = 1;
    for col in cols {
        let lines = wrap(
            c.fonts,
            col.w - 3.0,
            size,
            true,
            "customs.header",
            col.title,
        )?;
        max_lines = max_lines.max(lines.len());
        for (k, l) in lines.iter().enumerate() {
            c.text(
                col.x + 2.0,
                y + size + k as f32 * size * 1.15,
                size,
                true,
                "customs.header",
                l,
            )?;
        }
    }
    let bottom = y + max_lines as f32 * size * 1.15 + 3.0;
    c.hline(cols[0].x, cols[5].x + cols[5].w, y, 0.8);
    c.hline(cols[0].x, cols[5].x + cols[5].w, bottom, 0.8);
    Ok(bottom)
}

fn columns(x: f32, w: f32) -> [Col; 6] {
    let f = [0.40, 0.07, 0.12, 0.15, 0.16, 0.10];
    let mut cx = x;
    let titles = [
        "Detailed description of contents / Description détaillée",
        "Qty / Qté",
        "Net weight (kg) / Poids net",
        "Value / Valeur",
        "HS tariff number / N° tarifaire SH",
        "Origin / Origine",
    ];
    std::array::from_fn(|i| {
        let col = Col {
            x: cx,
            w: w * f[i],
            title: titles[i],
        };
        cx += w * f[i];
        col
    })
}

/// CN22 on one 4x6 page.
pub(crate) fn draw_cn22(c: &mut Canvas<'_, '_>, p: &Prepared<'_>) -> Result<()> {
    let s = p.shipment;
    let d = p
        .customs()
        .ok_or(DocError::CustomsIncomplete { count: 1 })?;
    if d.items.len() > 8 {
        return Err(DocError::FieldTooLong {
            field: "customs.items".into(),
        });
    }
    let m = 10.0;
    c.stroke_rect(4.0, 4.0, LABEL_W - 8.0, LABEL_H - 8.0, 1.0);
    c.text(m, 20.0, 10.0, true, "cn22", "CUSTOMS DECLARATION")?;
    c.text(m, 30.0, 7.0, false, "cn22", "Déclaration en douane")?;
    c.text_right(LABEL_W - m, 24.0, 16.0, true, "cn22", "CN 22")?;
    c.text_fit(
        m,
        40.0,
        180.0,
        6.5,
        5.0,
        false,
        "carrier.name",
        &format!(
            "Designated operator / Opérateur désigné: {}",
            s.carrier.name
        ),
    )?;
    c.text_right(
        LABEL_W - m,
        40.0,
        6.0,
        false,
        "cn22",
        "May be opened officially",
    )?;
    c.text(
        m,
        49.0,
        6.5,
        false,
        "tracking",
        &format!("Item / Envoi: {}", s10::human_readable(&s.tracking)),
    )?;
    c.hline(4.0, LABEL_W - 4.0, 54.0, 0.8);
    categories(c, d, m, 64.0, 134.0, 10.0, 5.5)?;
    let mut y = 92.0;
    if let Some(exp) = d
        .category_explanation
        .as_deref()
        .filter(|_| d.category == Some(Category::Other))
    {
        c.text_fit(
            m,
            y,
            LABEL_W - 2.0 * m,
            6.0,
            5.0,
            false,
            "customs.category_explanation",
            &format!("Explanation: {exp}"),
        )?;
        y += 8.0;
    }
    let cols = columns(m, LABEL_W - 2.0 * m);
    let top = table_header(c, &cols, y, 5.0)?;
    let end = item_rows(c, d, 0..d.items.len(), &cols, top, 6.0, 17.0)?;
    let total = crate::customs::total_value(d)?;
    let ty = end + 11.0;
    c.text(
        m,
        ty,
        6.5,
        true,
        "customs.gross_weight",
        &format!(
            "Total gross weight (kg) / Poids brut total: {}",
            kg(d.gross_weight_g.unwrap_or(0))
        ),
    )?;
    c.text(
        m,
        ty + 10.0,
        6.5,
        true,
        "customs.total_value",
        &format!("Total value / Valeur totale: {}", plain_amount(&total)?),
    )?;
    let mut cy = ty + 22.0;
    if let Some(comments) = d.comments.as_deref().filter(|t| !t.trim().is_empty()) {
        for l in wrap(
            c.fonts,
            LABEL_W - 2.0 * m,
            5.5,
            false,
            "customs.comments",
            &format!("Comments / Observations: {comments}"),
        )? {
            c.text(m, cy, 5.5, false, "customs.comments", &l)?;
            cy += 6.5;
        }
    }
    for l in wrap(c.fonts, LABEL_W - 2.0 * m, 5.5, false, "cn22", CERTIFY)? {
        c.text(m, cy, 5.5, false, "cn22", &l)?;
        cy += 6.5;
    }
    if cy > LABEL_H - 30.0 {
        return Err(DocError::FieldTooLong {
            field: "customs.items".into(),
        });
    }
    c.hline(4.0, LABEL_W - 4.0, LABEL_H - 30.0, 0.8);
    c.text(
        m,
        LABEL_H - 18.0,
        7.0,
        false,
        "customs.date",
        &format!("Date: {}", d.date.as_deref().unwrap_or("")),
    )?;
    c.text_fit(
        100.0,
        LABEL_H - 18.0,
        LABEL_W - 110.0,
        7.0,
        5.0,
        false,
        "customs.signature_name",
        &format!(
            "Sender's signature / Signature: {}",
            d.signature_name.as_deref().unwrap_or("")
        ),
    )?;
    Ok(())
}

const CN23_ROWS_FIRST: usize = 12;
const CN23_ROWS_NEXT: usize = 30;

/// Pages a CN23 needs for `items`.
pub fn cn23_pages(items: usize) -> usize {
    if items <= CN23_ROWS_FIRST {
        1
    } else {
        1 + (items - CN23_ROWS_FIRST).div_ceil(CN23_ROWS_NEXT)
    }
}

#[allow(clippy::too_many_arguments)]
fn boxed_block(
    c: &mut Canvas<'_, '_>,
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    title: &str,
    lines: &[crate::address::Line],
    party: &str,
) -> Result<()> {
    c.stroke_rect(x, y, w, h, 0.8);
    c.text(x + 4.0, y + 10.0, 7.0, true, "cn23", title)?;
    address_block(
        c,
        x + 4.0,
        y + 22.0,
        w - 8.0,
        lines,
        9.0,
        6.0,
        h - 26.0,
        party,
    )
    .map(|_| ())
}

/// CN23 page `n` (0-based) on A4.
pub(crate) fn draw_cn23(c: &mut Canvas<'_, '_>, p: &Prepared<'_>, n: usize) -> Result<()> {
    let s = p.shipment;
    let d = p
        .customs()
        .ok_or(DocError::CustomsIncomplete { count: 1 })?;
    let pages = cn23_pages(d.items.len());
    let (m, w) = (36.0, A4_W - 72.0);
    c.text(
        m,
        50.0,
        14.0,
        true,
        "cn23",
        "CUSTOMS DECLARATION / DÉCLARATION EN DOUANE",
    )?;
    c.text_right(A4_W - m, 50.0, 20.0, true, "cn23", "CN 23")?;
    c.text(
        m,
        64.0,
        8.0,
        false,
        "cn23",
        "May be opened officially / Peut être ouvert d'office",
    )?;
    c.text_right(
        A4_W - m,
        64.0,
        8.0,
        false,
        "cn23",
        &format!("{} / {}", n + 1, pages),
    )?;
    c.text(
        m,
        78.0,
        9.0,
        true,
        "tracking",
        &format!(
            "Item no. / N° de l'envoi: {}",
            s10::human_readable(&s.tracking)
        ),
    )?;
    c.text_right(A4_W - m, 78.0, 9.0, false, "carrier.name", &s.carrier.name)?;
    let mut y = 90.0;
    let (rows, first) = if n == 0 {
        let half = w / 2.0 - 4.0;
        boxed_block(
            c,
            m,
            y,
            half,
            120.0,
            "From / Expéditeur",
            &p.sender,
            "sender",
        )?;
        boxed_block(
            c,
            m + half + 8.0,
            y,
            half,
            120.0,
            "To / Destinataire",
            &p.recipient,
            "recipient",
        )?;
        y += 132.0;
        let refs = [
            (
                "customs.sender_reference",
                "Sender's customs reference (VAT/EORI) / Référence en douane de l'expéditeur",
                d.sender_reference.as_deref(),
            ),
            (
                "customs.importer_reference",
                "Importer's reference (tax code/VAT no.) / Référence de l'importateur",
                d.importer_reference.as_deref(),
            ),
            (
                "customs.importer_contact",
                "Importer's telephone/e-mail / Téléphone/courriel de l'importateur",
                d.importer_contact.as_deref(),
            ),
        ];
        for (field, title, v) in refs {
            c.text(m, y, 7.0, false, "cn23", title)?;
            c.text_fit(
                m + 4.0,
                y + 11.0,
                w - 8.0,
                9.0,
                6.0,
                true,
                field,
                v.unwrap_or("—"),
            )?;
            y += 24.0;
        }
        (0..d.items.len().min(CN23_ROWS_FIRST), true)
    } else {
        let start = CN23_ROWS_FIRST + (n - 1) * CN23_ROWS_NEXT;
        (start..d.items.len().min(start + CN23_ROWS_NEXT), false)
    };
    let cols = columns(m, w);
    let top = table_header(c, &cols, y, 7.0)?;
    let end = item_rows(c, d, rows, &cols, top, 8.0, 22.0)?;
    let _ = first;
    if n + 1 < pages {
        c.text(
            m,
            end + 14.0,
            8.0,
            false,
            "cn23",
            "Continued on the next page / Suite page suivante",
        )?;
        return Ok(());
    }
    // Totals, category, documents, instructions, signature: on the last page.
    let mut y = end + 14.0;
    let total = crate::customs::total_value(d)?;
    c.text(
        m,
        y,
        9.0,
        true,
        "customs.gross_weight",
        &format!(
            "Total gross weight (kg) / Poids brut total: {}",
            kg(d.gross_weight_g.unwrap_or(0))
        ),
    )?;
    c.text_right(
        A4_W - m,
        y,
        9.0,
        true,
        "customs.total_value",
        &format!("Total value / Valeur totale: {}", plain_amount(&total)?),
    )?;
    y += 14.0;
    let postage = d
        .postage_fees
        .as_ref()
        .map(plain_amount)
        .transpose()?
        .unwrap_or_else(|| "—".into());
    c.text(
        m,
        y,
        8.0,
        false,
        "customs.postage_fees",
        &format!("Postal charges/fees / Frais de port: {postage}"),
    )?;
    y += 18.0;
    categories(c, d, m, y, w / 2.0, 13.0, 7.5)?;
    y += 42.0;
    if let Some(exp) = d
        .category_explanation
        .as_deref()
        .filter(|t| !t.trim().is_empty())
    {
        c.text_fit(
            m,
            y,
            w,
            8.0,
            6.0,
            false,
            "customs.category_explanation",
            &format!("Explanation / Explication: {exp}"),
        )?;
        y += 12.0;
    }
    let comments = d.comments.as_deref().unwrap_or("—");
    for l in wrap(
        c.fonts,
        w,
        8.0,
        false,
        "customs.comments",
        &format!("Comments / Observations: {comments}"),
    )? {
        c.text(m, y, 8.0, false, "customs.comments", &l)?;
        y += 10.0;
    }
    let list = |v: &[String]| {
        if v.is_empty() {
            "—".to_owned()
        } else {
            v.join(", ")
        }
    };
    c.text_fit(
        m,
        y + 2.0,
        w,
        8.0,
        6.0,
        false,
        "customs.licences",
        &format!("Licence(s) / Licence(s): {}", list(&d.licences)),
    )?;
    c.text_fit(
        m,
        y + 14.0,
        w,
        8.0,
        6.0,
        false,
        "customs.certificates",
        &format!("Certificate(s) / Certificat(s): {}", list(&d.certificates)),
    )?;
    c.text_fit(
        m,
        y + 26.0,
        w,
        8.0,
        6.0,
        false,
        "customs.invoice_number",
        &format!(
            "Invoice / Facture: {}",
            d.invoice_number.as_deref().unwrap_or("—")
        ),
    )?;
    y += 44.0;
    c.text(
        m,
        y,
        8.0,
        true,
        "cn23",
        "Instructions in case of non-delivery / Instructions en cas de non-livraison:",
    )?;
    y += 12.0;
    checkbox(
        c,
        m,
        y - 7.0,
        8.0,
        d.non_delivery == Some(NonDelivery::ReturnToSender),
    );
    c.text(
        m + 12.0,
        y,
        8.0,
        false,
        "cn23",
        "Return to sender / Renvoyer à l'expéditeur",
    )?;
    checkbox(
        c,
        m + w / 2.0,
        y - 7.0,
        8.0,
        d.non_delivery == Some(NonDelivery::Abandon),
    );
    c.text(
        m + w / 2.0 + 12.0,
        y,
        8.0,
        false,
        "cn23",
        "Treat as abandoned / Traiter comme abandonné",
    )?;
    y += 18.0;
    for l in wrap(c.fonts, w, 7.0, false, "cn23", CERTIFY)? {
        c.text(m, y, 7.0, false, "cn23", &l)?;
        y += 9.0;
    }
    y += 10.0;
    c.text(
        m,
        y,
        9.0,
        false,
        "customs.date",
        &format!("Date: {}", d.date.as_deref().unwrap_or("")),
    )?;
    c.text_fit(
        m + 160.0,
        y,
        w - 160.0,
        9.0,
        6.0,
        false,
        "customs.signature_name",
        &format!(
            "Sender's signature / Signature de l'expéditeur: {}",
            d.signature_name.as_deref().unwrap_or("")
        ),
    )?;
    if y > A4_H - 30.0 {
        return Err(DocError::FieldTooLong {
            field: "customs".into(),
        });
    }
    Ok(())
}

/// The packing slip on A4 in the buyer's language.
pub(crate) fn draw_slip(c: &mut Canvas<'_, '_>, p: &Prepared<'_>) -> Result<()> {
    let s = p.shipment;
    let t = Strings::for_buyer(&s.buyer_locale);
    let (m, w) = (48.0, A4_W - 96.0);
    c.text_fit(
        m,
        64.0,
        w - 180.0,
        18.0,
        10.0,
        true,
        "shop_name",
        &s.shop_name,
    )?;
    c.text_right(
        A4_W - m,
        64.0,
        16.0,
        true,
        "slip",
        &t.get("doc-slip-title", &[]),
    )?;
    c.text_right(
        A4_W - m,
        82.0,
        10.0,
        false,
        "order_number",
        &t.get("doc-slip-order", &[("number", &s.order_number)]),
    )?;
    c.text_right(
        A4_W - m,
        96.0,
        9.0,
        false,
        "order_date",
        &t.get("doc-slip-date", &[("date", &s.order_date)]),
    )?;
    c.text(m, 120.0, 8.0, true, "slip", &t.get("doc-slip-ship-to", &[]))?;
    address_block(
        c,
        m,
        134.0,
        w / 2.0 - 10.0,
        &p.recipient,
        10.0,
        7.0,
        100.0,
        "recipient",
    )?;
    c.text(
        m + w / 2.0 + 10.0,
        120.0,
        8.0,
        true,
        "slip",
        &t.get("doc-slip-from", &[]),
    )?;
    address_block(
        c,
        m + w / 2.0 + 10.0,
        134.0,
        w / 2.0 - 10.0,
        &p.sender,
        9.0,
        6.0,
        100.0,
        "sender",
    )?;
    let mut y = 250.0;
    let xs = [m, m + 90.0, m + 300.0, m + 340.0, m + 420.0, m + w];
    let heads = [
        "doc-slip-sku",
        "doc-slip-item",
        "doc-slip-qty",
        "doc-slip-unit-price",
        "doc-slip-line-total",
    ];
    c.hline(m, m + w, y - 12.0, 0.8);
    for (i, h) in heads.iter().enumerate() {
        let label = t.get(h, &[]);
        if i >= 2 {
            c.text_right(xs[i + 1] - 4.0, y, 8.0, true, "slip", &label)?;
        } else {
            c.text(xs[i], y, 8.0, true, "slip", &label)?;
        }
    }
    c.hline(m, m + w, y + 5.0, 0.8);
    y += 20.0;
    for (i, l) in s.lines.iter().enumerate() {
        c.text_fit(
            xs[0],
            y,
            86.0,
            9.0,
            6.0,
            false,
            &format!("lines.{i}.sku"),
            &l.sku,
        )?;
        let title = match &l.variant {
            Some(v) => format!("{} — {v}", l.title),
            None => l.title.clone(),
        };
        let field = format!("lines.{i}.title");
        let lines = wrap(c.fonts, xs[2] - xs[1] - 24.0, 9.0, false, &field, &title)?;
        for (k, tl) in lines.iter().take(3).enumerate() {
            c.text(xs[1], y + k as f32 * 11.0, 9.0, false, &field, tl)?;
        }
        c.text_right(
            xs[3] - 4.0,
            y,
            9.0,
            false,
            "quantity",
            &l.quantity.to_string(),
        )?;
        c.text_right(
            xs[4] - 4.0,
            y,
            9.0,
            false,
            "unit_price",
            &t.money(&l.unit_price)?,
        )?;
        let line_total = Money::new(
            l.unit_price.minor.saturating_mul(i64::from(l.quantity)),
            &l.unit_price.currency,
        );
        c.text_right(
            xs[5] - 4.0,
            y,
            9.0,
            false,
            "line_total",
            &t.money(&line_total)?,
        )?;
        y += 11.0 * lines.len().clamp(1, 3) as f32 + 8.0;
        if y > A4_H - 160.0 {
            return Err(DocError::FieldTooLong {
                field: "lines".into(),
            });
        }
    }
    c.hline(m, m + w, y - 6.0, 0.5);
    y += 8.0;
    for (key, amount, bold) in [
        ("doc-slip-subtotal", &s.totals.subtotal, false),
        ("doc-slip-shipping", &s.totals.shipping, false),
        ("doc-slip-total", &s.totals.total, true),
    ] {
        c.text_right(xs[4] - 4.0, y, 10.0, bold, "slip", &t.get(key, &[]))?;
        c.text_right(xs[5] - 4.0, y, 10.0, bold, "total", &t.money(amount)?)?;
        y += 15.0;
    }
    y += 20.0;
    c.text(
        m,
        y,
        9.0,
        false,
        "tracking",
        &t.get(
            "doc-slip-tracking",
            &[("carrier", &s.carrier.name), ("tracking", &s.tracking)],
        ),
    )?;
    c.text(
        m,
        y + 30.0,
        11.0,
        true,
        "slip",
        &t.get("doc-slip-thanks", &[]),
    )?;
    Ok(())
}

/// Rows of the pick list per A4 page.
pub const PICK_ROWS_PER_PAGE: usize = 36;

/// The pick list on A4 pages, in the seller's language.
pub fn pick_list_pdf(
    rows: &[PickRow],
    orders: usize,
    locale: &str,
    fonts: &FontSet,
) -> Result<Vec<u8>> {
    let t = Strings::for_locale(locale)?;
    let mut doc = Document::new();
    let per_page = PICK_ROWS_PER_PAGE;
    let chunks: Vec<&[PickRow]> = if rows.is_empty() {
        vec![&[]]
    } else {
        rows.chunks(per_page).collect()
    };
    let count = orders.to_string();
    let pages = chunks.len();
    for (n, chunk) in chunks.into_iter().enumerate() {
        page(&mut doc, fonts, A4_W, A4_H, |c| {
            let m = 48.0;
            c.text(m, 60.0, 16.0, true, "pick", &t.get("doc-pick-title", &[]))?;
            c.text_right(
                A4_W - m,
                60.0,
                9.0,
                false,
                "pick",
                &t.get("doc-pick-orders", &[("count", &count)]),
            )?;
            c.text_right(
                A4_W - m,
                74.0,
                8.0,
                false,
                "pick",
                &format!("{} / {}", n + 1, pages),
            )?;
            let xs = [m, m + 90.0, m + 200.0, A4_W - m];
            let mut y = 100.0;
            c.text(
                xs[0],
                y,
                8.0,
                true,
                "pick",
                &t.get("doc-pick-location", &[]),
            )?;
            c.text(xs[1], y, 8.0, true, "pick", &t.get("doc-pick-sku", &[]))?;
            c.text(xs[2], y, 8.0, true, "pick", &t.get("doc-pick-item", &[]))?;
            c.text_right(
                xs[3] - 4.0,
                y,
                8.0,
                true,
                "pick",
                &t.get("doc-pick-quantity", &[]),
            )?;
            c.hline(m, A4_W - m, y + 5.0, 0.8);
            y += 20.0;
            for r in chunk {
                let loc = r.location.clone().unwrap_or_else(|| "—".into());
                c.text_fit(xs[0], y, 86.0, 9.0, 6.0, false, "location", &loc)?;
                c.text_fit(xs[1], y, 106.0, 9.0, 6.0, false, "sku", &r.sku)?;
                c.text_fit(
                    xs[2],
                    y,
                    xs[3] - xs[2] - 60.0,
                    9.0,
                    6.0,
                    false,
                    "title",
                    &r.title,
                )?;
                c.text_right(
                    xs[3] - 4.0,
                    y,
                    10.0,
                    true,
                    "quantity",
                    &r.quantity.to_string(),
                )?;
                checkbox(c, xs[3] - 52.0, y - 8.0, 9.0, false);
                c.hline(m, A4_W - m, y + 6.0, 0.3);
                y += 19.0;
            }
            if rows.is_empty() {
                c.text(m, y, 10.0, false, "pick", &t.get("doc-pick-empty", &[]))?;
            }
            Ok(())
        })?;
    }
    doc.finish().map_err(pdf_err)
}

/// Adds the pages of one prepared shipment: label, customs form, packing slip.
fn add_shipment(
    doc: &mut Document,
    fonts: &FontSet,
    p: &Prepared<'_>,
    opts: PdfOptions,
) -> Result<()> {
    page(doc, fonts, LABEL_W, LABEL_H, |c| draw_label(c, p, opts))?;
    match (p.form, p.customs()) {
        (Some(Form::Cn22), Some(_)) => page(doc, fonts, LABEL_W, LABEL_H, |c| draw_cn22(c, p))?,
        (Some(Form::Cn23), Some(d)) => {
            for n in 0..cn23_pages(d.items.len()) {
                page(doc, fonts, A4_W, A4_H, |c| draw_cn23(c, p, n))?;
            }
        }
        _ => {}
    }
    page(doc, fonts, A4_W, A4_H, |c| draw_slip(c, p))
}

/// Everything a document needs besides the shipment.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// Fonts with fallback.
    pub fonts: &'a FontSet,
    /// SDR rates the app stores (one per currency).
    pub sdr_rates: &'a [crate::customs::SdrRate],
    /// PDF options.
    pub pdf: PdfOptions,
}

/// The 4x6 label alone.
pub fn label_pdf(s: &Shipment, ctx: &Context<'_>) -> Result<Vec<u8>> {
    let p = prepare(s, ctx.sdr_rates, ctx.fonts)?;
    let mut doc = Document::new();
    page(&mut doc, ctx.fonts, LABEL_W, LABEL_H, |c| {
        draw_label(c, &p, ctx.pdf)
    })?;
    doc.finish().map_err(pdf_err)
}

/// The customs form alone (CN22 on 4x6 or CN23 on A4); `Ok(None)` for a domestic parcel.
pub fn customs_pdf(s: &Shipment, ctx: &Context<'_>) -> Result<Option<Vec<u8>>> {
    let p = prepare(s, ctx.sdr_rates, ctx.fonts)?;
    let mut doc = Document::new();
    match (p.form, p.customs()) {
        (Some(Form::Cn22), Some(_)) => {
            page(&mut doc, ctx.fonts, LABEL_W, LABEL_H, |c| draw_cn22(c, &p))?
        }
        (Some(Form::Cn23), Some(d)) => {
            for n in 0..cn23_pages(d.items.len()) {
                page(&mut doc, ctx.fonts, A4_W, A4_H, |c| draw_cn23(c, &p, n))?;
            }
        }
        _ => return Ok(None),
    }
    doc.finish().map(Some).map_err(pdf_err)
}

/// The packing slip alone.
pub fn slip_pdf(s: &Shipment, ctx: &Context<'_>) -> Result<Vec<u8>> {
    let p = prepare(s, ctx.sdr_rates, ctx.fonts)?;
    let mut doc = Document::new();
    page(&mut doc, ctx.fonts, A4_W, A4_H, |c| draw_slip(c, &p))?;
    doc.finish().map_err(pdf_err)
}

/// Why a batch stopped: which order (0-based and its number) and the error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchError {
    /// Index in the input.
    pub index: usize,
    /// Its order number.
    pub order_number: String,
    /// What went wrong (`documents-cancelled` when cancelled).
    pub error: DocError,
}

/// One PDF with, per order and in input order: label, customs form, packing slip.
/// Every order is checked before the first page is drawn, so a bad order stops the batch
/// before anything prints. `progress(done, total)` runs after each order; setting
/// `cancel` stops at the next order.
pub fn batch_pdf(
    shipments: &[Shipment],
    ctx: &Context<'_>,
    progress: &mut dyn FnMut(usize, usize),
    cancel: &AtomicBool,
) -> std::result::Result<Vec<u8>, BatchError> {
    let fail = |i: usize, e: DocError| BatchError {
        index: i,
        order_number: shipments
            .get(i)
            .map(|s| s.order_number.clone())
            .unwrap_or_default(),
        error: e,
    };
    let mut prepared = Vec::with_capacity(shipments.len());
    for (i, s) in shipments.iter().enumerate() {
        prepared.push(prepare(s, ctx.sdr_rates, ctx.fonts).map_err(|e| fail(i, e))?);
    }
    let mut doc = Document::new();
    let total = prepared.len();
    for (i, p) in prepared.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            return Err(fail(i, DocError::Cancelled));
        }
        add_shipment(&mut doc, ctx.fonts, p, ctx.pdf).map_err(|e| fail(i, e))?;
        progress(i + 1, total);
    }
    if cancel.load(Ordering::Relaxed) {
        return Err(fail(total, DocError::Cancelled));
    }
    doc.finish().map_err(|e| fail(total, pdf_err(e)))
}
