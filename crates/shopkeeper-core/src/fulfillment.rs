//! Orders → shipping documents → shipped (issue 7): the orders inbox over the
//! store, the documents crate's inputs built from an order + the shop's sender
//! address + the variants' customs data + the SDR rates stored as data, batch
//! printing (one PDF, or ZPL to a thermal printer) and marking orders shipped
//! through the outbox (`shipment.create`, exactly once by op id and shipment id).
//!
//! Nothing half-printed is marked shipped: tracking numbers allocated for a
//! batch, and the `labelled` shipments that remember them, are written only
//! after the whole PDF is on disk or the whole ZPL job reached the printer.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::json;
use shopkeeper_documents as docs;
use shopkeeper_documents::customs::{
    Category, CustomsDeclaration, CustomsItem, NonDelivery, Problem, SdrRate,
};
use shopkeeper_documents::{DocError, FontSet};
use shopkeeper_store::{
    AuditEntry, ChangeRecord, LabelRecord, OrderCounts, OrderDetail, OrderPage, OrderQuery,
    OutboxOp, SdrRateRow, ShipmentCustomsItem, ShipmentOp,
};

use crate::{CoreError, FieldError, Result, Shop, new_id, now_ms};

/// The settings key of [`FulfillmentSettings`] (JSON).
const SETTINGS_KEY: &str = "fulfillment.settings";
/// The next serial of the seller's S10 range (its own key: printing advances it).
const S10_NEXT_KEY: &str = "fulfillment.s10_next";
/// HS nomenclature edition assumed for a code entered without one.
pub const DEFAULT_HS_EDITION: &str = "HS2022";

/// The shop's return address, printed as the sender on labels and forms.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SenderAddress {
    pub name: String,
    pub company: String,
    pub street1: String,
    pub street2: String,
    pub district: String,
    pub city: String,
    pub region: String,
    pub postal_code: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub phone: String,
}

/// The carrier labels are printed for, and the seller's UPU S10 range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CarrierSettings {
    pub name: String,
    pub service: String,
    /// `post` (tracking must be UPU S10) or `courier`.
    pub kind: String,
    /// Two-letter S10 service indicator of the range (e.g. `RR`).
    pub s10_service: String,
    /// Two-letter country of the post that allocated the range.
    pub s10_country: String,
    /// Packaging added to the items' net weight for the gross weight.
    pub packaging_grams: u32,
}

impl Default for CarrierSettings {
    fn default() -> Self {
        CarrierSettings {
            name: "China Post".into(),
            service: "Registered Air Mail".into(),
            kind: "post".into(),
            s10_service: "RR".into(),
            s10_country: "CN".into(),
            packaging_grams: 50,
        }
    }
}

/// The thermal printer for ZPL labels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PrinterSettings {
    /// `none`, `tcp` (raw port 9100) or `cups` (a raw queue).
    pub kind: String,
    /// `host:port` for `tcp`.
    pub address: String,
    /// Queue name for `cups`.
    pub queue: String,
    /// 203 or 300.
    pub dpi: u32,
    /// A Unicode font stored on the printer (e.g. `E:ANMDJ.TTF`) for Cyrillic and
    /// Chinese; empty = the built-in font (Latin only).
    pub resident_font: String,
}

impl Default for PrinterSettings {
    fn default() -> Self {
        PrinterSettings {
            kind: "none".into(),
            address: String::new(),
            queue: String::new(),
            dpi: 203,
            resident_font: String::new(),
        }
    }
}

/// Everything Settings → Shipping edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FulfillmentSettings {
    pub sender: SenderAddress,
    pub carrier: CarrierSettings,
    pub printer: PrinterSettings,
    /// The next serial (1..=99,999,999) of the S10 range; stored under its own key.
    #[serde(skip)]
    pub s10_next: u32,
}

/// One thing to fix before an order's documents can print, with where to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingField {
    /// `customs.*` field names from the documents crate (`hs-code`, `origin-country`,
    /// `description`, `net-weight`, `importer-reference`...), or `sender`.
    pub field: String,
    /// `missing` or `invalid`.
    pub problem: &'static str,
    pub sku: Option<String>,
    /// The listing and variant to open in the editor.
    pub listing_id: Option<String>,
    pub variant_id: Option<String>,
}

/// Whether an order's documents can be printed, and what blocks them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness {
    /// Crosses a border (needs a customs form).
    pub international: bool,
    /// `CN22` or `CN23` when it can be judged.
    pub form: Option<&'static str>,
    /// The SDR rate used (currency, per SDR, date, source).
    pub rate: Option<SdrRateRow>,
    pub missing: Vec<MissingField>,
    /// Sender settings incomplete (Settings → Shipping).
    pub sender_incomplete: bool,
}

impl Readiness {
    pub fn ready(&self) -> bool {
        self.missing.is_empty() && !self.sender_incomplete
    }
}

/// An order with its readiness for printing.
#[derive(Debug, Clone)]
pub struct OrderView {
    pub detail: OrderDetail,
    pub readiness: Readiness,
}

