//! HTTP handlers of the seller API v1 (and the sandbox-only `/v1/sim` endpoints).

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use marketplace_api::dto::*;
use marketplace_api::error::{ErrorBody, codes};
use serde::Deserialize;
use serde_json::Value;
use utoipa::IntoParams;
use uuid::Uuid;

use crate::auth::{self, Actor, Perm};
use crate::error::{ApiError, Fields};
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::feed::{self, Changes, PullError};
use crate::ops::{self, Executed, Outcome, Request};
use crate::state::AppState;
use crate::util::{new_id, now_ts, uuid};
use crate::{photos, store, validate};

type ApiResult<T> = Result<T, ApiError>;

// ----- helpers -------------------------------------------------------------------------

fn idempotency_key(headers: &HeaderMap) -> ApiResult<Option<Uuid>> {
    let Some(v) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let s = v
        .to_str()
        .ok()
        .map(str::trim)
        .filter(|s| !s.is_empty() && s.len() <= 200)
        .ok_or_else(|| {
            ApiError::validation(vec![marketplace_api::FieldError {
                path: "Idempotency-Key".into(),
                code: "invalid".into(),
            }])
        })?;
    Ok(Some(match Uuid::parse_str(s) {
        Ok(u) => u,
        Err(_) => {
            let h = crate::util::sha256(s.as_bytes());
            let mut b = [0u8; 16];
            b.copy_from_slice(&h[..16]);
            uuid::Builder::from_random_bytes(b).into_uuid()
        }
    }))
}

fn if_match(headers: &HeaderMap) -> ApiResult<Option<i64>> {
    let Some(v) = headers.get(header::IF_MATCH) else {
        return Ok(None);
    };
    let s = v
        .to_str()
        .unwrap_or("")
        .trim()
        .trim_start_matches("W/")
        .trim_matches('"');
    s.parse::<i64>().map(Some).map_err(|_| {
        ApiError::validation(vec![marketplace_api::FieldError {
            path: "If-Match".into(),
            code: "invalid-version".into(),
        }])
    })
}

fn render_rest(outcome: &Outcome) -> (u16, Value) {
    match outcome {
        Outcome::Applied { body, created, .. } => (if *created { 201 } else { 200 }, body.clone()),
        Outcome::Conflict {
            code,
            message,
            status,
            ..
        } => (
            status.as_u16(),
            serde_json::to_value(ErrorBody::new(*code, message.clone())).unwrap_or(Value::Null),
        ),
        Outcome::Rejected {
            status,
            code,
            message,
            fields,
        } => {
            let mut b = ErrorBody::new(*code, message.clone());
            b.fields = fields.clone();
            (
                status.as_u16(),
                serde_json::to_value(b).unwrap_or(Value::Null),
            )
        }
    }
}

/// Runs one REST mutation through the op engine (idempotent with `Idempotency-Key`).
async fn mutate(
    state: &AppState,
    actor: &Actor,
    headers: &HeaderMap,
    action: OpAction,
    base_version: Option<i64>,
) -> ApiResult<Response> {
    let key = idempotency_key(headers)?;
    let hash = ops::request_hash(&[
        &serde_json::to_vec(&action).unwrap_or_default(),
        &serde_json::to_vec(&base_version).unwrap_or_default(),
    ]);
    let req = Request {
        op_id: key.unwrap_or_else(new_id),
        op_seq: None,
        base_version,
        action,
        request_hash: hash,
        remember: key.is_some(),
    };
    let mut out = ops::execute(state, actor, vec![req], |_, o| render_rest(o)).await?;
    let (status, body) = match out.pop() {
        Some(Executed::Fresh(o)) => render_rest(&o),
        Some(Executed::Replay { status, result }) => (status, result),
        Some(Executed::KeyReused) => {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                codes::IDEMPOTENCY_KEY_REUSED,
                "this Idempotency-Key was used with a different request",
            ));
        }
        _ => return Err(ApiError::internal()),
    };
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut resp = (status, Json(body)).into_response();
    if key.is_some() {
        resp.headers_mut().insert(
            "idempotency-key",
            header::HeaderValue::from_static("applied"),
        );
    }
    Ok(resp)
}

fn ok<T: serde::Serialize>(v: T) -> Response {
    Json(v).into_response()
}

// ----- accounts --------------------------------------------------------------------------

fn check_credentials(f: &mut Fields, email: &str, password: &str) {
    if email.len() > 254
        || email.split('@').count() != 2
        || email.starts_with('@')
        || email.ends_with('@')
    {
        f.push("email", "invalid-email");
    }
    if !(8..=200).contains(&password.chars().count()) {
        f.push("password", "length");
    }
}

#[utoipa::path(post, path = "/v1/accounts", tag = "accounts", request_body = SignUpRequest,
    responses((status = 201, body = SignInResponse), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn sign_up(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<SignUpRequest>,
) -> ApiResult<Response> {
    let mut f = Fields::default();
    check_credentials(&mut f, &req.email, &req.password);
    validate::text(&mut f, "shop_name", &req.shop_name, 1, 100);
    if let Some(l) = &req.locale
        && !validate::is_locale(l)
    {
        f.push("locale", "invalid-locale");
    }
    f.into_result()?;
    let email = req.email.trim().to_lowercase();
    let mut w = state.begin_write().await?;
    let exists: Option<(String,)> = sqlx::query_as("SELECT id FROM accounts WHERE email = ?1")
        .bind(&email)
        .fetch_optional(&mut *w.tx)
        .await?;
    if exists.is_some() {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            codes::EMAIL_TAKEN,
            "an account with this email exists",
        ));
    }
    let account = create_account(&mut w.tx, &email, &req.password, req.locale.as_deref()).await?;
    let shop = new_id();
    sqlx::query("INSERT INTO shops (id, name, created_at) VALUES (?1, ?2, ?3)")
        .bind(shop.to_string())
        .bind(&req.shop_name)
        .bind(now_ts())
        .execute(&mut *w.tx)
        .await?;
    let member = add_member(&mut w.tx, shop, account, Role::Owner).await?;
    let resp = new_device(&mut w.tx, shop, member, Role::Owner, "sign-up").await?;
    w.commit().await?;
    Ok((StatusCode::CREATED, Json(resp)).into_response())
}

