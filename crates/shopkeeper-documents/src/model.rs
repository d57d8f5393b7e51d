//! Plain input types: what the app hands the documents crate. Nothing here knows SQL,
//! Tauri or the marketplace wire format.

use crate::customs::CustomsDeclaration;

/// A postal address. Empty strings count as missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Address {
    /// Person's name.
    pub name: String,
    /// Company, if any.
    pub company: Option<String>,
    /// Street, house number, flat: one to three lines.
    pub street: Vec<String>,
    /// Neighbourhood / district (bairro in BR, kelurahan/kecamatan in ID, 区 in CN).
    pub district: Option<String>,
    /// City or locality.
    pub city: String,
    /// State / province / region / oblast (required for US and BR).
    pub region: Option<String>,
    /// Postal code (checked per country where its shape is known).
    pub postal_code: String,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: String,
    /// Phone, printed small (carriers ask for it).
    pub phone: Option<String>,
}

/// Money as integer minor units and an ISO 4217 code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Money {
    /// Amount in minor units (cents).
    pub minor: i64,
    /// ISO 4217 code, e.g. `EUR`.
    pub currency: String,
}

impl Money {
    /// Shorthand.
    pub fn new(minor: i64, currency: &str) -> Money {
        Money {
            minor,
            currency: currency.to_owned(),
        }
    }
}

/// One line of an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderLine {
    /// Stock keeping unit.
    pub sku: String,
    /// Title as the buyer saw it.
    pub title: String,
    /// Variant text (size, colour), if any.
    pub variant: Option<String>,
    /// Units.
    pub quantity: u32,
    /// Price of one unit.
    pub unit_price: Money,
    /// Where the item sits in the stock room (for the pick list), e.g. `A-03-2`.
    pub location: Option<String>,
}

/// Parcel facts printed on the label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parcel {
    /// Gross weight in grams.
    pub weight_g: u32,
    /// Length, width, height in millimetres, if measured.
    pub dimensions_mm: Option<(u32, u32, u32)>,
}

/// Whether the carrier is a postal operator (then the tracking number must be UPU S10).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CarrierKind {
    /// A designated postal operator (China Post, Correios, Pochta…): S10 required.
    Post,
    /// An express or private carrier with its own numbering.
    Express,
}

/// The carrier and service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carrier {
    /// Display name, e.g. `China Post`.
    pub name: String,
    /// Service, e.g. `Registered Air Mail`.
    pub service: Option<String>,
    /// Post or express.
    pub kind: CarrierKind,
}

/// Order totals as the buyer paid them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    /// Sum of lines.
    pub subtotal: Money,
    /// Shipping charged.
    pub shipping: Money,
    /// Amount paid.
    pub total: Money,
}

/// Everything needed to print one order's documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipment {
    /// Marketplace order number.
    pub order_number: String,
    /// Order date, `YYYY-MM-DD`.
    pub order_date: String,
    /// The seller (return address).
    pub sender: Address,
    /// Shop name printed on the packing slip.
    pub shop_name: String,
    /// The buyer.
    pub recipient: Address,
    /// Buyer's language (BCP 47), e.g. `pt-BR`, `fr-FR`.
    pub buyer_locale: String,
    /// Lines.
    pub lines: Vec<OrderLine>,
    /// Totals.
    pub totals: Totals,
    /// Parcel.
    pub parcel: Parcel,
    /// Carrier.
    pub carrier: Carrier,
    /// Tracking number (A-Z, 0-9).
    pub tracking: String,
    /// Customs declaration; `None` for domestic shipments.
    pub customs: Option<CustomsDeclaration>,
}