/// Where a finished batch went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchOutcome {
    /// The PDF written (PDF batches).
    pub path: Option<PathBuf>,
    pub orders: usize,
    /// PDF pages (label + customs form pages + slip, per order).
    pub pages: usize,
}

fn doc_error(field: &str, e: &DocError) -> FieldError {
    let mut f = FieldError::new(field, e.code());
    for (name, value) in e.args() {
        f = f.arg(name, value);
    }
    f
}

fn invalid(field: &str, code: &'static str) -> CoreError {
    CoreError::Validation(vec![FieldError::new(field, code)])
}

/// `YYYY-MM-DD` (UTC) of a millisecond timestamp.
pub fn civil_date(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    // Howard Hinnant's days-from-civil inverse.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!("{y:04}-{m:02}-{d:02}")
}

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

fn sender_address(s: &SenderAddress) -> docs::Address {
    docs::Address {
        name: s.name.trim().to_owned(),
        company: opt(&s.company),
        street: [&s.street1, &s.street2]
            .into_iter()
            .filter_map(|l| opt(l))
            .collect(),
        district: opt(&s.district),
        city: s.city.trim().to_owned(),
        region: opt(&s.region),
        postal_code: s.postal_code.trim().to_owned(),
        country: s.country.trim().to_uppercase(),
        phone: opt(&s.phone),
    }
}

/// The buyer's address as the documents crate wants it.
pub fn recipient_address(o: &shopkeeper_store::OrderRecord) -> docs::Address {
    let a = &o.address;
    docs::Address {
        name: a.name.clone(),
        company: None,
        street: vec![a.line1.clone()]
            .into_iter()
            .filter(|l| !l.trim().is_empty())
            .collect(),
        district: opt(&a.line2),
        city: a.city.clone(),
        region: opt(&a.region),
        postal_code: a.postal_code.clone(),
        country: a.country.clone(),
        phone: opt(&a.phone),
    }
}

/// The buyer's address lines in their country's format (the documents crate's layout).
pub fn address_lines(o: &shopkeeper_store::OrderRecord) -> Vec<String> {
    let a = recipient_address(o);
    let mut lines: Vec<String> = docs::address::layout(&a, "recipient", true)
        .into_iter()
        .map(|l| l.text)
        .collect();
    if !o.address.pickup_point.trim().is_empty() {
        lines.push(o.address.pickup_point.clone());
    }
    lines
}

pub(crate) fn rate_of(r: &SdrRateRow) -> Option<SdrRate> {
    Some(SdrRate {
        currency: r.currency.clone(),
        per_sdr: Decimal::from_str(&r.per_sdr).ok()?,
        date: r.date.clone(),
        source: r.source.clone(),
    })
}

fn variant_text(options: Option<&str>) -> Option<String> {
    let v: Vec<serde_json::Value> = serde_json::from_str(options?).ok()?;
    let parts: Vec<String> = v
        .iter()
        .filter_map(|o| o.get("value").and_then(|x| x.as_str()).map(str::to_owned))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" / "))
}

fn carrier_kind(kind: &str) -> docs::CarrierKind {
    if kind == "courier" {
        docs::CarrierKind::Express
    } else {
        docs::CarrierKind::Post
    }
}