pub async fn create_account(
    conn: &mut sqlx::SqliteConnection,
    email: &str,
    password: &str,
    locale: Option<&str>,
) -> Result<Uuid, sqlx::Error> {
    let id = new_id();
    let salt = auth::random_bytes();
    sqlx::query(
        "INSERT INTO accounts (id, email, password_salt, password_hash, locale, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .bind(id.to_string())
    .bind(email)
    .bind(&salt[..])
    .bind(auth::hash_password(&salt, password))
    .bind(locale)
    .bind(now_ts())
    .execute(conn)
    .await?;
    Ok(id)
}

pub async fn add_member(
    conn: &mut sqlx::SqliteConnection,
    shop: Uuid,
    account: Uuid,
    role: Role,
) -> Result<Uuid, sqlx::Error> {
    let id = new_id();
    sqlx::query("INSERT INTO members (id, shop_id, account_id, role) VALUES (?1, ?2, ?3, ?4)")
        .bind(id.to_string())
        .bind(shop.to_string())
        .bind(account.to_string())
        .bind(role.as_str())
        .execute(conn)
        .await?;
    Ok(id)
}

pub async fn new_device(
    conn: &mut sqlx::SqliteConnection,
    shop: Uuid,
    member: Uuid,
    role: Role,
    name: &str,
) -> Result<SignInResponse, sqlx::Error> {
    let id = new_id();
    let token = auth::new_token();
    sqlx::query(
        "INSERT INTO devices (id, member_id, name, token_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )
    .bind(id.to_string())
    .bind(member.to_string())
    .bind(name)
    .bind(auth::token_hash(&token))
    .bind(now_ts())
    .execute(conn)
    .await?;
    Ok(SignInResponse {
        token,
        device_id: id,
        member_id: member,
        shop_id: shop,
        role,
    })
}

#[derive(sqlx::FromRow)]
struct CredRow {
    password_salt: Vec<u8>,
    password_hash: Vec<u8>,
    member_id: String,
    shop_id: String,
    role: String,
}

#[utoipa::path(post, path = "/v1/auth/sign-in", tag = "accounts", request_body = SignInRequest,
    responses((status = 200, body = SignInResponse), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn sign_in(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<SignInRequest>,
) -> ApiResult<Response> {
    let mut f = Fields::default();
    validate::text(&mut f, "device_name", &req.device_name, 1, 100);
    if req.email.len() > 254 {
        f.push("email", "invalid-email");
    }
    if req.password.len() > 200 {
        f.push("password", "length");
    }
    f.into_result()?;
    let email = req.email.trim().to_lowercase();
    let rows: Vec<CredRow> = sqlx::query_as(
        "SELECT a.password_salt, a.password_hash, m.id AS member_id, m.shop_id, m.role \
         FROM accounts a JOIN members m ON m.account_id = a.id WHERE a.email = ?1 \
         ORDER BY m.rowid",
    )
    .bind(&email)
    .fetch_all(state.pool())
    .await?;
    let bad = || {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            codes::INVALID_CREDENTIALS,
            "wrong email or password",
        )
    };
    let row = match req.shop_id {
        Some(s) => rows.into_iter().find(|r| r.shop_id == s.to_string()),
        None => rows.into_iter().next(),
    }
    .ok_or_else(bad)?;
    if !auth::same(
        &auth::hash_password(&row.password_salt, &req.password),
        &row.password_hash,
    ) {
        return Err(bad());
    }
    let role = Role::parse(&row.role).ok_or_else(ApiError::internal)?;
    let mut w = state.begin_write().await?;
    let resp = new_device(
        &mut w.tx,
        uuid(&row.shop_id),
        uuid(&row.member_id),
        role,
        &req.device_name,
    )
    .await?;
    w.commit().await?;
    Ok(ok(resp))
}

#[utoipa::path(get, path = "/v1/me", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, body = Me), (status = 401, body = ErrorBody)))]
pub async fn me(State(state): State<AppState>, actor: Actor) -> ApiResult<Response> {
    let row: (String, String, String) = sqlx::query_as(
        "SELECT a.email, s.name, s.created_at FROM accounts a, shops s WHERE a.id = ?1 AND s.id = ?2",
    )
    .bind(actor.account_id.to_string())
    .bind(actor.shop_id.to_string())
    .fetch_one(state.pool())
    .await?;
    Ok(ok(Me {
        account_id: actor.account_id,
        email: row.0,
        member_id: actor.member_id,
        device_id: actor.device_id,
        role: actor.role,
        shop: Shop {
            id: actor.shop_id,
            name: row.1,
            created_at: row.2,
        },
    }))
}

#[derive(sqlx::FromRow)]
struct MemberRow {
    id: String,
    account_id: String,
    email: String,
    role: String,
}

#[utoipa::path(get, path = "/v1/members", tag = "team", security(("bearer" = [])),
    responses((status = 200, body = Vec<Member>)))]
pub async fn members(State(state): State<AppState>, actor: Actor) -> ApiResult<Response> {
    let rows: Vec<MemberRow> = sqlx::query_as(
        "SELECT m.id, m.account_id, a.email, m.role FROM members m JOIN accounts a ON a.id = m.account_id \
         WHERE m.shop_id = ?1 ORDER BY m.rowid",
    )
    .bind(actor.shop_id.to_string())
    .fetch_all(state.pool())
    .await?;
    Ok(ok(rows
        .into_iter()
        .map(|r| Member {
            id: uuid(&r.id),
            account_id: uuid(&r.account_id),
            email: r.email,
            role: Role::parse(&r.role).unwrap_or(Role::Support),
        })
        .collect::<Vec<_>>()))
}

