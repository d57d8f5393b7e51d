//! IPC types of the orders inbox, shipping documents and shipping.

use serde::{Deserialize, Serialize};
use shopkeeper_core as core;
use shopkeeper_core::fulfillment as ful;
use specta::Type;

use super::Money;

fn money_of(minor: i64, currency: &str) -> Money {
    Money::from(&core::Price {
        currency: currency.to_owned(),
        amount_minor: minor,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum OrderTab {
    ToShip,
    Shipped,
    Closed,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum DueFilter {
    Overdue,
    Today,
}

#[derive(Debug, Clone, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OrderQuery {
    pub tab: OrderTab,
    #[serde(default)]
    pub market: Option<String>,
    #[serde(default)]
    pub due: Option<DueFilter>,
    #[serde(default)]
    pub search: String,
    /// The UI's local day, ms since the epoch: [todayStart, todayEnd).
    pub today_start: i64,
    pub today_end: i64,
    #[serde(default)]
    pub after: Option<String>,
    pub limit: u32,
}

impl From<OrderQuery> for core::OrderQuery {
    fn from(q: OrderQuery) -> Self {
        Self {
            status: match q.tab {
                OrderTab::ToShip => core::OrderStatusFilter::ToShip,
                OrderTab::Shipped => core::OrderStatusFilter::Shipped,
                OrderTab::Closed => core::OrderStatusFilter::Closed,
                OrderTab::All => core::OrderStatusFilter::All,
            },
            market: q.market,
            due: q.due.map(|d| match d {
                DueFilter::Overdue => core::DueFilter::Overdue,
                DueFilter::Today => core::DueFilter::Today,
            }),
            search: q.search,
            today_start: q.today_start,
            today_end: q.today_end,
            after: q.after,
            limit: q.limit,
        }
    }
}

/// Where an order's shipment stands, as the inbox shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ShipState {
    /// Documents printed; not marked shipped yet.
    Labelled,
    /// Marked shipped; waiting for the marketplace.
    Shipping,
    /// The marketplace has it.
    Shipped,
    /// The marketplace refused it.
    Refused,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Shipment {
    pub id: String,
    pub carrier: String,
    pub carrier_kind: String,
    pub tracking_number: Option<String>,
    pub state: ShipState,
    pub labelled_at: Option<i64>,
    pub shipped_at: Option<i64>,
    /// Why the marketplace refused it (its message, not localized).
    pub refusal: Option<String>,
}

impl From<core::ShipmentInfo> for Shipment {
    fn from(s: core::ShipmentInfo) -> Self {
        let refused = matches!(s.op_status.as_deref(), Some("rejected" | "conflict"));
        let state = if s.status == "labelled" {
            ShipState::Labelled
        } else if s.confirmed {
            ShipState::Shipped
        } else if refused {
            ShipState::Refused
        } else {
            ShipState::Shipping
        };
        Self {
            id: s.id,
            carrier: s.carrier,
            carrier_kind: s.carrier_kind,
            tracking_number: s.tracking_number,
            state,
            labelled_at: s.labelled_at,
            shipped_at: s.shipped_at,
            refusal: refused.then(|| {
                s.op_message
                    .filter(|m| !m.is_empty())
                    .or(s.op_code)
                    .unwrap_or_default()
            }),
        }
    }
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OrderRow {
    pub id: String,
    pub number: String,
    pub market: String,
    /// paid, shipped, delivered, cancelled, refunded.
    pub status: String,
    pub buyer_name: String,
    pub total: Money,
    pub placed_at: i64,
    pub ship_by: Option<i64>,
    pub units: i64,
    pub first_title: String,
    pub skus: Vec<String>,
    pub shipment: Option<Shipment>,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OrderPage {
    pub rows: Vec<OrderRow>,
    pub next: Option<String>,
    pub total: i64,
}

impl From<core::OrderPage> for OrderPage {
    fn from(p: core::OrderPage) -> Self {
        Self {
            rows: p
                .rows
                .into_iter()
                .map(|r| OrderRow {
                    total: money_of(r.total_minor, &r.currency),
                    id: r.id,
                    number: r.number,
                    market: r.market,
                    status: r.status,
                    buyer_name: r.buyer_name,
                    placed_at: r.placed_at,
                    ship_by: r.ship_by,
                    units: r.units,
                    first_title: r.first_title,
                    skus: r.skus,
                    shipment: r.shipment.map(Into::into),
                })
                .collect(),
            next: p.next,
            total: p.total,
        }
    }
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OrderCounts {
    pub to_ship: i64,
    pub overdue: i64,
    pub due_today: i64,
    pub shipped: i64,
    pub closed: i64,
    pub all: i64,
    pub markets: Vec<String>,
}

impl OrderCounts {
    pub fn new(c: core::OrderCounts, markets: Vec<String>) -> Self {
        Self {
            to_ship: c.to_ship,
            overdue: c.overdue,
            due_today: c.due_today,
            shipped: c.shipped,
            closed: c.closed,
            all: c.all,
            markets,
        }
    }
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OrderLine {
    pub line_no: i64,
    pub sku: String,
    pub title: String,
    pub variant: Option<String>,
    pub quantity: i64,
    pub unit_price: Money,
    pub line_total: Money,
    pub listing_id: Option<String>,
    pub variant_id: Option<String>,
    pub location: Option<String>,
}

/// One thing blocking an order's documents, with the listing to fix it in.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MissingField {
    pub field: String,
    /// `missing` or `invalid`.
    pub problem: String,
    pub sku: Option<String>,
    pub listing_id: Option<String>,
    pub variant_id: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SdrRate {
    pub currency: String,
    /// Units of the currency per 1 SDR (decimal string).
    pub per_sdr: String,
    /// YYYY-MM-DD.
    pub date: String,
    pub source: String,
}

impl From<core::SdrRateRow> for SdrRate {
    fn from(r: core::SdrRateRow) -> Self {
        Self {
            currency: r.currency,
            per_sdr: r.per_sdr,
            date: r.date,
            source: r.source,
        }
    }
}

impl From<SdrRate> for core::SdrRateRow {
    fn from(r: SdrRate) -> Self {
        Self {
            currency: r.currency,
            per_sdr: r.per_sdr,
            date: r.date,
            source: r.source,
        }
    }
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Readiness {
    pub ready: bool,
    pub international: bool,
    /// `CN22` or `CN23`.
    pub form: Option<String>,
    pub rate: Option<SdrRate>,
    pub missing: Vec<MissingField>,
    pub sender_incomplete: bool,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OrderDetail {
    pub id: String,
    pub number: String,
    pub market: String,
    pub status: String,
    pub buyer_name: String,
    pub buyer_locale: String,
    pub placed_at: i64,
    pub ship_by: Option<i64>,
    /// The buyer's address in their country's format, one line each.
    pub address_lines: Vec<String>,
    pub phone: String,
    pub tax_id: String,
    pub lines: Vec<OrderLine>,
    pub subtotal: Money,
    pub shipping: Money,
    pub tax: Money,
    pub discount: Money,
    pub total: Money,
    pub shipment: Option<Shipment>,
    pub readiness: Readiness,
}

fn variant_text(options: Option<&str>) -> Option<String> {
    let v: Vec<serde_json::Value> = serde_json::from_str(options?).ok()?;
    let parts: Vec<String> = v
        .iter()
        .filter_map(|o| o.get("value").and_then(|x| x.as_str()).map(str::to_owned))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" / "))
}

impl From<ful::OrderView> for OrderDetail {
    fn from(v: ful::OrderView) -> Self {
        let d = v.detail;
        let o = &d.order;
        let cur = o.currency.clone();
        let r = v.readiness;
        Self {
            id: o.id.clone(),
            number: o.number.clone(),
            market: o.market.clone(),
            status: o.status.clone(),
            buyer_name: o.buyer_name.clone(),
            buyer_locale: o.buyer_locale.clone(),
            placed_at: o.placed_at,
            ship_by: o.ship_by,
            address_lines: ful::address_lines(o),
            phone: o.address.phone.clone(),
            tax_id: d.tax_id.clone(),
            lines: d
                .lines
                .iter()
                .map(|l| OrderLine {
                    line_no: l.line_no,
                    sku: l.sku.clone(),
                    title: l.title.clone(),
                    variant: variant_text(l.options.as_deref()),
                    quantity: l.quantity,
                    unit_price: money_of(l.unit_price_minor, &cur),
                    line_total: money_of(l.unit_price_minor.saturating_mul(l.quantity), &cur),
                    listing_id: l.listing_id.clone(),
                    variant_id: l.variant_id.clone(),
                    location: l.location.clone(),
                })
                .collect(),
            subtotal: money_of(d.subtotal_minor, &cur),
            shipping: money_of(d.shipping_minor, &cur),
            tax: money_of(d.tax_minor, &cur),
            discount: money_of(d.discount_minor, &cur),
            total: money_of(o.total_minor, &cur),
            shipment: d.shipment.clone().map(Into::into),
            readiness: Readiness {
                ready: r.ready(),
                international: r.international,
                form: r.form.map(str::to_owned),
                rate: r.rate.map(Into::into),
                missing: r
                    .missing
                    .into_iter()
                    .map(|m| MissingField {
                        field: m.field,
                        problem: m.problem.to_owned(),
                        sku: m.sku,
                        listing_id: m.listing_id,
                        variant_id: m.variant_id,
                    })
                    .collect(),
                sender_incomplete: r.sender_incomplete,
            },
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SenderAddress {
    pub name: String,
    pub company: String,
    pub street1: String,
    pub street2: String,
    pub district: String,
    pub city: String,
    pub region: String,
    pub postal_code: String,
    pub country: String,
    pub phone: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CarrierSettings {
    pub name: String,
    pub service: String,
    /// `post` or `courier`.
    pub kind: String,
    pub s10_service: String,
    pub s10_country: String,
    pub s10_next: u32,
    pub packaging_grams: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PrinterSettings {
    /// `none`, `tcp` or `cups`.
    pub kind: String,
    pub address: String,
    pub queue: String,
    pub dpi: u32,
    pub resident_font: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ShippingSettings {
    pub sender: SenderAddress,
    pub carrier: CarrierSettings,
    pub printer: PrinterSettings,
    /// Where batch PDFs are saved.
    #[serde(default)]
    pub documents_dir: String,
}

impl ShippingSettings {
    pub fn new(s: ful::FulfillmentSettings, documents_dir: String) -> Self {
        let a = s.sender;
        let c = s.carrier;
        let p = s.printer;
        Self {
            sender: SenderAddress {
                name: a.name,
                company: a.company,
                street1: a.street1,
                street2: a.street2,
                district: a.district,
                city: a.city,
                region: a.region,
                postal_code: a.postal_code,
                country: a.country,
                phone: a.phone,
            },
            carrier: CarrierSettings {
                name: c.name,
                service: c.service,
                kind: c.kind,
                s10_service: c.s10_service,
                s10_country: c.s10_country,
                s10_next: s.s10_next,
                packaging_grams: c.packaging_grams,
            },
            printer: PrinterSettings {
                kind: p.kind,
                address: p.address,
                queue: p.queue,
                dpi: p.dpi,
                resident_font: p.resident_font,
            },
            documents_dir,
        }
    }
}

impl From<ShippingSettings> for ful::FulfillmentSettings {
    fn from(s: ShippingSettings) -> Self {
        let a = s.sender;
        let c = s.carrier;
        let p = s.printer;
        Self {
            sender: ful::SenderAddress {
                name: a.name,
                company: a.company,
                street1: a.street1,
                street2: a.street2,
                district: a.district,
                city: a.city,
                region: a.region,
                postal_code: a.postal_code,
                country: a.country,
                phone: a.phone,
            },
            carrier: ful::CarrierSettings {
                name: c.name,
                service: c.service,
                kind: c.kind,
                s10_service: c.s10_service,
                s10_country: c.s10_country,
                packaging_grams: c.packaging_grams,
            },
            printer: ful::PrinterSettings {
                kind: p.kind,
                address: p.address,
                queue: p.queue,
                dpi: p.dpi,
                resident_font: p.resident_font,
            },
            s10_next: c.s10_next,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum PrintTarget {
    /// One PDF (label + customs form + packing slip per order).
    Pdf,
    /// ZPL labels to the thermal printer.
    Zpl,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PrintResult {
    /// File name of the PDF in the documents folder (PDF batches).
    pub file_name: Option<String>,
    /// Full path, to show.
    pub path: Option<String>,
    pub orders: u32,
    pub pages: u32,
}

impl From<ful::BatchOutcome> for PrintResult {
    fn from(b: ful::BatchOutcome) -> Self {
        Self {
            file_name: b
                .path
                .as_ref()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned()),
            path: b.path.as_ref().map(|p| p.display().to_string()),
            orders: u32::try_from(b.orders).unwrap_or(u32::MAX),
            pages: u32::try_from(b.pages).unwrap_or(u32::MAX),
        }
    }
}

/// Progress of a print batch (event `print-progress`).
#[derive(Debug, Clone, Serialize, Type, tauri_specta::Event)]
#[serde(rename_all = "camelCase")]
pub struct PrintProgress {
    pub done: u32,
    pub total: u32,
}