/// Builds the documents crate's shipment for one order. `tracking` may be empty
/// while only checking readiness.
pub fn build_shipment(
    d: &OrderDetail,
    settings: &FulfillmentSettings,
    shop_name: &str,
    tracking: &str,
    today: &str,
) -> docs::Shipment {
    let o = &d.order;
    let sender = sender_address(&settings.sender);
    let recipient = recipient_address(o);
    let cur = o.currency.clone();
    let lines: Vec<docs::OrderLine> = d
        .lines
        .iter()
        .map(|l| docs::OrderLine {
            sku: l.sku.clone(),
            title: l.title.clone(),
            variant: variant_text(l.options.as_deref()),
            quantity: u32::try_from(l.quantity).unwrap_or(1),
            unit_price: docs::Money::new(l.unit_price_minor, &cur),
            location: l.location.clone(),
        })
        .collect();
    let net: u32 = d
        .lines
        .iter()
        .map(|l| u32::try_from(l.weight_grams.unwrap_or(0).saturating_mul(l.quantity)).unwrap_or(0))
        .sum();
    let gross = net.saturating_add(settings.carrier.packaging_grams);
    let international = recipient.country != sender.country;
    let customs = international.then(|| CustomsDeclaration {
        category: Some(Category::SaleOfGoods),
        items: d
            .lines
            .iter()
            .map(|l| CustomsItem {
                description_en: l.customs_description.clone(),
                description_fr: None,
                quantity: u32::try_from(l.quantity).unwrap_or(1),
                net_weight_g: l
                    .weight_grams
                    .filter(|w| *w > 0)
                    .and_then(|w| u32::try_from(w.saturating_mul(l.quantity)).ok()),
                value: Some(docs::Money::new(
                    l.unit_price_minor.saturating_mul(l.quantity),
                    &cur,
                )),
                hs_code: l.hs_code.clone(),
                hs_edition: l.hs_code.as_ref().map(|_| {
                    l.hs_edition
                        .clone()
                        .unwrap_or_else(|| DEFAULT_HS_EDITION.to_owned())
                }),
                origin_country: l.origin_country.clone(),
                sku: Some(l.sku.clone()),
            })
            .collect(),
        gross_weight_g: (net > 0).then_some(gross),
        currency: cur.clone(),
        postage_fees: (d.shipping_minor > 0).then(|| docs::Money::new(d.shipping_minor, &cur)),
        sender_reference: None,
        importer_reference: opt(&d.tax_id),
        importer_contact: opt(&o.address.phone),
        invoice_number: Some(o.number.clone()),
        licences: Vec::new(),
        certificates: Vec::new(),
        non_delivery: Some(NonDelivery::ReturnToSender),
        comments: None,
        date: Some(today.to_owned()),
        signature_name: opt(&settings.sender.name),
        category_explanation: None,
    });
    docs::Shipment {
        order_number: o.number.clone(),
        order_date: civil_date(o.placed_at),
        sender,
        shop_name: shop_name.to_owned(),
        recipient,
        buyer_locale: o.buyer_locale.clone(),
        lines,
        totals: docs::Totals {
            subtotal: docs::Money::new(d.subtotal_minor, &cur),
            shipping: docs::Money::new(d.shipping_minor, &cur),
            total: docs::Money::new(o.total_minor, &cur),
        },
        parcel: docs::Parcel {
            weight_g: gross,
            dimensions_mm: None,
        },
        carrier: docs::Carrier {
            name: settings.carrier.name.clone(),
            service: opt(&settings.carrier.service),
            kind: carrier_kind(&settings.carrier.kind),
        },
        tracking: tracking.to_owned(),
        customs,
    }
}

fn sender_incomplete(s: &SenderAddress) -> bool {
    let a = sender_address(s);
    docs::address::validate(&a, "sender").is_err()
}

/// What blocks an order's documents: customs fields per item (with the listing to
/// fix them in), the SDR rate, the sender address.
pub fn readiness(
    d: &OrderDetail,
    settings: &FulfillmentSettings,
    rates: &[SdrRateRow],
) -> Readiness {
    let s = build_shipment(d, settings, "", "", "2000-01-01");
    let mut out = Readiness {
        international: s.customs.is_some(),
        form: None,
        rate: None,
        missing: Vec::new(),
        sender_incomplete: sender_incomplete(&settings.sender),
    };
    let Some(decl) = &s.customs else {
        return out;
    };
    let row = rates.iter().find(|r| r.currency == decl.currency);
    let Some(rate) = row.and_then(rate_of) else {
        out.missing.push(MissingField {
            field: "sdr-rate".into(),
            problem: "missing",
            sku: None,
            listing_id: None,
            variant_id: None,
        });
        return out;
    };
    out.rate = row.cloned();
    for m in docs::customs::missing_customs(decl, &rate) {
        // Declaration-level fields the app fills itself never show up here except
        // the importer's reference (CN23) and the gross weight (no weights at all).
        let line = m.item_index.and_then(|i| d.lines.get(i));
        let field = match (m.field, line) {
            // Net weight comes from the variant's weight.
            ("gross-weight", _) => "weight",
            (f, _) => f,
        };
        out.missing.push(MissingField {
            field: field.to_owned(),
            problem: match m.problem {
                Problem::Missing => "missing",
                Problem::Invalid => "invalid",
            },
            sku: m.sku.clone().or_else(|| line.map(|l| l.sku.clone())),
            listing_id: line.and_then(|l| l.listing_id.clone()),
            variant_id: line.and_then(|l| l.variant_id.clone()),
        });
    }
    if out.missing.is_empty() {
        out.form = match docs::customs::choose_form(decl, &rate) {
            Ok(docs::customs::Form::Cn22) => Some("CN22"),
            Ok(docs::customs::Form::Cn23) => Some("CN23"),
            Err(_) => None,
        };
    }
    out
}

/// A batch ready to render: the shipments (tracking allocated) and what to
/// record once it printed in full.
struct Prepared {
    shipments: Vec<docs::Shipment>,
    rates: Vec<SdrRate>,
    labels: Vec<LabelRecord>,
    next_serial: Option<String>,
    settings: FulfillmentSettings,
}

/// Sends progress `(done, total)` of a batch.
pub type Progress = Arc<dyn Fn(usize, usize) + Send + Sync>;

impl Shop {
    /// One page of the orders inbox.
    pub async fn order_page(&self, q: &OrderQuery) -> Result<OrderPage> {
        Ok(self.store.order_page(q).await?)
    }

    pub async fn order_counts(&self, today_start: i64, today_end: i64) -> Result<OrderCounts> {
        Ok(self.store.order_counts(today_start, today_end).await?)
    }