#[utoipa::path(post, path = "/v1/members", tag = "team", security(("bearer" = [])), request_body = NewMember,
    responses((status = 201, body = Member), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn add_member_handler(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(req): ApiJson<NewMember>,
) -> ApiResult<Response> {
    actor.require(Perm::Team)?;
    let mut f = Fields::default();
    check_credentials(&mut f, &req.email, &req.password);
    f.into_result()?;
    let email = req.email.trim().to_lowercase();
    let mut w = state.begin_write().await?;
    let existing: Option<(String, Vec<u8>, Vec<u8>)> =
        sqlx::query_as("SELECT id, password_salt, password_hash FROM accounts WHERE email = ?1")
            .bind(&email)
            .fetch_optional(&mut *w.tx)
            .await?;
    let account = match existing {
        Some((id, salt, hash)) => {
            if !auth::same(&auth::hash_password(&salt, &req.password), &hash) {
                return Err(ApiError::new(
                    StatusCode::CONFLICT,
                    codes::EMAIL_TAKEN,
                    "an account with this email exists",
                ));
            }
            uuid(&id)
        }
        None => create_account(&mut w.tx, &email, &req.password, None).await?,
    };
    let already: Option<(String,)> =
        sqlx::query_as("SELECT id FROM members WHERE shop_id = ?1 AND account_id = ?2")
            .bind(actor.shop_id.to_string())
            .bind(account.to_string())
            .fetch_optional(&mut *w.tx)
            .await?;
    if already.is_some() {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            codes::CONFLICT,
            "already a member of this shop",
        ));
    }
    let id = add_member(&mut w.tx, actor.shop_id, account, req.role).await?;
    w.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(Member {
            id,
            account_id: account,
            email,
            role: req.role,
        }),
    )
        .into_response())
}

#[derive(sqlx::FromRow)]
struct DeviceRow {
    id: String,
    member_id: String,
    name: String,
    created_at: String,
    revoked_at: Option<String>,
}

impl DeviceRow {
    fn dto(self) -> Device {
        Device {
            id: uuid(&self.id),
            member_id: uuid(&self.member_id),
            name: self.name,
            created_at: self.created_at,
            revoked: self.revoked_at.is_some(),
        }
    }
}

#[utoipa::path(get, path = "/v1/devices", tag = "team", security(("bearer" = [])),
    responses((status = 200, body = Vec<Device>)))]
pub async fn devices(State(state): State<AppState>, actor: Actor) -> ApiResult<Response> {
    let all = auth::allows(actor.role, Perm::Team);
    let rows: Vec<DeviceRow> = sqlx::query_as(
        "SELECT d.id, d.member_id, d.name, d.created_at, d.revoked_at FROM devices d \
         JOIN members m ON m.id = d.member_id WHERE m.shop_id = ?1 AND (?2 OR m.id = ?3) \
         ORDER BY d.rowid",
    )
    .bind(actor.shop_id.to_string())
    .bind(all)
    .bind(actor.member_id.to_string())
    .fetch_all(state.pool())
    .await?;
    Ok(ok(rows.into_iter().map(DeviceRow::dto).collect::<Vec<_>>()))
}

#[utoipa::path(delete, path = "/v1/devices/{id}", tag = "team", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 200, body = Device), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn revoke_device(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Response> {
    let mut w = state.begin_write().await?;
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT d.member_id FROM devices d JOIN members m ON m.id = d.member_id \
         WHERE d.id = ?1 AND m.shop_id = ?2",
    )
    .bind(id.to_string())
    .bind(actor.shop_id.to_string())
    .fetch_optional(&mut *w.tx)
    .await?;
    let (member,) = row.ok_or_else(|| ApiError::not_found("device"))?;
    if member != actor.member_id.to_string() {
        actor.require(Perm::Team)?;
    }
    tracing::info!(device = %id, by = %actor.device_id, "device token revoked");
    sqlx::query("UPDATE devices SET revoked_at = COALESCE(revoked_at, ?2) WHERE id = ?1")
        .bind(id.to_string())
        .bind(now_ts())
        .execute(&mut *w.tx)
        .await?;
    let d: DeviceRow = sqlx::query_as(
        "SELECT id, member_id, name, created_at, revoked_at FROM devices WHERE id = ?1",
    )
    .bind(id.to_string())
    .fetch_one(&mut *w.tx)
    .await?;
    w.commit().await?;
    Ok(ok(d.dto()))
}

// ----- listings ----------------------------------------------------------------------------

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ListingQuery {
    /// Continue after this listing id.
    pub after: Option<Uuid>,
    /// 1..=200, default 50.
    pub limit: Option<i64>,
    /// Include deleted listings.
    pub include_deleted: Option<bool>,
}

#[utoipa::path(get, path = "/v1/listings", tag = "listings", security(("bearer" = [])), params(ListingQuery),
    responses((status = 200, body = ListingPage)))]
pub async fn list_listings(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(q): ApiQuery<ListingQuery>,
) -> ApiResult<Response> {
    let limit = q.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        return Err(ApiError::validation(vec![marketplace_api::FieldError {
            path: "limit".into(),
            code: "out-of-range".into(),
        }]));
    }
    let mut conn = state.pool().acquire().await?;
    let ids = store::listing_ids_page(
        &mut conn,
        actor.shop_id,
        q.after,
        limit,
        q.include_deleted.unwrap_or(false),
    )
    .await?;
    let items = store::listings(&mut conn, actor.shop_id, &ids).await?;
    let next_after = (ids.len() as i64 == limit)
        .then(|| ids.last().copied())
        .flatten();
    Ok(ok(ListingPage { items, next_after }))
}

#[utoipa::path(post, path = "/v1/listings", tag = "listings", security(("bearer" = [])), request_body = NewListing,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes the call safe to retry")),
    responses((status = 201, body = Listing), (status = 200, body = Listing, description = "Already created with this id"),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_listing(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiJson(listing): ApiJson<NewListing>,
) -> ApiResult<Response> {
    mutate(
        &state,
        &actor,
        &headers,
        OpAction::ListingCreate { listing },
        None,
    )
    .await
}

#[utoipa::path(get, path = "/v1/listings/{id}", tag = "listings", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Listing), (status = 404, body = ErrorBody)))]
pub async fn get_listing(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Response> {
    let mut conn = state.pool().acquire().await?;
    let l = store::listing(&mut conn, actor.shop_id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("listing"))?;
    let mut resp = ok(&l);
    if let Ok(v) = header::HeaderValue::from_str(&format!("\"{}\"", l.version)) {
        resp.headers_mut().insert(header::ETAG, v);
    }
    Ok(resp)
}

#[utoipa::path(patch, path = "/v1/listings/{id}", tag = "listings", security(("bearer" = [])), request_body = ListingPatch,
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header, description = "The listing version the edit is based on; required to change prices"),
        ("Idempotency-Key" = Option<String>, Header)),
    responses((status = 200, body = Listing), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 412, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody)))]
