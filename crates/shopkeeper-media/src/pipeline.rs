//! Decode once (JPEG with libjpeg-turbo DCT scaling), resize the sizes in a cascade with
//! fast_image_resize (Lanczos3), orient each result, encode with turbojpeg and libwebp.

use std::borrow::Cow;
use std::io::Cursor;

use fast_image_resize as fir;
use image::{DynamicImage, ImageReader, RgbImage, metadata::Orientation};

use crate::container::{self, Meta};
use crate::{Info, MediaError, OutputFormat, Pipeline, Processed, Rendition, SourceFormat};

/// Packed RGB8 pixels, rows without padding.
#[derive(Clone)]
struct Rgb {
    width: u32,
    height: u32,
    pixels: Vec<u8>,
}

struct Probed {
    info: Info,
    /// Dimensions as stored in the file (before orientation).
    stored: (u32, u32),
}

fn check_file_size(p: &Pipeline, data: &[u8]) -> Result<(), MediaError> {
    let size = data.len() as u64;
    if size > p.limits.max_file_bytes {
        return Err(MediaError::TooLarge {
            size,
            max_size: p.limits.max_file_bytes,
        });
    }
    if data.is_empty() {
        return Err(MediaError::Empty);
    }
    Ok(())
}

fn too_many_pixels(p: &Pipeline, (width, height): (u32, u32)) -> MediaError {
    MediaError::TooManyPixels {
        width,
        height,
        max_side: p.limits.max_side,
        max_pixels: p.limits.max_pixels,
    }
}

fn check_dimensions(p: &Pipeline, (w, h): (u32, u32)) -> Result<(), MediaError> {
    let l = &p.limits;
    if w == 0 || h == 0 {
        return Err(MediaError::Corrupt {
            detail: format!("zero dimension {w}x{h}"),
        });
    }
    if w > l.max_side || h > l.max_side || u64::from(w) * u64::from(h) > l.max_pixels {
        return Err(too_many_pixels(p, (w, h)));
    }
    Ok(())
}

/// Classify a libjpeg-turbo message. Warnings make tjDecompress2 fail too (the pixels are
/// complete then); "extraneous bytes" is harmless and common in camera files.
enum JpegProblem {
    Harmless,
    Fatal(MediaError),
}

fn jpeg_problem(e: turbojpeg::Error) -> JpegProblem {
    let msg = e.to_string();
    let lower = msg.to_ascii_lowercase();
    if lower.contains("extraneous bytes before marker") {
        JpegProblem::Harmless
    } else if lower.contains("premature end") {
        JpegProblem::Fatal(MediaError::Truncated)
    } else if lower.contains("unsupported color conversion") || lower.contains("cmyk") {
        JpegProblem::Fatal(MediaError::UnsupportedFormat {
            detected: Some("cmyk-jpeg"),
        })
    } else {
        JpegProblem::Fatal(MediaError::Corrupt { detail: msg })
    }
}

fn jpeg_fatal(e: turbojpeg::Error) -> MediaError {
    match jpeg_problem(e) {
        JpegProblem::Harmless => MediaError::Corrupt {
            detail: "unexpected JPEG warning".into(),
        },
        JpegProblem::Fatal(m) => m,
    }
}

fn image_error(p: &Pipeline, dims: (u32, u32), e: image::ImageError) -> MediaError {
    use image::ImageError as E;
    match e {
        E::Limits(_) => too_many_pixels(p, dims),
        E::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => MediaError::Truncated,
        E::Unsupported(u) => MediaError::Corrupt {
            detail: format!("unsupported variant: {u}"),
        },
        other => {
            let detail = other.to_string();
            let lower = detail.to_ascii_lowercase();
            if lower.contains("eof") || lower.contains("end of file") || lower.contains("truncat") {
                MediaError::Truncated
            } else {
                MediaError::Corrupt { detail }
            }
        }
    }
}

fn image_limits(p: &Pipeline, with_dimensions: bool) -> image::Limits {
    let mut l = image::Limits::default();
    if with_dimensions {
        l.max_image_width = Some(p.limits.max_side);
        l.max_image_height = Some(p.limits.max_side);
    }
    l.max_alloc = Some(p.limits.max_alloc);
    l
}

fn u32_dim(v: usize) -> Result<u32, MediaError> {
    u32::try_from(v).map_err(|_| MediaError::Corrupt {
        detail: format!("dimension {v} out of range"),
    })
}

