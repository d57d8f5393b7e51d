//! Photos made in the tests (no binary fixtures): gradients as JPEG and PNG,
//! and JPEGs with an EXIF block (orientation, optionally a GPS position).

pub fn jpeg(w: usize, h: usize) -> Vec<u8> {
    jpeg_shaded(w, h, 90)
}

/// A gradient JPEG whose blue channel is `shade` (photos told apart by eye).
pub fn jpeg_shaded(w: usize, h: usize, shade: u8) -> Vec<u8> {
    let mut px = Vec::with_capacity(w * h * 3);
    for y in 0..h {
        for x in 0..w {
            px.extend_from_slice(&[(x * 255 / w) as u8, (y * 255 / h) as u8, shade]);
        }
    }
    let image = turbojpeg::Image {
        pixels: px.as_slice(),
        width: w,
        pitch: w * 3,
        height: h,
        format: turbojpeg::PixelFormat::RGB,
    };
    turbojpeg::compress(image, 90, turbojpeg::Subsamp::Sub2x2)
        .expect("encode jpeg")
        .to_vec()
}

pub fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 255) as u8, (y % 255) as u8, 40])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .expect("encode png");
    out.into_inner()
}

/// Splices an EXIF APP1 segment (orientation, optional GPS IFD) after SOI.
pub fn with_exif(jpeg: &[u8], orientation: u16, gps: bool) -> Vec<u8> {
    let mut t: Vec<u8> = b"II".to_vec();
    t.extend_from_slice(&42u16.to_le_bytes());
    t.extend_from_slice(&8u32.to_le_bytes());
    let entries: u16 = if gps { 2 } else { 1 };
    let gps_ifd = 8 + 2 + 12 * u32::from(entries) + 4;
    t.extend_from_slice(&entries.to_le_bytes());
    t.extend_from_slice(&0x0112u16.to_le_bytes());
    t.extend_from_slice(&3u16.to_le_bytes());
    t.extend_from_slice(&1u32.to_le_bytes());
    t.extend_from_slice(&orientation.to_le_bytes());
    t.extend_from_slice(&0u16.to_le_bytes());
    if gps {
        t.extend_from_slice(&0x8825u16.to_le_bytes());
        t.extend_from_slice(&4u16.to_le_bytes());
        t.extend_from_slice(&1u32.to_le_bytes());
        t.extend_from_slice(&gps_ifd.to_le_bytes());
    }
    t.extend_from_slice(&0u32.to_le_bytes());
    if gps {
        let lat_at = gps_ifd + 2 + 12 * 4 + 4;
        t.extend_from_slice(&4u16.to_le_bytes());
        for (tag, typ, count, value) in [
            (1u16, 2u16, 2u32, u32::from_le_bytes(*b"S\0\0\0")),
            (2, 5, 3, lat_at),
            (3, 2, 2, u32::from_le_bytes(*b"W\0\0\0")),
            (4, 5, 3, lat_at + 24),
        ] {
            t.extend_from_slice(&tag.to_le_bytes());
            t.extend_from_slice(&typ.to_le_bytes());
            t.extend_from_slice(&count.to_le_bytes());
            t.extend_from_slice(&value.to_le_bytes());
        }
        t.extend_from_slice(&0u32.to_le_bytes());
        for (a, b, c) in [(22u32, 54u32, 1200u32), (43, 10, 3300)] {
            for v in [a, 1, b, 1, c, 100] {
                t.extend_from_slice(&v.to_le_bytes());
            }
        }
    }
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(&t);
    let len = u16::try_from(payload.len() + 2).expect("fits");
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}
