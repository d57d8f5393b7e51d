//! Photo upload checks: declared type, magic bytes and pixel dimensions, read from the
//! header only (photos are hostile input: nothing is decoded).

use axum::http::StatusCode;
use marketplace_api::error::codes;

use crate::error::ApiError;

pub const MAX_SIDE: u32 = 8000;

/// Checks an upload; the size limit itself is enforced by the body limit (413).
pub fn check(content_type: &str, body: &[u8]) -> Result<(), ApiError> {
    let kind = match content_type {
        "image/jpeg" => Kind::Jpeg,
        "image/png" => Kind::Png,
        "image/webp" => Kind::Webp,
        _ => {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                codes::UNSUPPORTED_MEDIA_TYPE,
                "photos must be image/jpeg, image/png or image/webp",
            ));
        }
    };
    let dims = match kind {
        Kind::Jpeg => jpeg_dims(body),
        Kind::Png => png_dims(body),
        Kind::Webp => webp_dims(body),
    };
    let unsupported = |m: &str| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            codes::UNSUPPORTED_PHOTO,
            m,
        )
    };
    let Some((w, h)) = dims else {
        return Err(unsupported(
            "the body is not a readable image of the declared type",
        ));
    };
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE {
        return Err(unsupported(
            "photos must be between 1x1 and 8000x8000 pixels",
        ));
    }
    Ok(())
}

enum Kind {
    Jpeg,
    Png,
    Webp,
}

fn be16(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from(u16::from_be_bytes([*b.get(i)?, *b.get(i + 1)?])))
}

fn png_dims(b: &[u8]) -> Option<(u32, u32)> {
    if b.len() < 24 || &b[..8] != b"\x89PNG\r\n\x1a\n" || &b[12..16] != b"IHDR" {
        return None;
    }
    let w = u32::from_be_bytes([b[16], b[17], b[18], b[19]]);
    let h = u32::from_be_bytes([b[20], b[21], b[22], b[23]]);
    Some((w, h))
}

fn jpeg_dims(b: &[u8]) -> Option<(u32, u32)> {
    if b.len() < 4 || b[0] != 0xFF || b[1] != 0xD8 {
        return None;
    }
    let mut i = 2;
    while i + 4 <= b.len() {
        if b[i] != 0xFF {
            return None;
        }
        let marker = b[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        let len = be16(b, i + 2)? as usize;
        // SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC).
        if (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker) {
            let h = be16(b, i + 5)?;
            let w = be16(b, i + 7)?;
            return Some((w, h));
        }
        if len < 2 {
            return None;
        }
        i += 2 + len;
    }
    None
}

fn webp_dims(b: &[u8]) -> Option<(u32, u32)> {
    if b.len() < 30 || &b[..4] != b"RIFF" || &b[8..12] != b"WEBP" {
        return None;
    }
    let le24 = |i: usize| u32::from(b[i]) | u32::from(b[i + 1]) << 8 | u32::from(b[i + 2]) << 16;
    match &b[12..16] {
        b"VP8X" => Some((le24(24) + 1, le24(27) + 1)),
        b"VP8 " => {
            let w = u32::from(u16::from_le_bytes([b[26], b[27]]) & 0x3FFF);
            let h = u32::from(u16::from_le_bytes([b[28], b[29]]) & 0x3FFF);
            Some((w, h))
        }
        b"VP8L" => {
            let bits = u32::from_le_bytes([b[21], b[22], b[23], b[24]]);
            Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
        }
        _ => None,
    }
}

/// A minimal valid PNG header of the given size (for tests and the demo seed).
pub fn png_header(w: u32, h: u32) -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
    v.extend_from_slice(&w.to_be_bytes());
    v.extend_from_slice(&h.to_be_bytes());
    v.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_dimensions() {
        assert!(check("image/png", &png_header(1600, 1200)).is_ok());
        assert_eq!(
            check("image/png", &png_header(9000, 10)).map_err(|e| e.body.code),
            Err("unsupported-photo".into())
        );
        assert_eq!(
            check("image/png", b"GIF89a....").map_err(|e| e.body.code),
            Err("unsupported-photo".into())
        );
    }

    #[test]
    fn jpeg_dimensions() {
        // SOI, APP0 (len 4), SOF0 with 8-bit, h=600, w=800.
        let jpg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02,
            0x58, 0x03, 0x20,
        ];
        assert_eq!(jpeg_dims(&jpg), Some((800, 600)));
        assert!(check("image/jpeg", &jpg).is_ok());
        assert!(check("image/jpeg", &jpg[..5]).is_err());
    }

    #[test]
    fn declared_type_is_required() {
        assert_eq!(
            check("image/gif", &png_header(1, 1)).map_err(|e| e.status.as_u16()),
            Err(415)
        );
        assert_eq!(
            check("image/jpeg", &png_header(1, 1)).map_err(|e| e.status.as_u16()),
            Err(422)
        );
    }
}
