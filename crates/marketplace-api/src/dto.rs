//! Request and response bodies of the seller API v1.
//!
//! Request bodies refuse unknown fields (a typo must not be silently ignored); response
//! bodies accept them (a newer server may add fields). Amounts are decimal strings next
//! to a currency code (see [`crate::money`]); timestamps are RFC 3339 UTC strings.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;
use utoipa::ToSchema;
use uuid::Uuid;

// ---------------------------------------------------------------------------------------
// Accounts, shops, members, devices

/// The roles of a shop's members. `owner` can do everything; `catalog` edits listings,
/// prices, stock and promotions; `packer` handles stock and shipments (never prices);
/// `support` handles messages, reviews, disputes and cancellations (never deletes
/// listings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Owner,
    Catalog,
    Packer,
    Support,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Catalog => "catalog",
            Role::Packer => "packer",
            Role::Support => "support",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "owner" => Role::Owner,
            "catalog" => Role::Catalog,
            "packer" => Role::Packer,
            "support" => Role::Support,
            _ => return None,
        })
    }
}

/// Creates a seller account with its shop; the account becomes the shop's owner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignUpRequest {
    #[schema(format = Email, max_length = 254)]
    pub email: String,
    #[schema(min_length = 8, max_length = 200)]
    pub password: String,
    #[schema(min_length = 1, max_length = 100)]
    pub shop_name: String,
    /// BCP-47 locale of the seller, e.g. `zh-CN`.
    #[serde(default)]
    #[schema(pattern = r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")]
    pub locale: Option<String>,
}