    pub async fn order_markets(&self) -> Result<Vec<String>> {
        Ok(self.store.order_markets().await?)
    }

    /// One order with its lines, shipment and what blocks its documents.
    pub async fn order(&self, id: &str) -> Result<OrderView> {
        let detail = self
            .store
            .order_detail(id)
            .await?
            .ok_or(CoreError::NotFound("order"))?;
        let settings = self.fulfillment_settings().await?;
        let rates = self.store.sdr_rates().await?;
        let readiness = readiness(&detail, &settings, &rates);
        Ok(OrderView { detail, readiness })
    }

    /// Stores the buyer's tax id (the CN23 importer's reference) of an order.
    pub async fn set_order_tax_id(&self, id: &str, tax_id: &str) -> Result<()> {
        let t = tax_id.trim();
        if t.chars().count() > 40 {
            return Err(invalid("taxId", "tax-id-too-long"));
        }
        Ok(self.store.set_order_tax_id(id, t).await?)
    }

    pub async fn fulfillment_settings(&self) -> Result<FulfillmentSettings> {
        let mut s: FulfillmentSettings = match self.store.setting(SETTINGS_KEY).await? {
            Some(j) => serde_json::from_str(&j).unwrap_or_default(),
            None => FulfillmentSettings::default(),
        };
        s.s10_next = self
            .store
            .setting(S10_NEXT_KEY)
            .await?
            .and_then(|v| v.parse().ok())
            .unwrap_or(1);
        Ok(s)
    }