pub async fn patch_listing(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(patch): ApiJson<ListingPatch>,
) -> ApiResult<Response> {
    let base = if_match(&headers)?;
    mutate(
        &state,
        &actor,
        &headers,
        OpAction::ListingPatch {
            listing_id: id,
            patch,
        },
        base,
    )
    .await
}

#[utoipa::path(delete, path = "/v1/listings/{id}", tag = "listings", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Listing), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn delete_listing(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Response> {
    mutate(
        &state,
        &actor,
        &headers,
        OpAction::ListingDelete { listing_id: id },
        None,
    )
    .await
}

// ----- photos ------------------------------------------------------------------------------

/// Hex of a body's SHA-256: what tells a repeated upload from a reused key.
fn body_hash(body: &[u8]) -> String {
    crate::util::sha256(body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn key_reused() -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        codes::IDEMPOTENCY_KEY_REUSED,
        "this Idempotency-Key was used with a different file",
    )
}

fn declared_type(headers: &HeaderMap) -> String {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// shop, listing, content type, size, hash (none for photos stored before hashes).
type StoredPhoto = (String, Option<String>, String, i64, Option<String>);

async fn store_photo(
    state: &AppState,
    actor: &Actor,
    listing: Option<Uuid>,
    headers: &HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    actor.require(Perm::Photos)?;
    let content_type = declared_type(headers);
    photos::check(&content_type, &body)?;
    // With an Idempotency-Key the key is the photo's id: a repeat returns it.
    let key = idempotency_key(headers)?;
    let hash = body_hash(&body);
    let mut w = state.begin_write().await?;
    if let Some(id) = key {
        let existing: Option<StoredPhoto> = sqlx::query_as(
            "SELECT shop_id, listing_id, content_type, size, sha256 FROM photos WHERE id = ?1",
        )
        .bind(id.to_string())
        .fetch_optional(&mut *w.tx)
        .await?;
        if let Some((shop, on, ct, size, sha)) = existing {
            let same = shop == actor.shop_id.to_string()
                // A file uploaded alone may since have joined a gallery
                // (`listing.photos`): repeating its upload is still a repeat.
                && (listing.is_none() || on == listing.map(|l| l.to_string()))
                && sha.as_deref().is_none_or(|h| h == hash)
                && size == body.len() as i64;
            if !same {
                return Err(key_reused());
            }
            return Ok(ok(PhotoRef {
                id,
                content_type: ct,
                bytes: size,
                url: format!("/v1/photos/{id}"),
            }));
        }
    }
    let mut changes = Changes::new(actor.shop_id, now_ts());
    let id = key.unwrap_or_else(new_id);
    if let Some(lid) = listing {
        if matches!(actor.role, Role::Support) {
            return Err(ApiError::forbidden("support may not change listing photos"));
        }
        let l = store::listing(&mut w.tx, actor.shop_id, lid)
            .await?
            .ok_or_else(|| ApiError::not_found("listing"))?;
        if l.deleted {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                codes::LISTING_DELETED,
                "the listing was deleted",
            ));
        }
        if l.photos.len() >= crate::catalog::MAX_LISTING_PHOTOS {
            return Err(ApiError::validation(vec![marketplace_api::FieldError {
                path: "photos".into(),
                code: "too-many".into(),
            }]));
        }
    }
    sqlx::query(
        "INSERT INTO photos (id, shop_id, listing_id, content_type, size, data, created_at, sha256, position) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, \
           (SELECT COALESCE(MAX(position), -1) + 1 FROM photos WHERE listing_id IS ?3))",
    )
    .bind(id.to_string())
    .bind(actor.shop_id.to_string())
    .bind(listing.map(|l| l.to_string()))
    .bind(&content_type)
    .bind(body.len() as i64)
    .bind(&body[..])
    .bind(&changes.at)
    .bind(&hash)
    .execute(&mut *w.tx)
    .await?;
    if let Some(lid) = listing {
        sqlx::query("UPDATE listings SET version = version + 1 WHERE id = ?1")
            .bind(lid.to_string())
            .execute(&mut *w.tx)
            .await?;
        if let Some(l) = store::listing(&mut w.tx, actor.shop_id, lid).await? {
            changes.push(
                Some(actor),
                None,
                Stream::Catalog,
                "listing",
                lid,
                ChangeKind::Upsert,
                l.version,
                &l,
            );
        }
        changes.flush(&mut w.tx).await?;
    }
    w.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(PhotoRef {
            id,
            content_type,
            bytes: body.len() as i64,
            url: format!("/v1/photos/{id}"),
        }),
    )
        .into_response())
}

