//! The fonts documents are drawn with, and our own font fallback: PDF libraries do none,
//! so every string is split into runs by the first font that has each character, and a
//! character no font has is an error naming the field (`label-glyph-missing`), never an
//! empty box on a parcel.
//!
//! Fonts come from Debian packages (docs/adr/0700): DejaVu Sans (`fonts-dejavu-core`,
//! Latin, Cyrillic, Greek) and Droid Sans Fallback (`fonts-droid-fallback`, Chinese,
//! Japanese, Korean), read from `/usr/share/fonts` at run time; `scripts/setup.sh`
//! installs them. [`FontSet::from_files`] takes other paths (e.g. fonts shipped in an
//! app bundle).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use krilla::text::Font;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use crate::error::{DocError, Result};

/// A font file and the Debian package that provides it (for the error message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontFile {
    /// Path to a .ttf/.otf/.ttc.
    pub path: PathBuf,
    /// Face index in a collection.
    pub index: u32,
    /// Package that installs it.
    pub package: String,
}

impl FontFile {
    fn debian(path: &str, package: &str) -> FontFile {
        FontFile {
            path: PathBuf::from(path),
            index: 0,
            package: package.to_owned(),
        }
    }
}

/// One loaded face.
#[derive(Clone)]
pub(crate) struct Face {
    pub(crate) font: Font,
    data: Arc<Vec<u8>>,
    index: u32,
    units_per_em: f32,
}

impl Face {
    fn load(file: &FontFile) -> Result<Face> {
        let path = file.path.display().to_string();
        let bytes = std::fs::read(&file.path).map_err(|_| DocError::FontMissing {
            path: path.clone(),
            package: file.package.clone(),
        })?;
        Face::from_bytes(bytes, file.index, &path)
    }

    fn from_bytes(bytes: Vec<u8>, index: u32, name: &str) -> Result<Face> {
        let data = Arc::new(bytes);
        let invalid = || DocError::FontInvalid {
            path: name.to_owned(),
        };
        let units_per_em = {
            let f = FontRef::from_index(&data, index).map_err(|_| invalid())?;
            f.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em as f32
        };
        let font = Font::new(krilla::Data::from(data.clone()), index).ok_or_else(invalid)?;
        Ok(Face {
            font,
            data,
            index,
            units_per_em,
        })
    }

    fn font_ref(&self) -> Option<FontRef<'_>> {
        FontRef::from_index(&self.data, self.index).ok()
    }
}

/// A run of text drawn with one face.
pub(crate) struct Run<'t> {
    pub(crate) face: usize,
    pub(crate) text: &'t str,
    pub(crate) width: f32,
}

/// Regular and bold fallback chains.
#[derive(Clone)]
pub struct FontSet {
    regular: Vec<Face>,
    bold: Vec<Face>,
}

impl std::fmt::Debug for FontSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontSet")
            .field("regular", &self.regular.len())
            .field("bold", &self.bold.len())
            .finish()
    }
}

/// Debian paths of the default fonts: (regular chain, bold chain).
pub fn debian_fonts() -> (Vec<FontFile>, Vec<FontFile>) {
    let sans = FontFile::debian(
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "fonts-dejavu-core",
    );
    let bold = FontFile::debian(
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "fonts-dejavu-core",
    );
    let cjk = FontFile::debian(
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "fonts-droid-fallback",
    );
    (vec![sans, cjk.clone()], vec![bold, cjk])
}

/// Characters that are layout, not ink: never need a glyph.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

impl FontSet {
    /// The Debian fonts from `/usr/share/fonts`; a clear error naming the package if one
    /// is not installed.
    pub fn system() -> Result<FontSet> {
        let (regular, bold) = debian_fonts();
        FontSet::from_files(&regular, &bold)
    }

    /// Fallback chains from files, first font first.
    pub fn from_files(regular: &[FontFile], bold: &[FontFile]) -> Result<FontSet> {
        let load = |files: &[FontFile]| files.iter().map(Face::load).collect::<Result<Vec<_>>>();
        Ok(FontSet {
            regular: load(regular)?,
            bold: load(bold)?,
        })
    }

    /// A set from font bytes (e.g. embedded in an app bundle).
    pub fn from_bytes(regular: Vec<Vec<u8>>, bold: Vec<Vec<u8>>) -> Result<FontSet> {
        let load = |v: Vec<Vec<u8>>| {
            v.into_iter()
                .enumerate()
                .map(|(i, b)| Face::from_bytes(b, 0, &format!("font #{i}")))
                .collect::<Result<Vec<_>>>()
        };
        Ok(FontSet {
            regular: load(regular)?,
            bold: load(bold)?,
        })
    }

    pub(crate) fn faces(&self, bold: bool) -> &[Face] {
        if bold && !self.bold.is_empty() {
            &self.bold
        } else {
            &self.regular
        }
    }

    /// Checks that every character of `text` can be drawn; the error names `field`.
    pub fn check(&self, field: &str, text: &str) -> Result<()> {
        self.runs(field, text, 10.0, false).map(|_| ())
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, field: &str, text: &str, size: f32, bold: bool) -> Result<f32> {
        Ok(self
            .runs(field, text, size, bold)?
            .iter()
            .map(|r| r.width)
            .sum())
    }

    /// Splits `text` into runs, each drawn with the first face that has all its chars.
    pub(crate) fn runs<'t>(
        &self,
        field: &str,
        text: &'t str,
        size: f32,
        bold: bool,
    ) -> Result<Vec<Run<'t>>> {
        let faces = self.faces(bold);
        let refs: Vec<Option<FontRef<'_>>> = faces.iter().map(Face::font_ref).collect();
        let maps: Vec<_> = refs
            .iter()
            .map(|r| r.as_ref().map(|f| f.charmap()))
            .collect();
        let metrics: Vec<_> = refs
            .iter()
            .map(|r| {
                r.as_ref()
                    .map(|f| f.glyph_metrics(Size::unscaled(), LocationRef::default()))
            })
            .collect();
        let mut runs: Vec<Run<'t>> = Vec::new();
        let mut start = 0usize;
        let mut cur: Option<usize> = None;
        let mut width = 0f32;
        for (pos, c) in text.char_indices() {
            if c.is_control() {
                return Err(DocError::GlyphMissing {
                    field: field.to_owned(),
                    character: format!("U+{:04X}", c as u32),
                });
            }
            let found = (0..faces.len()).find_map(|i| {
                let gid = maps[i].as_ref()?.map(c)?;
                (gid.to_u32() != 0).then_some((i, gid))
            });
            let (face, advance) = match found {
                Some((i, gid)) => (
                    i,
                    metrics[i]
                        .as_ref()
                        .and_then(|m| m.advance_width(gid))
                        .unwrap_or(0.0)
                        / faces[i].units_per_em,
                ),
                None if invisible(c) => (cur.unwrap_or(0), 0.0),
                None => {
                    return Err(DocError::GlyphMissing {
                        field: field.to_owned(),
                        character: c.to_string(),
                    });
                }
            };
            if cur != Some(face) {
                if let Some(f) = cur {
                    runs.push(Run {
                        face: f,
                        text: &text[start..pos],
                        width: width * size,
                    });
                }
                cur = Some(face);
                start = pos;
                width = 0.0;
            }
            width += advance;
        }
        if let Some(f) = cur {
            runs.push(Run {
                face: f,
                text: &text[start..],
                width: width * size,
            });
        }
        Ok(runs)
    }
}

/// Whether a path exists (for setup checks and messages).
pub fn installed(file: &FontFile) -> bool {
    Path::new(&file.path).is_file()
}
