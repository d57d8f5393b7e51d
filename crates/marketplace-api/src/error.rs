//! The error body every 4xx/5xx response carries.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `{ "code": "...", "message": "...", "fields": [{ "path": "...", "code": "..." }] }`.
///
/// `code` is a closed, machine-readable kebab-case string clients switch on (see
/// [`codes`]); `message` is English for logs and developers, never shown as-is to users.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
    /// Field-level problems (validation errors), with JSON-pointer-like paths such as
    /// `variants[0].prices[1].amount`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

/// One invalid field of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FieldError {
    pub path: String,
    pub code: String,
}

impl ErrorBody {
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        ErrorBody {
            code: code.into(),
            message: message.into(),
            fields: Vec::new(),
        }
    }
}

/// The error codes the marketplace answers with.
pub mod codes {
    pub const MALFORMED_JSON: &str = "malformed-json";
    pub const INVALID_BODY: &str = "invalid-body";
    pub const UNSUPPORTED_MEDIA_TYPE: &str = "unsupported-media-type";
    pub const VALIDATION_FAILED: &str = "validation-failed";
    pub const PAYLOAD_TOO_LARGE: &str = "payload-too-large";
    pub const UNAUTHENTICATED: &str = "unauthenticated";
    pub const TOKEN_REVOKED: &str = "token-revoked";
    pub const INVALID_CREDENTIALS: &str = "invalid-credentials";
    pub const FORBIDDEN: &str = "forbidden";
    pub const NOT_FOUND: &str = "not-found";
    pub const METHOD_NOT_ALLOWED: &str = "method-not-allowed";
    pub const CONFLICT: &str = "conflict";
    pub const VERSION_MISMATCH: &str = "version-mismatch";
    pub const PRECONDITION_REQUIRED: &str = "precondition-required";
    pub const IDEMPOTENCY_KEY_REUSED: &str = "idempotency-key-reused";
    pub const INSUFFICIENT_STOCK: &str = "insufficient-stock";
    pub const STOCK_MISMATCH: &str = "stock-mismatch";
    pub const ILLEGAL_TRANSITION: &str = "illegal-transition";
    pub const ALREADY_REPLIED: &str = "already-replied";
    pub const LISTING_DELETED: &str = "listing-deleted";
    pub const EMAIL_TAKEN: &str = "email-taken";
    pub const CURSOR_EXPIRED: &str = "cursor-expired";
    pub const INVALID_CURSOR: &str = "invalid-cursor";
    pub const OP_OUT_OF_ORDER: &str = "op-out-of-order";
    pub const RATE_LIMITED: &str = "rate-limited";
    pub const INTERNAL: &str = "internal";
    pub const INJECTED_FAULT: &str = "injected-fault";
    pub const UNSUPPORTED_PHOTO: &str = "unsupported-photo";
    pub const UNSUPPORTED_DOCUMENT: &str = "unsupported-document";
}
