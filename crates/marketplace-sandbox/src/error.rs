//! Errors: [`ApiError`] is what a handler answers (always a JSON [`ErrorBody`]);
//! [`SandboxError`] is what starting the server can fail with.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use marketplace_api::error::{ErrorBody, FieldError, codes};
use thiserror::Error;

/// Starting or running the sandbox failed.
#[derive(Debug, Error)]
pub enum SandboxError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
    #[error("invalid configuration: {0}")]
    Config(String),
}

/// An error answer: status + JSON body (+ `Retry-After`).
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: ErrorBody,
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            body: ErrorBody::new(code, message),
            retry_after: None,
        }
    }
    pub fn with_fields(mut self, fields: Vec<FieldError>) -> Self {
        self.body.fields = fields;
        self
    }
    pub fn unauthenticated(message: &str) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, codes::UNAUTHENTICATED, message)
    }
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, codes::FORBIDDEN, message)
    }
    pub fn not_found(what: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            codes::NOT_FOUND,
            format!("{what} not found"),
        )
    }
    pub fn validation(fields: Vec<FieldError>) -> Self {
        let msg = match fields.first() {
            Some(f) => format!("invalid request: {} ({})", f.path, f.code),
            None => "invalid request".to_owned(),
        };
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            codes::VALIDATION_FAILED,
            msg,
        )
        .with_fields(fields)
    }
    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            codes::INTERNAL,
            "internal error; see the server log",
        )
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        tracing::error!(error = %e, "database error");
        if let sqlx::Error::Database(db) = &e
            && (db.message().contains("database is locked") || db.message().contains("busy"))
        {
            let mut err = ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                "the marketplace is busy; retry",
            );
            err.retry_after = Some(1);
            return err;
        }
        ApiError::internal()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut resp = (self.status, axum::Json(self.body)).into_response();
        if let Some(s) = self.retry_after
            && let Ok(v) = HeaderValue::from_str(&s.to_string())
        {
            resp.headers_mut().insert(header::RETRY_AFTER, v);
        }
        resp
    }
}

/// Collects field errors while validating a request.
#[derive(Debug, Default)]
pub struct Fields(pub Vec<FieldError>);

impl Fields {
    pub fn push(&mut self, path: impl Into<String>, code: &str) {
        self.0.push(FieldError {
            path: path.into(),
            code: code.to_owned(),
        });
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn into_result(self) -> Result<(), ApiError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ApiError::validation(self.0))
        }
    }
}
