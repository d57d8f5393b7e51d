//! Integration tests on photos generated here (no binary fixtures): orientation, metadata
//! stripping, sizes, alpha, hostile inputs and bounded memory.

use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

use peak_alloc::PeakAlloc;
use shopkeeper_media::{
    ErrorArg, Limits, MediaError, OutputFormat, Pipeline, Processed, Rendition, SourceFormat,
};

#[global_allocator]
static PEAK: PeakAlloc = PeakAlloc;

/// Memory-measuring tests take the write lock so no other test allocates meanwhile.
static SERIAL: RwLock<()> = RwLock::new(());

fn shared() -> RwLockReadGuard<'static, ()> {
    SERIAL.read().unwrap_or_else(|e| e.into_inner())
}

fn exclusive() -> RwLockWriteGuard<'static, ()> {
    SERIAL.write().unwrap_or_else(|e| e.into_inner())
}

// ---------------------------------------------------------------------------- makers

const RED: [u8; 3] = [220, 20, 30];
const GREEN: [u8; 3] = [20, 200, 40];
const GREY: [u8; 3] = [128, 128, 128];

/// Stored image with a red block at the stored top-left and a green one at top-right.
fn marked_rgb(w: usize, h: usize) -> Vec<u8> {
    let block = w.min(h) / 5;
    let mut px = Vec::with_capacity(w * h * 3);
    for y in 0..h {
        for x in 0..w {
            let c = if y < block && x < block {
                RED
            } else if y < block && x >= w - block {
                GREEN
            } else {
                GREY
            };
            px.extend_from_slice(&c);
        }
    }
    px
}

/// Photo-like noisy texture so the encoders have real work.
fn textured_rgb(w: usize, h: usize) -> Vec<u8> {
    let mut seed = 0x2545_f491_u32;
    let mut px = Vec::with_capacity(w * h * 3);
    for y in 0..h {
        for x in 0..w {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let n = (seed & 31) as usize;
            px.push(((x * 255 / w + n) & 255) as u8);
            px.push(((y * 255 / h + n) & 255) as u8);
            px.push((((x + y) / 4 + n) & 255) as u8);
        }
    }
    px
}

fn jpeg(w: usize, h: usize, px: &[u8]) -> Vec<u8> {
    let image = turbojpeg::Image {
        pixels: px,
        width: w,
        pitch: w * 3,
        height: h,
        format: turbojpeg::PixelFormat::RGB,
    };
    turbojpeg::compress(image, 95, turbojpeg::Subsamp::None)
        .expect("encode test jpeg")
        .to_vec()
}

fn le16(v: u16) -> [u8; 2] {
    v.to_le_bytes()
}
fn le32(v: u32) -> [u8; 4] {
    v.to_le_bytes()
}

/// A little-endian TIFF/EXIF block with Orientation and, optionally, a GPS IFD holding
/// latitude and longitude.
fn exif_tiff(orientation: u16, gps: bool) -> Vec<u8> {
    let mut t = Vec::new();
    t.extend_from_slice(b"II");
    t.extend_from_slice(&le16(42));
    t.extend_from_slice(&le32(8));
    let entries: u16 = if gps { 2 } else { 1 };
    // IFD0 at 8: count, entries (12 bytes each), next-IFD offset.
    let ifd0_len = 2 + 12 * entries as u32 + 4;
    let gps_ifd = 8 + ifd0_len;
    t.extend_from_slice(&le16(entries));
    t.extend_from_slice(&le16(0x0112));
    t.extend_from_slice(&le16(3)); // SHORT
    t.extend_from_slice(&le32(1));
    t.extend_from_slice(&le16(orientation));
    t.extend_from_slice(&le16(0));
    if gps {
        t.extend_from_slice(&le16(0x8825));
        t.extend_from_slice(&le16(4)); // LONG
        t.extend_from_slice(&le32(1));
        t.extend_from_slice(&le32(gps_ifd));
    }
    t.extend_from_slice(&le32(0));
    if gps {
        // GPS IFD: 4 entries, then the two RATIONAL[3] values.
        let gps_len = 2 + 12 * 4 + 4;
        let lat_at = gps_ifd + gps_len;
        let lon_at = lat_at + 24;
        t.extend_from_slice(&le16(4));
        for (tag, typ, count, value) in [
            (1u16, 2u16, 2u32, u32::from_le_bytes(*b"N\0\0\0")),
            (2, 5, 3, lat_at),
            (3, 2, 2, u32::from_le_bytes(*b"E\0\0\0")),
            (4, 5, 3, lon_at),
        ] {
            t.extend_from_slice(&le16(tag));
            t.extend_from_slice(&le16(typ));
            t.extend_from_slice(&le32(count));
            t.extend_from_slice(&le32(value));
        }
        t.extend_from_slice(&le32(0));
        for (a, b, c) in [(48u32, 51u32, 1234u32), (2, 21, 5678)] {
            for v in [a, 1, b, 1, c, 100] {
                t.extend_from_slice(&le32(v));
            }
        }
    }
    t
}

fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
    let len = u16::try_from(payload.len() + 2).expect("segment fits");
    let mut s = vec![0xFF, marker];
    s.extend_from_slice(&len.to_be_bytes());
    s.extend_from_slice(payload);
    s
}

/// Splice segments right after SOI.
fn with_segments(jpeg: &[u8], segments: &[Vec<u8>]) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    for s in segments {
        out.extend_from_slice(s);
    }
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn exif_segment(orientation: u16, gps: bool) -> Vec<u8> {
    let mut p = b"Exif\0\0".to_vec();
    p.extend_from_slice(&exif_tiff(orientation, gps));
    segment(0xE1, &p)
}

fn xmp_segment() -> Vec<u8> {
    let mut p = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    p.extend_from_slice(
        br#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description exif:GPSLatitude="48,51.2N" exif:GPSLongitude="2,21.5E"/></rdf:RDF></x:xmpmeta>"#,
    );
    segment(0xE1, &p)
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn png_chunk(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
    let mut c = (body.len() as u32).to_be_bytes().to_vec();
    let mut crc_in = kind.to_vec();
    crc_in.extend_from_slice(body);
    c.extend_from_slice(&crc_in);
    c.extend_from_slice(&crc32(&crc_in).to_be_bytes());
    c
}

/// A PNG that claims `w`x`h` RGBA but carries a tiny (valid zlib, stored) IDAT.
fn png_bomb(w: u32, h: u32) -> Vec<u8> {
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    // zlib stream: header, one final stored block of 1 byte, adler32 of [0].
    let idat = [
        0x78, 0x01, 0x01, 0x01, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x01, 0x00, 0x01,
    ];
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(png_chunk(b"IHDR", &ihdr));
    png.extend(png_chunk(b"IDAT", &idat));
    png.extend(png_chunk(b"IEND", &[]));
    png
}

fn png_rgba(w: u32, h: u32, px: Vec<u8>) -> Vec<u8> {
    let img = image::RgbaImage::from_raw(w, h, px).expect("rgba buffer");
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .expect("encode png");
    out.into_inner()
}

fn decode_jpeg(bytes: &[u8]) -> turbojpeg::Image<Vec<u8>> {
    turbojpeg::decompress(bytes, turbojpeg::PixelFormat::RGB).expect("output jpeg decodes")
}

fn pixel(img: &turbojpeg::Image<Vec<u8>>, x: usize, y: usize) -> [u8; 3] {
    let i = y * img.pitch + x * 3;
    [img.pixels[i], img.pixels[i + 1], img.pixels[i + 2]]
}

fn close(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) < 40)
}

fn pipeline() -> Pipeline {
    Pipeline::new(Limits::default())
}

fn find(p: &Processed, long_side: u32, format: OutputFormat) -> &Rendition {
    p.renditions
        .iter()
        .find(|r| r.long_side == long_side && r.format == format)
        .expect("rendition present")
}

/// JPEG: every marker up to the first scan. Only APP0 (JFIF) is allowed: no APP1 (EXIF,
/// XMP), APP2 (ICC), APP13 (IPTC) or COM.
fn assert_jpeg_clean(bytes: &[u8]) {
    assert_eq!(&bytes[..2], &[0xFF, 0xD8]);
    let mut pos = 2;
    loop {
        assert_eq!(bytes[pos], 0xFF, "marker expected at {pos}");
        let marker = bytes[pos + 1];
        let len = u16::from_be_bytes([bytes[pos + 2], bytes[pos + 3]]) as usize;
        assert!(
            !(0xE1..=0xEF).contains(&marker) && marker != 0xFE,
            "metadata marker {marker:#04x} in output"
        );
        if marker == 0xDA {
            break;
        }
        pos += 2 + len;
    }
    let header = &bytes[..pos];
    for needle in [&b"Exif"[..], b"GPS", b"xmp", b"ICC_PROFILE"] {
        assert!(
            !header.windows(needle.len()).any(|w| w == needle),
            "{needle:?} in output header"
        );
    }
}

