//! Format sniffing and metadata discovery by walking the container (JPEG segments, PNG
//! chunks, RIFF chunks) without decoding any pixels. Every read is bounds-checked: this
//! code sees hostile bytes first.

use crate::SourceFormat;
use crate::error::MediaError;

/// What the container says before any pixel is decoded.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    /// Raw TIFF-structured EXIF (without the `Exif\0\0` prefix), first block found.
    pub exif: Option<Vec<u8>>,
    /// An XMP packet mentions GPS coordinates.
    pub xmp_gps: bool,
}

/// Identify the format from magic bytes. Supported formats return `Ok`; everything else
/// is `UnsupportedFormat` naming what it looks like.
pub(crate) fn sniff(data: &[u8]) -> Result<SourceFormat, MediaError> {
    if data.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(SourceFormat::Jpeg);
    }
    if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok(SourceFormat::Png);
    }
    if data.len() >= 12 && &data[0..4] == b"RIFF" && &data[8..12] == b"WEBP" {
        return Ok(SourceFormat::WebP);
    }
    let detected = if data.starts_with(b"GIF87a") || data.starts_with(b"GIF89a") {
        Some("gif")
    } else if data.starts_with(b"II*\0") || data.starts_with(b"MM\0*") {
        Some("tiff")
    } else if data.starts_with(b"BM") {
        Some("bmp")
    } else if data.len() >= 12 && &data[4..8] == b"ftyp" {
        match &data[8..12] {
            b"avif" | b"avis" => Some("avif"),
            b"heic" | b"heix" | b"heim" | b"heis" | b"hevc" | b"hevx" | b"mif1" | b"msf1" => {
                Some("heic")
            }
            _ => None,
        }
    } else {
        None
    };
    Err(MediaError::UnsupportedFormat { detected })
}

fn be16(d: &[u8], at: usize) -> Option<usize> {
    Some(u16::from_be_bytes([*d.get(at)?, *d.get(at + 1)?]) as usize)
}

fn be32(d: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes([
        *d.get(at)?,
        *d.get(at + 1)?,
        *d.get(at + 2)?,
        *d.get(at + 3)?,
    ]))
}

fn le32(d: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes([
        *d.get(at)?,
        *d.get(at + 1)?,
        *d.get(at + 2)?,
        *d.get(at + 3)?,
    ]))
}

fn mentions_gps(xmp: &[u8]) -> bool {
    const NEEDLES: [&[u8]; 2] = [b"GPSLatitude", b"GPSLongitude"];
    NEEDLES
        .iter()
        .any(|n| xmp.windows(n.len()).any(|w| w == *n))
}

const EXIF_PREFIX: &[u8] = b"Exif\0\0";
const XMP_PREFIX: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";
const XMP_EXT_PREFIX: &[u8] = b"http://ns.adobe.com/xmp/extension/\0";

/// Walk JPEG segments up to the first scan. Errors if the header itself is cut short;
/// checks that an end-of-image marker follows the scan data (a truncated file has none).
pub(crate) fn jpeg_meta(data: &[u8]) -> Result<Meta, MediaError> {
    let mut meta = Meta::default();
    let mut pos = 2; // after SOI
    loop {
        // Markers may be preceded by any number of 0xFF fill bytes.
        match data.get(pos) {
            None => return Err(MediaError::Truncated),
            Some(0xFF) => {}
            Some(_) => {
                return Err(MediaError::Corrupt {
                    detail: format!("expected a JPEG marker at byte {pos}"),
                });
            }
        }
        while data.get(pos) == Some(&0xFF) {
            pos += 1;
        }
        let marker = *data.get(pos).ok_or(MediaError::Truncated)?;
        pos += 1;
        match marker {
            0xD8 | 0x01 | 0xD0..=0xD7 => continue,
            0xD9 => {
                return Err(MediaError::Corrupt {
                    detail: "JPEG ends before any image data".into(),
                });
            }
            _ => {}
        }
        let len = be16(data, pos).ok_or(MediaError::Truncated)?;
        if len < 2 {
            return Err(MediaError::Corrupt {
                detail: format!("JPEG segment length {len} at byte {pos}"),
            });
        }
        let end = pos + len;
        if end > data.len() {
            return Err(MediaError::Truncated);
        }
        let payload = &data[pos + 2..end];
        if marker == 0xE1 {
            if let Some(tiff) = payload.strip_prefix(EXIF_PREFIX) {
                if meta.exif.is_none() {
                    meta.exif = Some(tiff.to_vec());
                }
            } else if payload.starts_with(XMP_PREFIX) || payload.starts_with(XMP_EXT_PREFIX) {
                meta.xmp_gps |= mentions_gps(payload);
            }
        }
        pos = end;
        if marker == 0xDA {
            break;
        }
    }
    // Entropy-coded data escapes 0xFF as FF 00, so FF D9 after the first scan is the
    // end-of-image marker (or inside trailing junk some cameras append, which is fine).
    let tail = &data[pos..];
    if !tail.windows(2).rev().any(|w| w == [0xFF, 0xD9]) {
        return Err(MediaError::Truncated);
    }
    Ok(meta)
}