/// Signs a desktop in; answers a device token (shown once, stored hashed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    pub email: String,
    pub password: String,
    #[schema(min_length = 1, max_length = 100)]
    pub device_name: String,
    /// Which shop to sign in to when the account belongs to several.
    #[serde(default)]
    pub shop_id: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct SignInResponse {
    pub token: String,
    pub device_id: Uuid,
    pub member_id: Uuid,
    pub shop_id: Uuid,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Shop {
    pub id: Uuid,
    pub name: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Me {
    pub account_id: Uuid,
    pub email: String,
    pub member_id: Uuid,
    pub device_id: Uuid,
    pub role: Role,
    pub shop: Shop,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Member {
    pub id: Uuid,
    pub account_id: Uuid,
    pub email: String,
    pub role: Role,
}

/// Adds a member to the owner's shop (creating the account if needed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMember {
    #[schema(format = Email, max_length = 254)]
    pub email: String,
    #[schema(min_length = 8, max_length = 200)]
    pub password: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Device {
    pub id: Uuid,
    pub member_id: Uuid,
    pub name: String,
    pub created_at: String,
    pub revoked: bool,
}

// ---------------------------------------------------------------------------------------
// Listings

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ListingState {
    Draft,
    Active,
    Inactive,
    SoldOut,
}

impl ListingState {
    pub fn as_str(self) -> &'static str {
        match self {
            ListingState::Draft => "draft",
            ListingState::Active => "active",
            ListingState::Inactive => "inactive",
            ListingState::SoldOut => "sold_out",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "draft" => Self::Draft,
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "sold_out" => Self::SoldOut,
            _ => return None,
        })
    }
}

/// A price in one currency: `{"currency": "EUR", "amount": "12.50"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Price {
    /// ISO 4217 code, upper case.
    #[schema(pattern = r"^[A-Z]{3}$", example = "BRL")]
    pub currency: String,
    /// Decimal string with at most the currency's ISO 4217 number of decimals.
    #[schema(pattern = r"^[0-9]{1,18}(\.[0-9]{1,6})?$", example = "129.90")]
    pub amount: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ListingText {
    /// BCP-47 locale, e.g. `pt-BR`.
    #[schema(pattern = r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")]
    pub locale: String,
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    #[schema(max_length = 20000)]
    pub description: String,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VariantOption {
    #[schema(min_length = 1, max_length = 50)]
    pub name: String,
    #[schema(min_length = 1, max_length = 50)]
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Variant {
    pub id: Uuid,
    pub sku: String,
    pub options: Vec<VariantOption>,
    pub weight_grams: i64,
    pub hs_code: Option<String>,
    pub hs_edition: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[schema(pattern = r"^[A-Z]{2}$")]
    pub origin_country: Option<String>,
    pub customs_description: Option<String>,
    pub stock: i64,
    /// Version of this variant's stock; bumps on every stock change.
    pub stock_version: i64,
    pub prices: Vec<Price>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PhotoRef {
    pub id: Uuid,
    pub content_type: String,
    pub bytes: i64,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Listing {
    pub id: Uuid,
    pub state: ListingState,
    pub default_locale: String,
    pub texts: Vec<ListingText>,
    pub variants: Vec<Variant>,
    /// The gallery in display order.
    pub photos: Vec<PhotoRef>,
    /// The photo buyers see first in search results (one of `photos`).
    #[serde(default)]
    pub primary_photo_id: Option<Uuid>,
    /// The size chart of each option that has one (e.g. `size`).
    #[serde(default)]
    pub size_charts: Vec<OptionSizeChart>,
    /// Bumps on every catalog change of the listing (not on stock changes).
    pub version: i64,
    /// The listing version at which any price last changed (price `If-Match` checks
    /// compare against it).
    pub prices_version: i64,
    pub deleted: bool,
}

/// A listing option tied to a size chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OptionSizeChart {
    pub option: String,
    pub size_chart_id: Uuid,
}

/// One measure's range in a size row, in millimetres.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasureRange {
    #[schema(minimum = 0, maximum = 10000)]
    pub min_mm: i64,
    #[schema(minimum = 0, maximum = 10000)]
    pub max_mm: i64,
}

/// One size of a chart: a range per measure and the label each market
/// (`BR`, `EU`, `RU`, `ID`, `US`, `CN`) gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SizeChartRow {
    pub measurements: std::collections::BTreeMap<String, MeasureRange>,
    pub labels: std::collections::BTreeMap<String, String>,
}

/// A size chart as the seller sends it: body measurements held once and
/// mapped to each market's size labels. `id` is the client's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSizeChart {
    pub id: Uuid,
    #[schema(min_length = 1, max_length = 120)]
    pub name: String,
    /// `cm` or `in`: the unit the seller reads the chart in.
    #[schema(pattern = "^(cm|in)$")]
    pub unit: String,
    /// Measure names in display order (`bust`, `waist`...).
    #[schema(max_items = 12)]
    pub measures: Vec<String>,
    #[schema(max_items = 40)]
    pub rows: Vec<SizeChartRow>,
}

/// A size chart of the shop (catalog stream, entity `size_chart`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SizeChart {
    pub id: Uuid,
    pub name: String,
    pub unit: String,
    pub measures: Vec<String>,
    pub rows: Vec<SizeChartRow>,
    pub version: i64,
    pub deleted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewVariant {
    /// Client-generated id (UUIDv7); the server generates one when absent.
    #[serde(default)]
    pub id: Option<Uuid>,
    #[schema(min_length = 1, max_length = 64)]
    pub sku: String,
    #[serde(default)]
    pub options: Vec<VariantOption>,
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1000000)]
    pub weight_grams: i64,
    #[serde(default)]
    #[schema(pattern = r"^[0-9]{6,10}$")]
    pub hs_code: Option<String>,
    #[serde(default)]
    #[schema(pattern = r"^HS[0-9]{4}$")]
    pub hs_edition: Option<String>,
    #[serde(default)]
    #[schema(pattern = r"^[A-Z]{2}$")]
    pub origin_country: Option<String>,
    #[serde(default)]
    pub customs_description: Option<String>,
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1000000000)]
    pub stock: i64,
    #[serde(default)]
    pub prices: Vec<Price>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewListing {
    /// Client-generated id (UUIDv7). Creating twice with the same id is idempotent; if
    /// the id is taken by another shop the server assigns its own and answers it.
    #[serde(default)]
    pub id: Option<Uuid>,
    #[serde(default = "default_state")]
    pub state: ListingState,
    #[schema(pattern = r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")]
    pub default_locale: String,
    pub texts: Vec<ListingText>,
    pub variants: Vec<NewVariant>,
}

fn default_state() -> ListingState {
    ListingState::Draft
}

