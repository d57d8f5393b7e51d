//! Shopkeeper's photo pipeline: validate a hostile photo, apply its EXIF orientation,
//! drop every piece of metadata, and produce the marketplace sizes as JPEG and WebP.
//!
//! Pure and synchronous: call [`Pipeline::process`] from a blocking thread. See
//! `docs/adr/0200-photo-pipeline.md` for the decisions behind it.
//!
//! ```no_run
//! use shopkeeper_media::{Limits, Pipeline};
//! let bytes = std::fs::read("photo.jpg").expect("read");
//! let processed = Pipeline::new(Limits::default()).process(&bytes).expect("process");
//! if processed.had_gps {
//!     // tell the seller their photo carried a location (it is not in any output)
//! }
//! for r in &processed.renditions {
//!     println!("{} {:?} {}x{} {} bytes", r.long_side, r.format, r.width, r.height, r.bytes.len());
//! }
//! ```

mod container;
mod error;
mod pipeline;

pub use error::{ErrorArg, MediaError};

/// Source formats the pipeline accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceFormat {
    Jpeg,
    Png,
    WebP,
}

/// Output encodings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutputFormat {
    Jpeg,
    WebP,
}

/// Caps checked before any pixel is decoded, and passed on to the decoders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest accepted file, in bytes. Default 40 MiB.
    pub max_file_bytes: u64,
    /// Largest width or height, in pixels. Default 12,000.
    pub max_side: u32,
    /// Largest width × height. Default 100,000,000 (100 megapixels).
    pub max_pixels: u64,
    /// Most bytes a decoder may allocate at once (`image::Limits::max_alloc`).
    /// Default 512 MiB: a 100-megapixel RGBA8 image plus headroom.
    pub max_alloc: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 40 * 1024 * 1024,
            max_side: 12_000,
            max_pixels: 100_000_000,
            max_alloc: 512 * 1024 * 1024,
        }
    }
}

/// What [`Pipeline::probe`] learns from the headers alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Info {
    pub format: SourceFormat,
    /// Dimensions as displayed, i.e. after the EXIF orientation.
    pub width: u32,
    pub height: u32,
    /// EXIF orientation 1..=8 (1 = as stored).
    pub orientation: u8,
    /// The file carries GPS coordinates (EXIF GPS IFD or XMP).
    pub had_gps: bool,
}

/// One encoded output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendition {
    /// The requested long side (1600, 800 or 220 by default).
    pub long_side: u32,
    pub width: u32,
    pub height: u32,
    pub format: OutputFormat,
    /// The source was smaller than `long_side`, so it kept its own size (never upscaled).
    pub kept_source_size: bool,
    /// The encoded file: no EXIF, GPS, XMP, ICC or comments.
    pub bytes: Vec<u8>,
}

/// The result of processing one photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    pub source_format: SourceFormat,
    /// Full-size dimensions after orientation.
    pub width: u32,
    pub height: u32,
    pub had_gps: bool,
    /// The EXIF orientation that was applied (1 = none needed).
    pub orientation_applied: u8,
    /// Sizes from largest to smallest; for each size, formats in the pipeline's order.
    pub renditions: Vec<Rendition>,
}

/// The marketplace sizes: long side in pixels.
pub const DEFAULT_SIZES: [u32; 3] = [1600, 800, 220];

/// A configured pipeline. Cheap to build; holds no buffers between calls.
#[derive(Debug, Clone)]
pub struct Pipeline {
    limits: Limits,
    sizes: Vec<u32>,
    formats: Vec<OutputFormat>,
    jpeg_quality: u8,
    webp_quality: u8,
}

impl Pipeline {
    /// Sizes 1600/800/220, JPEG quality 85 and WebP quality 80.
    pub fn new(limits: Limits) -> Self {
        Pipeline {
            limits,
            sizes: DEFAULT_SIZES.to_vec(),
            formats: vec![OutputFormat::Jpeg, OutputFormat::WebP],
            jpeg_quality: 85,
            webp_quality: 80,
        }
    }

    /// Long sides to produce (zeros ignored; sorted largest first, duplicates dropped).
    pub fn sizes(mut self, sizes: &[u32]) -> Self {
        let mut s: Vec<u32> = sizes.iter().copied().filter(|s| *s > 0).collect();
        s.sort_unstable_by(|a, b| b.cmp(a));
        s.dedup();
        self.sizes = s;
        self
    }

    /// Output formats per size, in this order.
    pub fn formats(mut self, formats: &[OutputFormat]) -> Self {
        let mut f = Vec::new();
        for x in formats {
            if !f.contains(x) {
                f.push(*x);
            }
        }
        self.formats = f;
        self
    }

    /// JPEG quality 1..=100 (clamped).
    pub fn jpeg_quality(mut self, q: u8) -> Self {
        self.jpeg_quality = q.clamp(1, 100);
        self
    }

    /// WebP quality 1..=100 (clamped).
    pub fn webp_quality(mut self, q: u8) -> Self {
        self.webp_quality = q.clamp(1, 100);
        self
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Format, displayed dimensions, orientation and GPS presence from the headers only.
    /// Applies the same size and dimension limits as `process`.
    pub fn probe(&self, data: &[u8]) -> Result<Info, MediaError> {
        pipeline::probe(self, data).map(|(info, _)| info)
    }

    /// Validate, decode once, orient, resize and encode every size in every format.
    /// The input bytes are not modified; keep them as the seller's original.
    pub fn process(&self, data: &[u8]) -> Result<Processed, MediaError> {
        pipeline::process(self, data)
    }
}