/// WebP: every RIFF chunk; only image data chunks allowed.
fn assert_webp_clean(bytes: &[u8]) {
    assert_eq!(&bytes[..4], b"RIFF");
    assert_eq!(&bytes[8..12], b"WEBP");
    let mut pos = 12;
    let mut kinds = Vec::new();
    while pos + 8 <= bytes.len() {
        let kind = &bytes[pos..pos + 4];
        let len = u32::from_le_bytes(bytes[pos + 4..pos + 8].try_into().expect("4 bytes")) as usize;
        kinds.push(String::from_utf8_lossy(kind).into_owned());
        pos += 8 + len + (len & 1);
    }
    for k in &kinds {
        assert!(
            ["VP8 ", "VP8L", "VP8X", "ALPH"].contains(&k.as_str()),
            "chunk {k:?} in WebP output (all: {kinds:?})"
        );
    }
    assert!(
        !kinds.iter().any(|k| k == "VP8X"),
        "no extended header needed"
    );
}

fn err(result: Result<Processed, MediaError>) -> MediaError {
    match result {
        Ok(p) => panic!("expected an error, got {}x{}", p.width, p.height),
        Err(e) => e,
    }
}

// ---------------------------------------------------------------------------- tests

/// Where the stored top-left and top-right corners land after orientation `o`.
fn corners_after(o: u16, w: usize, h: usize, block: usize) -> ((usize, usize), (usize, usize)) {
    let c = block / 2;
    let map = |x: usize, y: usize| -> (usize, usize) {
        match o {
            1 => (x, y),
            2 => (w - 1 - x, y),
            3 => (w - 1 - x, h - 1 - y),
            4 => (x, h - 1 - y),
            5 => (y, x),
            6 => (h - 1 - y, x),
            7 => (h - 1 - y, w - 1 - x),
            8 => (y, w - 1 - x),
            _ => unreachable!(),
        }
    };
    (map(c, c), map(w - 1 - c, c))
}

#[test]
fn every_exif_orientation_is_applied() {
    let _g = shared();
    let (w, h) = (400usize, 240usize);
    let base = jpeg(w, h, &marked_rgb(w, h));
    for o in 1..=8u16 {
        let photo = with_segments(&base, &[exif_segment(o, false)]);
        let p = pipeline().process(&photo).expect("process oriented jpeg");
        assert_eq!(p.orientation_applied, o as u8);
        let swapped = o >= 5;
        let (dw, dh) = if swapped { (h, w) } else { (w, h) };
        assert_eq!((p.width as usize, p.height as usize), (dw, dh), "o={o}");

        // Kept-size rendition (source is under 800): exact coordinates.
        let r = find(&p, 800, OutputFormat::Jpeg);
        assert!(r.kept_source_size);
        assert_eq!((r.width as usize, r.height as usize), (dw, dh));
        let img = decode_jpeg(&r.bytes);
        assert_eq!((img.width, img.height), (dw, dh));
        let (red_at, green_at) = corners_after(o, w, h, h / 5);
        assert!(
            close(pixel(&img, red_at.0, red_at.1), RED),
            "o={o}: red expected at {red_at:?}, got {:?}",
            pixel(&img, red_at.0, red_at.1)
        );
        assert!(
            close(pixel(&img, green_at.0, green_at.1), GREEN),
            "o={o}: green expected at {green_at:?}"
        );

        // Resized rendition: same corners, scaled.
        let small = find(&p, 220, OutputFormat::Jpeg);
        assert_eq!(small.width.max(small.height), 220);
        let img = decode_jpeg(&small.bytes);
        let scale = 220.0 / w as f64;
        let s = |(x, y): (usize, usize)| ((x as f64 * scale) as usize, (y as f64 * scale) as usize);
        assert!(
            close(pixel(&img, s(red_at).0, s(red_at).1), RED),
            "o={o} small"
        );
        assert!(
            close(pixel(&img, s(green_at).0, s(green_at).1), GREEN),
            "o={o} small"
        );

        let info = pipeline().probe(&photo).expect("probe");
        assert_eq!((info.width as usize, info.height as usize), (dw, dh));
        assert_eq!(info.orientation, o as u8);
    }
}

