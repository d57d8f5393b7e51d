//! Every way producing or sending a document can fail, with a stable kebab-case code and
//! named arguments. The core localizes them from `locales/<lang>/documents.ftl`
//! (`error-<code>`), so the texts here are for logs only.

use thiserror::Error;

/// A document error. [`DocError::code`] is stable (the UI and Fluent key on it);
/// [`DocError::args`] are the Fluent arguments.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DocError {
    /// A font file the documents need is not installed.
    #[error("font file {path} is missing (Debian package {package})")]
    FontMissing { path: String, package: String },
    /// A font file exists but cannot be read as a font.
    #[error("font file {path} is not a readable font")]
    FontInvalid { path: String },
    /// No font in the set has a glyph for a character of this field.
    #[error("no font can draw {character:?} in {field}")]
    GlyphMissing { field: String, character: String },
    /// The text does not fit in its box even at the smallest type size.
    #[error("{field} is too long to fit on the document")]
    FieldTooLong { field: String },
    /// A required address (or party) field is empty.
    #[error("{field} is missing")]
    AddressFieldMissing { field: String },
    /// The postal code does not have the destination country's shape.
    #[error("postal code {value:?} is not valid for {country}")]
    PostalCodeInvalid { country: String, value: String },
    /// Not a two-letter ISO 3166-1 code.
    #[error("{value:?} in {field} is not a two-letter country code")]
    CountryInvalid { field: String, value: String },
    /// Tracking numbers are 4..=40 characters of A-Z, 0-9.
    #[error("tracking number {value:?} has characters other than A-Z and 0-9 or a bad length")]
    TrackingInvalid { value: String },
    /// Not shaped like an S10 identifier (carrier is a post).
    #[error("{value:?} is not a UPU S10 tracking number")]
    S10Format { value: String },
    /// S10 check digit wrong.
    #[error("the check digit of {value} is wrong")]
    S10CheckDigit { value: String },
    /// The barcode would not fit on the label with its quiet zones.
    #[error("the barcode for {value} is too wide for the label")]
    BarcodeTooWide { value: String },
    /// HS code not 6-10 digits.
    #[error("HS code {value:?} must have 6 to 10 digits")]
    HsCodeInvalid { value: String },
    /// Nomenclature edition not like `HS2022`.
    #[error("HS edition {value:?} must look like HS2022")]
    HsEditionInvalid { value: String },
    /// Unknown ISO 4217 code.
    #[error("unknown currency {code}")]
    CurrencyUnknown { code: String },
    /// Amounts in different currencies were mixed.
    #[error("expected amounts in {expected}, found {found}")]
    CurrencyMismatch { expected: String, found: String },
    /// The SDR rate is not positive.
    #[error("the SDR rate must be a positive number")]
    SdrRateInvalid,
    /// No SDR rate stored for the declaration's currency.
    #[error("no SDR rate for {currency}")]
    SdrRateMissing { currency: String },
    /// Customs data is incomplete; `missing_customs` says what exactly.
    #[error("{count} customs fields are missing")]
    CustomsIncomplete { count: usize },
    /// The buyer language has no document strings.
    #[error("no document strings for language {locale}")]
    LocaleUnsupported { locale: String },
    /// The PDF writer failed.
    #[error("the PDF could not be written: {detail}")]
    Pdf { detail: String },
    /// The user cancelled a batch.
    #[error("cancelled")]
    Cancelled,
    /// Connecting to the printer failed (refused, no route, connect timeout).
    #[error("printer {address} cannot be reached: {detail}")]
    PrinterUnreachable { address: String, detail: String },
    /// The printer accepted the connection but stopped taking data.
    #[error("printer {address} stopped answering")]
    PrinterTimeout { address: String },
    /// `lp` is not installed.
    #[error("the CUPS command lp is not installed")]
    CupsMissing,
    /// `lp` ran and failed.
    #[error("lp failed ({status}): {detail}")]
    CupsFailed { status: String, detail: String },
    /// A queue name that CUPS would not accept (or that could be read as an option).
    #[error("{queue:?} is not a valid printer queue name")]
    PrinterQueueInvalid { queue: String },
}

