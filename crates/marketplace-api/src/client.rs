//! The HTTP client the app uses to talk to a marketplace.
//!
//! reqwest with rustls; a total and a connect timeout; retries with capped, fully
//! jittered exponential backoff for transient failures only (connect errors, timeouts,
//! 429, 502/503/504, and 500 for requests that are safe to repeat). A `Retry-After`
//! header (seconds or HTTP-date) is honoured: no request is sent before it elapses.
//! Everything else (4xx) is returned at once as [`ClientError::Api`].

use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use thiserror::Error;
use uuid::Uuid;

use crate::dto::*;
use crate::error::ErrorBody;

/// Client settings.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Total time for one attempt.
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// Attempts per call, including the first (1 = no retries).
    pub max_attempts: u32,
    /// First backoff ceiling; doubles per attempt up to `max_backoff`.
    pub base_backoff: Duration,
    pub max_backoff: Duration,
    /// A `Retry-After` longer than this is not waited for: the error is returned with
    /// its `retry_after` so the caller can reschedule.
    pub max_retry_after: Duration,
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(5),
            max_attempts: 5,
            base_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(120),
        }
    }
}

/// Why a call failed.
#[derive(Debug, Error)]
pub enum ClientError {
    /// The server answered with an error status and body.
    #[error("{status}: {} ({})", body.code, body.message)]
    Api {
        status: u16,
        body: ErrorBody,
        /// The server's `Retry-After`, if any.
        retry_after: Option<Duration>,
    },
    /// The request could not be sent or the reply not read (after retries).
    #[error("transport: {0}")]
    Transport(#[source] reqwest::Error),
    /// The reply was not the expected JSON.
    #[error("unexpected reply: {0}")]
    Decode(String),
    #[error("invalid base url: {0}")]
    BaseUrl(String),
    #[error("building the HTTP client: {0}")]
    Build(#[source] reqwest::Error),
}

impl ClientError {
    /// The machine-readable error code of an API error.
    pub fn code(&self) -> Option<&str> {
        match self {
            ClientError::Api { body, .. } => Some(&body.code),
            _ => None,
        }
    }
    pub fn status(&self) -> Option<u16> {
        match self {
            ClientError::Api { status, .. } => Some(*status),
            _ => None,
        }
    }
    /// True for failures worth retrying later (network, 429, 5xx).
    pub fn is_transient(&self) -> bool {
        match self {
            ClientError::Api { status, .. } => *status == 429 || *status >= 500,
            ClientError::Transport(_) => true,
            _ => false,
        }
    }
}

/// A marketplace client bound to one base URL and (optionally) one device token.
#[derive(Debug)]
pub struct MarketplaceClient {
    http: reqwest::Client,
    base: String,
    token: Option<String>,
    config: ClientConfig,
    rng: Mutex<u64>,
}

impl MarketplaceClient {
    /// `base` like `http://127.0.0.1:8080` (no trailing `/v1`).
    pub fn new(base: &str, config: ClientConfig) -> Result<Self, ClientError> {
        let base = base.trim_end_matches('/').to_owned();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(ClientError::BaseUrl(base));
        }
        let http = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.connect_timeout)
            .user_agent(concat!("shopkeeper/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(ClientError::Build)?;
        let seed = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0x9E37_79B9_7F4A_7C15)
            ^ (Uuid::new_v4().as_u128() as u64);
        Ok(MarketplaceClient {
            http,
            base,
            token: None,
            config,
            rng: Mutex::new(seed | 1),
        })
    }

    /// The same client carrying a device token.
    pub fn with_token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    pub fn set_token(&mut self, token: Option<String>) {
        self.token = token;
    }

    pub fn base_url(&self) -> &str {
        &self.base
    }

    // ----- API methods -------------------------------------------------------------

    pub async fn sign_up(&self, req: &SignUpRequest) -> Result<SignInResponse, ClientError> {
        self.call(Method::POST, "/v1/accounts", Some(req), &[], None)
            .await
    }

    pub async fn sign_in(&self, req: &SignInRequest) -> Result<SignInResponse, ClientError> {
        self.call(Method::POST, "/v1/auth/sign-in", Some(req), &[], None)
            .await
    }

    pub async fn me(&self) -> Result<Me, ClientError> {
        self.call::<(), _>(Method::GET, "/v1/me", None, &[], None)
            .await
    }

    /// The shop's team.
    pub async fn members(&self) -> Result<Vec<Member>, ClientError> {
        self.call::<(), _>(Method::GET, "/v1/members", None, &[], None)
            .await
    }

    /// The shop's desktops (all of them for owners and managers, else the caller's own).
    pub async fn devices(&self) -> Result<Vec<Device>, ClientError> {
        self.call::<(), _>(Method::GET, "/v1/devices", None, &[], None)
            .await
    }

    /// Revokes a device's token (sign-out).
    pub async fn revoke_device(&self, id: Uuid) -> Result<Device, ClientError> {
        self.call::<(), _>(
            Method::DELETE,
            &format!("/v1/devices/{id}"),
            None,
            &[],
            None,
        )
        .await
    }

    /// Pushes a batch of ops. Safe to retry: every op is idempotent by `op_id`.
    pub async fn push(&self, ops: &[Op]) -> Result<PushResponse, ClientError> {
        let key = ops.first().map(|o| o.op_id.to_string());
        let body = PushRequest { ops: ops.to_vec() };
        self.call(Method::POST, "/v1/sync/push", Some(&body), &[], key)
            .await
    }

    /// One page of a stream's change feed after `cursor` (`None` = from the start).
    pub async fn pull(
        &self,
        stream: Stream,
        cursor: Option<&str>,
        limit: Option<u32>,
    ) -> Result<ChangePage, ClientError> {
        self.pull_page(stream, cursor, limit, false).await
    }

    /// [`MarketplaceClient::pull`], also asking how many changes follow the
    /// page (`ChangePage::remaining`), for a progress bar.
    pub async fn pull_counted(
        &self,
        stream: Stream,
        cursor: Option<&str>,
        limit: Option<u32>,
    ) -> Result<ChangePage, ClientError> {
        self.pull_page(stream, cursor, limit, true).await
    }

    async fn pull_page(
        &self,
        stream: Stream,
        cursor: Option<&str>,
        limit: Option<u32>,
        count: bool,
    ) -> Result<ChangePage, ClientError> {
        let mut q = vec![("stream", stream.as_str().to_owned())];
        if let Some(c) = cursor {
            q.push(("cursor", c.to_owned()));
        }
        if let Some(l) = limit {
            q.push(("limit", l.to_string()));
        }
        if count {
            q.push(("count", "true".to_owned()));
        }
        self.call::<(), _>(Method::GET, "/v1/sync/pull", None, &q, None)
            .await
    }

    pub async fn create_listing(
        &self,
        listing: &NewListing,
        idempotency_key: Uuid,
    ) -> Result<Listing, ClientError> {
        self.call(
            Method::POST,
            "/v1/listings",
            Some(listing),
            &[],
            Some(idempotency_key.to_string()),
        )
        .await
    }

    pub async fn get_listing(&self, id: Uuid) -> Result<Listing, ClientError> {
        self.call::<(), _>(Method::GET, &format!("/v1/listings/{id}"), None, &[], None)
            .await
    }

    /// One page of the shop's listings in id order, after `after` (`None` = the first).
    pub async fn list_listings(
        &self,
        after: Option<Uuid>,
        limit: u32,
    ) -> Result<ListingPage, ClientError> {
        let mut q = vec![("limit", limit.to_string())];
        if let Some(a) = after {
            q.push(("after", a.to_string()));
        }
        self.call::<(), _>(Method::GET, "/v1/listings", None, &q, None)
            .await
    }

    pub async fn stock_adjust(
        &self,
        variant_id: Uuid,
        body: &StockAdjust,
        idempotency_key: Uuid,
    ) -> Result<StockLevel, ClientError> {
        self.call(
            Method::POST,
            &format!("/v1/variants/{variant_id}/stock/adjust"),
            Some(body),
            &[],
            Some(idempotency_key.to_string()),
        )
        .await
    }

    /// The first page of the shop's listings (at most 200).
    pub async fn listings(&self) -> Result<ListingPage, ClientError> {
        self.list_listings(None, 200).await
    }

    /// Deletes (deactivates for good) a listing.
    pub async fn delete_listing(
        &self,
        id: Uuid,
        idempotency_key: Uuid,
    ) -> Result<Listing, ClientError> {
        self.call::<(), _>(
            Method::DELETE,
            &format!("/v1/listings/{id}"),
            None,
            &[],
            Some(idempotency_key.to_string()),
        )
        .await
    }

    pub async fn orders(&self) -> Result<OrderPage, ClientError> {
        self.call::<(), _>(Method::GET, "/v1/orders", None, &[], None)
            .await
    }

    /// Uploads a photo (JPEG, PNG or WebP) under the id `id`: the id is the
    /// `Idempotency-Key`, so repeating the upload returns the same photo.
    pub async fn upload_photo(
        &self,
        id: Uuid,
        content_type: &str,
        bytes: Vec<u8>,
    ) -> Result<PhotoRef, ClientError> {
        self.send("/v1/photos", Upload::Raw(content_type, bytes), id)
            .await
    }

    /// Uploads a PDF document (dispute evidence) under the id `id`, like
    /// [`Self::upload_photo`].
    pub async fn upload_document(&self, id: Uuid, bytes: Vec<u8>) -> Result<PhotoRef, ClientError> {
        self.send("/v1/documents", Upload::Raw("application/pdf", bytes), id)
            .await
    }

    /// Downloads a photo's bytes (`GET /v1/photos/{id}`) with its content
    /// type. A body over `max_bytes` is refused without being kept.
    pub async fn download_photo(
        &self,
        id: Uuid,
        max_bytes: u64,
    ) -> Result<(String, Vec<u8>), ClientError> {
        let url = format!("{}/v1/photos/{id}", self.base);
        let mut req = self.http.get(&url);
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        let mut resp = req.send().await.map_err(ClientError::Transport)?;
        let status = resp.status();
        if !status.is_success() {
            let retry_after = parse_retry_after(resp.headers(), SystemTime::now());
            let body = match resp.bytes().await {
                Ok(b) => serde_json::from_slice::<ErrorBody>(&b).unwrap_or_else(|_| {
                    ErrorBody::new("unexpected-reply", format!("status {}", status.as_u16()))
                }),
                Err(e) => ErrorBody::new("unexpected-reply", e.to_string()),
            };
            return Err(ClientError::Api {
                status: status.as_u16(),
                body,
                retry_after,
            });
        }
        let content_type = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("application/octet-stream")
            .to_owned();
        let too_large =
            || ClientError::Decode(format!("the photo is larger than {max_bytes} bytes"));
        if resp.content_length().is_some_and(|n| n > max_bytes) {
            return Err(too_large());
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(ClientError::Transport)? {
            if (bytes.len() + chunk.len()) as u64 > max_bytes {
                return Err(too_large());
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok((content_type, bytes))
    }

    async fn send<T: DeserializeOwned>(
        &self,
        path: &str,
        body: Upload<'_>,
        id: Uuid,
    ) -> Result<T, ClientError> {
        self.request(Method::POST, path, body, &[], Some(id.to_string()))
            .await
    }

    /// Any JSON call. `idempotency_key` makes a POST safe to retry.
    pub async fn call<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        query: &[(&str, String)],
        idempotency_key: Option<String>,
    ) -> Result<T, ClientError> {
        let body = match body {
            Some(b) => {
                Upload::Json(serde_json::to_vec(b).map_err(|e| ClientError::Decode(e.to_string()))?)
            }
            None => Upload::None,
        };
        self.request(method, path, body, query, idempotency_key)
            .await
    }

    /// A photo's bytes (`GET /v1/photos/{id}`).
    pub async fn photo(&self, id: Uuid) -> Result<Vec<u8>, ClientError> {
        let path = format!("/v1/photos/{id}");
        self.request_bytes(Method::GET, &path, Upload::None, &[], None)
            .await
    }

    async fn request<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Upload<'_>,
        query: &[(&str, String)],
        idempotency_key: Option<String>,
    ) -> Result<T, ClientError> {
        let bytes = self
            .request_bytes(method, path, body, query, idempotency_key)
            .await?;
        serde_json::from_slice(&bytes).map_err(|e| ClientError::Decode(e.to_string()))
    }

    async fn request_bytes(
        &self,
        method: Method,
        path: &str,
        body: Upload<'_>,
        query: &[(&str, String)],
        idempotency_key: Option<String>,
    ) -> Result<Vec<u8>, ClientError> {
        let repeatable = matches!(method, Method::GET | Method::PUT | Method::DELETE)
            || idempotency_key.is_some();
        let url = format!("{}{}", self.base, path);
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let mut req = self.http.request(method.clone(), &url).query(query);
            if let Some(t) = &self.token {
                req = req.bearer_auth(t);
            }
            if let Some(k) = &idempotency_key {
                req = req.header("Idempotency-Key", k);
            }
            match &body {
                Upload::None => {}
                Upload::Json(b) => {
                    req = req
                        .header(reqwest::header::CONTENT_TYPE, "application/json")
                        .body(b.clone());
                }
                Upload::Raw(content_type, b) => {
                    req = req
                        .header(reqwest::header::CONTENT_TYPE, *content_type)
                        .body(b.clone());
                }
            }
            let last = attempt >= self.config.max_attempts;
            let resp = match req.send().await {
                Ok(r) => r,
                Err(e) => {
                    // A connect failure never reached the server: always safe to retry.
                    let retry = !last
                        && (e.is_connect() || (repeatable && (e.is_timeout() || e.is_request())));
                    if retry {
                        let d = self.backoff(attempt);
                        tracing::debug!(attempt, ?d, error = %e, "transient transport error, retrying");
                        tokio::time::sleep(d).await;
                        continue;
                    }
                    return Err(ClientError::Transport(e));
                }
            };
            let status = resp.status();
            if status.is_success() {
                let bytes = match resp.bytes().await {
                    Ok(b) => b,
                    Err(e) => {
                        // The reply was lost after the server acted: repeat only if safe.
                        if repeatable && !last {
                            tokio::time::sleep(self.backoff(attempt)).await;
                            continue;
                        }
                        return Err(ClientError::Transport(e));
                    }
                };
                return Ok(bytes.to_vec());
            }
            let retry_after = parse_retry_after(resp.headers(), SystemTime::now());
            let transient = status == StatusCode::TOO_MANY_REQUESTS
                || status == StatusCode::BAD_GATEWAY
                || status == StatusCode::SERVICE_UNAVAILABLE
                || status == StatusCode::GATEWAY_TIMEOUT
                || (status == StatusCode::INTERNAL_SERVER_ERROR && repeatable);
            let body = match resp.bytes().await {
                Ok(b) => serde_json::from_slice::<ErrorBody>(&b).unwrap_or_else(|_| {
                    ErrorBody::new(
                        "unexpected-reply",
                        String::from_utf8_lossy(&b[..b.len().min(200)]).into_owned(),
                    )
                }),
                Err(e) => ErrorBody::new("unexpected-reply", e.to_string()),
            };
            let err = ClientError::Api {
                status: status.as_u16(),
                body,
                retry_after,
            };
            if !transient || last {
                return Err(err);
            }
            let delay = match retry_after {
                Some(ra) if ra > self.config.max_retry_after => return Err(err),
                // Never earlier than the server asked; a little jitter spreads a herd.
                Some(ra) => ra + self.jitter(self.config.base_backoff),
                None => self.backoff(attempt),
            };
            tracing::debug!(
                attempt,
                status = status.as_u16(),
                ?delay,
                "transient API error, retrying"
            );
            tokio::time::sleep(delay).await;
        }
    }

    /// Full-jitter exponential backoff: uniform in `[0, min(max, base * 2^(attempt-1))]`.
    fn backoff(&self, attempt: u32) -> Duration {
        let ceiling = self
            .config
            .base_backoff
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16))
            .min(self.config.max_backoff);
        self.jitter(ceiling)
    }

    fn jitter(&self, ceiling: Duration) -> Duration {
        let nanos = ceiling.as_nanos().min(u128::from(u64::MAX)) as u64;
        if nanos == 0 {
            return Duration::ZERO;
        }
        let r = {
            let mut s = self.rng.lock().unwrap_or_else(|p| p.into_inner());
            // xorshift64*
            let mut x = *s;
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            *s = x;
            x.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        Duration::from_nanos(r % (nanos + 1))
    }
}