#[test]
fn gps_is_reported_and_no_metadata_reaches_any_output() {
    let _g = shared();
    let (w, h) = (1000usize, 700usize);
    let base = jpeg(w, h, &textured_rgb(w, h));
    let icc = {
        let mut p = b"ICC_PROFILE\0\x01\x01".to_vec();
        p.extend_from_slice(&[0u8; 128]);
        segment(0xE2, &p)
    };
    let photo = with_segments(
        &base,
        &[
            exif_segment(6, true),
            xmp_segment(),
            icc,
            segment(0xFE, b"taken at my home workshop"),
        ],
    );
    let info = pipeline().probe(&photo).expect("probe");
    assert!(info.had_gps);
    assert_eq!(info.format, SourceFormat::Jpeg);

    let p = pipeline().process(&photo).expect("process");
    assert!(p.had_gps);
    assert_eq!(p.orientation_applied, 6);
    assert_eq!(p.renditions.len(), 6);
    for r in &p.renditions {
        match r.format {
            OutputFormat::Jpeg => assert_jpeg_clean(&r.bytes),
            OutputFormat::WebP => assert_webp_clean(&r.bytes),
        }
        // And the parsers agree there is no EXIF at all.
        assert!(
            exif::Reader::new()
                .read_from_container(&mut std::io::Cursor::new(&r.bytes))
                .is_err(),
            "{:?} {} still has EXIF",
            r.format,
            r.long_side
        );
    }

    // The same photo with EXIF but no GPS, and with GPS only in XMP.
    let no_gps = with_segments(&base, &[exif_segment(1, false)]);
    assert!(!pipeline().process(&no_gps).expect("process").had_gps);
    let xmp_only = with_segments(&base, &[xmp_segment()]);
    assert!(pipeline().probe(&xmp_only).expect("probe").had_gps);
    assert!(!pipeline().probe(&base).expect("probe").had_gps);
}

#[test]
fn sizes_are_exact_on_the_long_side_and_never_upscaled() {
    let _g = shared();
    for (w, h) in [(3000usize, 2000usize), (1999, 3001), (1000, 700)] {
        let photo = jpeg(w, h, &textured_rgb(w, h));
        let p = pipeline().process(&photo).expect("process");
        assert_eq!((p.width as usize, p.height as usize), (w, h));
        let long = w.max(h) as u32;
        for r in &p.renditions {
            let expected_long = r.long_side.min(long);
            assert_eq!(
                r.width.max(r.height),
                expected_long,
                "{w}x{h} -> {}",
                r.long_side
            );
            assert_eq!(r.kept_source_size, long < r.long_side);
            // Aspect ratio kept within rounding.
            let ratio = w as f64 / h as f64;
            let got = r.width as f64 / r.height as f64;
            assert!(
                (ratio - got).abs() / ratio < 0.01,
                "aspect {ratio} vs {got}"
            );
            let (dw, dh) = match r.format {
                OutputFormat::Jpeg => {
                    let img = decode_jpeg(&r.bytes);
                    (img.width as u32, img.height as u32)
                }
                OutputFormat::WebP => {
                    let img =
                        image::load_from_memory_with_format(&r.bytes, image::ImageFormat::WebP)
                            .expect("webp output decodes");
                    (img.width(), img.height())
                }
            };
            assert_eq!((dw, dh), (r.width, r.height));
        }
        let longs: Vec<u32> = p.renditions.iter().map(|r| r.long_side).collect();
        assert_eq!(longs, [1600, 1600, 800, 800, 220, 220]);
    }
}

#[test]
fn png_alpha_is_flattened_on_white() {
    let _g = shared();
    let (w, h) = (300u32, 200u32);
    let mut px = Vec::new();
    for _y in 0..h {
        for x in 0..w {
            // Left third transparent black, middle half-transparent black, right opaque blue.
            let a = match x * 3 / w {
                0 => 0,
                1 => 128,
                _ => 255,
            };
            let rgb = if x * 3 / w == 2 {
                [0, 0, 255]
            } else {
                [0, 0, 0]
            };
            px.extend_from_slice(&[rgb[0], rgb[1], rgb[2], a]);
        }
    }
    let png = png_rgba(w, h, px);
    let p = pipeline().process(&png).expect("process png");
    assert_eq!(p.source_format, SourceFormat::Png);
    let r = find(&p, 800, OutputFormat::Jpeg);
    let img = decode_jpeg(&r.bytes);
    let left = pixel(&img, 20, 100);
    let middle = pixel(&img, 150, 100);
    let right = pixel(&img, 280, 100);
    assert!(
        left.iter().all(|c| *c > 245),
        "transparent -> white, got {left:?}"
    );
    assert!(
        middle.iter().all(|c| c.abs_diff(127) < 12),
        "half -> grey, got {middle:?}"
    );
    assert!(
        right[2] > 200 && right[0] < 40,
        "opaque blue stays, got {right:?}"
    );
    let webp = find(&p, 800, OutputFormat::WebP);
    let decoded = image::load_from_memory_with_format(&webp.bytes, image::ImageFormat::WebP)
        .expect("webp decodes")
        .to_rgb8();
    assert!(decoded.get_pixel(20, 100).0.iter().all(|c| *c > 240));
    assert_webp_clean(&webp.bytes);
}

