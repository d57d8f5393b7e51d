//! A small ZPL II writer for 4x6 labels on Zebra-compatible thermal printers at 203 or
//! 300 dpi. User data always goes through `^FH` hex escapes, so an address containing
//! `^` or `~` cannot inject printer commands; the Code 128 module width (`^BY`) is a
//! whole number of dots and the quiet zone is kept.

use std::fmt::Write as _;

use crate::code128::{Part, QUIET_ZONE_MODULES, min_module_dots, snap_module};
use crate::customs::Form;
use crate::error::{DocError, Result};
use crate::prepare::Prepared;
use crate::s10;

/// Printer resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dpi {
    /// 8 dots/mm: 812 x 1218 dots on 4x6.
    D203,
    /// 12 dots/mm: 1200 x 1800 dots on 4x6.
    D300,
}

impl Dpi {
    /// Dots per inch.
    pub fn dots_per_inch(self) -> u32 {
        match self {
            Dpi::D203 => 203,
            Dpi::D300 => 300,
        }
    }

    /// Label width and length in dots.
    pub fn label_dots(self) -> (u32, u32) {
        match self {
            Dpi::D203 => (812, 1218),
            Dpi::D300 => (1200, 1800),
        }
    }
}

/// Which printer font draws the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZplFont {
    /// The built-in scalable font 0 (`^A0N`): Latin only on most printers.
    Builtin,
    /// A Unicode TrueType font stored on the printer (e.g. `E:ANMDJ.TTF`, Zebra's
    /// Andale with CJK), mapped to font `1` with `^CW` for Cyrillic and Chinese.
    Resident(String),
}

/// Options for a ZPL label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZplOptions {
    /// Resolution.
    pub dpi: Dpi,
    /// Font.
    pub font: ZplFont,
}

/// Appends `text` escaped for a `^FH_` field: `^`, `~`, `_`, `\` and control characters
/// as `_XX` hex bytes; everything else as UTF-8 (the label uses `^CI28`).
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '^' | '~' | '_' | '\\' => {
                let _ = write!(out, "_{:02X}", c as u32);
            }
            c if c.is_control() => {
                // Control characters as spaces' worth of hex (newlines become spaces).
                let b = c as u32;
                if b < 0x80 {
                    let _ = write!(out, "_{b:02X}");
                }
            }
            c => out.push(c),
        }
    }
}

/// Escaped copy of `text`.
pub fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    escape_into(&mut s, text);
    s
}

struct Writer {
    out: String,
    font: &'static str,
    scale: f32,
}

impl Writer {
    /// Points (1/72 in) to dots.
    fn d(&self, pt: f32) -> u32 {
        (pt * self.scale).round() as u32
    }

    /// A text block at (x, y) points, `size` points tall, wrapped by the printer in a
    /// field block `w` points wide with at most `lines` lines.
    fn text(&mut self, x: f32, y: f32, size: f32, w: f32, lines: u32, text: &str) {
        let (x, y, h, w) = (self.d(x), self.d(y), self.d(size), self.d(w));
        let _ = write!(
            self.out,
            "^FO{x},{y}^{}N,{h},{h}^FB{w},{lines},0,L,0^FH_^FD",
            self.font
        );
        escape_into(&mut self.out, text);
        self.out.push_str("^FS\n");
    }

    /// Several lines in one field block, joined with the `\&` line break (escaped data
    /// cannot contain a backslash, so user text cannot forge one).
    fn lines(&mut self, x: f32, y: f32, size: f32, w: f32, max: u32, lines: &[&str]) {
        let (x, y, h, w) = (self.d(x), self.d(y), self.d(size), self.d(w));
        let _ = write!(
            self.out,
            "^FO{x},{y}^{}N,{h},{h}^FB{w},{max},0,L,0^FH_^FD",
            self.font
        );
        for (i, l) in lines.iter().enumerate() {
            if i > 0 {
                self.out.push_str("\\&");
            }
            escape_into(&mut self.out, l);
        }
        self.out.push_str("^FS\n");
    }

    fn rule(&mut self, x: f32, y: f32, w: f32, h: f32, t: f32) {
        let (x, y, w, h) = (self.d(x), self.d(y), self.d(w), self.d(h));
        let t = self.d(t).max(1);
        // ^GB sides are at least the line thickness (a rule is a box `t` high).
        let _ = writeln!(self.out, "^FO{x},{y}^GB{},{},{t}^FS", w.max(t), h.max(t));
    }
}