#[utoipa::path(post, path = "/v1/documents", tag = "documents", security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Becomes the document's id; a repeat returns it")),
    request_body(content = Vec<u8>, content_type = "application/pdf", description = "Dispute evidence: a PDF of at most 5 MiB"),
    responses((status = 201, body = PhotoRef), (status = 200, body = PhotoRef, description = "A repeat of an upload"), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn upload_document(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    actor.require(Perm::Disputes)?;
    let content_type = declared_type(&headers);
    if content_type != "application/pdf" {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            codes::UNSUPPORTED_MEDIA_TYPE,
            "documents must be application/pdf",
        ));
    }
    let tail = &body[body.len().saturating_sub(1024)..];
    if !body.starts_with(b"%PDF-") || !tail.windows(5).any(|w| w == b"%%EOF") {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            codes::UNSUPPORTED_DOCUMENT,
            "the body is not a complete PDF",
        ));
    }
    let key = idempotency_key(&headers)?;
    let hash = body_hash(&body);
    let mut w = state.begin_write().await?;
    if let Some(id) = key {
        let existing: Option<(String, i64, String)> =
            sqlx::query_as("SELECT shop_id, size, sha256 FROM documents WHERE id = ?1")
                .bind(id.to_string())
                .fetch_optional(&mut *w.tx)
                .await?;
        if let Some((shop, size, sha)) = existing {
            if shop != actor.shop_id.to_string() || sha != hash {
                return Err(key_reused());
            }
            return Ok(ok(PhotoRef {
                id,
                content_type,
                bytes: size,
                url: format!("/v1/documents/{id}"),
            }));
        }
    }
    let id = key.unwrap_or_else(new_id);
    sqlx::query(
        "INSERT INTO documents (id, shop_id, content_type, size, sha256, data, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )
    .bind(id.to_string())
    .bind(actor.shop_id.to_string())
    .bind(&content_type)
    .bind(body.len() as i64)
    .bind(&hash)
    .bind(&body[..])
    .bind(now_ts())
    .execute(&mut *w.tx)
    .await?;
    w.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(PhotoRef {
            id,
            content_type,
            bytes: body.len() as i64,
            url: format!("/v1/documents/{id}"),
        }),
    )
        .into_response())
}

#[utoipa::path(get, path = "/v1/documents/{id}", tag = "documents", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "The document bytes", content_type = "application/pdf"), (status = 404, body = ErrorBody)))]
pub async fn get_document(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Response> {
    stored_file(
        &state,
        &actor,
        id,
        "SELECT content_type, data FROM documents WHERE id = ?1 AND shop_id = ?2",
        "document",
    )
    .await
}

/// A stored file's bytes with its content type, from the one-row `select`
/// (bound to the id and the actor's shop).
async fn stored_file(
    state: &AppState,
    actor: &Actor,
    id: Uuid,
    select: &'static str,
    what: &'static str,
) -> ApiResult<Response> {
    let row: Option<(String, Vec<u8>)> = sqlx::query_as(select)
        .bind(id.to_string())
        .bind(actor.shop_id.to_string())
        .fetch_optional(state.pool())
        .await?;
    let (ct, data) = row.ok_or_else(|| ApiError::not_found(what))?;
    Ok(([(header::CONTENT_TYPE, ct)], data).into_response())
}

#[utoipa::path(post, path = "/v1/listings/{id}/photos", tag = "photos", security(("bearer" = [])),
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header, description = "Becomes the photo's id; a repeat returns it")),
    request_body(content = Vec<u8>, content_type = "image/jpeg", description = "JPEG, PNG or WebP; at most 5 MiB and 8000x8000 px"),
    responses((status = 201, body = PhotoRef), (status = 200, body = PhotoRef, description = "A repeat of an upload"), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn upload_listing_photo(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
    body: Bytes,
) -> ApiResult<Response> {
    store_photo(&state, &actor, Some(id), &headers, body).await
}

#[utoipa::path(post, path = "/v1/photos", tag = "photos", security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Becomes the photo's id; a repeat returns it")),
    request_body(content = Vec<u8>, content_type = "image/jpeg", description = "Evidence photo: JPEG, PNG or WebP"),
    responses((status = 201, body = PhotoRef), (status = 200, body = PhotoRef, description = "A repeat of an upload"), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn upload_photo(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    store_photo(&state, &actor, None, &headers, body).await
}

#[utoipa::path(delete, path = "/v1/photos/{id}", tag = "photos", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = PhotoRef, description = "The deleted photo"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn delete_photo(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Response> {
    actor.require(Perm::Photos)?;
    let mut w = state.begin_write().await?;
    let row: Option<(Option<String>, String, i64)> = sqlx::query_as(
        "SELECT listing_id, content_type, size FROM photos WHERE id = ?1 AND shop_id = ?2",
    )
    .bind(id.to_string())
    .bind(actor.shop_id.to_string())
    .fetch_optional(&mut *w.tx)
    .await?;
    let (listing, content_type, size) = row.ok_or_else(|| ApiError::not_found("photo"))?;
    if listing.is_some() && matches!(actor.role, Role::Support) {
        return Err(ApiError::forbidden("support may not change listing photos"));
    }
    sqlx::query("DELETE FROM photos WHERE id = ?1")
        .bind(id.to_string())
        .execute(&mut *w.tx)
        .await?;
    let mut changes = Changes::new(actor.shop_id, now_ts());
    if let Some(lid) = listing {
        sqlx::query("UPDATE listings SET version = version + 1 WHERE id = ?1")
            .bind(&lid)
            .execute(&mut *w.tx)
            .await?;
        let lid = uuid(&lid);
        if let Some(l) = store::listing(&mut w.tx, actor.shop_id, lid).await? {
            changes.push(
                Some(&actor),
                None,
                Stream::Catalog,
                "listing",
                lid,
                ChangeKind::Upsert,
                l.version,
                &l,
            );
        }
        changes.flush(&mut w.tx).await?;
    }
    w.commit().await?;
    Ok(ok(PhotoRef {
        id,
        content_type,
        bytes: size,
        url: format!("/v1/photos/{id}"),
    }))
}

#[utoipa::path(get, path = "/v1/photos/{id}", tag = "photos", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, description = "The photo bytes", content_type = "image/jpeg"), (status = 404, body = ErrorBody)))]
pub async fn get_photo(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Response> {
    stored_file(
        &state,
        &actor,
        id,
        "SELECT content_type, data FROM photos WHERE id = ?1 AND shop_id = ?2",
        "photo",
    )
    .await
}

// ----- stock -------------------------------------------------------------------------------

#[utoipa::path(get, path = "/v1/variants/{id}/stock", tag = "stock", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = StockLevel), (status = 404, body = ErrorBody)))]
pub async fn get_stock(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Response> {
    let mut conn = state.pool().acquire().await?;
    let s = store::stock(&mut conn, actor.shop_id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("variant"))?;
    Ok(ok(s.dto()))
}

#[utoipa::path(post, path = "/v1/variants/{id}/stock/adjust", tag = "stock", security(("bearer" = [])), request_body = StockAdjust,
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    responses((status = 200, body = StockLevel), (status = 409, body = ErrorBody, description = "insufficient-stock"), (status = 422, body = ErrorBody)))]
pub async fn stock_adjust(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(req): ApiJson<StockAdjust>,
) -> ApiResult<Response> {
    let action = OpAction::StockAdjust {
        variant_id: id,
        delta: req.delta,
        reason: req.reason,
    };
    mutate(&state, &actor, &headers, action, None).await
}

#[utoipa::path(post, path = "/v1/variants/{id}/stock/set", tag = "stock", security(("bearer" = [])), request_body = StockSet,
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    responses((status = 200, body = StockLevel), (status = 409, body = ErrorBody, description = "stock-mismatch"), (status = 422, body = ErrorBody)))]
pub async fn stock_set(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(req): ApiJson<StockSet>,
) -> ApiResult<Response> {
    let action = OpAction::StockSet {
        variant_id: id,
        value: req.value,
        expected: req.expected,
    };
    mutate(&state, &actor, &headers, action, None).await
}