#[test]
fn webp_and_png_sources_with_exif_are_oriented() {
    let _g = shared();
    let (w, h) = (400usize, 240usize);
    let rgb = marked_rgb(w, h);
    // PNG with an eXIf chunk (orientation 8, with GPS) before IDAT.
    let rgba: Vec<u8> = rgb
        .chunks_exact(3)
        .flat_map(|c| [c[0], c[1], c[2], 255])
        .collect();
    let plain = png_rgba(w as u32, h as u32, rgba);
    let mut png = plain[..8 + 25].to_vec(); // signature + IHDR chunk
    png.extend(png_chunk(b"eXIf", &exif_tiff(8, true)));
    png.extend_from_slice(&plain[8 + 25..]);
    let p = pipeline().process(&png).expect("png with exif");
    assert!(p.had_gps);
    assert_eq!((p.width, p.height), (h as u32, w as u32));
    let img = decode_jpeg(&find(&p, 800, OutputFormat::Jpeg).bytes);
    let (red_at, _) = corners_after(8, w, h, h / 5);
    assert!(close(pixel(&img, red_at.0, red_at.1), RED));

    // WebP source (lossless, as libwebp writes it) decodes and resizes.
    let webp = webp::Encoder::from_rgb(&rgb, w as u32, h as u32)
        .encode_simple(true, 100.0)
        .expect("encode webp source")
        .to_vec();
    let p = pipeline().process(&webp).expect("webp source");
    assert_eq!(p.source_format, SourceFormat::WebP);
    assert_eq!((p.width, p.height), (w as u32, h as u32));
    let small = find(&p, 220, OutputFormat::WebP);
    assert_eq!((small.width, small.height), (220, 132));
}

#[test]
fn png_bomb_is_refused_before_decoding_with_bounded_memory() {
    let _g = exclusive();
    let bomb = png_bomb(60_000, 60_000);
    PEAK.reset_peak_usage();
    let before = PEAK.current_usage();
    let e = err(pipeline().process(&bomb));
    let probe = pipeline().probe(&bomb);
    let peak = PEAK.peak_usage().saturating_sub(before);
    assert_eq!(e.code(), "photo-too-many-pixels");
    assert_eq!(
        e,
        MediaError::TooManyPixels {
            width: 60_000,
            height: 60_000,
            max_side: 12_000,
            max_pixels: 100_000_000
        }
    );
    assert_eq!(probe.expect_err("probe refuses too"), e);
    assert!(peak < 1024 * 1024, "peak {peak} bytes for a refused header");

    // With our own caps lifted, image::Limits (max_alloc) still stops the decoder.
    let lax = Pipeline::new(Limits {
        max_side: 100_000,
        max_pixels: u64::MAX,
        max_alloc: 64 * 1024 * 1024,
        ..Limits::default()
    });
    PEAK.reset_peak_usage();
    let before = PEAK.current_usage();
    let e = err(lax.process(&bomb));
    let peak = PEAK.peak_usage().saturating_sub(before);
    assert_eq!(e.code(), "photo-too-many-pixels");
    assert!(
        peak < 64 * 1024 * 1024,
        "peak {peak} bytes with max_alloc 64 MiB"
    );
}

#[test]
fn jpeg_header_claiming_huge_dimensions_is_refused() {
    let _g = exclusive();
    let mut photo = jpeg(64, 48, &textured_rgb(64, 48));
    // Patch the SOF0 frame size to 60000x60000.
    let sof = photo
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("SOF0");
    photo[sof + 5..sof + 7].copy_from_slice(&60_000u16.to_be_bytes());
    photo[sof + 7..sof + 9].copy_from_slice(&60_000u16.to_be_bytes());
    PEAK.reset_peak_usage();
    let before = PEAK.current_usage();
    let e = err(pipeline().process(&photo));
    let peak = PEAK.peak_usage().saturating_sub(before);
    assert_eq!(e.code(), "photo-too-many-pixels");
    assert!(peak < 1024 * 1024, "peak {peak}");
}

