//! Errors as they cross IPC: `{ code, message, fields }`. `code` is a closed
//! set the UI can switch on; `message` is already localized in the UI's
//! language from `locales/*/errors.ftl`; details go to the log, never here.

use serde::Serialize;
use shopkeeper_core::{Arg, CoreError};
use shopkeeper_i18n::{Localizer, Value};
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// The input broke rules; see `fields`. Nothing was saved.
    Validation,
    NotFound,
    /// The shop file could not be opened.
    ShopFile,
    /// The shop file could not be read or written.
    Storage,
    /// Sync changed the record while it was being edited; nothing was saved.
    Changed,
    /// No usable OS keychain for the marketplace token.
    Keychain,
    /// The marketplace refused or could not be reached.
    Marketplace,
    /// A bug: details are in the log.
    Internal,
}

#[derive(Debug, Clone, Serialize, Type)]
pub struct FieldError {
    /// Path into the input, e.g. `variants.0.prices.1.amount`, `texts.pt-BR.title`.
    pub field: String,
    /// The rule broken, e.g. `price-too-many-decimals`.
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, Type, thiserror::Error)]
#[error("{code:?}: {message}")]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    pub fields: Vec<FieldError>,
}

impl IpcError {
    /// Localizes a core error for the UI and logs what the UI is not told.
    pub fn from_core(err: CoreError, i18n: &Localizer, locale: &str) -> Self {
        let code = match &err {
            CoreError::Validation(_) => ErrorCode::Validation,
            CoreError::NotFound(_) => ErrorCode::NotFound,
            CoreError::ShopFile(_) => ErrorCode::ShopFile,
            CoreError::Storage(_) => ErrorCode::Storage,
            CoreError::Changed => ErrorCode::Changed,
            CoreError::Keychain(_) => ErrorCode::Keychain,
            CoreError::Marketplace { .. } | CoreError::Sync { .. } | CoreError::Demo(_) => {
                ErrorCode::Marketplace
            }
            CoreError::Internal(_) => ErrorCode::Internal,
        };
        // The most specific message there is for the error.
        let key = match &err {
            CoreError::Marketplace { code, .. } | CoreError::Sync { code, .. } => {
                format!("error-{code}")
            }
            CoreError::Demo(_) => "error-demo-failed".to_owned(),
            _ => format!("error-{}", code_str(code)),
        };
        match &err {
            CoreError::Validation(_)
            | CoreError::NotFound(_)
            | CoreError::Changed
            | CoreError::Marketplace { .. } => {
                tracing::info!(code = err.code(), "refused: {err}")
            }
            _ => tracing::error!(code = err.code(), error = ?err, "command failed"),
        }
        let fields = match err {
            CoreError::Validation(fields) => fields
                .into_iter()
                .map(|f| {
                    let args: Vec<(&str, Value)> = f
                        .args
                        .into_iter()
                        .map(|(name, arg)| {
                            (
                                name,
                                match arg {
                                    Arg::Str(s) => Value::Str(s),
                                    Arg::Int(i) => Value::Int(i),
                                },
                            )
                        })
                        .collect();
                    FieldError {
                        message: i18n.format(locale, &format!("error-{}", f.code), &args),
                        field: f.field,
                        code: f.code.to_owned(),
                    }
                })
                .collect(),
            _ => Vec::new(),
        };
        Self {
            code,
            message: i18n.format(locale, &key, &[]),
            fields,
        }
    }

    /// An unexpected failure (a bug or a broken environment).
    pub fn internal(i18n: &Localizer, locale: &str, detail: &dyn std::fmt::Display) -> Self {
        tracing::error!(%detail, "internal error");
        Self {
            code: ErrorCode::Internal,
            message: i18n.format(locale, "error-internal", &[]),
            fields: Vec::new(),
        }
    }
}

fn code_str(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Validation => "validation",
        ErrorCode::NotFound => "not-found",
        ErrorCode::ShopFile => "shop-file",
        ErrorCode::Storage => "storage",
        ErrorCode::Changed => "changed",
        ErrorCode::Keychain => "keychain",
        ErrorCode::Marketplace => "marketplace",
        ErrorCode::Internal => "internal",
    }
}
