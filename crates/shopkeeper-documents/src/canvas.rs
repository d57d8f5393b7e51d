//! A thin drawing layer over a krilla page surface: rectangles, rules and text runs
//! with our font fallback, in points from the top-left corner.

use krilla::color::luma;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::text::TextDirection;

use crate::error::{DocError, Result};
use crate::fonts::FontSet;

/// Drawing helpers bound to one page.
pub(crate) struct Canvas<'a, 'b> {
    pub(crate) s: &'a mut Surface<'b>,
    pub(crate) fonts: &'a FontSet,
}

fn black_fill() -> Fill {
    Fill {
        paint: luma::Color::black().into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

impl<'a, 'b> Canvas<'a, 'b> {
    pub(crate) fn new(s: &'a mut Surface<'b>, fonts: &'a FontSet) -> Self {
        s.set_fill(Some(black_fill()));
        s.set_stroke(None);
        Canvas { s, fonts }
    }

    /// Filled black rectangle.
    pub(crate) fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        if let Some(r) = Rect::from_xywh(x, y, w, h) {
            let mut pb = PathBuilder::new();
            pb.push_rect(r);
            if let Some(p) = pb.finish() {
                self.s.draw_path(&p);
            }
        }
    }

    /// Rectangle outline.
    pub(crate) fn stroke_rect(&mut self, x: f32, y: f32, w: f32, h: f32, width: f32) {
        if let Some(r) = Rect::from_xywh(x, y, w, h) {
            let mut pb = PathBuilder::new();
            pb.push_rect(r);
            if let Some(p) = pb.finish() {
                self.s.set_fill(None);
                self.s.set_stroke(Some(Stroke {
                    width,
                    ..Stroke::default()
                }));
                self.s.draw_path(&p);
                self.s.set_stroke(None);
                self.s.set_fill(Some(black_fill()));
            }
        }
    }

    /// Horizontal rule.
    pub(crate) fn hline(&mut self, x1: f32, x2: f32, y: f32, width: f32) {
        self.fill_rect(x1, y - width / 2.0, x2 - x1, width);
    }

    /// Draws `text` with its baseline at `y`; returns the width.
    pub(crate) fn text(
        &mut self,
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        field: &str,
        text: &str,
    ) -> Result<f32> {
        let runs = self.fonts.runs(field, text, size, bold)?;
        let faces = self.fonts.faces(bold);
        let mut cx = x;
        for r in runs {
            self.s.draw_text(
                Point::from_xy(cx, y),
                faces[r.face].font.clone(),
                size,
                r.text,
                false,
                TextDirection::Auto,
            );
            cx += r.width;
        }
        Ok(cx - x)
    }

    /// Text whose right edge is at `right`.
    pub(crate) fn text_right(
        &mut self,
        right: f32,
        y: f32,
        size: f32,
        bold: bool,
        field: &str,
        text: &str,
    ) -> Result<()> {
        let w = self.fonts.width(field, text, size, bold)?;
        self.text(right - w, y, size, bold, field, text).map(|_| ())
    }

    /// Text centred on `cx`.
    pub(crate) fn text_center(
        &mut self,
        cx: f32,
        y: f32,
        size: f32,
        bold: bool,
        field: &str,
        text: &str,
    ) -> Result<()> {
        let w = self.fonts.width(field, text, size, bold)?;
        self.text(cx - w / 2.0, y, size, bold, field, text)
            .map(|_| ())
    }

    /// One line shrunk (down to `min`) to fit `max_w`; too long even then is an error.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn text_fit(
        &mut self,
        x: f32,
        y: f32,
        max_w: f32,
        size: f32,
        min: f32,
        bold: bool,
        field: &str,
        text: &str,
    ) -> Result<()> {
        let mut sz = size;
        loop {
            let w = self.fonts.width(field, text, sz, bold)?;
            if w <= max_w {
                return self.text(x, y, sz, bold, field, text).map(|_| ());
            }
            if sz <= min {
                return Err(DocError::FieldTooLong {
                    field: field.to_owned(),
                });
            }
            sz = (sz - 0.5).max(min);
        }
    }
}

/// Lines of at most `max_w`, broken at spaces, or anywhere in a word with no spaces
/// (CJK text has none).
pub(crate) fn wrap(
    fonts: &FontSet,
    max_w: f32,
    size: f32,
    bold: bool,
    field: &str,
    text: &str,
) -> Result<Vec<String>> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in text.split(' ') {
        let candidate = if cur.is_empty() {
            word.to_owned()
        } else {
            format!("{cur} {word}")
        };
        if fonts.width(field, &candidate, size, bold)? <= max_w {
            cur = candidate;
            continue;
        }
        if !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        // The word alone may still be too wide: break it by characters.
        let mut piece = String::new();
        for c in word.chars() {
            let mut next = piece.clone();
            next.push(c);
            if !piece.is_empty() && fonts.width(field, &next, size, bold)? > max_w {
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
            } else {
                piece = next;
            }
        }
        cur = piece;
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    Ok(lines)
}