    /// Saves Settings → Shipping after checking every field; all broken rules at once.
    pub async fn set_fulfillment_settings(&self, s: &FulfillmentSettings) -> Result<()> {
        let mut errs = Vec::new();
        let country_ok = |c: &str| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase());
        let sc = s.sender.country.trim().to_uppercase();
        if !sc.is_empty() && !country_ok(&sc) {
            errs.push(FieldError::new("sender.country", "country-invalid"));
        }
        if !s.sender.postal_code.trim().is_empty()
            && country_ok(&sc)
            && !docs::address::postal_code_ok(&sc, s.sender.postal_code.trim())
        {
            errs.push(
                FieldError::new("sender.postalCode", "address-postal-code-invalid")
                    .arg("country", sc.as_str())
                    .arg("value", s.sender.postal_code.trim()),
            );
        }
        if s.carrier.name.trim().is_empty() {
            errs.push(FieldError::new("carrier.name", "required"));
        }
        if !matches!(s.carrier.kind.as_str(), "post" | "courier") {
            errs.push(FieldError::new("carrier.kind", "carrier-kind-invalid"));
        }
        let svc = s.carrier.s10_service.trim();
        let svc_ok = svc.len() == 2 && svc.bytes().all(|b| b.is_ascii_uppercase());
        if !svc.is_empty() && !svc_ok {
            errs.push(FieldError::new("carrier.s10Service", "s10-service-invalid"));
        }
        let sco = s.carrier.s10_country.trim();
        if !sco.is_empty() && !country_ok(sco) {
            errs.push(FieldError::new("carrier.s10Country", "country-invalid"));
        }
        if !(1..=99_999_999).contains(&s.s10_next) {
            errs.push(FieldError::new("carrier.s10Next", "s10-serial-invalid"));
        }
        if s.carrier.packaging_grams > 30_000 {
            errs.push(FieldError::new(
                "carrier.packagingGrams",
                "packaging-too-heavy",
            ));
        }
        match s.printer.kind.as_str() {
            "none" => {}
            "tcp" => {
                if s.printer.address.trim().is_empty() {
                    errs.push(FieldError::new("printer.address", "required"));
                }
            }
            "cups" => {
                if let Err(e) = docs::printer::CupsQueue::new(s.printer.queue.trim()).command() {
                    errs.push(doc_error("printer.queue", &e));
                }
            }
            _ => errs.push(FieldError::new("printer.kind", "printer-kind-invalid")),
        }
        if !matches!(s.printer.dpi, 203 | 300) {
            errs.push(FieldError::new("printer.dpi", "printer-dpi-invalid"));
        }
        if !errs.is_empty() {
            return Err(CoreError::Validation(errs));
        }
        let mut clean = s.clone();
        clean.sender.country = sc;
        clean.carrier.s10_service = svc.to_owned();
        clean.carrier.s10_country = sco.to_owned();
        let json = serde_json::to_string(&clean).map_err(|e| CoreError::Internal(e.to_string()))?;
        self.store
            .set_settings(&[(SETTINGS_KEY, json), (S10_NEXT_KEY, s.s10_next.to_string())])
            .await?;
        Ok(())
    }

    /// The stored SDR rates.
    pub async fn sdr_rates(&self) -> Result<Vec<SdrRateRow>> {
        Ok(self.store.sdr_rates().await?)
    }

    /// Sets one currency's SDR rate (units per SDR, its date and source).
    pub async fn set_sdr_rate(&self, r: &SdrRateRow) -> Result<()> {
        let mut errs = Vec::new();
        let currency = r.currency.trim().to_uppercase();
        if crate::money::currency(&currency).is_none() {
            errs.push(
                FieldError::new("currency", "currency-unknown").arg("currency", currency.as_str()),
            );
        }
        match Decimal::from_str(r.per_sdr.trim()) {
            Ok(d) if d > Decimal::ZERO => {}
            _ => errs.push(FieldError::new("perSdr", "sdr-rate-invalid")),
        }
        let date_ok = {
            let d = r.date.trim();
            d.len() == 10
                && d.bytes().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                })
        };
        if !date_ok {
            errs.push(FieldError::new("date", "date-invalid"));
        }
        if r.source.trim().is_empty() {
            errs.push(FieldError::new("source", "required"));
        }
        if !errs.is_empty() {
            return Err(CoreError::Validation(errs));
        }
        Ok(self
            .store
            .set_sdr_rate(&SdrRateRow {
                currency,
                per_sdr: r.per_sdr.trim().to_owned(),
                date: r.date.trim().to_owned(),
                source: r.source.trim().to_owned(),
            })
            .await?)
    }

    /// Where batch PDFs are saved: `documents/` next to the shop file.
    pub fn documents_dir(&self) -> PathBuf {
        self.path
            .parent()
            .unwrap_or_else(|| Path::new("."))
            .join("documents")
    }

    /// Loads the orders, refuses the batch while any order misses customs data
    /// or the sender is incomplete (all problems at once, per order number),
    /// and allocates tracking numbers (an order already labelled keeps its own).
    async fn prepare_batch(&self, order_ids: &[String]) -> Result<Prepared> {
        if order_ids.is_empty() {
            return Err(invalid("orders", "orders-none-selected"));
        }
        if order_ids.len() > 2000 {
            return Err(invalid("orders", "orders-too-many"));
        }
        let settings = self.fulfillment_settings().await?;
        let rate_rows = self.store.sdr_rates().await?;
        let mut errs = Vec::new();
        if sender_incomplete(&settings.sender) {
            errs.push(FieldError::new("sender", "fulfillment-sender-incomplete"));
        }
        let mut details = Vec::with_capacity(order_ids.len());
        for id in order_ids {
            let d = self
                .store
                .order_detail(id)
                .await?
                .ok_or(CoreError::NotFound("order"))?;
            if d.order.status != "paid" {
                errs.push(
                    FieldError::new(format!("orders.{}", d.order.number), "order-not-to-ship")
                        .arg("order", d.order.number.as_str()),
                );
            }
            let r = readiness(&d, &settings, &rate_rows);
            if !r.missing.is_empty() {
                errs.push(
                    FieldError::new(
                        format!("orders.{}", d.order.number),
                        "customs-incomplete-order",
                    )
                    .arg("order", d.order.number.as_str())
                    .arg("count", r.missing.len()),
                );
            }
            details.push(d);
        }
        if !errs.is_empty() {
            return Err(CoreError::Validation(errs));
        }
        let today = crate::fulfillment::civil_date(now_ms());
        let kind = settings.carrier.kind.clone();
        let mut serial = settings.s10_next;
        let mut allocated = false;
        let mut shipments = Vec::with_capacity(details.len());
        let mut labels = Vec::with_capacity(details.len());
        for d in &details {
            let existing = d
                .shipment
                .as_ref()
                .filter(|s| s.status == "labelled")
                .and_then(|s| s.tracking_number.clone().map(|t| (s.id.clone(), t)));
            let (shipment_id, tracking) = match existing {
                Some(x) => x,
                None => {
                    if kind != "post"
                        || settings.carrier.s10_service.is_empty()
                        || settings.carrier.s10_country.is_empty()
                    {
                        return Err(invalid("carrier", "fulfillment-no-tracking-range"));
                    }
                    let t = docs::s10::make(
                        &settings.carrier.s10_service,
                        serial,
                        &settings.carrier.s10_country,
                    )
                    .ok_or_else(|| invalid("carrier.s10Next", "s10-range-exhausted"))?;
                    serial += 1;
                    allocated = true;
                    (new_id(), t)
                }
            };
            shipments.push(build_shipment(
                d,
                &settings,
                &self.record.name,
                &tracking,
                &today,
            ));
            labels.push(LabelRecord {
                order_id: d.order.id.clone(),
                shipment_id,
                carrier: settings.carrier.name.clone(),
                carrier_kind: kind.clone(),
                tracking_number: tracking,
            });
        }
        Ok(Prepared {
            shipments,
            rates: rate_rows.iter().filter_map(rate_of).collect(),
            labels,
            next_serial: allocated.then(|| serial.to_string()),
            settings,
        })
    }

    async fn record_printed(&self, p: &Prepared) -> Result<()> {
        self.store
            .record_labels(
                &p.labels,
                p.next_serial.as_deref().map(|v| (S10_NEXT_KEY, v)),
                now_ms(),
            )
            .await?;
        Ok(())
    }

    /// N orders → ONE PDF (per order, in order: label, customs form, packing
    /// slip), rendered off the async runtime with progress and cancel, saved
    /// under [`Shop::documents_dir`]. Labels are recorded only once the file is
    /// complete on disk.
    pub async fn print_batch_pdf(
        &self,
        order_ids: &[String],
        progress: Progress,
        cancel: Arc<AtomicBool>,
    ) -> Result<BatchOutcome> {
        let p = self.prepare_batch(order_ids).await?;
        let dir = self.documents_dir();
        let name = format!(
            "shipping-{}-{}.pdf",
            civil_date(now_ms()),
            &new_id()[..13].replace('-', "")
        );
        let path = dir.join(name);
        let shipments = p.shipments.clone();
        let rates = p.rates.clone();
        let dpi = p.settings.printer.dpi.max(203);
        let out = path.clone();
        let pages = tokio::task::spawn_blocking(move || -> Result<usize> {
            let fonts = FontSet::system()
                .map_err(|e| CoreError::Validation(vec![doc_error("fonts", &e)]))?;
            let ctx = docs::pdf::Context {
                fonts: &fonts,
                sdr_rates: &rates,
                pdf: docs::pdf::PdfOptions { printer_dpi: dpi },
            };
            let mut cb = |done: usize, total: usize| progress(done, total);
            let pdf = docs::pdf::batch_pdf(&shipments, &ctx, &mut cb, &cancel).map_err(|e| {
                CoreError::Validation(vec![
                    doc_error(&format!("orders.{}", e.order_number), &e.error)
                        .arg("order", e.order_number.as_str()),
                ])
            })?;
            std::fs::create_dir_all(out.parent().unwrap_or(Path::new(".")))
                .map_err(|e| CoreError::Internal(e.to_string()))?;
            // Write then rename: a crash never leaves a half-written PDF under the final name.
            let tmp = out.with_extension("pdf.part");
            std::fs::write(&tmp, &pdf).map_err(|e| CoreError::Internal(e.to_string()))?;
            std::fs::rename(&tmp, &out).map_err(|e| CoreError::Internal(e.to_string()))?;
            Ok(shipments.iter().map(|s| pages_of(s, &rates)).sum())
        })
        .await
        .map_err(|e| CoreError::Internal(e.to_string()))??;
        self.record_printed(&p).await?;
        Ok(BatchOutcome {
            path: Some(path),
            orders: p.shipments.len(),
            pages,
        })
    }

    /// The pick list of the selected orders as a PDF under
    /// [`Shop::documents_dir`]: each SKU once with its units summed, sorted by
    /// shelf location, in the seller's `locale`. Nothing is recorded: picking
    /// changes no order.
    pub async fn print_pick_list(
        &self,
        order_ids: &[String],
        locale: &str,
    ) -> Result<BatchOutcome> {
        if order_ids.is_empty() {
            return Err(invalid("orders", "orders-none-selected"));
        }
        if order_ids.len() > 2000 {
            return Err(invalid("orders", "orders-too-many"));
        }
        let settings = self.fulfillment_settings().await?;
        let today = civil_date(now_ms());
        let mut shipments = Vec::with_capacity(order_ids.len());
        for id in order_ids {
            let d = self
                .store
                .order_detail(id)
                .await?
                .ok_or(CoreError::NotFound("order"))?;
            shipments.push(build_shipment(&d, &settings, &self.record.name, "", &today));
        }
        let path = self.documents_dir().join(format!(
            "pick-list-{today}-{}.pdf",
            &new_id()[..13].replace('-', "")
        ));
        let out = path.clone();
        let locale = locale.to_owned();
        let pages = tokio::task::spawn_blocking(move || -> Result<usize> {
            let fonts = FontSet::system()
                .map_err(|e| CoreError::Validation(vec![doc_error("fonts", &e)]))?;
            let rows = docs::picklist::pick_list(&shipments);
            let pdf = docs::pdf::pick_list_pdf(&rows, shipments.len(), &locale, &fonts)
                .map_err(|e| CoreError::Validation(vec![doc_error("orders", &e)]))?;
            std::fs::create_dir_all(out.parent().unwrap_or(Path::new(".")))
                .map_err(|e| CoreError::Internal(e.to_string()))?;
            let tmp = out.with_extension("pdf.part");
            std::fs::write(&tmp, &pdf).map_err(|e| CoreError::Internal(e.to_string()))?;
            std::fs::rename(&tmp, &out).map_err(|e| CoreError::Internal(e.to_string()))?;
            Ok(rows.len().div_ceil(docs::pdf::PICK_ROWS_PER_PAGE).max(1))
        })
        .await
        .map_err(|e| CoreError::Internal(e.to_string()))??;
        Ok(BatchOutcome {
            path: Some(path),
            orders: order_ids.len(),
            pages,
        })
    }

    /// N orders → one ZPL job sent raw to the thermal printer in Settings.
    /// Labels are recorded only after the printer took the whole job.
    pub async fn print_batch_zpl(
        &self,
        order_ids: &[String],
        progress: Progress,
        cancel: Arc<AtomicBool>,
    ) -> Result<BatchOutcome> {
        let p = self.prepare_batch(order_ids).await?;
        let printer = printer_of(&p.settings.printer)?;
        let opts = zpl_options(&p.settings.printer);
        let shipments = p.shipments.clone();
        let rates = p.rates.clone();
        tokio::task::spawn_blocking(move || -> Result<()> {
            let fonts = FontSet::system()
                .map_err(|e| CoreError::Validation(vec![doc_error("fonts", &e)]))?;
            let mut cb = |done: usize, total: usize| progress(done, total);
            let job = docs::zpl::batch_zpl(&shipments, &rates, &fonts, &opts, &mut cb, &cancel)
                .map_err(|e| {
                    CoreError::Validation(vec![
                        doc_error(&format!("orders.{}", e.order_number), &e.error)
                            .arg("order", e.order_number.as_str()),
                    ])
                })?;
            printer
                .send(job.as_bytes())
                .map_err(|e| CoreError::Validation(vec![doc_error("printer", &e)]))
        })
        .await
        .map_err(|e| CoreError::Internal(e.to_string()))??;
        self.record_printed(&p).await?;
        Ok(BatchOutcome {
            path: None,
            orders: p.shipments.len(),
            pages: p.shipments.len(),
        })
    }

    /// Sends a small test label to the thermal printer in Settings.
    pub async fn test_print(&self) -> Result<()> {
        let s = self.fulfillment_settings().await?;
        let printer = printer_of(&s.printer)?;
        let dpi = if s.printer.dpi == 300 {
            docs::zpl::Dpi::D300
        } else {
            docs::zpl::Dpi::D203
        };
        let (w, h) = dpi.label_dots();
        let job = format!(
            "^XA^CI28^PW{w}^LL{h}^FO40,40^A0N,40,40^FH_^FD{}^FS^FO40,100^A0N,28,28^FH_^FD{} dpi^FS^FO40,160^GB{},4,4^FS^XZ",
            docs::zpl::escape("Shopkeeper test label"),
            s.printer.dpi,
            w.saturating_sub(80)
        );
        tokio::task::spawn_blocking(move || printer.send(job.as_bytes()))
            .await
            .map_err(|e| CoreError::Internal(e.to_string()))?
            .map_err(|e| CoreError::Validation(vec![doc_error("printer", &e)]))
    }

    /// Marks an order shipped with carrier and tracking (typed, scanned or from
    /// its printed label): the shipment, its `shipment.create` op and the audit
    /// entry in one transaction. The tracking number must be S10 with a right
    /// check digit when the carrier is a post. A label printed for the order
    /// with the same tracking keeps its shipment id.
    pub async fn mark_shipped(
        &self,
        order_id: &str,
        carrier: &str,
        kind: &str,
        tracking: &str,
    ) -> Result<()> {
        let tracking: String = tracking
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase();
        let carrier = carrier.trim();
        let mut errs = Vec::new();
        if carrier.is_empty() || carrier.chars().count() > 64 {
            errs.push(FieldError::new("carrier", "carrier-invalid"));
        }
        if !matches!(kind, "post" | "courier") {
            errs.push(FieldError::new("carrierKind", "carrier-kind-invalid"));
        }
        if let Err(e) = docs::prepare::validate_tracking(&tracking, carrier_kind(kind)) {
            errs.push(doc_error("tracking", &e).arg("value", tracking.as_str()));
        }
        if !errs.is_empty() {
            return Err(CoreError::Validation(errs));
        }
        let view = self.order(order_id).await?;
        let d = &view.detail;
        if d.order.status != "paid" {
            return Err(invalid("order", "order-not-to-ship"));
        }
        let shipment_id = d
            .shipment
            .as_ref()
            .filter(|s| {
                s.status == "labelled" && s.tracking_number.as_deref() == Some(tracking.as_str())
            })
            .map(|s| s.id.clone())
            .unwrap_or_else(new_id);
        // Customs items go with the shipment when the declaration is complete.
        let settings = self.fulfillment_settings().await?;
        let s = build_shipment(d, &settings, "", &tracking, "2000-01-01");
        let customs_items: Vec<ShipmentCustomsItem> =
            match (&s.customs, view.readiness.missing.is_empty()) {
                (Some(decl), true) => decl
                    .items
                    .iter()
                    .filter_map(|i| {
                        Some(ShipmentCustomsItem {
                            description: i.description().to_owned(),
                            quantity: i64::from(i.quantity),
                            net_weight_grams: i64::from(i.net_weight_g?),
                            currency: i.value.as_ref()?.currency.clone(),
                            value_minor: i.value.as_ref()?.minor,
                            hs_code: i
                                .hs_code
                                .as_deref()?
                                .chars()
                                .filter(char::is_ascii_digit)
                                .collect(),
                            hs_edition: i.hs_edition.clone(),
                            origin_country: i.origin_country.clone()?,
                        })
                    })
                    .collect(),
                _ => Vec::new(),
            };
        let op = ShipmentOp {
            order_id: order_id.to_owned(),
            shipment_id: shipment_id.clone(),
            carrier: carrier.to_owned(),
            carrier_kind: kind.to_owned(),
            tracking_number: tracking.clone(),
            customs_items,
        };
        let payload = serde_json::to_value(&op).map_err(|e| CoreError::Internal(e.to_string()))?;
        let at = now_ms();
        let change = ChangeRecord {
            actor: self.actor.clone(),
            at,
            ops: vec![OutboxOp {
                op_id: new_id(),
                entity: "shipment",
                entity_id: shipment_id.clone(),
                kind: "shipment.create",
                payload,
                base_version: None,
            }],
            audit: AuditEntry {
                entity: "order",
                entity_id: order_id.to_owned(),
                action: "ship",
                changes: json!([
                    {"field": "status", "before": "paid", "after": "shipped"},
                    {"field": "carrier", "before": null, "after": carrier},
                    {"field": "tracking_number", "before": null, "after": tracking},
                ]),
            },
        };
        let label = LabelRecord {
            order_id: order_id.to_owned(),
            shipment_id,
            carrier: carrier.to_owned(),
            carrier_kind: kind.to_owned(),
            tracking_number: tracking,
        };
        self.store
            .mark_shipped(order_id, &label, &change)
            .await
            .map_err(|e| match e {
                shopkeeper_store::StoreError::Stale => invalid("order", "order-already-shipping"),
                other => other.into(),
            })?;
        self.changed.notify_one();
        Ok(())
    }

    /// After the marketplace refused a shipment: drop it so the order can be shipped again.
    pub async fn discard_refused_shipment(&self, order_id: &str) -> Result<()> {
        self.store
            .discard_refused_shipment(order_id)
            .await
            .map_err(|e| match e {
                shopkeeper_store::StoreError::Stale => CoreError::NotFound("shipment"),
                other => other.into(),
            })
    }

    /// Opens a saved batch PDF with the system viewer (`xdg-open`, else `gio open`).
    /// Only files in [`Shop::documents_dir`], by name.
    pub fn open_document(&self, name: &str) -> Result<()> {
        let ok = !name.is_empty()
            && !name.starts_with('.')
            && name.ends_with(".pdf")
            && !name.contains(['/', '\\']);
        let path = self.documents_dir().join(name);
        if !ok || !path.is_file() {
            return Err(CoreError::NotFound("document"));
        }
        let tries: [(&str, &[&str]); 2] = [("xdg-open", &[]), ("gio", &["open"])];
        for (prog, pre) in tries {
            let r = std::process::Command::new(prog)
                .args(pre)
                .arg(&path)
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn();
            if let Ok(mut child) = r {
                // Reap it off the caller's thread (xdg-open returns at once).
                std::thread::spawn(move || child.wait());
                return Ok(());
            }
        }
        Err(invalid("document", "document-open-failed"))
    }
}