/// A request body.
enum Upload<'a> {
    None,
    Json(Vec<u8>),
    /// Bytes with their content type.
    Raw(&'a str, Vec<u8>),
}

/// Parses `Retry-After` as delta-seconds or an HTTP-date (relative to `now`).
pub fn parse_retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let v: &HeaderValue = headers.get(RETRY_AFTER)?;
    let s = v.to_str().ok()?.trim();
    if let Ok(secs) = s.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = httpdate::parse_http_date(s).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_str(v).expect("header"));
        h
    }

    #[test]
    fn retry_after_seconds_and_http_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(
            parse_retry_after(&headers("7"), now),
            Some(Duration::from_secs(7))
        );
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(
            parse_retry_after(&headers(&later), now),
            Some(Duration::from_secs(30))
        );
        let past = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(
            parse_retry_after(&headers(&past), now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after(&headers("soon"), now), None);
        assert_eq!(parse_retry_after(&HeaderMap::new(), now), None);
    }

    #[test]
    fn backoff_is_capped_and_jittered() {
        let c = MarketplaceClient::new(
            "http://127.0.0.1:1",
            ClientConfig {
                base_backoff: Duration::from_millis(100),
                max_backoff: Duration::from_millis(800),
                ..ClientConfig::default()
            },
        )
        .expect("client");
        let mut distinct = std::collections::HashSet::new();
        for attempt in 1..20 {
            let d = c.backoff(attempt);
            assert!(d <= Duration::from_millis(800), "{d:?}");
            if attempt == 1 {
                assert!(d <= Duration::from_millis(100));
            }
            distinct.insert(d);
        }
        assert!(distinct.len() > 10, "backoff is not jittered");
    }

    #[test]
    fn refuses_non_http_base() {
        assert!(MarketplaceClient::new("ftp://x", ClientConfig::default()).is_err());
    }
}