/// Per-locale text patch: absent fields are left alone (per-field last writer wins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TextPatch {
    #[schema(pattern = r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")]
    pub locale: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub tags: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VariantPatch {
    pub id: Uuid,
    #[serde(default)]
    pub sku: Option<String>,
    #[serde(default)]
    pub options: Option<Vec<VariantOption>>,
    #[serde(default)]
    pub weight_grams: Option<i64>,
    #[serde(default)]
    pub hs_code: Option<String>,
    #[serde(default)]
    pub hs_edition: Option<String>,
    #[serde(default)]
    pub origin_country: Option<String>,
    #[serde(default)]
    pub customs_description: Option<String>,
    /// Replaces the variant's prices. Guarded: needs `base_version` (push) or `If-Match`
    /// (REST) and conflicts when prices changed since.
    #[serde(default)]
    pub prices: Option<Vec<Price>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ListingPatch {
    #[serde(default)]
    pub state: Option<ListingState>,
    #[serde(default)]
    pub default_locale: Option<String>,
    #[serde(default)]
    pub texts: Vec<TextPatch>,
    #[serde(default)]
    pub variants: Vec<VariantPatch>,
    #[serde(default)]
    pub add_variants: Vec<NewVariant>,
    /// Variants to remove (a listing keeps at least one); their stock leaves the
    /// `inventory` stream with a `delete` change.
    #[serde(default)]
    pub remove_variants: Vec<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ListingPage {
    pub items: Vec<Listing>,
    pub next_after: Option<Uuid>,
}

// ---------------------------------------------------------------------------------------
// Stock

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StockReason {
    Sold,
    Restocked,
    Damaged,
    Returned,
    Correction,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StockAdjust {
    #[schema(minimum = -1000000000, maximum = 1000000000)]
    pub delta: i64,
    pub reason: StockReason,
}

/// Compare-and-set of a physical count: applied only if the stock is still `expected`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StockSet {
    #[schema(minimum = 0, maximum = 1000000000)]
    pub value: i64,
    #[schema(minimum = 0, maximum = 1000000000)]
    pub expected: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct StockLevel {
    pub listing_id: Uuid,
    pub variant_id: Uuid,
    pub sku: String,
    pub stock: i64,
    pub version: i64,
}

// ---------------------------------------------------------------------------------------
// Orders

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrderState {
    Paid,
    Shipped,
    Delivered,
    Cancelled,
    Refunded,
}

impl OrderState {
    pub fn as_str(self) -> &'static str {
        match self {
            OrderState::Paid => "paid",
            OrderState::Shipped => "shipped",
            OrderState::Delivered => "delivered",
            OrderState::Cancelled => "cancelled",
            OrderState::Refunded => "refunded",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "paid" => Self::Paid,
            "shipped" => Self::Shipped,
            "delivered" => Self::Delivered,
            "cancelled" => Self::Cancelled,
            "refunded" => Self::Refunded,
            _ => return None,
        })
    }
}

/// A postal address, structured, plus its lines in the destination country's format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Address {
    pub name: String,
    pub street: String,
    pub district: Option<String>,
    pub city: String,
    pub region: Option<String>,
    pub postal_code: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub phone: Option<String>,
    /// The address as printed on a label in the destination country's format.
    pub formatted: Vec<String>,
    /// Parcel pick-up point id (e.g. Polish parcel lockers), when the buyer chose one.
    pub pickup_point: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Buyer {
    pub id: Uuid,
    pub name: String,
    pub country: String,
    pub locale: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OrderItem {
    pub listing_id: Uuid,
    pub variant_id: Uuid,
    pub sku: String,
    pub title: String,
    pub quantity: i64,
    pub unit_price: Price,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Order {
    pub id: Uuid,
    pub state: OrderState,
    pub buyer: Buyer,
    pub shipping_address: Address,
    pub items: Vec<OrderItem>,
    pub total: Price,
    pub ship_by: String,
    pub created_at: String,
    pub shipment_id: Option<Uuid>,
    pub version: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrderAction {
    /// paid -> cancelled (restocks).
    Cancel,
    /// paid | shipped | delivered -> refunded.
    Refund,
    /// shipped -> delivered (normally the carrier; allowed for tests).
    Deliver,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrderTransition {
    pub action: OrderAction,
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OrderPage {
    pub items: Vec<Order>,
}

// ---------------------------------------------------------------------------------------
// Shipments

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CarrierKind {
    /// A postal operator: the tracking number must be a valid UPU S10 id.
    Post,
    Courier,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomsItem {
    #[schema(min_length = 1, max_length = 200)]
    pub description: String,
    #[schema(minimum = 1, maximum = 100000)]
    pub quantity: i64,
    #[schema(minimum = 0, maximum = 1000000)]
    pub net_weight_grams: i64,
    pub value: Price,
    /// HS tariff code: 6 digits (international) to 10 (national).
    #[schema(pattern = r"^[0-9]{6,10}$")]
    pub hs_code: String,
    #[serde(default)]
    pub hs_edition: Option<String>,
    #[schema(pattern = r"^[A-Z]{2}$")]
    pub origin_country: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewShipment {
    #[serde(default)]
    pub id: Option<Uuid>,
    #[schema(min_length = 1, max_length = 64)]
    pub carrier: String,
    pub carrier_kind: CarrierKind,
    #[schema(min_length = 1, max_length = 40)]
    pub tracking_number: String,
    #[serde(default)]
    pub customs_items: Vec<CustomsItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Shipment {
    pub id: Uuid,
    pub order_id: Uuid,
    pub carrier: String,
    pub carrier_kind: CarrierKind,
    pub tracking_number: String,
    pub customs_items: Vec<CustomsItem>,
    pub created_at: String,
    pub version: i64,
}

// ---------------------------------------------------------------------------------------
// Conversations and messages

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MessageAuthor {
    Buyer,
    Seller,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Conversation {
    pub id: Uuid,
    pub order_id: Option<Uuid>,
    pub buyer: Buyer,
    pub subject: String,
    pub last_message_at: String,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Message {
    pub id: Uuid,
    pub conversation_id: Uuid,
    pub author: MessageAuthor,
    /// Untrusted text: render as text, never as HTML.
    pub body: String,
    pub locale: Option<String>,
    pub sent_at: String,
    pub member_id: Option<Uuid>,
    /// Photos sent with the message.
    #[serde(default)]
    pub attachments: Vec<PhotoRef>,
}

/// Appends a seller message; insert-if-absent on the client-generated `id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMessage {
    pub id: Uuid,
    #[schema(min_length = 1, max_length = 4000)]
    pub body: String,
    /// Photos uploaded first (`POST /v1/photos`), at most 5.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(max_items = 5)]
    pub attachments: Vec<Uuid>,
}

// ---------------------------------------------------------------------------------------
// Reviews

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ReviewReply {
    pub text: String,
    pub replied_at: String,
    pub member_id: Uuid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Review {
    pub id: Uuid,
    pub order_id: Uuid,
    pub listing_id: Uuid,
    pub buyer: Buyer,
    /// 1..=5
    pub rating: i64,
    pub text: String,
    pub created_at: String,
    pub reply: Option<ReviewReply>,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewReviewReply {
    #[schema(min_length = 1, max_length = 2000)]
    pub text: String,
}

// ---------------------------------------------------------------------------------------
// Disputes

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DisputeState {
    Open,
    SellerResponded,
    ResolvedBuyer,
    ResolvedSeller,
}

impl DisputeState {
    pub fn as_str(self) -> &'static str {
        match self {
            DisputeState::Open => "open",
            DisputeState::SellerResponded => "seller_responded",
            DisputeState::ResolvedBuyer => "resolved_buyer",
            DisputeState::ResolvedSeller => "resolved_seller",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "open" => Self::Open,
            "seller_responded" => Self::SellerResponded,
            "resolved_buyer" => Self::ResolvedBuyer,
            "resolved_seller" => Self::ResolvedSeller,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    Photo,
    Tracking,
    Document,
    Note,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub kind: EvidenceKind,
    #[schema(min_length = 1, max_length = 500)]
    pub description: String,
    /// An uploaded photo (`POST /v1/photos`), for `photo` evidence.
    #[serde(default)]
    pub photo_id: Option<Uuid>,
    /// An uploaded PDF (`POST /v1/documents`), for `document` evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_id: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDisputeResponse {
    #[schema(min_length = 1, max_length = 4000)]
    pub text: String,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DisputeResponse {
    pub text: String,
    pub evidence: Vec<Evidence>,
    pub member_id: Uuid,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Dispute {
    pub id: Uuid,
    pub order_id: Uuid,
    pub buyer: Buyer,
    pub state: DisputeState,
    pub reason: String,
    pub buyer_message: String,
    pub opened_at: String,
    pub responses: Vec<DisputeResponse>,
    pub resolution: Option<String>,
    pub version: i64,
}

/// Marketplace-side resolution (sandbox only: `POST /v1/sim/disputes/{id}/resolve`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DisputeResolution {
    pub in_favour_of: MessageAuthor,
    #[schema(min_length = 1, max_length = 1000)]
    pub note: String,
}

// ---------------------------------------------------------------------------------------
// Promotions

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PromotionKind {
    FlashSale,
    Coupon,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPromotion {
    #[serde(default)]
    pub id: Option<Uuid>,
    pub kind: PromotionKind,
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
    /// RFC 3339.
    #[schema(format = DateTime)]
    pub starts_at: String,
    /// RFC 3339, after `starts_at`.
    #[schema(format = DateTime)]
    pub ends_at: String,
    /// 1..=90
    #[schema(minimum = 1, maximum = 90)]
    pub discount_percent: i64,
    /// Required for coupons: 4-20 characters A-Z, 0-9.
    #[serde(default)]
    #[schema(pattern = r"^[A-Z0-9]{4,20}$")]
    pub code: Option<String>,
    #[serde(default)]
    pub listing_ids: Vec<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Promotion {
    pub id: Uuid,
    pub kind: PromotionKind,
    pub name: String,
    pub starts_at: String,
    pub ends_at: String,
    pub discount_percent: i64,
    pub code: Option<String>,
    pub listing_ids: Vec<Uuid>,
    pub version: i64,
}

// ---------------------------------------------------------------------------------------
// Sync

/// The change-feed streams.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Stream {
    Catalog,
    Inventory,
    Orders,
    Messages,
    Shipments,
    Reviews,
    Disputes,
    Promotions,
}

impl Stream {
    pub const ALL: [Stream; 8] = [
        Stream::Catalog,
        Stream::Inventory,
        Stream::Orders,
        Stream::Messages,
        Stream::Shipments,
        Stream::Reviews,
        Stream::Disputes,
        Stream::Promotions,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Stream::Catalog => "catalog",
            Stream::Inventory => "inventory",
            Stream::Orders => "orders",
            Stream::Messages => "messages",
            Stream::Shipments => "shipments",
            Stream::Reviews => "reviews",
            Stream::Disputes => "disputes",
            Stream::Promotions => "promotions",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// One operation from a device's outbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Op {
    /// Client-generated UUIDv7; the op's idempotency key.
    pub op_id: Uuid,
    /// Strictly increasing per device.
    #[schema(minimum = 1)]
    pub op_seq: i64,
    /// The entity version the user edited from (needed for guarded fields like prices).
    #[serde(default)]
    pub base_version: Option<i64>,
    pub action: OpAction,
}

/// What an op does. `kind` selects the variant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", deny_unknown_fields)]
pub enum OpAction {
    #[serde(rename = "listing.create")]
    ListingCreate { listing: NewListing },
    #[serde(rename = "listing.patch")]
    ListingPatch {
        listing_id: Uuid,
        patch: ListingPatch,
    },
    #[serde(rename = "listing.delete")]
    ListingDelete { listing_id: Uuid },
    /// Sets a listing's gallery: the listed photos (uploaded first with
    /// `POST /v1/photos`) in this order; photos attached meanwhile by someone
    /// else and not in `removed_photo_ids` stay, after them; the removed ones
    /// are deleted. Ids the marketplace no longer has are skipped.
    #[serde(rename = "listing.photos")]
    ListingPhotos {
        listing_id: Uuid,
        #[schema(max_items = 30)]
        photo_ids: Vec<Uuid>,
        #[serde(default)]
        primary_photo_id: Option<Uuid>,
        #[serde(default)]
        #[schema(max_items = 30)]
        removed_photo_ids: Vec<Uuid>,
    },
    /// Ties a size chart to one of a listing's options, or unties it (`null`).
    #[serde(rename = "listing.size_chart")]
    ListingSizeChart {
        listing_id: Uuid,
        #[schema(min_length = 1, max_length = 64)]
        option: String,
        #[serde(default)]
        size_chart_id: Option<Uuid>,
    },
    /// Creates or replaces a size chart (the whole chart: last writer wins).
    #[serde(rename = "size_chart.upsert")]
    SizeChartUpsert { size_chart: NewSizeChart },
    #[serde(rename = "size_chart.delete")]
    SizeChartDelete { size_chart_id: Uuid },
    #[serde(rename = "stock.adjust")]
    StockAdjust {
        variant_id: Uuid,
        delta: i64,
        reason: StockReason,
    },
    #[serde(rename = "stock.set")]
    StockSet {
        variant_id: Uuid,
        value: i64,
        expected: i64,
    },
    #[serde(rename = "order.transition")]
    OrderTransition {
        order_id: Uuid,
        action: OrderAction,
        #[serde(default)]
        reason: Option<String>,
    },
    #[serde(rename = "shipment.create")]
    ShipmentCreate {
        order_id: Uuid,
        shipment: NewShipment,
    },
    #[serde(rename = "message.send")]
    MessageSend {
        conversation_id: Uuid,
        message: NewMessage,
    },
    #[serde(rename = "review.reply")]
    ReviewReply { review_id: Uuid, text: String },
    #[serde(rename = "dispute.respond")]
    DisputeRespond {
        dispute_id: Uuid,
        response: NewDisputeResponse,
    },
    #[serde(rename = "promotion.create")]
    PromotionCreate { promotion: NewPromotion },
    #[serde(rename = "promotion.delete")]
    PromotionDelete { promotion_id: Uuid },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PushRequest {
    #[schema(min_items = 1, max_items = 1000)]
    pub ops: Vec<Op>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OpStatus {
    Applied,
    Conflict,
    Rejected,
}

/// The result of one op. The same op pushed again answers the stored result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OpResult {
    pub op_id: Uuid,
    pub op_seq: i64,
    pub status: OpStatus,
    /// The entity the op touched (the server's id when it mapped a client id).
    pub entity_id: Option<Uuid>,
    /// The entity's version after the op (applied) or now (conflict).
    pub version: Option<i64>,
    /// Conflict: the current server value of the entity.
    #[schema(value_type = Option<Object>)]
    pub current: Option<Value>,
    /// Conflict or rejection: machine-readable reason.
    pub code: Option<String>,
    pub message: Option<String>,
    /// Field-level problems of a rejected op.
    #[serde(default)]
    pub fields: Vec<crate::error::FieldError>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PushResponse {
    pub results: Vec<OpResult>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Upsert,
    Delete,
}

/// One entry of a change feed: the entity's full state after the change.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Change {
    pub stream: Stream,
    /// `listing`, `stock`, `order`, `conversation`, `message`, `shipment`, `review`,
    /// `dispute`, `promotion`.
    pub entity: String,
    pub entity_id: Uuid,
    pub kind: ChangeKind,
    pub version: i64,
    /// The entity as its GET endpoint would answer it. Kept as its JSON text
    /// (ADR 0750): a first sync reads it straight into the entity's type
    /// with [`Change::decode`], never through a `Value` tree.
    #[schema(value_type = Object)]
    pub data: Box<RawValue>,
    /// Who made the change; absent for marketplace/buyer-side changes.
    pub member_id: Option<Uuid>,
    pub device_id: Option<Uuid>,
    /// The op that caused the change, so a client can drop it from its outbox.
    pub op_id: Option<Uuid>,
    pub at: String,
}

impl Change {
    /// `data` read as the entity's type (`Listing`, `Order`, `StockLevel`…).
    pub fn decode<T: serde::de::DeserializeOwned>(&self) -> serde_json::Result<T> {
        serde_json::from_str(self.data.get())
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ChangePage {
    pub changes: Vec<Change>,
    /// Opaque; pass it back as `cursor` to continue.
    pub cursor: String,
    pub has_more: bool,
    /// How many changes of the stream follow this page right now; present
    /// only when asked for with `count=true` (a client's progress bar).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining: Option<i64>,
}

// ---------------------------------------------------------------------------------------
// Simulated buyers (sandbox)

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SimulateRequest {
    /// How many buyer events to generate (1..=500).
    #[schema(minimum = 1, maximum = 500)]
    pub events: i64,
    /// Seed of the generator; the same seed on the same shop state gives the same events.
    #[serde(default)]
    pub seed: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SimEvent {
    /// `order`, `message`, `review`, `dispute`.
    pub kind: String,
    pub entity_id: Uuid,
    pub country: String,
    pub locale: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SimulateResponse {
    pub events: Vec<SimEvent>,
}

/// The buyer of an order opens a dispute on it (sandbox only: scripted
/// journeys). Refused for an order that is not paid, shipped or delivered,
/// or that already has a dispute. Without `reason`/`statement` the buyer's
/// market's first scripted dispute is used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SimDispute {
    pub order_id: Uuid,
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    #[schema(min_length = 1, max_length = 4000)]
    pub statement: Option<String>,
}

/// The buyer of an order writes this exact text (sandbox only: scripted
/// journeys and hostile-input tests). The conversation of the order is
/// created when it has none; the message is in the buyer's locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SimBuyerMessage {
    pub order_id: Uuid,
    #[schema(min_length = 1, max_length = 4000)]
    pub body: String,
}