// ----- orders and shipments ----------------------------------------------------------------

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct RecentQuery {
    /// 1..=200, default 50; newest first.
    pub limit: Option<i64>,
}

fn recent_limit(q: &RecentQuery) -> ApiResult<i64> {
    let l = q.limit.unwrap_or(50);
    if (1..=200).contains(&l) {
        Ok(l)
    } else {
        Err(ApiError::validation(vec![marketplace_api::FieldError {
            path: "limit".into(),
            code: "out-of-range".into(),
        }]))
    }
}

#[utoipa::path(get, path = "/v1/orders", tag = "orders", security(("bearer" = [])), params(RecentQuery),
    responses((status = 200, body = OrderPage)))]
pub async fn list_orders(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(q): ApiQuery<RecentQuery>,
) -> ApiResult<Response> {
    let limit = recent_limit(&q)?;
    let mut conn = state.pool().acquire().await?;
    let items = store::recent(
        &mut conn,
        "orders",
        "created_at",
        actor.shop_id,
        limit,
        store::order,
    )
    .await?;
    Ok(ok(OrderPage { items }))
}

#[utoipa::path(get, path = "/v1/orders/{id}", tag = "orders", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Order), (status = 404, body = ErrorBody)))]
pub async fn get_order(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Response> {
    let mut conn = state.pool().acquire().await?;
    let o = store::order(&mut conn, actor.shop_id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("order"))?;
    Ok(ok(o))
}

#[utoipa::path(post, path = "/v1/orders/{id}/transition", tag = "orders", security(("bearer" = [])), request_body = OrderTransition,
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    responses((status = 200, body = Order), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody, description = "illegal-transition")))]
pub async fn order_transition(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(req): ApiJson<OrderTransition>,
) -> ApiResult<Response> {
    let action = OpAction::OrderTransition {
        order_id: id,
        action: req.action,
        reason: req.reason,
    };
    mutate(&state, &actor, &headers, action, None).await
}

#[utoipa::path(post, path = "/v1/orders/{id}/shipments", tag = "shipments", security(("bearer" = [])), request_body = NewShipment,
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    responses((status = 201, body = Shipment), (status = 200, body = Shipment, description = "Already created with this id"),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody, description = "e.g. s10-check-digit")))]
pub async fn create_shipment(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(shipment): ApiJson<NewShipment>,
) -> ApiResult<Response> {
    mutate(
        &state,
        &actor,
        &headers,
        OpAction::ShipmentCreate {
            order_id: id,
            shipment,
        },
        None,
    )
    .await
}

#[utoipa::path(get, path = "/v1/shipments/{id}", tag = "shipments", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Shipment), (status = 404, body = ErrorBody)))]
pub async fn get_shipment(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Response> {
    let mut conn = state.pool().acquire().await?;
    let s = store::shipment(&mut conn, actor.shop_id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("shipment"))?;
    Ok(ok(s))
}

// ----- conversations -----------------------------------------------------------------------

#[utoipa::path(get, path = "/v1/conversations", tag = "messages", security(("bearer" = [])), params(RecentQuery),
    responses((status = 200, body = Vec<Conversation>)))]
pub async fn list_conversations(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(q): ApiQuery<RecentQuery>,
) -> ApiResult<Response> {
    let limit = recent_limit(&q)?;
    let mut conn = state.pool().acquire().await?;
    let items = store::recent(
        &mut conn,
        "conversations",
        "last_message_at",
        actor.shop_id,
        limit,
        store::conversation,
    )
    .await?;
    Ok(ok(items))
}

#[utoipa::path(get, path = "/v1/conversations/{id}/messages", tag = "messages", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Vec<Message>), (status = 404, body = ErrorBody)))]
pub async fn list_messages(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Response> {
    let mut conn = state.pool().acquire().await?;
    store::conversation(&mut conn, actor.shop_id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("conversation"))?;
    Ok(ok(store::messages(&mut conn, id).await?))
}

#[utoipa::path(post, path = "/v1/conversations/{id}/messages", tag = "messages", security(("bearer" = [])), request_body = NewMessage,
    params(("id" = Uuid, Path)),
    responses((status = 201, body = Message), (status = 200, body = Message, description = "Already sent with this id"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn send_message(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(message): ApiJson<NewMessage>,
) -> ApiResult<Response> {
    mutate(
        &state,
        &actor,
        &headers,
        OpAction::MessageSend {
            conversation_id: id,
            message,
        },
        None,
    )
    .await
}

// ----- reviews, disputes, promotions ---------------------------------------------------------

#[utoipa::path(get, path = "/v1/reviews", tag = "reviews", security(("bearer" = [])), params(RecentQuery),
    responses((status = 200, body = Vec<Review>)))]
pub async fn list_reviews(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(q): ApiQuery<RecentQuery>,
) -> ApiResult<Response> {
    let limit = recent_limit(&q)?;
    let mut conn = state.pool().acquire().await?;
    let items = store::recent(
        &mut conn,
        "reviews",
        "created_at",
        actor.shop_id,
        limit,
        store::review,
    )
    .await?;
    Ok(ok(items))
}

#[utoipa::path(post, path = "/v1/reviews/{id}/reply", tag = "reviews", security(("bearer" = [])), request_body = NewReviewReply,
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    responses((status = 200, body = Review), (status = 409, body = ErrorBody, description = "already-replied")))]
pub async fn reply_review(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(req): ApiJson<NewReviewReply>,
) -> ApiResult<Response> {
    mutate(
        &state,
        &actor,
        &headers,
        OpAction::ReviewReply {
            review_id: id,
            text: req.text,
        },
        None,
    )
    .await
}

