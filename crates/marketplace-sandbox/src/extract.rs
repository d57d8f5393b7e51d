//! Extractors whose rejections are JSON error bodies with precise codes.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use marketplace_api::error::{FieldError, codes};
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// `axum::Json` with JSON error bodies: malformed JSON 400, wrong types / unknown or
/// missing fields 422 (with the field path), no JSON content type 415, too large 413.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(r) => Err(json_rejection(r)),
        }
    }
}

pub fn json_rejection(r: JsonRejection) -> ApiError {
    match r {
        JsonRejection::JsonDataError(e) => {
            let text = e.body_text();
            let detail = text
                .split_once("target type: ")
                .map(|x| x.1)
                .unwrap_or(&text)
                .to_owned();
            let (path, msg) = match detail.split_once(": ") {
                Some((p, m)) if !p.contains(' ') => (p.to_owned(), m.to_owned()),
                _ => (".".to_owned(), detail.clone()),
            };
            let code = if msg.contains("unknown field") {
                "unknown-field"
            } else if msg.contains("missing field") {
                "missing-field"
            } else if msg.contains("invalid type") {
                "invalid-type"
            } else if msg.contains("unknown variant") {
                "unknown-variant"
            } else {
                "invalid-value"
            };
            ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                codes::INVALID_BODY,
                detail,
            )
            .with_fields(vec![FieldError {
                path,
                code: code.to_owned(),
            }])
        }
        JsonRejection::JsonSyntaxError(e) => ApiError::new(
            StatusCode::BAD_REQUEST,
            codes::MALFORMED_JSON,
            e.body_text(),
        ),
        JsonRejection::MissingJsonContentType(_) => ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            codes::UNSUPPORTED_MEDIA_TYPE,
            "expected `Content-Type: application/json`",
        ),
        JsonRejection::BytesRejection(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            too_large()
        }
        other => ApiError::new(
            StatusCode::BAD_REQUEST,
            codes::INVALID_BODY,
            other.body_text(),
        ),
    }
}

pub fn too_large() -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        codes::PAYLOAD_TOO_LARGE,
        "the request body is larger than this endpoint accepts",
    )
}

/// `axum::extract::Query` with a 422 JSON error body.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(q) => Ok(ApiQuery(q.0)),
            Err(e) => Err(query_rejection(e)),
        }
    }
}

fn query_rejection(e: QueryRejection) -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid-query",
        e.body_text(),
    )
}

/// `axum::extract::Path` with a JSON error body (400 `invalid-path`).
pub struct ApiPath<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(p) => Ok(ApiPath(p.0)),
            Err(e) => Err(path_rejection(e)),
        }
    }
}

fn path_rejection(e: PathRejection) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "invalid-path", e.body_text())
}
