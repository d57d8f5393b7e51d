//! Writes sample documents to a folder to look at:
//! `cargo run -p shopkeeper-documents --example render -- /tmp/out`
use std::sync::atomic::AtomicBool;

use shopkeeper_documents::fonts::FontSet;
use shopkeeper_documents::pdf::{self, Context, PdfOptions};
use shopkeeper_documents::samples::{brazil, china, russia, sdr_rates};
use shopkeeper_documents::{picklist, prepare, zpl};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    let fonts = FontSet::system()?;
    let rates = sdr_rates();
    let ctx = Context {
        fonts: &fonts,
        sdr_rates: &rates,
        pdf: PdfOptions::default(),
    };
    let orders = vec![brazil(1), russia(2), china(3)];
    let cancel = AtomicBool::new(false);
    let batch = pdf::batch_pdf(&orders, &ctx, &mut |_, _| {}, &cancel).map_err(|e| e.error)?;
    std::fs::write(dir.join("batch.pdf"), batch)?;
    let rows = picklist::pick_list(&orders);
    std::fs::write(
        dir.join("pick.pdf"),
        pdf::pick_list_pdf(&rows, orders.len(), "en-US", &fonts)?,
    )?;
    let p = prepare(&orders[1], &rates, &fonts)?;
    let z = zpl::label_zpl(
        &p,
        &zpl::ZplOptions {
            dpi: zpl::Dpi::D203,
            font: zpl::ZplFont::Resident("E:ANMDJ.TTF".into()),
        },
    )?;
    std::fs::write(dir.join("label-203.zpl"), z)?;
    Ok(())
}