fn probe_inner(p: &Pipeline, data: &[u8]) -> Result<(Probed, SourceFormat), MediaError> {
    check_file_size(p, data)?;
    let format = container::sniff(data)?;
    let (stored, meta): ((u32, u32), Meta) = match format {
        SourceFormat::Jpeg => {
            let meta = container::jpeg_meta(data)?;
            let mut d = turbojpeg::Decompressor::new().map_err(|e| MediaError::Corrupt {
                detail: e.to_string(),
            })?;
            let header = d.read_header(data).map_err(jpeg_fatal)?;
            // libjpeg-turbo cannot convert CMYK/YCCK to RGB: refuse at probe time already.
            if matches!(
                header.colorspace,
                turbojpeg::Colorspace::CMYK | turbojpeg::Colorspace::YCCK
            ) {
                return Err(MediaError::UnsupportedFormat {
                    detected: Some("cmyk-jpeg"),
                });
            }
            ((u32_dim(header.width)?, u32_dim(header.height)?), meta)
        }
        SourceFormat::Png => container::png_meta(data)?,
        SourceFormat::WebP => {
            let meta = container::webp_meta(data)?;
            let mut reader = ImageReader::with_format(Cursor::new(data), image::ImageFormat::WebP);
            reader.limits(image_limits(p, false));
            let dims = reader
                .into_dimensions()
                .map_err(|e| image_error(p, (0, 0), e))?;
            (dims, meta)
        }
    };
    check_dimensions(p, stored)?;
    let facts = container::exif_facts(meta.exif);
    let (width, height) = if swaps_axes(facts.orientation) {
        (stored.1, stored.0)
    } else {
        stored
    };
    Ok((
        Probed {
            info: Info {
                format,
                width,
                height,
                orientation: facts.orientation,
                had_gps: facts.has_gps || meta.xmp_gps,
            },
            stored,
        },
        format,
    ))
}

pub(crate) fn probe(p: &Pipeline, data: &[u8]) -> Result<(Info, (u32, u32)), MediaError> {
    probe_inner(p, data).map(|(pr, _)| (pr.info, pr.stored))
}

fn swaps_axes(orientation: u8) -> bool {
    (5..=8).contains(&orientation)
}

/// Displayed target size for `long_side`: exact long side, short side rounded, never
/// larger than the source. Returns (width, height, kept_source_size).
fn fit(width: u32, height: u32, long_side: u32) -> (u32, u32, bool) {
    let long = width.max(height);
    if long <= long_side {
        return (width, height, long < long_side);
    }
    let short = u64::from(width.min(height));
    let scaled = ((short * u64::from(long_side) + u64::from(long) / 2) / u64::from(long)).max(1);
    let scaled = u32::try_from(scaled).unwrap_or(long_side);
    if width >= height {
        (long_side, scaled, false)
    } else {
        (scaled, long_side, false)
    }
}

/// libjpeg-turbo scaled size: ceil(dim * n / 8).
fn dct_scaled(dim: u32, n: u32) -> u32 {
    (dim * n).div_ceil(8)
}

/// Decode a JPEG at the smallest of 1/8, 1/4, 1/2, 1 (the scales libjpeg-turbo has SIMD
/// IDCTs for) that still covers `need` (stored orientation).
fn decode_jpeg(data: &[u8], stored: (u32, u32), need: (u32, u32)) -> Result<Rgb, MediaError> {
    let n = [1u32, 2, 4, 8]
        .into_iter()
        .find(|n| dct_scaled(stored.0, *n) >= need.0 && dct_scaled(stored.1, *n) >= need.1)
        .unwrap_or(8);
    let (w, h) = (dct_scaled(stored.0, n), dct_scaled(stored.1, n));
    let (wu, hu) = (w as usize, h as usize);
    let mut pixels = vec![0u8; wu * hu * 3];
    let mut d = turbojpeg::Decompressor::new().map_err(|e| MediaError::Corrupt {
        detail: e.to_string(),
    })?;
    let out = turbojpeg::Image {
        pixels: pixels.as_mut_slice(),
        width: wu,
        pitch: wu * 3,
        height: hu,
        format: turbojpeg::PixelFormat::RGB,
    };
    if let Err(e) = d.decompress(data, out)
        && let JpegProblem::Fatal(err) = jpeg_problem(e)
    {
        return Err(err);
    }
    Ok(Rgb {
        width: w,
        height: h,
        pixels,
    })
}

/// PNG / WebP through `image` with explicit limits; alpha is flattened onto white.
fn decode_other(
    p: &Pipeline,
    data: &[u8],
    format: SourceFormat,
    stored: (u32, u32),
) -> Result<Rgb, MediaError> {
    let fmt = match format {
        SourceFormat::Png => image::ImageFormat::Png,
        _ => image::ImageFormat::WebP,
    };
    let mut reader = ImageReader::with_format(Cursor::new(data), fmt);
    reader.limits(image_limits(p, true));
    let img = reader.decode().map_err(|e| image_error(p, stored, e))?;
    let (width, height) = (img.width(), img.height());
    let pixels = if img.color().has_alpha() {
        let rgba = img.into_rgba8().into_raw();
        let mut out = Vec::with_capacity(rgba.len() / 4 * 3);
        for px in rgba.chunks_exact(4) {
            let a = u32::from(px[3]);
            for c in &px[..3] {
                // c*a + white*(1-a), rounded
                out.push(((u32::from(*c) * a + 255 * (255 - a) + 127) / 255) as u8);
            }
        }
        out
    } else {
        img.into_rgb8().into_raw()
    };
    Ok(Rgb {
        width,
        height,
        pixels,
    })
}

