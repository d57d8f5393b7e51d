//! The core's errors: a closed set of kinds, each with a stable code the shell
//! sends across IPC and the UI can switch on; field errors carry a code and
//! arguments that `locales/*/errors.ftl` turns into a sentence.

use shopkeeper_store::StoreError;

/// One argument of a localized message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Str(String),
    Int(i64),
}

/// A rule an input broke. `code` is kebab-case and names the Fluent message
/// `error-<code>`; `field` is a path into the input, e.g.
/// `variants.1.prices.0.amount` or `texts.pt-BR.title`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &'static str) -> Self {
        Self {
            field: field.into(),
            code,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<i64> for Arg {
    fn from(i: i64) -> Self {
        Arg::Int(i)
    }
}
impl From<usize> for Arg {
    fn from(i: usize) -> Self {
        Arg::Int(i64::try_from(i).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Arg {
    fn from(i: u32) -> Self {
        Arg::Int(i64::from(i))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// The input broke one or more rules; nothing was changed.
    #[error("invalid input: {0:?}")]
    Validation(Vec<FieldError>),
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The shop file could not be opened or created.
    #[error("the shop file could not be opened")]
    ShopFile(#[source] StoreError),
    #[error("storage error")]
    Storage(#[source] StoreError),
    /// Sync changed the listing after the editor loaded it; nothing was saved.
    #[error("the listing changed while it was being edited")]
    Changed,
    /// No usable OS keychain: the device token has nowhere safe to go.
    #[error("keychain unavailable: {0}")]
    Keychain(String),
    /// The marketplace refused or could not be reached (sign-in, sign-out).
    #[error("marketplace: {code}: {detail}")]
    Marketplace { code: &'static str, detail: String },
    /// A sync cycle failed.
    #[error("sync: {code}: {detail}")]
    Sync { code: &'static str, detail: String },
    /// The demo marketplace could not be started.
    #[error("demo marketplace: {0}")]
    Demo(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl CoreError {
    /// The stable, machine-readable code of this error (IPC `code`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Validation(_) => "validation",
            Self::NotFound(_) => "not-found",
            Self::ShopFile(_) => "shop-file",
            Self::Storage(_) => "storage",
            Self::Changed => "changed",
            Self::Keychain(_) => "keychain",
            Self::Marketplace { .. } | Self::Sync { .. } | Self::Demo(_) => "marketplace",
            Self::Internal(_) => "internal",
        }
    }
}

impl From<StoreError> for CoreError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => Self::NotFound(what),
            StoreError::Stale => Self::Changed,
            other => Self::Storage(other),
        }
    }
}

pub type Result<T, E = CoreError> = std::result::Result<T, E>;