/// The `^FD` data for `^BC` in mode N: explicit start and code-set invocations
/// (`>:` start B, `>;` start C, `>5` to C, `>6` to B) so the printer draws exactly
/// the symbol our encoder measured.
fn bc_data(parts: &[Part]) -> String {
    let mut s = String::new();
    for p in parts {
        match p {
            Part::StartB => s.push_str(">:"),
            Part::StartC => s.push_str(">;"),
            Part::ToC => s.push_str(">5"),
            Part::ToB => s.push_str(">6"),
            Part::Char(b'>') => s.push_str("><"),
            Part::Char(c) => s.push(char::from(*c)),
            Part::Pair(a, b) => {
                let _ = write!(s, "{a}{b}");
            }
        }
    }
    s
}

/// The 4x6 label as ZPL. Layout mirrors the PDF label.
pub fn label_zpl(p: &Prepared<'_>, opts: &ZplOptions) -> Result<String> {
    let mut out = String::with_capacity(2048);
    label_zpl_into(&mut out, p, opts)?;
    Ok(out)
}

/// The printer's built-in font 0 draws Latin-1 at most: anything beyond it would print as
/// nothing or garbage, so it is refused naming the field (use [`ZplFont::Resident`]).
fn check_builtin(p: &Prepared<'_>) -> Result<()> {
    let s = p.shipment;
    let mut fields: Vec<(&str, &str)> = p
        .sender
        .iter()
        .chain(&p.recipient)
        .map(|l| (l.field.as_str(), l.text.as_str()))
        .collect();
    fields.push(("carrier.name", &s.carrier.name));
    fields.push(("order_number", &s.order_number));
    if let Some(v) = &s.carrier.service {
        fields.push(("carrier.service", v));
    }
    if let Some(v) = &s.recipient.phone {
        fields.push(("recipient.phone", v));
    }
    for (field, text) in fields {
        if let Some(c) = text.chars().find(|c| (*c as u32) > 0xFF) {
            return Err(DocError::GlyphMissing {
                field: field.to_owned(),
                character: c.to_string(),
            });
        }
    }
    Ok(())
}

/// Like [`label_zpl`], appending to `out` (batches reuse one buffer).
pub fn label_zpl_into(out: &mut String, p: &Prepared<'_>, opts: &ZplOptions) -> Result<()> {
    let s = p.shipment;
    if opts.font == ZplFont::Builtin {
        check_builtin(p)?;
    }
    let (pw, ll) = opts.dpi.label_dots();
    let dpi = opts.dpi.dots_per_inch();
    let mut w = Writer {
        out: std::mem::take(out),
        font: "A0",
        scale: dpi as f32 / 72.0,
    };
    let _ = write!(w.out, "^XA\n^CI28\n^PW{pw}\n^LL{ll}\n^LH0,0\n");
    if let ZplFont::Resident(name) = &opts.font {
        w.out.push_str("^CW1,");
        escape_into(&mut w.out, name);
        w.out.push('\n');
        w.font = "A1";
    }
    w.rule(4.0, 4.0, 280.0, 424.0, 1.0);
    w.text(10.0, 12.0, 14.0, 190.0, 1, &s.carrier.name);
    if let Some(service) = &s.carrier.service {
        w.text(10.0, 29.0, 8.0, 190.0, 1, service);
    }
    if let Some(form) = p.form {
        w.rule(218.0, 12.0, 58.0, 26.0, 1.5);
        let t = match form {
            Form::Cn22 => "CN 22",
            Form::Cn23 => "CN 23",
        };
        w.text(226.0, 19.0, 12.0, 50.0, 1, t);
    }
    w.rule(4.0, 44.0, 280.0, 0.0, 1.0);
    w.text(10.0, 48.0, 6.5, 268.0, 1, "FROM / EXPEDITEUR:");
    let sender: Vec<&str> = p.sender.iter().map(|l| l.text.as_str()).collect();
    w.lines(10.0, 58.0, 7.5, 268.0, 6, &sender);
    w.rule(4.0, 120.0, 280.0, 0.0, 1.0);
    w.text(10.0, 125.0, 7.5, 268.0, 1, "TO / DESTINATAIRE:");
    let to: Vec<&str> = p.recipient.iter().map(|l| l.text.as_str()).collect();
    w.lines(16.0, 138.0, 12.0, 262.0, 9, &to);
    if let Some(phone) = s
        .recipient
        .phone
        .as_deref()
        .filter(|t| !t.trim().is_empty())
    {
        w.text(16.0, 258.0, 8.0, 262.0, 1, &format!("Tel. {phone}"));
    }
    w.rule(4.0, 274.0, 280.0, 0.0, 1.0);
    // Barcode: whole dots per module, centred, quiet zone kept.
    let total = p.barcode.modules_with_quiet_zone();
    let avail = pw - 2 * w.d(8.0);
    let module = snap_module(total, f64::from(avail), 1.0, 10)
        .filter(|k| *k >= min_module_dots(dpi))
        .ok_or_else(|| DocError::BarcodeTooWide {
            value: s.tracking.clone(),
        })?;
    let sym = p.barcode.modules() * module;
    let x = (pw - sym) / 2;
    debug_assert!(x >= QUIET_ZONE_MODULES * module);
    let (y, h) = (w.d(284.0), w.d(72.0));
    let _ = write!(
        w.out,
        "^BY{module},3,{h}\n^FO{x},{y}^BCN,{h},N,N,N,N^FD{}^FS\n",
        bc_data(&p.barcode.parts)
    );
    let readable = s10::human_readable(&s.tracking);
    {
        let (y, hh) = (w.d(362.0), w.d(12.0));
        let _ = write!(
            w.out,
            "^FO0,{y}^{}N,{hh},{hh}^FB{pw},1,0,C,0^FH_^FD",
            w.font
        );
        escape_into(&mut w.out, &readable);
        w.out.push_str("^FS\n");
    }
    w.rule(4.0, 384.0, 280.0, 0.0, 1.0);
    w.text(
        10.0,
        390.0,
        9.0,
        180.0,
        1,
        &format!("Order {}", s.order_number),
    );
    w.text(
        190.0,
        390.0,
        9.0,
        88.0,
        1,
        &format!(
            "{}.{:03} kg",
            s.parcel.weight_g / 1000,
            s.parcel.weight_g % 1000
        ),
    );
    w.text(10.0, 405.0, 7.0, 180.0, 1, &s.order_date);
    w.out.push_str("^XZ\n");
    *out = w.out;
    Ok(())
}

