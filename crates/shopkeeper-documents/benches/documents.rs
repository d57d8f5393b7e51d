//! Documents benchmarks (release build; see docs/benchmarks.md "Documents"):
//!
//! 1. 1,000 orders → one PDF with label + CN23 + packing slip each (3,000 pages), against
//!    an anchor measured in the same run: krilla writing 3,000 pages with one rectangle each.
//! 2. 10,000 ZPL labels (203 dpi), against an anchor: formatting the same number of bytes
//!    with bare `write!` calls.
//!
//! `cargo bench -p shopkeeper-documents --bench documents`

use std::fmt::Write as _;
use std::hint::black_box;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use krilla::Document;
use krilla::geom::{PathBuilder, Rect};
use krilla::page::PageSettings;
use shopkeeper_documents::customs::Form;
use shopkeeper_documents::fonts::FontSet;
use shopkeeper_documents::pdf::{self, Context, PdfOptions};
use shopkeeper_documents::samples::{russia, sdr_rates};
use shopkeeper_documents::{prepare, zpl};

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed());
        out = Some(r);
    }
    (best, out.expect("at least one run"))
}

fn rect_pages(n: usize) -> Vec<u8> {
    let mut doc = Document::new();
    for i in 0..n {
        let (w, h) = if i % 3 == 0 {
            (288.0, 432.0)
        } else {
            (595.0, 842.0)
        };
        let mut page = doc.start_page_with(PageSettings::from_wh(w, h).expect("size"));
        let mut s = page.surface();
        let mut pb = PathBuilder::new();
        pb.push_rect(Rect::from_xywh(10.0, 10.0, 100.0, 50.0).expect("rect"));
        s.draw_path(&pb.finish().expect("path"));
        s.finish();
        page.finish();
    }
    doc.finish().expect("pdf")
}

const NAME: &str = "Иванов Иван Петрович";

fn main() {
    let fonts = FontSet::system().expect("fonts: run scripts/setup.sh");
    let rates = sdr_rates();
    let ctx = Context {
        fonts: &fonts,
        sdr_rates: &rates,
        pdf: PdfOptions::default(),
    };

    // 1,000 orders, each label + CN23 + slip.
    let orders: Vec<_> = (0..1_000).map(russia).collect();
    let p0 = prepare(&orders[0], &rates, &fonts).expect("valid sample");
    assert_eq!(p0.form, Some(Form::Cn23));
    let cancel = AtomicBool::new(false);
    let (t_batch, bytes) = best(3, || {
        pdf::batch_pdf(&orders, &ctx, &mut |_, _| {}, &cancel).expect("batch")
    });
    let pages = 3 * orders.len();
    let (t_rect, rect) = best(3, || rect_pages(pages));
    black_box(rect.len());
    println!(
        "pdf batch: {} orders, {pages} pages, {:.1} MB in {:.2} s ({:.2} ms/order); anchor {pages} one-rectangle pages {:.3} s; ratio {:.1}x",
        orders.len(),
        bytes.len() as f64 / 1e6,
        t_batch.as_secs_f64(),
        t_batch.as_secs_f64() * 1e3 / orders.len() as f64,
        t_rect.as_secs_f64(),
        t_batch.as_secs_f64() / t_rect.as_secs_f64()
    );

    // 10,000 ZPL labels.
    let opts = zpl::ZplOptions {
        dpi: zpl::Dpi::D203,
        font: zpl::ZplFont::Resident("E:ANMDJ.TTF".into()),
    };
    let labels: Vec<_> = (0..10_000).map(russia).collect();
    let prepared: Vec<_> = labels
        .iter()
        .map(|s| prepare(s, &rates, &fonts).expect("valid"))
        .collect();
    let (t_zpl, out) = best(5, || {
        let mut out = String::new();
        for p in &prepared {
            zpl::label_zpl_into(&mut out, p, &opts).expect("zpl");
        }
        out
    });
    let per = out.len() / prepared.len();
    let (t_write, anchor) = best(5, || {
        let mut s = String::with_capacity(out.len());
        let mut i = 0usize;
        while s.len() < out.len() {
            let _ = writeln!(s, "^FO{},{}^A0N,30,30^FD{}^FS", i % 800, i % 1200, NAME);
            i += 1;
        }
        s
    });
    black_box(anchor.len());
    println!(
        "zpl: {} labels, {:.1} MB ({per} bytes/label) in {:.3} s ({:.1} µs/label); anchor bare write! of the same bytes {:.3} s; ratio {:.1}x",
        prepared.len(),
        out.len() as f64 / 1e6,
        t_zpl.as_secs_f64(),
        t_zpl.as_secs_f64() * 1e6 / prepared.len() as f64,
        t_write.as_secs_f64(),
        t_zpl.as_secs_f64() / t_write.as_secs_f64()
    );
    // Preparing (validation, S10, glyph checks) is part of the app's work too.
    let (t_prep, n) = best(3, || {
        labels
            .iter()
            .map(|s| prepare(s, &rates, &fonts).map(|_| 1).unwrap_or(0))
            .sum::<usize>()
    });
    println!(
        "prepare (checks incl. glyph coverage): {n} orders in {:.3} s",
        t_prep.as_secs_f64()
    );
}