/// Pages of one order in a batch: the label, its customs form (CN22: one 4x6
/// page; CN23: A4, more pages for many items), the slip.
fn pages_of(s: &docs::Shipment, rates: &[SdrRate]) -> usize {
    let customs = match &s.customs {
        None => 0,
        Some(d) => match docs::prepare::rate_for(rates, &d.currency)
            .and_then(|r| docs::customs::choose_form(d, r).ok())
        {
            Some(docs::customs::Form::Cn23) => docs::pdf::cn23_pages(d.items.len()),
            _ => 1,
        },
    };
    1 + customs + 1
}

fn printer_of(p: &PrinterSettings) -> Result<docs::printer::Printer> {
    match p.kind.as_str() {
        "tcp" => {
            let address = if p.address.contains(':') {
                p.address.trim().to_owned()
            } else {
                format!("{}:9100", p.address.trim())
            };
            Ok(docs::printer::Printer::Tcp {
                address,
                connect_timeout: Duration::from_secs(5),
                write_timeout: Duration::from_secs(30),
            })
        }
        "cups" => Ok(docs::printer::Printer::Cups(docs::printer::CupsQueue::new(
            p.queue.trim(),
        ))),
        _ => Err(invalid("printer", "printer-not-configured")),
    }
}

fn zpl_options(p: &PrinterSettings) -> docs::zpl::ZplOptions {
    docs::zpl::ZplOptions {
        dpi: if p.dpi == 300 {
            docs::zpl::Dpi::D300
        } else {
            docs::zpl::Dpi::D203
        },
        font: if p.resident_font.trim().is_empty() {
            docs::zpl::ZplFont::Builtin
        } else {
            docs::zpl::ZplFont::Resident(p.resident_font.trim().to_owned())
        },
    }
}