impl DocError {
    /// Stable kebab-case code; the Fluent key is `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            DocError::FontMissing { .. } => "documents-font-missing",
            DocError::FontInvalid { .. } => "documents-font-invalid",
            DocError::GlyphMissing { .. } => "label-glyph-missing",
            DocError::FieldTooLong { .. } => "label-field-too-long",
            DocError::AddressFieldMissing { .. } => "address-field-missing",
            DocError::PostalCodeInvalid { .. } => "address-postal-code-invalid",
            DocError::CountryInvalid { .. } => "address-country-invalid",
            DocError::TrackingInvalid { .. } => "tracking-invalid",
            DocError::S10Format { .. } => "tracking-s10-format",
            DocError::S10CheckDigit { .. } => "tracking-s10-check-digit",
            DocError::BarcodeTooWide { .. } => "label-barcode-too-wide",
            DocError::HsCodeInvalid { .. } => "customs-hs-code-invalid",
            DocError::HsEditionInvalid { .. } => "customs-hs-edition-invalid",
            DocError::CurrencyUnknown { .. } => "customs-currency-unknown",
            DocError::CurrencyMismatch { .. } => "customs-currency-mismatch",
            DocError::SdrRateInvalid => "customs-sdr-rate-invalid",
            DocError::SdrRateMissing { .. } => "customs-sdr-rate-missing",
            DocError::CustomsIncomplete { .. } => "customs-incomplete",
            DocError::LocaleUnsupported { .. } => "documents-locale-unsupported",
            DocError::Pdf { .. } => "documents-pdf-failed",
            DocError::Cancelled => "documents-cancelled",
            DocError::PrinterUnreachable { .. } => "printer-unreachable",
            DocError::PrinterTimeout { .. } => "printer-timeout",
            DocError::CupsMissing => "printer-cups-missing",
            DocError::CupsFailed { .. } => "printer-cups-failed",
            DocError::PrinterQueueInvalid { .. } => "printer-queue-invalid",
        }
    }

    /// Named arguments for the localized message (`{ $field }` …).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            DocError::FontMissing { path, package } => {
                vec![("path", path.clone()), ("package", package.clone())]
            }
            DocError::FontInvalid { path } => vec![("path", path.clone())],
            DocError::GlyphMissing { field, character } => {
                vec![("field", field.clone()), ("character", character.clone())]
            }
            DocError::FieldTooLong { field } | DocError::AddressFieldMissing { field } => {
                vec![("field", field.clone())]
            }
            DocError::PostalCodeInvalid { country, value } => {
                vec![("country", country.clone()), ("value", value.clone())]
            }
            DocError::CountryInvalid { field, value } => {
                vec![("field", field.clone()), ("value", value.clone())]
            }
            DocError::TrackingInvalid { value }
            | DocError::S10Format { value }
            | DocError::S10CheckDigit { value }
            | DocError::BarcodeTooWide { value }
            | DocError::HsCodeInvalid { value }
            | DocError::HsEditionInvalid { value } => vec![("value", value.clone())],
            DocError::CurrencyUnknown { code } => vec![("code", code.clone())],
            DocError::SdrRateMissing { currency } => vec![("currency", currency.clone())],
            DocError::CurrencyMismatch { expected, found } => {
                vec![("expected", expected.clone()), ("found", found.clone())]
            }
            DocError::CustomsIncomplete { count } => vec![("count", count.to_string())],
            DocError::LocaleUnsupported { locale } => vec![("locale", locale.clone())],
            DocError::Pdf { detail } => vec![("detail", detail.clone())],
            DocError::PrinterUnreachable { address, detail } => {
                vec![("address", address.clone()), ("detail", detail.clone())]
            }
            DocError::PrinterTimeout { address } => vec![("address", address.clone())],
            DocError::CupsFailed { status, detail } => {
                vec![("status", status.clone()), ("detail", detail.clone())]
            }
            DocError::PrinterQueueInvalid { queue } => vec![("queue", queue.clone())],
            DocError::SdrRateInvalid | DocError::Cancelled | DocError::CupsMissing => Vec::new(),
        }
    }

    /// Every code, for the test that checks each has a message in all UI locales.
    pub const CODES: &'static [&'static str] = &[
        "documents-font-missing",
        "documents-font-invalid",
        "label-glyph-missing",
        "label-field-too-long",
        "address-field-missing",
        "address-postal-code-invalid",
        "address-country-invalid",
        "tracking-invalid",
        "tracking-s10-format",
        "tracking-s10-check-digit",
        "label-barcode-too-wide",
        "customs-hs-code-invalid",
        "customs-hs-edition-invalid",
        "customs-currency-unknown",
        "customs-currency-mismatch",
        "customs-sdr-rate-invalid",
        "customs-sdr-rate-missing",
        "customs-incomplete",
        "documents-locale-unsupported",
        "documents-pdf-failed",
        "documents-cancelled",
        "printer-unreachable",
        "printer-timeout",
        "printer-cups-missing",
        "printer-cups-failed",
        "printer-queue-invalid",
    ];
}

/// Result alias for this crate.
pub type Result<T> = std::result::Result<T, DocError>;