#[test]
fn truncated_files_are_reported_as_truncated() {
    let _g = shared();
    let (w, h) = (640usize, 480usize);
    let photo = jpeg(w, h, &textured_rgb(w, h));
    for cut in [photo.len() * 6 / 10, photo.len() - 2, 300, 20, 3] {
        let e = err(pipeline().process(&photo[..cut]));
        assert_eq!(
            e,
            MediaError::Truncated,
            "jpeg cut at {cut}/{}",
            photo.len()
        );
        assert_eq!(e.code(), "photo-truncated");
    }
    let png = png_rgba(64, 64, vec![200; 64 * 64 * 4]);
    let e = err(pipeline().process(&png[..png.len() / 2]));
    assert_eq!(e.code(), "photo-truncated");
    let webp = webp::Encoder::from_rgb(&textured_rgb(64, 64), 64, 64)
        .encode_simple(false, 80.0)
        .expect("webp")
        .to_vec();
    let e = err(pipeline().process(&webp[..webp.len() / 2]));
    assert_eq!(e.code(), "photo-truncated");
}

#[test]
fn oversized_files_are_refused_before_anything_else() {
    let _g = exclusive();
    let photo = jpeg(64, 48, &textured_rgb(64, 48));
    let small = Pipeline::new(Limits {
        max_file_bytes: 100,
        ..Limits::default()
    });
    let e = err(small.process(&photo));
    assert_eq!(e.code(), "photo-too-large");
    assert_eq!(
        e.args(),
        vec![
            ("size", ErrorArg::Number(photo.len() as u64)),
            ("max_size", ErrorArg::Number(100))
        ]
    );

    // Default cap: 40 MiB. One byte over is refused without being parsed.
    let mut big = vec![0u8; 40 * 1024 * 1024 + 1];
    big[..3].copy_from_slice(&[0xFF, 0xD8, 0xFF]);
    PEAK.reset_peak_usage();
    let before = PEAK.current_usage();
    let e = err(pipeline().process(&big));
    let peak = PEAK.peak_usage().saturating_sub(before);
    assert_eq!(
        e,
        MediaError::TooLarge {
            size: 40 * 1024 * 1024 + 1,
            max_size: 40 * 1024 * 1024
        }
    );
    assert!(peak < 64 * 1024, "peak {peak}");
}

#[test]
fn unsupported_formats_get_their_own_code() {
    let _g = shared();
    let mut heic = vec![0, 0, 0, 0x18];
    heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    heic.extend_from_slice(&[0u8; 64]);
    let mut avif = vec![0, 0, 0, 0x1c];
    avif.extend_from_slice(b"ftypavif\0\0\0\0avifmif1miaf");
    let gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;".to_vec();
    let tiff = b"II*\0\x08\0\0\0\0\0".to_vec();
    let mut seed = 7u32;
    let random: Vec<u8> = (0..4096)
        .map(|_| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) as u8
        })
        .collect();
    for (bytes, detected) in [
        (heic, Some("heic")),
        (avif, Some("avif")),
        (gif, Some("gif")),
        (tiff, Some("tiff")),
        (random, None),
        (b"hello, not a photo".to_vec(), None),
    ] {
        let e = err(pipeline().process(&bytes));
        assert_eq!(e, MediaError::UnsupportedFormat { detected });
        assert_eq!(e.code(), "photo-unsupported-format");
        assert_eq!(pipeline().probe(&bytes).expect_err("probe"), e);
    }
    assert_eq!(err(pipeline().process(&[])).code(), "photo-empty");
}

#[test]
fn corrupt_files_never_panic() {
    let _g = shared();
    let (w, h) = (96usize, 64usize);
    let rgb = textured_rgb(w, h);
    let jpeg_src = with_segments(&jpeg(w, h, &rgb), &[exif_segment(6, true)]);
    let rgba: Vec<u8> = rgb
        .chunks_exact(3)
        .flat_map(|c| [c[0], c[1], c[2], 255])
        .collect();
    let png_src = png_rgba(w as u32, h as u32, rgba);
    let webp_src = webp::Encoder::from_rgb(&rgb, w as u32, h as u32)
        .encode_simple(false, 80.0)
        .expect("webp")
        .to_vec();
    let mut seed = 0x9E37_79B9u32;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    let mut codes = std::collections::BTreeMap::new();
    for src in [&jpeg_src, &png_src, &webp_src] {
        for i in 0..150 {
            let mut bytes = src.clone();
            if i % 3 == 0 {
                bytes.truncate(next() as usize % bytes.len());
            } else {
                for _ in 0..(1 + next() % 8) {
                    let at = next() as usize % bytes.len();
                    bytes[at] = next() as u8;
                }
            }
            let result = pipeline().process(&bytes);
            let code = match result {
                Ok(p) => {
                    assert!(!p.renditions.is_empty());
                    "ok"
                }
                Err(e) => e.code(),
            };
            *codes.entry(code).or_insert(0) += 1;
        }
    }
    // Several kinds of outcome, none of them a panic.
    assert!(codes.len() >= 3, "{codes:?}");
}