fn resize(
    resizer: &mut fir::Resizer,
    src: &Rgb,
    (width, height): (u32, u32),
) -> Result<Rgb, MediaError> {
    let internal = |detail: String| MediaError::Encode { detail };
    let src_view =
        fir::images::ImageRef::new(src.width, src.height, &src.pixels, fir::PixelType::U8x3)
            .map_err(|e| internal(e.to_string()))?;
    let mut dst = fir::images::Image::new(width, height, fir::PixelType::U8x3);
    let options = fir::ResizeOptions::new()
        .resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::Lanczos3));
    resizer
        .resize(&src_view, &mut dst, &options)
        .map_err(|e| internal(e.to_string()))?;
    Ok(Rgb {
        width,
        height,
        pixels: dst.into_vec(),
    })
}

fn orient(src: &Rgb, orientation: u8) -> Result<Cow<'_, Rgb>, MediaError> {
    let Some(o) = Orientation::from_exif(orientation).filter(|o| *o != Orientation::NoTransforms)
    else {
        return Ok(Cow::Borrowed(src));
    };
    let buf = RgbImage::from_raw(src.width, src.height, src.pixels.clone()).ok_or_else(|| {
        MediaError::Encode {
            detail: "pixel buffer size mismatch".into(),
        }
    })?;
    let mut img = DynamicImage::ImageRgb8(buf);
    img.apply_orientation(o);
    let (width, height) = (img.width(), img.height());
    Ok(Cow::Owned(Rgb {
        width,
        height,
        pixels: img.into_rgb8().into_raw(),
    }))
}

fn encode_jpeg(img: &Rgb, quality: u8) -> Result<Vec<u8>, MediaError> {
    let err = |e: turbojpeg::Error| MediaError::Encode {
        detail: e.to_string(),
    };
    let mut c = turbojpeg::Compressor::new().map_err(err)?;
    c.set_quality(i32::from(quality));
    c.set_subsamp(turbojpeg::Subsamp::Sub2x2);
    let image = turbojpeg::Image {
        pixels: img.pixels.as_slice(),
        width: img.width as usize,
        pitch: img.width as usize * 3,
        height: img.height as usize,
        format: turbojpeg::PixelFormat::RGB,
    };
    c.compress_to_vec(image).map_err(err)
}

fn encode_webp(img: &Rgb, quality: u8) -> Result<Vec<u8>, MediaError> {
    webp::Encoder::from_rgb(&img.pixels, img.width, img.height)
        .encode_simple(false, f32::from(quality))
        .map(|m| m.to_vec())
        .map_err(|e| MediaError::Encode {
            detail: format!("{e:?}"),
        })
}

pub(crate) fn process(p: &Pipeline, data: &[u8]) -> Result<Processed, MediaError> {
    let (probed, format) = probe_inner(p, data)?;
    let info = &probed.info;
    let swap = swaps_axes(info.orientation);
    let to_stored = |(w, h): (u32, u32)| if swap { (h, w) } else { (w, h) };

    let targets: Vec<(u32, (u32, u32), bool)> = p
        .sizes
        .iter()
        .map(|&s| {
            let (w, h, kept) = fit(info.width, info.height, s);
            (s, to_stored((w, h)), kept)
        })
        .collect();

    let mut renditions = Vec::with_capacity(targets.len() * p.formats.len());
    if let Some(&(_, largest, _)) = targets.first() {
        let mut current = match format {
            SourceFormat::Jpeg => decode_jpeg(data, probed.stored, largest)?,
            _ => decode_other(p, data, format, probed.stored)?,
        };
        let mut resizer = fir::Resizer::new();
        for (long_side, dims, kept) in targets {
            if (current.width, current.height) != dims {
                current = resize(&mut resizer, &current, dims)?;
            }
            let shown = orient(&current, info.orientation)?;
            for f in &p.formats {
                let bytes = match f {
                    OutputFormat::Jpeg => encode_jpeg(&shown, p.jpeg_quality)?,
                    OutputFormat::WebP => encode_webp(&shown, p.webp_quality)?,
                };
                renditions.push(Rendition {
                    long_side,
                    width: shown.width,
                    height: shown.height,
                    format: *f,
                    kept_source_size: kept,
                    bytes,
                });
            }
        }
    }
    Ok(Processed {
        source_format: format,
        width: info.width,
        height: info.height,
        had_gps: info.had_gps,
        orientation_applied: info.orientation,
        renditions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_keeps_exact_long_side_and_never_upscales() {
        assert_eq!(fit(6000, 4000, 1600), (1600, 1067, false));
        assert_eq!(fit(4000, 6000, 800), (533, 800, false));
        assert_eq!(fit(500, 300, 800), (500, 300, true));
        assert_eq!(fit(800, 300, 800), (800, 300, false));
        assert_eq!(fit(10000, 1, 220), (220, 1, false));
    }

    #[test]
    fn dct_scale_is_the_smallest_covering_one() {
        assert_eq!(dct_scaled(6000, 4), 3000);
        assert_eq!(dct_scaled(6001, 1), 751);
    }
}