/// PNG: IHDR dimensions plus eXIf / XMP text chunks. Walks chunk headers only.
pub(crate) fn png_meta(data: &[u8]) -> Result<((u32, u32), Meta), MediaError> {
    let mut meta = Meta::default();
    let mut dims = None;
    let mut pos = 8;
    let mut saw_idat = false;
    loop {
        let Some(len) = be32(data, pos) else {
            return Err(MediaError::Truncated);
        };
        let kind = data.get(pos + 4..pos + 8).ok_or(MediaError::Truncated)?;
        let start = pos + 8;
        let end = start
            .checked_add(len as usize)
            .filter(|e| e.checked_add(4).is_some_and(|c| c <= data.len()))
            .ok_or(MediaError::Truncated)?;
        let body = &data[start..end];
        match kind {
            b"IHDR" => {
                let (w, h) = (be32(body, 0), be32(body, 4));
                match (w, h) {
                    (Some(w), Some(h)) if w > 0 && h > 0 => dims = Some((w, h)),
                    _ => {
                        return Err(MediaError::Corrupt {
                            detail: "bad PNG IHDR".into(),
                        });
                    }
                }
            }
            b"eXIf" if meta.exif.is_none() => {
                let tiff = body.strip_prefix(EXIF_PREFIX).unwrap_or(body);
                meta.exif = Some(tiff.to_vec());
            }
            b"iTXt" | b"tEXt" => meta.xmp_gps |= mentions_gps(body),
            b"IDAT" => saw_idat = true,
            b"IEND" => break,
            _ => {}
        }
        if dims.is_none() {
            return Err(MediaError::Corrupt {
                detail: "PNG does not start with IHDR".into(),
            });
        }
        pos = end + 4; // skip CRC
    }
    if !saw_idat {
        return Err(MediaError::Corrupt {
            detail: "PNG has no image data".into(),
        });
    }
    let dims = dims.ok_or(MediaError::Corrupt {
        detail: "PNG without IHDR".into(),
    })?;
    Ok((dims, meta))
}

/// WebP: EXIF and XMP RIFF chunks (dimensions come from the decoder's header read).
pub(crate) fn webp_meta(data: &[u8]) -> Result<Meta, MediaError> {
    let mut meta = Meta::default();
    let riff_len = le32(data, 4).ok_or(MediaError::Truncated)? as usize;
    if riff_len.saturating_add(8) > data.len() {
        return Err(MediaError::Truncated);
    }
    let end_of_riff = riff_len + 8;
    let mut pos = 12;
    while pos + 8 <= end_of_riff {
        let kind = &data[pos..pos + 4];
        let len = le32(data, pos + 4).ok_or(MediaError::Truncated)? as usize;
        let start = pos + 8;
        let end = start
            .checked_add(len)
            .filter(|e| *e <= end_of_riff)
            .ok_or(MediaError::Truncated)?;
        let body = &data[start..end];
        match kind {
            b"EXIF" if meta.exif.is_none() => {
                let tiff = body.strip_prefix(EXIF_PREFIX).unwrap_or(body);
                meta.exif = Some(tiff.to_vec());
            }
            b"XMP " => meta.xmp_gps |= mentions_gps(body),
            _ => {}
        }
        pos = end + (len & 1); // chunks are padded to even sizes
    }
    Ok(meta)
}

/// EXIF facts we act on. Unreadable EXIF counts as "no orientation, no GPS": the output
/// carries no metadata either way.
pub(crate) struct ExifFacts {
    pub orientation: u8,
    pub has_gps: bool,
}

pub(crate) fn exif_facts(tiff: Option<Vec<u8>>) -> ExifFacts {
    let mut facts = ExifFacts {
        orientation: 1,
        has_gps: false,
    };
    let Some(tiff) = tiff else { return facts };
    let Ok(exif) = exif::Reader::new().read_raw(tiff) else {
        return facts;
    };
    if let Some(o) = exif
        .get_field(exif::Tag::Orientation, exif::In::PRIMARY)
        .and_then(|f| f.value.get_uint(0))
        && (1..=8).contains(&o)
    {
        facts.orientation = o as u8;
    }
    facts.has_gps = [exif::Tag::GPSLatitude, exif::Tag::GPSLongitude]
        .iter()
        .any(|t| exif.get_field(*t, exif::In::PRIMARY).is_some());
    facts
}