#[test]
fn formats_and_sizes_are_configurable() {
    let _g = shared();
    let photo = jpeg(1000, 500, &textured_rgb(1000, 500));
    let p = pipeline()
        .sizes(&[100, 0, 500, 100])
        .formats(&[OutputFormat::Jpeg])
        .process(&photo)
        .expect("process");
    let got: Vec<(u32, u32, u32)> = p
        .renditions
        .iter()
        .map(|r| (r.long_side, r.width, r.height))
        .collect();
    assert_eq!(got, [(500, 500, 250), (100, 100, 50)]);
    assert!(p.renditions.iter().all(|r| r.format == OutputFormat::Jpeg));
}

#[test]
fn error_codes_are_stable() {
    let cases = [
        (MediaError::Empty, "photo-empty"),
        (
            MediaError::TooLarge {
                size: 2,
                max_size: 1,
            },
            "photo-too-large",
        ),
        (
            MediaError::TooManyPixels {
                width: 1,
                height: 1,
                max_side: 1,
                max_pixels: 1,
            },
            "photo-too-many-pixels",
        ),
        (
            MediaError::UnsupportedFormat { detected: None },
            "photo-unsupported-format",
        ),
        (MediaError::Truncated, "photo-truncated"),
        (
            MediaError::Corrupt {
                detail: String::new(),
            },
            "photo-corrupt",
        ),
        (
            MediaError::Encode {
                detail: String::new(),
            },
            "photo-encode-failed",
        ),
    ];
    for (e, code) in cases {
        assert_eq!(e.code(), code);
    }
}

#[test]
fn orientation_survives_the_dct_scaled_decode() {
    let _g = shared();
    // 3400x2000 decodes at 1/2 (1700x1000) for the 1600 size; orientation 6 swaps axes.
    let (w, h) = (3400usize, 2000usize);
    let photo = with_segments(&jpeg(w, h, &marked_rgb(w, h)), &[exif_segment(6, false)]);
    let p = pipeline().process(&photo).expect("process");
    assert_eq!((p.width, p.height), (2000, 3400));
    for long_side in [1600u32, 800, 220] {
        let r = find(&p, long_side, OutputFormat::Jpeg);
        let expect_w = (2000.0 * f64::from(long_side) / 3400.0).round() as u32;
        assert_eq!((r.width, r.height), (expect_w, long_side));
        let img = decode_jpeg(&r.bytes);
        let scale = f64::from(long_side) / w as f64;
        let (red_at, green_at) = corners_after(6, w, h, h / 5);
        let s = |(x, y): (usize, usize)| ((x as f64 * scale) as usize, (y as f64 * scale) as usize);
        assert!(
            close(pixel(&img, s(red_at).0, s(red_at).1), RED),
            "{long_side}"
        );
        assert!(
            close(pixel(&img, s(green_at).0, s(green_at).1), GREEN),
            "{long_side}"
        );
    }
}

#[test]
fn damaged_scan_data_is_refused_and_harmless_junk_is_accepted() {
    let _g = shared();
    let (w, h) = (640usize, 480usize);
    let photo = jpeg(w, h, &textured_rgb(w, h));
    // Cut the middle out of the scan but keep the end-of-image marker.
    let sos = photo
        .windows(2)
        .position(|w| w == [0xFF, 0xDA])
        .expect("SOS");
    let mid = sos + (photo.len() - sos) / 3;
    let mut holed = photo[..mid].to_vec();
    holed.extend_from_slice(&[0xFF, 0xD9]);
    let e = err(pipeline().process(&holed));
    assert_eq!(e.code(), "photo-truncated", "{e:?}");

    // Junk bytes before EOI only earn a libjpeg warning: the photo is complete.
    let mut junk = photo[..photo.len() - 2].to_vec();
    junk.extend_from_slice(&[0x5A; 100]);
    junk.extend_from_slice(&[0xFF, 0xD9]);
    let p = pipeline()
        .process(&junk)
        .expect("extraneous bytes are harmless");
    assert_eq!((p.width, p.height), (640, 480));
}