/// Labels for N orders as one ZPL job (one `^XA…^XZ` per order, in order). Every order
/// is checked first, so a bad one stops the job before anything is sent; `progress` and
/// `cancel` work as in [`crate::pdf::batch_pdf`].
pub fn batch_zpl(
    shipments: &[crate::model::Shipment],
    rates: &[crate::customs::SdrRate],
    fonts: &crate::fonts::FontSet,
    opts: &ZplOptions,
    progress: &mut dyn FnMut(usize, usize),
    cancel: &std::sync::atomic::AtomicBool,
) -> std::result::Result<String, crate::pdf::BatchError> {
    let fail = |i: usize, e: DocError| crate::pdf::BatchError {
        index: i,
        order_number: shipments
            .get(i)
            .map(|s| s.order_number.clone())
            .unwrap_or_default(),
        error: e,
    };
    let mut prepared = Vec::with_capacity(shipments.len());
    for (i, s) in shipments.iter().enumerate() {
        prepared.push(crate::prepare::prepare(s, rates, fonts).map_err(|e| fail(i, e))?);
    }
    let mut out = String::with_capacity(prepared.len() * 2048);
    for (i, p) in prepared.iter().enumerate() {
        if cancel.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(fail(i, DocError::Cancelled));
        }
        label_zpl_into(&mut out, p, opts).map_err(|e| fail(i, e))?;
        progress(i + 1, prepared.len());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_caret_tilde_underscore_backslash_and_controls() {
        assert_eq!(escape("a^b~c_d\\e"), "a_5Eb_7Ec_5Fd_5Ce");
        assert_eq!(escape("x\ny\u{7}"), "x_0Ay_07");
        assert_eq!(escape("Иван 张伟"), "Иван 张伟");
        assert_eq!(escape("^XZ^XA"), "_5EXZ_5EXA");
    }

    #[test]
    fn rules_are_boxes_at_least_as_thick_as_their_line() {
        let mut w = Writer {
            out: String::new(),
            font: "A0",
            scale: 203.0 / 72.0,
        };
        w.rule(4.0, 44.0, 280.0, 0.0, 1.0);
        assert_eq!(w.out, "^FO11,124^GB789,3,3^FS\n");
    }

    #[test]
    fn bc_data_uses_invocation_codes() {
        let c = crate::code128::Code128::encode("RR473124829DE").expect("ascii");
        assert_eq!(bc_data(&c.parts), ">:RR4>573124829>6DE");
        let c = crate::code128::Code128::encode("12345678").expect("digits");
        assert_eq!(bc_data(&c.parts), ">;12345678");
    }
}