#[utoipa::path(get, path = "/v1/disputes", tag = "disputes", security(("bearer" = [])), params(RecentQuery),
    responses((status = 200, body = Vec<Dispute>)))]
pub async fn list_disputes(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(q): ApiQuery<RecentQuery>,
) -> ApiResult<Response> {
    let limit = recent_limit(&q)?;
    let mut conn = state.pool().acquire().await?;
    let items = store::recent(
        &mut conn,
        "disputes",
        "opened_at",
        actor.shop_id,
        limit,
        store::dispute,
    )
    .await?;
    Ok(ok(items))
}

#[utoipa::path(post, path = "/v1/disputes/{id}/responses", tag = "disputes", security(("bearer" = [])), request_body = NewDisputeResponse,
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    responses((status = 200, body = Dispute), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn respond_dispute(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(response): ApiJson<NewDisputeResponse>,
) -> ApiResult<Response> {
    mutate(
        &state,
        &actor,
        &headers,
        OpAction::DisputeRespond {
            dispute_id: id,
            response,
        },
        None,
    )
    .await
}

#[utoipa::path(get, path = "/v1/promotions", tag = "promotions", security(("bearer" = [])),
    responses((status = 200, body = Vec<Promotion>)))]
pub async fn list_promotions(State(state): State<AppState>, actor: Actor) -> ApiResult<Response> {
    let mut conn = state.pool().acquire().await?;
    Ok(ok(store::promotions(&mut conn, actor.shop_id).await?))
}

#[utoipa::path(post, path = "/v1/promotions", tag = "promotions", security(("bearer" = [])), request_body = NewPromotion,
    params(("Idempotency-Key" = Option<String>, Header)),
    responses((status = 201, body = Promotion), (status = 200, body = Promotion, description = "Already created with this id"), (status = 422, body = ErrorBody)))]
pub async fn create_promotion(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiJson(promotion): ApiJson<NewPromotion>,
) -> ApiResult<Response> {
    mutate(
        &state,
        &actor,
        &headers,
        OpAction::PromotionCreate { promotion },
        None,
    )
    .await
}

#[utoipa::path(delete, path = "/v1/promotions/{id}", tag = "promotions", security(("bearer" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = Promotion), (status = 404, body = ErrorBody)))]
pub async fn delete_promotion(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Response> {
    mutate(
        &state,
        &actor,
        &headers,
        OpAction::PromotionDelete { promotion_id: id },
        None,
    )
    .await
}

// ----- sync --------------------------------------------------------------------------------

#[utoipa::path(post, path = "/v1/sync/push", tag = "sync", security(("bearer" = [])), request_body = PushRequest,
    responses((status = 200, body = PushResponse, description = "One result per op, in order"), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn push(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(req): ApiJson<PushRequest>,
) -> ApiResult<Response> {
    let mut f = Fields::default();
    if req.ops.is_empty() {
        f.push("ops", "required");
    }
    if req.ops.len() > state.config().max_push_ops {
        f.push("ops", "too-many");
    }
    for (i, op) in req.ops.iter().enumerate() {
        if op.op_seq < 1 {
            f.push(format!("ops[{i}].op_seq"), "out-of-range");
        }
    }
    f.into_result()?;
    let requests: Vec<Request> = req
        .ops
        .into_iter()
        .map(|op| Request {
            request_hash: ops::request_hash(&[
                &serde_json::to_vec(&op.action).unwrap_or_default(),
                &serde_json::to_vec(&op.base_version).unwrap_or_default(),
                &op.op_seq.to_le_bytes(),
            ]),
            op_id: op.op_id,
            op_seq: Some(op.op_seq),
            base_version: op.base_version,
            action: op.action,
            remember: true,
        })
        .collect();
    let meta: Vec<(Uuid, i64)> = requests
        .iter()
        .map(|r| (r.op_id, r.op_seq.unwrap_or(0)))
        .collect();
    let executed = ops::execute(&state, &actor, requests, |r, o| {
        (
            200,
            serde_json::to_value(o.op_result(r.op_id, r.op_seq.unwrap_or(0)))
                .unwrap_or(Value::Null),
        )
    })
    .await?;
    let results = executed
        .into_iter()
        .zip(meta)
        .map(|(e, (op_id, op_seq))| match e {
            Executed::Fresh(o) => o.op_result(op_id, op_seq),
            Executed::Replay { result, .. } => {
                serde_json::from_value(result).unwrap_or_else(|_| {
                    rejected(op_id, op_seq, codes::INTERNAL, "stored result unreadable")
                })
            }
            Executed::KeyReused => rejected(
                op_id,
                op_seq,
                codes::IDEMPOTENCY_KEY_REUSED,
                "this op_id was used before with a different op",
            ),
            Executed::OutOfOrder { last } => rejected(
                op_id,
                op_seq,
                codes::OP_OUT_OF_ORDER,
                &format!("op_seq {op_seq} is not above this device's last processed op_seq {last}"),
            ),
        })
        .collect();
    Ok(ok(PushResponse { results }))
}

fn rejected(op_id: Uuid, op_seq: i64, code: &str, message: &str) -> OpResult {
    OpResult {
        op_id,
        op_seq,
        status: OpStatus::Rejected,
        entity_id: None,
        version: None,
        current: None,
        code: Some(code.to_owned()),
        message: Some(message.to_owned()),
        fields: Vec::new(),
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct PullQuery {
    pub stream: Stream,
    /// Opaque cursor from the previous page; absent = from the start.
    pub cursor: Option<String>,
    /// 1..=1000, default 200.
    pub limit: Option<i64>,
    /// `true`: the page says how many changes follow it (`remaining`), so a
    /// client can show a progress bar. Costs a count; ask once per run.
    pub count: Option<bool>,
}

#[utoipa::path(get, path = "/v1/sync/pull", tag = "sync", security(("bearer" = [])), params(PullQuery),
    responses((status = 200, body = ChangePage), (status = 400, body = ErrorBody, description = "invalid-cursor"),
        (status = 410, body = ErrorBody, description = "cursor-expired: re-download the stream from the start")))]
pub async fn pull(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(q): ApiQuery<PullQuery>,
) -> ApiResult<Response> {
    let limit = q.limit.unwrap_or(200);
    if !(1..=1000).contains(&limit) {
        return Err(ApiError::validation(vec![marketplace_api::FieldError {
            path: "limit".into(),
            code: "out-of-range".into(),
        }]));
    }
    let (after, seen) = match q.cursor.as_deref() {
        None | Some("") => (0, 0),
        Some(c) => feed::decode_cursor(q.stream, c).ok_or_else(|| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                codes::INVALID_CURSOR,
                "not a cursor of this stream",
            )
        })?,
    };
    let mut conn = state.pool().acquire().await?;
    match feed::pull(
        &mut conn,
        actor.shop_id,
        q.stream,
        feed::Window {
            after,
            seen,
            limit,
            count: q.count.unwrap_or(false),
        },
    )
    .await
    {
        Ok(page) => Ok(ok(page)),
        Err(PullError::Gone) => Err(ApiError::new(
            StatusCode::GONE,
            codes::CURSOR_EXPIRED,
            "the cursor is older than the retained history; pull the stream again from the start",
        )),
        Err(PullError::Db(e)) => Err(e.into()),
    }
}

