//! Embeds every `locales/<lang>/*.ftl` file: the one source of strings for
//! Rust and the UI. `locales/replies/` is not a UI language: it holds the
//! buyer-facing saved replies, which `shopkeeper-messages` embeds itself.
use std::fmt::Write as _;
use std::path::PathBuf;

/// Saved-reply templates (one file per buyer language), not UI strings.
const REPLIES_DIR: &str = "replies";

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files: Vec<(String, String, PathBuf)> = Vec::new();
    for lang in std::fs::read_dir(&root).expect("locales/ exists") {
        let lang = lang.expect("readable locales/").path();
        if !lang.is_dir() || lang.file_name().is_some_and(|n| n == REPLIES_DIR) {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in std::fs::read_dir(&lang).expect("readable locale dir") {
            let file = file.expect("readable locale file").path();
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                let tag = lang
                    .file_name()
                    .expect("dir name")
                    .to_string_lossy()
                    .into_owned();
                let name = file
                    .file_name()
                    .expect("file name")
                    .to_string_lossy()
                    .into_owned();
                files.push((tag, name, file.canonicalize().expect("canonical path")));
            }
        }
    }
    files.sort();
    let mut out = String::from(
        "/// (locale, file name, contents) of every embedded .ftl file.\npub static FILES: &[(&str, &str, &str)] = &[\n",
    );
    for (tag, name, path) in files {
        writeln!(
            out,
            "    ({tag:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("write to string");
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
