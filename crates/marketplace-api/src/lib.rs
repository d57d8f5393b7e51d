//! The marketplace wire format and the HTTP client Shopkeeper uses to talk to a
//! marketplace.
//!
//! This is the only crate that knows the wire format (architecture invariant 3): the
//! sandbox server and the desktop sync engine both use these types.
//!
//! - [`dto`]: request and response bodies (serde + OpenAPI schemas via utoipa).
//! - [`error`]: the JSON error body every 4xx/5xx carries, and its machine-readable codes.
//! - [`money`]: decimal-string amounts <-> integer minor units, per ISO 4217 exponent.
//! - [`s10`]: UPU S10 tracking-number validation (pure).
//! - [`client`]: reqwest + rustls client with timeouts and jittered, `Retry-After`-aware
//!   retries for transient failures only.

pub mod client;
pub mod dto;
pub mod error;
pub mod money;
pub mod s10;

pub use client::{ClientConfig, ClientError, MarketplaceClient};
pub use error::{ErrorBody, FieldError};
/// The HTTP method of a generic [`MarketplaceClient::call`].
pub use reqwest::Method;
