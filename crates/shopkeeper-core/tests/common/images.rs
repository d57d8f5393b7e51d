//! Images made in the tests: gradients with a red corner as JPEG and PNG,
//! and EXIF blocks with an orientation and optionally a GPS position.

pub fn rgb(w: usize, h: usize) -> Vec<u8> {
    let mut px = Vec::with_capacity(w * h * 3);
    for y in 0..h {
        for x in 0..w {
            // Red block top-left (as stored), the rest a gradient.
            if x < w / 5 && y < h / 5 {
                px.extend_from_slice(&[220, 20, 30]);
            } else {
                px.extend_from_slice(&[(x * 255 / w) as u8, (y * 255 / h) as u8, 128]);
            }
        }
    }
    px
}

pub fn jpeg(w: usize, h: usize) -> Vec<u8> {
    let px = rgb(w, h);
    let image = turbojpeg::Image {
        pixels: px.as_slice(),
        width: w,
        pitch: w * 3,
        height: h,
        format: turbojpeg::PixelFormat::RGB,
    };
    turbojpeg::compress(image, 92, turbojpeg::Subsamp::Sub2x2)
        .expect("encode jpeg")
        .to_vec()
}

pub fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_raw(w, h, rgb(w as usize, h as usize)).expect("rgb image");
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .expect("encode png");
    out.into_inner()
}

/// A little-endian EXIF block with Orientation and optionally a GPS IFD.
pub fn exif_segment(orientation: u16, gps: bool) -> Vec<u8> {
    let mut t: Vec<u8> = Vec::new();
    t.extend_from_slice(b"II");
    t.extend_from_slice(&42u16.to_le_bytes());
    t.extend_from_slice(&8u32.to_le_bytes());
    let entries: u16 = if gps { 2 } else { 1 };
    let gps_ifd = 8 + 2 + 12 * u32::from(entries) + 4;
    t.extend_from_slice(&entries.to_le_bytes());
    for v in [0x0112u16, 3] {
        t.extend_from_slice(&v.to_le_bytes());
    }
    t.extend_from_slice(&1u32.to_le_bytes());
    t.extend_from_slice(&orientation.to_le_bytes());
    t.extend_from_slice(&0u16.to_le_bytes());
    if gps {
        for v in [0x8825u16, 4] {
            t.extend_from_slice(&v.to_le_bytes());
        }
        t.extend_from_slice(&1u32.to_le_bytes());
        t.extend_from_slice(&gps_ifd.to_le_bytes());
    }
    t.extend_from_slice(&0u32.to_le_bytes());
    if gps {
        let lat_at = gps_ifd + 2 + 12 * 4 + 4;
        let lon_at = lat_at + 24;
        t.extend_from_slice(&4u16.to_le_bytes());
        for (tag, typ, count, value) in [
            (1u16, 2u16, 2u32, u32::from_le_bytes(*b"N\0\0\0")),
            (2, 5, 3, lat_at),
            (3, 2, 2, u32::from_le_bytes(*b"E\0\0\0")),
            (4, 5, 3, lon_at),
        ] {
            t.extend_from_slice(&tag.to_le_bytes());
            t.extend_from_slice(&typ.to_le_bytes());
            t.extend_from_slice(&count.to_le_bytes());
            t.extend_from_slice(&value.to_le_bytes());
        }
        t.extend_from_slice(&0u32.to_le_bytes());
        for (a, b, c) in [(48u32, 51u32, 1234u32), (2, 21, 5678)] {
            for v in [a, 1, b, 1, c, 100] {
                t.extend_from_slice(&v.to_le_bytes());
            }
        }
    }
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(&t);
    let len = u16::try_from(payload.len() + 2).expect("fits");
    let mut s = vec![0xFF, 0xE1];
    s.extend_from_slice(&len.to_be_bytes());
    s.extend_from_slice(&payload);
    s
}

pub fn with_exif(jpeg: &[u8], orientation: u16, gps: bool) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&exif_segment(orientation, gps));
    out.extend_from_slice(&jpeg[2..]);
    out
}

pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}