// ----- sandbox-only ------------------------------------------------------------------------

#[utoipa::path(post, path = "/v1/sim/events", tag = "sandbox", security(("bearer" = [])), request_body = SimulateRequest,
    responses((status = 200, body = SimulateResponse), (status = 422, body = ErrorBody)))]
pub async fn simulate(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(req): ApiJson<SimulateRequest>,
) -> ApiResult<Response> {
    if !(1..=500).contains(&req.events) {
        return Err(ApiError::validation(vec![marketplace_api::FieldError {
            path: "events".into(),
            code: "out-of-range".into(),
        }]));
    }
    let seed = req.seed.unwrap_or_else(|| state.next_sim_seed());
    let events = crate::sim::run(&state, actor.shop_id, seed, req.events as usize).await?;
    Ok(ok(SimulateResponse { events }))
}

#[utoipa::path(post, path = "/v1/sim/buyer-messages", tag = "sandbox", security(("bearer" = [])), request_body = marketplace_api::dto::SimBuyerMessage,
    responses((status = 200, body = Message), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn sim_buyer_message(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(req): ApiJson<marketplace_api::dto::SimBuyerMessage>,
) -> ApiResult<Response> {
    let mut f = Fields::default();
    validate::text(&mut f, "body", &req.body, 1, 4000);
    f.into_result()?;
    let m = crate::sim::buyer_writes(&state, actor.shop_id, req.order_id, &req.body).await?;
    Ok(ok(m))
}

#[utoipa::path(post, path = "/v1/sim/disputes", tag = "sandbox", security(("bearer" = [])), request_body = marketplace_api::dto::SimDispute,
    responses((status = 200, body = Dispute), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn sim_open_dispute(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(req): ApiJson<marketplace_api::dto::SimDispute>,
) -> ApiResult<Response> {
    let mut f = Fields::default();
    if let Some(s) = &req.statement {
        validate::text(&mut f, "statement", s, 1, 4000);
    }
    if let Some(r) = &req.reason {
        validate::text(&mut f, "reason", r, 1, 100);
    }
    f.into_result()?;
    let d = crate::sim::buyer_disputes(&state, actor.shop_id, &req).await?;
    Ok(ok(d))
}

#[utoipa::path(post, path = "/v1/sim/disputes/{id}/resolve", tag = "sandbox", security(("bearer" = [])), request_body = DisputeResolution,
    params(("id" = Uuid, Path)),
    responses((status = 200, body = Dispute), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn resolve_dispute(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(req): ApiJson<DisputeResolution>,
) -> ApiResult<Response> {
    let mut f = Fields::default();
    validate::text(&mut f, "note", &req.note, 1, 1000);
    f.into_result()?;
    let d = crate::sim::resolve_dispute(&state, actor.shop_id, id, req).await?;
    Ok(ok(d))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct CompactQuery {
    /// Changes to keep verbatim per stream (default: the server's retention, else 0).
    pub retention: Option<i64>,
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct CompactResult {
    pub deleted: i64,
}

#[utoipa::path(post, path = "/v1/sim/compact", tag = "sandbox", security(("bearer" = [])), params(CompactQuery),
    responses((status = 200, body = CompactResult)))]
pub async fn compact(
    State(state): State<AppState>,
    _actor: Actor,
    ApiQuery(q): ApiQuery<CompactQuery>,
) -> ApiResult<Response> {
    let retention = q.retention.or(state.config().retention).unwrap_or(0);
    if !(0..=1_000_000_000).contains(&retention) {
        return Err(ApiError::validation(vec![marketplace_api::FieldError {
            path: "retention".into(),
            code: "out-of-range".into(),
        }]));
    }
    let mut w = state.begin_write().await?;
    let deleted = feed::compact(&mut w.tx, retention).await?;
    w.commit().await?;
    Ok(ok(CompactResult {
        deleted: deleted as i64,
    }))
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Health {
    pub status: String,
}

#[utoipa::path(get, path = "/health", tag = "sandbox", responses((status = 200, body = Health)))]
pub async fn health() -> Response {
    ok(Health {
        status: "ok".into(),
    })
}

pub async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, codes::NOT_FOUND, "no such endpoint")
}

pub async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        codes::METHOD_NOT_ALLOWED,
        "method not allowed on this endpoint",
    )
}