#[test]
fn grayscale_jpeg_is_accepted_and_cmyk_jpeg_is_named() {
    let _g = shared();
    let grey = vec![100u8; 64 * 48];
    let image = turbojpeg::Image {
        pixels: grey.as_slice(),
        width: 64,
        pitch: 64,
        height: 48,
        format: turbojpeg::PixelFormat::GRAY,
    };
    let photo = turbojpeg::compress(image, 90, turbojpeg::Subsamp::Gray)
        .expect("grey jpeg")
        .to_vec();
    let p = pipeline().process(&photo).expect("grey jpeg processes");
    let img = decode_jpeg(&find(&p, 220, OutputFormat::Jpeg).bytes);
    assert!(close(pixel(&img, 10, 10), [100, 100, 100]));

    let cmyk = vec![10u8; 64 * 48 * 4];
    let image = turbojpeg::Image {
        pixels: cmyk.as_slice(),
        width: 64,
        pitch: 64 * 4,
        height: 48,
        format: turbojpeg::PixelFormat::CMYK,
    };
    let photo = turbojpeg::compress(image, 90, turbojpeg::Subsamp::None)
        .expect("cmyk jpeg")
        .to_vec();
    let expected = MediaError::UnsupportedFormat {
        detected: Some("cmyk-jpeg"),
    };
    assert_eq!(err(pipeline().process(&photo)), expected);
    assert_eq!(
        pipeline().probe(&photo).expect_err("probe refuses"),
        expected
    );
}

#[test]
fn a_24_megapixel_photo_is_decoded_once_at_reduced_size() {
    let _g = exclusive();
    let (w, h) = (6000usize, 4000usize);
    let photo = {
        let px = textured_rgb(w, h);
        jpeg(w, h, &px)
    };
    PEAK.reset_peak_usage();
    let before = PEAK.current_usage();
    let info = pipeline().probe(&photo).expect("probe");
    let probe_peak = PEAK.peak_usage().saturating_sub(before);
    assert_eq!((info.width, info.height), (6000, 4000));
    assert!(probe_peak < 1024 * 1024, "probe peak {probe_peak}");

    PEAK.reset_peak_usage();
    let before = PEAK.current_usage();
    let p = pipeline().process(&photo).expect("process");
    let peak = PEAK.peak_usage().saturating_sub(before);
    assert_eq!(find(&p, 1600, OutputFormat::Jpeg).width, 1600);
    // A full-size RGB decode alone would be 72 MB; at 1/2 scale it is 18 MB.
    assert!(peak < 40 * 1024 * 1024, "process peak {peak} bytes");
}

/// Extended WebP (VP8X) around libwebp's simple-format output, with an EXIF chunk.
fn webp_with_exif(simple: &[u8], w: u32, h: u32, exif: &[u8]) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(kind);
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(data);
        if data.len() % 2 == 1 {
            out.push(0);
        }
    }
    let mut vp8x = vec![0x08, 0, 0, 0]; // flags: EXIF present
    vp8x.extend_from_slice(&(w - 1).to_le_bytes()[..3]);
    vp8x.extend_from_slice(&(h - 1).to_le_bytes()[..3]);
    let mut body = b"WEBP".to_vec();
    chunk(&mut body, b"VP8X", &vp8x);
    body.extend_from_slice(&simple[12..]); // the VP8/VP8L chunk as libwebp wrote it
    chunk(&mut body, b"EXIF", exif);
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

#[test]
fn webp_source_with_exif_orientation_and_gps() {
    let _g = shared();
    let (w, h) = (400usize, 240usize);
    let simple = webp::Encoder::from_rgb(&marked_rgb(w, h), w as u32, h as u32)
        .encode_simple(true, 100.0)
        .expect("encode webp source")
        .to_vec();
    let photo = webp_with_exif(&simple, w as u32, h as u32, &exif_tiff(3, true));
    let info = pipeline().probe(&photo).expect("probe extended webp");
    assert!(info.had_gps);
    assert_eq!(info.orientation, 3);
    let p = pipeline().process(&photo).expect("process extended webp");
    assert_eq!((p.width, p.height), (w as u32, h as u32));
    let r = find(&p, 800, OutputFormat::Jpeg);
    assert_jpeg_clean(&r.bytes);
    let img = decode_jpeg(&r.bytes);
    let (red_at, green_at) = corners_after(3, w, h, h / 5);
    assert!(close(pixel(&img, red_at.0, red_at.1), RED));
    assert!(close(pixel(&img, green_at.0, green_at.1), GREEN));
    assert_webp_clean(&find(&p, 800, OutputFormat::WebP).bytes);
}

#[test]
fn pipeline_and_results_can_cross_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Pipeline>();
    send_sync::<Processed>();
    send_sync::<MediaError>();
    // The core shares one pipeline and calls it from spawn_blocking.
    let _g = shared();
    let pipeline = std::sync::Arc::new(pipeline());
    let photo = std::sync::Arc::new(jpeg(320, 200, &textured_rgb(320, 200)));
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let (pipeline, photo) = (pipeline.clone(), photo.clone());
            std::thread::spawn(move || pipeline.process(&photo).map(|p| p.renditions.len()))
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().expect("no panic"), Ok(6));
    }
}
