//! Domain types as the store keeps them. Money is integer minor units + an
//! ISO 4217 code; the core validates and converts user input into these.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListingState {
    Draft,
    Active,
    Inactive,
    SoldOut,
}

impl ListingState {
    pub const ALL: [ListingState; 4] = [Self::Draft, Self::Active, Self::Inactive, Self::SoldOut];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::SoldOut => "sold_out",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingText {
    pub locale: String,
    pub title: String,
    pub description: String,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionValue {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Price {
    pub currency: String,
    pub amount_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    pub prices: Vec<Price>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listing {
    pub id: String,
    pub state: ListingState,
    pub default_locale: String,
    pub texts: Vec<ListingText>,
    pub variants: Vec<Variant>,
    pub archived_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub server_version: Option<i64>,
}

impl Listing {
    /// The text in the listing's default locale, if it has one.
    pub fn default_text(&self) -> Option<&ListingText> {
        self.texts.iter().find(|t| t.locale == self.default_locale)
    }

    pub fn total_stock(&self) -> i64 {
        self.variants.iter().map(|v| v.stock).sum()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StockFilter {
    InStock,
    OutOfStock,
    /// At most [`LOW_STOCK`] units left, but not zero.
    Low,
}

/// The threshold of the "low stock" filter.
pub const LOW_STOCK: i64 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortField {
    #[default]
    Title,
    Updated,
    Created,
    Stock,
}

/// What the Listings page asks for. Everything is optional; the default is the
/// first page of live (not archived) listings sorted by title.
#[derive(Debug, Clone, Default)]
pub struct ListingQuery {
    pub search: Option<String>,
    pub states: Vec<ListingState>,
    pub stock: Option<StockFilter>,
    /// Only listings with a price in this currency.
    pub currency: Option<String>,
    /// Only listings without a title in this locale.
    pub missing_locale: Option<String>,
    pub archived: bool,
    pub sort: SortField,
    pub descending: bool,
    /// The opaque cursor of the previous page (`ListingPage::next`).
    pub after: Option<String>,
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListingRow {
    pub id: String,
    pub title: String,
    pub default_locale: String,
    pub state: ListingState,
    pub variant_count: i64,
    pub total_stock: i64,
    /// The lowest variant price per currency.
    pub prices: Vec<Price>,
    /// Locales with a title.
    pub locales: Vec<String>,
    pub updated_at: i64,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingPage {
    pub rows: Vec<ListingRow>,
    pub next: Option<String>,
    pub total: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shop {
    pub id: String,
    pub name: String,
    pub default_locale: String,
    pub default_currency: String,
    pub created_at: i64,
}

/// The identity edits are recorded under: the member at this desktop and the
/// desktop itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub member_id: String,
    pub device_id: String,
}

/// One operation for the marketplace, appended to the outbox in the same
/// transaction as the edit it describes.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxOp {
    pub op_id: String,
    pub entity: &'static str,
    pub entity_id: String,
    pub kind: &'static str,
    pub payload: serde_json::Value,
    pub base_version: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub entity: &'static str,
    pub entity_id: String,
    pub action: &'static str,
    pub changes: serde_json::Value,
}

/// Everything written alongside a user edit: its outbox ops and its audit entry.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRecord {
    pub actor: Actor,
    pub at: i64,
    pub ops: Vec<OutboxOp>,
    pub audit: AuditEntry,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingOp {
    pub op_seq: i64,
    pub op_id: String,
    pub entity: String,
    pub entity_id: String,
    pub kind: String,
    pub payload: String,
    pub base_version: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    pub at: i64,
    pub member_id: String,
    pub device_id: String,
    pub entity: String,
    pub entity_id: String,
    pub action: String,
    pub changes: String,
}
