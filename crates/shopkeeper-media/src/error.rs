//! The closed set of errors a photo can produce, each with a stable kebab-case code and
//! the arguments a localized message needs (see locales/, keys `media-<code>`).

/// One argument of a localizable error message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorArg {
    Number(u64),
    Text(&'static str),
}

/// Why a photo was refused. `code()` is stable and what the UI switches on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MediaError {
    /// The file is empty.
    #[error("the photo file is empty")]
    Empty,
    /// The file is bigger than `Limits::max_file_bytes`; nothing was decoded.
    #[error("the photo is {size} bytes, over the limit of {max_size} bytes")]
    TooLarge { size: u64, max_size: u64 },
    /// The header claims more pixels than the limits allow; nothing was decoded.
    #[error(
        "the photo is {width}x{height} px, over the limit of {max_side} px per side \
         and {max_pixels} pixels"
    )]
    TooManyPixels {
        width: u32,
        height: u32,
        max_side: u32,
        max_pixels: u64,
    },
    /// Not JPEG, PNG or WebP. `detected` names what it looks like when we can tell
    /// (`heic`, `avif`, `gif`, `tiff`, `bmp`, `cmyk-jpeg`), `None` for unknown bytes.
    #[error("unsupported photo format ({})", detected.unwrap_or("unknown"))]
    UnsupportedFormat { detected: Option<&'static str> },
    /// The file ends before the image data does.
    #[error("the photo file is truncated")]
    Truncated,
    /// The file is damaged in some other way. `detail` is for the log only.
    #[error("the photo file is damaged: {detail}")]
    Corrupt { detail: String },
    /// Encoding an output failed (should not happen for valid pixels). For the log.
    #[error("could not encode the photo: {detail}")]
    Encode { detail: String },
}

impl MediaError {
    /// Stable code for the UI and the IPC `{ code, message }` error.
    pub fn code(&self) -> &'static str {
        match self {
            MediaError::Empty => "photo-empty",
            MediaError::TooLarge { .. } => "photo-too-large",
            MediaError::TooManyPixels { .. } => "photo-too-many-pixels",
            MediaError::UnsupportedFormat { .. } => "photo-unsupported-format",
            MediaError::Truncated => "photo-truncated",
            MediaError::Corrupt { .. } => "photo-corrupt",
            MediaError::Encode { .. } => "photo-encode-failed",
        }
    }

    /// Named arguments for the localized message (Fluent variables). `detail` strings are
    /// deliberately not included: they are English library messages, for the log.
    pub fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        match *self {
            MediaError::TooLarge { size, max_size } => vec![
                ("size", ErrorArg::Number(size)),
                ("max_size", ErrorArg::Number(max_size)),
            ],
            MediaError::TooManyPixels {
                width,
                height,
                max_side,
                max_pixels,
            } => vec![
                ("width", ErrorArg::Number(width.into())),
                ("height", ErrorArg::Number(height.into())),
                ("max_side", ErrorArg::Number(max_side.into())),
                ("max_pixels", ErrorArg::Number(max_pixels)),
            ],
            MediaError::UnsupportedFormat { detected } => {
                vec![("format", ErrorArg::Text(detected.unwrap_or("unknown")))]
            }
            MediaError::Empty
            | MediaError::Truncated
            | MediaError::Corrupt { .. }
            | MediaError::Encode { .. } => Vec::new(),
        }
    }
}
