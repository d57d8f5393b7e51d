//! Helpers for the golden tests: poppler (`pdftoppm`, `pdftotext`, `pdffonts`,
//! `pdfinfo`) and `zbarimg`. A missing tool FAILS the test (scripts/setup.sh --test
//! installs `poppler-utils` and `zbar-tools`); it never skips.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use shopkeeper_documents::fonts::FontSet;

pub fn fonts() -> FontSet {
    FontSet::system().unwrap_or_else(|e| panic!("{e} — run scripts/setup.sh"))
}

fn run(tool: &str, args: &[&str]) -> std::process::Output {
    Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("{tool} is required for this test ({e}); run `scripts/setup.sh --test` (Debian poppler-utils, zbar-tools)")
    })
}

pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Renders page `page` (1-based) at 300 dpi to a PNG and returns its path.
pub fn render(pdf: &Path, page: u32, dpi: u32) -> PathBuf {
    let prefix = pdf.with_extension(format!("p{page}"));
    let out = run(
        "pdftoppm",
        &[
            "-r",
            &dpi.to_string(),
            "-png",
            "-singlefile",
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "pdftoppm: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    prefix.with_extension(format!("p{page}.png"))
}

/// Gray PGM of page `page` at `dpi`: (width, height, pixels).
pub fn gray(pdf: &Path, page: u32, dpi: u32) -> (usize, usize, Vec<u8>) {
    let prefix = pdf.with_extension(format!("g{page}"));
    let out = run(
        "pdftoppm",
        &[
            "-r",
            &dpi.to_string(),
            "-gray",
            "-singlefile",
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    let bytes = std::fs::read(prefix.with_extension(format!("g{page}.pgm"))).unwrap();
    // P5\n<w> <h>\n255\n<data>
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..i]).into_owned());
    }
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, bytes[i + 1..].to_vec())
}

/// Dark pixels in a rectangle given in points.
pub fn ink(img: &(usize, usize, Vec<u8>), dpi: u32, x: f32, y: f32, w: f32, h: f32) -> usize {
    let s = dpi as f32 / 72.0;
    let (x0, y0) = ((x * s) as usize, (y * s) as usize);
    let (x1, y1) = (((x + w) * s) as usize, ((y + h) * s) as usize);
    let mut n = 0;
    for yy in y0..y1.min(img.1) {
        for xx in x0..x1.min(img.0) {
            if img.2[yy * img.0 + xx] < 128 {
                n += 1;
            }
        }
    }
    n
}

/// Code 128 symbols zbarimg finds in a PNG.
pub fn scan(png: &Path) -> Vec<String> {
    let out = run(
        "zbarimg",
        &[
            "--quiet",
            "--raw",
            "-Sdisable",
            "-Scode128.enable",
            png.to_str().unwrap(),
        ],
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

pub fn text(pdf: &Path, page: Option<u32>) -> String {
    let p = pdf.to_str().unwrap();
    let out = match page {
        Some(n) => run(
            "pdftotext",
            &[
                "-f",
                &n.to_string(),
                "-l",
                &n.to_string(),
                "-layout",
                p,
                "-",
            ],
        ),
        None => run("pdftotext", &["-layout", p, "-"]),
    };
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn fonts_listed(pdf: &Path) -> String {
    let out = run("pdffonts", &[pdf.to_str().unwrap()]);
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// (pages, [(w, h)] in points) from pdfinfo.
pub fn pages(pdf: &Path) -> Vec<(f32, f32)> {
    let out = run(
        "pdfinfo",
        &["-f", "1", "-l", "100000", pdf.to_str().unwrap()],
    );
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.starts_with("Page") && l.contains("size:"))
        .map(|l| {
            let after = l.split("size:").nth(1).unwrap().trim();
            let mut it = after.split_whitespace();
            let w: f32 = it.next().unwrap().parse().unwrap();
            it.next();
            let h: f32 = it.next().unwrap().parse().unwrap();
            (w, h)
        })
        .collect()
}
