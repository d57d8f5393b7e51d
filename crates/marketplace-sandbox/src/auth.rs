//! Accounts, device tokens and roles.
//!
//! A desktop signs in once with email + password and receives a random device token. The
//! server keeps only the token's SHA-256 (a token is 256 random bits, so a fast hash is
//! the right tool); revoking a device makes its token answer `401 token-revoked`.
//! Passwords are salted and hashed with iterated SHA-256: adequate for a sandbox that
//! only ever holds test accounts (a real marketplace would use Argon2).

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use base64::Engine;
use marketplace_api::dto::Role;
use marketplace_api::error::codes;
use uuid::Uuid;

use crate::error::ApiError;
use crate::state::AppState;
use crate::util::sha256;

/// Who is calling: resolved from the bearer token on every request.
#[derive(Debug, Clone, Copy)]
pub struct Actor {
    pub account_id: Uuid,
    pub shop_id: Uuid,
    pub member_id: Uuid,
    pub device_id: Uuid,
    pub role: Role,
}

/// What a request wants to do, checked against the caller's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Perm {
    /// Texts, state, variants, new listings.
    CatalogEdit,
    /// Prices of variants.
    PriceEdit,
    /// Weight, HS code, origin, customs description of variants.
    LogisticsEdit,
    CatalogDelete,
    Photos,
    Stock,
    Fulfil,
    CancelRefund,
    Messages,
    Reviews,
    Disputes,
    Promotions,
    Team,
}

pub fn allows(role: Role, perm: Perm) -> bool {
    use Perm::*;
    match role {
        Role::Owner => true,
        Role::Catalog => matches!(
            perm,
            CatalogEdit | PriceEdit | LogisticsEdit | CatalogDelete | Photos | Stock | Promotions
        ),
        Role::Packer => matches!(perm, LogisticsEdit | Stock | Fulfil | Photos),
        Role::Support => matches!(perm, Messages | Reviews | Disputes | CancelRefund | Photos),
    }
}

impl Actor {
    pub fn require(&self, perm: Perm) -> Result<(), ApiError> {
        if allows(self.role, perm) {
            Ok(())
        } else {
            Err(ApiError::forbidden(format!(
                "the {} role may not do this ({perm:?})",
                self.role.as_str()
            )))
        }
    }
}

const PASSWORD_ROUNDS: usize = 2_000;

pub fn hash_password(salt: &[u8], password: &str) -> Vec<u8> {
    let mut h = sha256(&[salt, password.as_bytes()].concat());
    for _ in 0..PASSWORD_ROUNDS {
        h = sha256(&[&h[..], salt].concat());
    }
    h
}

/// Constant-time comparison of two hashes.
pub fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn random_bytes() -> [u8; 32] {
    let mut out = [0u8; 32];
    out[..16].copy_from_slice(Uuid::new_v4().as_bytes());
    out[16..].copy_from_slice(Uuid::new_v4().as_bytes());
    out
}

/// A new device token (`skd_` + 43 base64url characters; 244 random bits).
pub fn new_token() -> String {
    format!(
        "skd_{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes())
    )
}

pub fn token_hash(token: &str) -> Vec<u8> {
    sha256(token.as_bytes())
}

pub fn bearer(parts: &Parts) -> Option<&str> {
    let v = parts.headers.get(axum::http::header::AUTHORIZATION)?;
    let s = v.to_str().ok()?;
    let (scheme, token) = s.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let t = token.trim();
    (!t.is_empty()).then_some(t)
}

#[derive(sqlx::FromRow)]
struct TokenRow {
    account_id: String,
    shop_id: String,
    member_id: String,
    device_id: String,
    role: String,
    revoked_at: Option<String>,
}

impl FromRequestParts<AppState> for Actor {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = bearer(parts).ok_or_else(|| {
            ApiError::unauthenticated("missing `Authorization: Bearer <device token>`")
        })?;
        let row: Option<TokenRow> = sqlx::query_as(
            "SELECT m.account_id, m.shop_id, m.id AS member_id, d.id AS device_id, m.role, \
             d.revoked_at FROM devices d JOIN members m ON m.id = d.member_id \
             WHERE d.token_hash = ?1",
        )
        .bind(token_hash(token))
        .fetch_optional(state.pool())
        .await?;
        let row = row.ok_or_else(|| ApiError::unauthenticated("unknown device token"))?;
        if row.revoked_at.is_some() {
            tracing::debug!(device = %row.device_id, "request with a revoked token");
            return Err(ApiError::new(
                axum::http::StatusCode::UNAUTHORIZED,
                codes::TOKEN_REVOKED,
                "this device token was revoked; sign in again",
            ));
        }
        let role = Role::parse(&row.role).ok_or_else(ApiError::internal)?;
        Ok(Actor {
            account_id: crate::util::uuid(&row.account_id),
            shop_id: crate::util::uuid(&row.shop_id),
            member_id: crate::util::uuid(&row.member_id),
            device_id: crate::util::uuid(&row.device_id),
            role,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_matrix() {
        assert!(allows(Role::Owner, Perm::Team));
        assert!(!allows(Role::Packer, Perm::PriceEdit));
        assert!(allows(Role::Packer, Perm::Stock));
        assert!(!allows(Role::Support, Perm::CatalogDelete));
        assert!(allows(Role::Support, Perm::Messages));
        assert!(!allows(Role::Catalog, Perm::Messages));
        assert!(!allows(Role::Catalog, Perm::Team));
    }

    #[test]
    fn tokens_are_random_and_hashes_compare() {
        let a = new_token();
        let b = new_token();
        assert_ne!(a, b);
        assert!(a.starts_with("skd_") && a.len() > 40);
        assert!(same(&token_hash(&a), &token_hash(&a)));
        assert!(!same(&token_hash(&a), &token_hash(&b)));
        let salt = random_bytes();
        assert!(same(
            &hash_password(&salt, "pw"),
            &hash_password(&salt, "pw")
        ));
        assert!(!same(
            &hash_password(&salt, "pw"),
            &hash_password(&salt, "pW")
        ));
    }
}
