//! Every type that crosses the IPC boundary (ARCHITECTURE.md, invariant 4),
//! and its conversion from and to the core's types. TypeScript bindings are
//! generated from these into `ui/src/lib/bindings.ts`.
//!
//! Money crosses as decimal strings with a currency; never as a number.

use serde::{Deserialize, Serialize};
use shopkeeper_core as core;
use shopkeeper_core::money;
use specta::Type;

pub mod bulk;
pub mod disputes;
pub mod error;
pub mod messages;
pub mod orders;
pub mod photos;
pub mod sync;
pub use error::IpcError;
pub use messages::*;
pub use photos::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ListingState {
    Draft,
    Active,
    Inactive,
    SoldOut,
}

impl From<core::ListingState> for ListingState {
    fn from(s: core::ListingState) -> Self {
        match s {
            core::ListingState::Draft => Self::Draft,
            core::ListingState::Active => Self::Active,
            core::ListingState::Inactive => Self::Inactive,
            core::ListingState::SoldOut => Self::SoldOut,
        }
    }
}

impl From<ListingState> for core::ListingState {
    fn from(s: ListingState) -> Self {
        match s {
            ListingState::Draft => Self::Draft,
            ListingState::Active => Self::Active,
            ListingState::Inactive => Self::Inactive,
            ListingState::SoldOut => Self::SoldOut,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum StockFilter {
    InStock,
    OutOfStock,
    Low,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum SortField {
    Title,
    Updated,
    Created,
    Stock,
}

/// An amount of money: `amount` is a decimal string with `.` ("1234.50").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Money {
    pub currency: String,
    pub amount: String,
}

impl From<&core::Price> for Money {
    fn from(p: &core::Price) -> Self {
        let amount = money::currency(&p.currency)
            .map(|c| money::format_minor(p.amount_minor, &c))
            .unwrap_or_else(|| p.amount_minor.to_string());
        Self {
            currency: p.currency.clone(),
            amount,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CurrencyInfo {
    pub code: String,
    /// ISO 4217 minor-unit exponent: the most decimals a price may have.
    pub exponent: u32,
    /// Decimals shown by default (IDR: 0).
    pub display_decimals: u32,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    pub shop_name: String,
    pub shop_file: String,
    pub log_dir: String,
    /// The UI language in use.
    pub locale: String,
    /// The languages the UI ships in.
    pub ui_locales: Vec<String>,
    /// The languages a listing can have texts in.
    pub content_locales: Vec<String>,
    /// The shop's default currency, first in price pickers.
    pub default_currency: String,
    /// Market currencies first, then every other ISO 4217 currency.
    pub currencies: Vec<CurrencyInfo>,
    /// The marketplace's title limit in characters.
    pub max_title_chars: u32,
    /// The stock at or below which a listing counts as low on stock.
    pub low_stock: u32,
}

#[derive(Debug, Clone, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ListingQuery {
    #[serde(default)]
    pub search: Option<String>,
    #[serde(default)]
    pub states: Vec<ListingState>,
    #[serde(default)]
    pub stock: Option<StockFilter>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub missing_locale: Option<String>,
    #[serde(default)]
    pub archived: bool,
    pub sort: SortField,
    #[serde(default)]
    pub descending: bool,
    /// `ListingPage.next` of the previous page.
    #[serde(default)]
    pub after: Option<String>,
    /// Rows per page, 1..=500.
    pub limit: u32,
}

impl From<ListingQuery> for core::ListingQuery {
    fn from(q: ListingQuery) -> Self {
        Self {
            search: q.search,
            states: q.states.into_iter().map(Into::into).collect(),
            stock: q.stock.map(|s| match s {
                StockFilter::InStock => core::StockFilter::InStock,
                StockFilter::OutOfStock => core::StockFilter::OutOfStock,
                StockFilter::Low => core::StockFilter::Low,
            }),
            currency: q.currency,
            missing_locale: q.missing_locale,
            archived: q.archived,
            sort: match q.sort {
                SortField::Title => core::SortField::Title,
                SortField::Updated => core::SortField::Updated,
                SortField::Created => core::SortField::Created,
                SortField::Stock => core::SortField::Stock,
            },
            descending: q.descending,
            after: q.after,
            limit: q.limit,
        }
    }
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ListingRow {
    pub id: String,
    pub title: String,
    pub default_locale: String,
    pub state: ListingState,
    pub variant_count: i64,
    pub total_stock: i64,
    /// The lowest variant price in each currency.
    pub prices: Vec<Money>,
    /// Locales that have a title.
    pub locales: Vec<String>,
    /// Milliseconds since the Unix epoch.
    pub updated_at: i64,
    pub archived: bool,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ListingPage {
    pub rows: Vec<ListingRow>,
    /// Cursor of the next page; `null` on the last page.
    pub next: Option<String>,
    /// Listings matching the query, over all pages.
    pub total: i64,
}

impl From<core::ListingPage> for ListingPage {
    fn from(p: core::ListingPage) -> Self {
        Self {
            rows: p
                .rows
                .into_iter()
                .map(|r| ListingRow {
                    prices: r.prices.iter().map(Money::from).collect(),
                    id: r.id,
                    title: r.title,
                    default_locale: r.default_locale,
                    state: r.state.into(),
                    variant_count: r.variant_count,
                    total_stock: r.total_stock,
                    locales: r.locales,
                    updated_at: r.updated_at,
                    archived: r.archived,
                })
                .collect(),
            next: p.next,
            total: p.total,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ListingText {
    pub locale: String,
    pub title: String,
    pub description: String,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct OptionValue {
    pub name: String,
    pub value: String,
}

/// A variant as the editor sends it: numbers as typed, validated by the core.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct VariantDraft {
    /// The id of an existing variant; `null` for a new one.
    pub id: Option<String>,
    pub sku: String,
    pub options: Vec<OptionValue>,
    /// Whole grams as typed; "" when unknown.
    pub weight_grams: String,
    pub hs_code: Option<String>,
    pub hs_edition: Option<String>,
    pub origin_country: Option<String>,
    pub customs_description: Option<String>,
    /// Whole units as typed.
    pub stock: String,
    pub prices: Vec<Money>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ListingDraft {
    pub state: ListingState,
    pub default_locale: String,
    pub texts: Vec<ListingText>,
    pub variants: Vec<VariantDraft>,
}

impl From<ListingDraft> for core::ListingInput {
    fn from(d: ListingDraft) -> Self {
        Self {
            state: d.state.into(),
            default_locale: d.default_locale,
            texts: d
                .texts
                .into_iter()
                .map(|t| core::TextInput {
                    locale: t.locale,
                    title: t.title,
                    description: t.description,
                    tags: t.tags,
                })
                .collect(),
            variants: d
                .variants
                .into_iter()
                .map(|v| core::VariantInput {
                    id: v.id,
                    sku: v.sku,
                    options: v
                        .options
                        .into_iter()
                        .map(|o| core::OptionValue {
                            name: o.name,
                            value: o.value,
                        })
                        .collect(),
                    weight_grams: v.weight_grams,
                    hs_code: v.hs_code,
                    hs_edition: v.hs_edition,
                    origin_country: v.origin_country,
                    customs_description: v.customs_description,
                    stock: v.stock,
                    prices: v
                        .prices
                        .into_iter()
                        .map(|p| core::PriceInput {
                            currency: p.currency,
                            amount: p.amount,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Variant {
    pub id: String,
    pub sku: String,
    pub options: Vec<OptionValue>,
    pub weight_grams: Option<i64>,
    pub hs_code: Option<String>,
    pub hs_edition: Option<String>,
    pub origin_country: Option<String>,
    pub customs_description: Option<String>,
    pub stock: i64,
    pub prices: Vec<Money>,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Listing {
    pub id: String,
    pub state: ListingState,
    pub default_locale: String,
    pub texts: Vec<ListingText>,
    pub variants: Vec<Variant>,
    pub archived: bool,
    pub created_at: i64,
    pub updated_at: i64,
    /// Whether the marketplace has confirmed this listing (false until synced).
    pub synced: bool,
    /// The revision the editor loaded: send it back with the save so an edit
    /// of a listing that sync changed meanwhile is refused, not overwritten.
    pub rev: i64,
}

impl From<core::Listing> for Listing {
    fn from(l: core::Listing) -> Self {
        Self {
            id: l.id,
            state: l.state.into(),
            default_locale: l.default_locale,
            texts: l
                .texts
                .into_iter()
                .map(|t| ListingText {
                    locale: t.locale,
                    title: t.title,
                    description: t.description,
                    tags: t.tags,
                })
                .collect(),
            variants: l
                .variants
                .into_iter()
                .map(|v| Variant {
                    prices: v.prices.iter().map(Money::from).collect(),
                    id: v.id,
                    sku: v.sku,
                    options: v
                        .options
                        .into_iter()
                        .map(|o| OptionValue {
                            name: o.name,
                            value: o.value,
                        })
                        .collect(),
                    weight_grams: v.weight_grams,
                    hs_code: v.hs_code,
                    hs_edition: v.hs_edition,
                    origin_country: v.origin_country,
                    customs_description: v.customs_description,
                    stock: v.stock,
                })
                .collect(),
            archived: l.archived_at.is_some(),
            created_at: l.created_at,
            updated_at: l.updated_at,
            synced: l.server_version.is_some(),
            rev: 0,
        }
    }
}

/// One entry of a listing's history.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct HistoryEntry {
    pub at: i64,
    pub member_id: String,
    pub device_id: String,
    /// create, update, archive or restore.
    pub action: String,
    /// JSON: [{"field", "before", "after"}].
    pub changes: String,
}

impl From<core::AuditRecord> for HistoryEntry {
    fn from(a: core::AuditRecord) -> Self {
        Self {
            at: a.at,
            member_id: a.member_id,
            device_id: a.device_id,
            action: a.action,
            changes: a.changes,
        }
    }
}
