//! IPC types of bulk edit, batches (undo) and CSV import/export.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use shopkeeper_core as core;
use shopkeeper_core::bulk as cb;
use shopkeeper_core::{CoreError, FieldError as CoreFieldError};
use shopkeeper_i18n::{Localizer, Value};
use specta::Type;

use super::{ListingQuery, ListingState};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    None,
    To99,
    To90,
    Whole,
    Hundreds,
}

impl From<Rounding> for cb::Rounding {
    fn from(r: Rounding) -> Self {
        match r {
            Rounding::None => Self::None,
            Rounding::To99 => Self::To99,
            Rounding::To90 => Self::To90,
            Rounding::Whole => Self::Whole,
            Rounding::Hundreds => Self::Hundreds,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CurrencyRounding {
    pub currency: String,
    pub rounding: Rounding,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum TextField {
    Title,
    Description,
}

/// What a bulk edit does. Amounts and percentages are decimal strings with `.`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BulkAction {
    /// Prices times (1 + percent/100); `only` limits it to one currency.
    PricePercent {
        percent: String,
        only: Option<String>,
        rounding: Vec<CurrencyRounding>,
    },
    /// Prices in `currency` plus (or minus, `decrease`) `amount`.
    PriceAmount {
        currency: String,
        amount: String,
        decrease: bool,
        rounding: Vec<CurrencyRounding>,
    },
    SetStock {
        value: i64,
    },
    AddStock {
        value: i64,
    },
    AddTags {
        locale: String,
        tags: Vec<String>,
    },
    RemoveTags {
        locale: String,
        tags: Vec<String>,
    },
    SetState {
        state: ListingState,
    },
    SetText {
        locale: String,
        field: TextField,
        value: String,
    },
}

fn decimal(s: &str, field: &str, code: &'static str) -> Result<Decimal, CoreError> {
    let t = s.trim();
    let ok = !t.is_empty()
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        && !t.contains("..");
    let parsed = if ok { Decimal::from_str(t).ok() } else { None };
    parsed.ok_or_else(|| CoreError::Validation(vec![CoreFieldError::new(field, code)]))
}

fn roundings(r: Vec<CurrencyRounding>) -> Vec<(String, cb::Rounding)> {
    r.into_iter()
        .map(|c| (c.currency, c.rounding.into()))
        .collect()
}

impl TryFrom<BulkAction> for cb::BulkAction {
    type Error = CoreError;

    fn try_from(a: BulkAction) -> Result<Self, CoreError> {
        Ok(match a {
            BulkAction::PricePercent {
                percent,
                only,
                rounding,
            } => Self::Prices {
                by: cb::PriceBy::Percent(decimal(&percent, "percent", "bulk-percent-malformed")?),
                only,
                rounding: roundings(rounding),
            },
            BulkAction::PriceAmount {
                currency,
                amount,
                decrease,
                rounding,
            } => {
                let a = decimal(&amount, "amount", "price-malformed")?;
                if a.is_sign_negative() {
                    return Err(CoreError::Validation(vec![CoreFieldError::new(
                        "amount",
                        "price-negative",
                    )]));
                }
                Self::Prices {
                    by: cb::PriceBy::Amount {
                        currency,
                        amount: if decrease { -a } else { a },
                    },
                    only: None,
                    rounding: roundings(rounding),
                }
            }
            BulkAction::SetStock { value } => Self::SetStock(value),
            BulkAction::AddStock { value } => Self::AddStock(value),
            BulkAction::AddTags { locale, tags } => Self::AddTags { locale, tags },
            BulkAction::RemoveTags { locale, tags } => Self::RemoveTags { locale, tags },
            BulkAction::SetState { state } => Self::SetState(state.into()),
            BulkAction::SetText {
                locale,
                field,
                value,
            } => Self::SetText {
                locale,
                field: match field {
                    TextField::Title => cb::TextField::Title,
                    TextField::Description => cb::TextField::Description,
                },
                value,
            },
        })
    }
}

/// Which listings: `ids`, or (when `query` is set) everything the query
/// matches less `except`.
#[derive(Debug, Clone, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BulkSelection {
    #[serde(default)]
    pub ids: Vec<String>,
    #[serde(default)]
    pub query: Option<ListingQuery>,
    #[serde(default)]
    pub except: Vec<String>,
}

impl From<BulkSelection> for cb::Selection {
    fn from(s: BulkSelection) -> Self {
        match s.query {
            Some(q) => Self::Query {
                query: q.into(),
                except: s.except,
            },
            None => Self::Ids(s.ids),
        }
    }
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ChangeLine {
    pub listing_id: String,
    pub title: String,
    pub sku: Option<String>,
    /// `state`, `title.<locale>`, `description.<locale>`, `tags.<locale>`,
    /// `price.<CUR>`, `stock`, `options`, `variant`, `listing`, `archived`...
    pub field: String,
    pub before: String,
    pub after: String,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SkippedListing {
    pub listing_id: String,
    pub title: String,
    /// Localized reasons.
    pub reasons: Vec<String>,
}

/// A problem in an imported file: line (1 = header) and column (header name).
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CsvIssue {
    pub line: u32,
    pub column: String,
    pub code: String,
    /// Localized, with the line and column: "Line 3, column price.USD: …".
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum CsvDelimiter {
    Comma,
    Semicolon,
}

impl From<CsvDelimiter> for core::csv::Delimiter {
    fn from(d: CsvDelimiter) -> Self {
        match d {
            CsvDelimiter::Comma => Self::Comma,
            CsvDelimiter::Semicolon => Self::Semicolon,
        }
    }
}

impl From<core::csv::Delimiter> for CsvDelimiter {
    fn from(d: core::csv::Delimiter) -> Self {
        match d {
            core::csv::Delimiter::Comma => Self::Comma,
            core::csv::Delimiter::Semicolon => Self::Semicolon,
        }
    }
}

/// The preview of a batch (bulk edit, CSV import or undo). Nothing is
/// written until `apply_plan(planId)`.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanPreview {
    pub plan_id: String,
    /// `bulk-edit`, `csv-import`, `undo`.
    pub kind: String,
    pub created: u32,
    pub changed: u32,
    pub unchanged: u32,
    /// Listings left out: skipped by a bulk edit or invalid in a file.
    pub invalid: u32,
    /// The first changes (at most [`MAX_LINES`]); `totalLines` counts all.
    pub lines: Vec<ChangeLine>,
    pub total_lines: u32,
    pub skipped: Vec<SkippedListing>,
    /// CSV only: the file's problems (at most [`MAX_LINES`]).
    pub errors: Vec<CsvIssue>,
    pub total_errors: u32,
    pub rows: u32,
    pub delimiter: Option<CsvDelimiter>,
}

/// Most lines, skipped listings and errors sent with a preview.
pub const MAX_LINES: usize = 2000;

fn n(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

fn localize(e: &CoreFieldError, i18n: &Localizer, locale: &str) -> String {
    let args: Vec<(&str, Value)> = e
        .args
        .iter()
        .map(|(name, arg)| {
            (
                *name,
                match arg {
                    core::Arg::Str(s) => Value::Str(s.clone()),
                    core::Arg::Int(i) => Value::Int(*i),
                },
            )
        })
        .collect();
    i18n.format(locale, &format!("error-{}", e.code), &args)
}

/// A CSV problem in the UI's language, with its line and column.
pub fn csv_issue(e: &core::csv::CsvError, i18n: &Localizer, locale: &str) -> CsvIssue {
    let message = localize(&e.error, i18n, locale);
    let line = i64::try_from(e.line).unwrap_or(i64::MAX);
    let message = if e.column.is_empty() {
        i18n.format(
            locale,
            "csv-error-at-line",
            &[("line", Value::Int(line)), ("message", Value::Str(message))],
        )
    } else {
        i18n.format(
            locale,
            "csv-error-at",
            &[
                ("line", Value::Int(line)),
                ("column", Value::Str(e.column.clone())),
                ("message", Value::Str(message)),
            ],
        )
    };
    CsvIssue {
        line: u32::try_from(e.line).unwrap_or(u32::MAX),
        column: e.column.clone(),
        code: e.error.code.to_owned(),
        message,
    }
}

impl PlanPreview {
    pub fn new(plan: &cb::Plan, i18n: &Localizer, locale: &str) -> Self {
        Self {
            plan_id: plan.id.clone(),
            kind: plan.kind.to_owned(),
            created: n(plan.created),
            changed: n(plan.changed),
            unchanged: n(plan.unchanged),
            invalid: n(plan.skipped.len()),
            lines: plan
                .lines
                .iter()
                .take(MAX_LINES)
                .map(|l| ChangeLine {
                    listing_id: l.listing_id.clone(),
                    title: l.title.clone(),
                    sku: l.sku.clone(),
                    field: l.field.clone(),
                    before: l.before.clone(),
                    after: l.after.clone(),
                })
                .collect(),
            total_lines: n(plan.lines.len()),
            skipped: plan
                .skipped
                .iter()
                .take(MAX_LINES)
                .map(|s| SkippedListing {
                    listing_id: s.listing_id.clone(),
                    title: s.title.clone(),
                    reasons: s.errors.iter().map(|e| localize(e, i18n, locale)).collect(),
                })
                .collect(),
            errors: Vec::new(),
            total_errors: 0,
            rows: 0,
            delimiter: None,
        }
    }

    pub fn of_import(import: &core::csv::ImportPlan, i18n: &Localizer, locale: &str) -> Self {
        Self {
            invalid: n(import.invalid),
            errors: import
                .errors
                .iter()
                .take(MAX_LINES)
                .map(|e| csv_issue(e, i18n, locale))
                .collect(),
            total_errors: n(import.errors.len()),
            rows: n(import.rows),
            delimiter: Some(import.delimiter.into()),
            ..Self::new(&import.plan, i18n, locale)
        }
    }
}

/// What applying a plan did.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BatchResult {
    pub batch_id: String,
    pub listings: u32,
    pub cancelled: bool,
}

impl From<cb::Applied> for BatchResult {
    fn from(a: cb::Applied) -> Self {
        Self {
            batch_id: a.batch_id,
            listings: n(a.listings),
            cancelled: a.cancelled,
        }
    }
}

/// A batch in the history: who, when, how many.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BatchSummary {
    pub id: String,
    pub kind: String,
    pub at: i64,
    pub member_id: String,
    pub device_id: String,
    pub listing_count: i64,
    pub undoes: Option<String>,
    pub undone_by: Option<String>,
}

impl From<cb::BatchInfo> for BatchSummary {
    fn from(b: cb::BatchInfo) -> Self {
        Self {
            id: b.id,
            kind: b.kind,
            at: b.at,
            member_id: b.member_id,
            device_id: b.device_id,
            listing_count: b.listing_count,
            undoes: b.undoes,
            undone_by: b.undone_by,
        }
    }
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ExportResult {
    pub path: String,
    pub listings: u32,
    pub rows: u32,
    pub delimiter: CsvDelimiter,
}

/// Progress of a long task (`bulk`, `csv-import`, `apply`), emitted as the
/// `task-progress` event.
#[derive(Debug, Clone, Serialize, Deserialize, Type, tauri_specta::Event)]
#[serde(rename_all = "camelCase")]
pub struct TaskProgress {
    pub task: String,
    /// `load`, `parse`, `check`, `save`.
    pub phase: String,
    pub done: u32,
    pub total: u32,
}

impl TaskProgress {
    pub fn of(task: &str, p: cb::Progress) -> Self {
        Self {
            task: task.to_owned(),
            phase: p.phase.to_owned(),
            done: n(p.done),
            total: n(p.total),
        }
    }
}
