//! Checks one shipment completely before anything is drawn, so a batch either prints
//! every order or names the first one that cannot be printed (nothing half-printed).

use crate::address::{self, Line};
use crate::code128::Code128;
use crate::customs::{self, CustomsDeclaration, Form, SdrRate};
use crate::error::{DocError, Result};
use crate::fonts::FontSet;
use crate::model::{CarrierKind, Shipment};
use crate::s10;

/// A shipment that passed every check, with its laid-out address lines.
#[derive(Debug, Clone)]
pub struct Prepared<'s> {
    /// The input.
    pub shipment: &'s Shipment,
    /// Recipient lines in the destination's order.
    pub recipient: Vec<Line>,
    /// Sender lines.
    pub sender: Vec<Line>,
    /// The tracking barcode.
    pub barcode: Code128,
    /// Customs form for an international parcel.
    pub form: Option<Form>,
    /// The SDR rate used to choose the form.
    pub rate: Option<SdrRate>,
}

impl Prepared<'_> {
    /// Whether the parcel crosses a border.
    pub fn international(&self) -> bool {
        self.shipment.recipient.country != self.shipment.sender.country
    }

    /// The customs declaration (present when `form` is).
    pub fn customs(&self) -> Option<&CustomsDeclaration> {
        self.shipment.customs.as_ref()
    }
}

/// Tracking numbers: 4 to 40 characters A-Z, 0-9; UPU S10 when the carrier is a post.
pub fn validate_tracking(tracking: &str, kind: CarrierKind) -> Result<()> {
    let ok = (4..=40).contains(&tracking.len())
        && tracking
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if !ok {
        return Err(DocError::TrackingInvalid {
            value: tracking.to_owned(),
        });
    }
    if kind == CarrierKind::Post {
        s10::validate(tracking)?;
    }
    Ok(())
}

/// The rate for `currency` from the rates the app stores.
pub fn rate_for<'r>(rates: &'r [SdrRate], currency: &str) -> Option<&'r SdrRate> {
    rates.iter().find(|r| r.currency == currency)
}

/// Validates addresses, tracking and customs, and checks every string can be drawn.
pub fn prepare<'s>(s: &'s Shipment, rates: &[SdrRate], fonts: &FontSet) -> Result<Prepared<'s>> {
    address::validate(&s.sender, "sender")?;
    address::validate(&s.recipient, "recipient")?;
    validate_tracking(&s.tracking, s.carrier.kind)?;
    let barcode = Code128::encode(&s.tracking)?;
    let international = s.recipient.country != s.sender.country;
    let recipient = address::layout(&s.recipient, "recipient", international);
    let sender = address::layout(&s.sender, "sender", international);
    let (form, rate) = if international {
        let decl = s
            .customs
            .as_ref()
            .ok_or(DocError::CustomsIncomplete { count: 1 })?;
        let rate = rate_for(rates, &decl.currency)
            .ok_or_else(|| DocError::SdrRateMissing {
                currency: decl.currency.clone(),
            })?
            .clone();
        let missing = customs::missing_customs(decl, &rate);
        if !missing.is_empty() {
            return Err(DocError::CustomsIncomplete {
                count: missing.len(),
            });
        }
        for (i, item) in decl.items.iter().enumerate() {
            fonts.check(
                &format!("customs.items.{i}.description"),
                item.description(),
            )?;
        }
        for (field, v) in [
            ("customs.signature_name", &decl.signature_name),
            ("customs.category_explanation", &decl.category_explanation),
            ("customs.comments", &decl.comments),
            ("customs.importer_reference", &decl.importer_reference),
            ("customs.sender_reference", &decl.sender_reference),
            ("customs.invoice_number", &decl.invoice_number),
        ] {
            if let Some(v) = v {
                fonts.check(field, v)?;
            }
        }
        (Some(customs::choose_form(decl, &rate)?), Some(rate))
    } else {
        (None, None)
    };
    for l in recipient.iter().chain(&sender) {
        fonts.check(&l.field, &l.text)?;
    }
    for (field, v) in [
        ("order_number", &s.order_number),
        ("shop_name", &s.shop_name),
        ("carrier.name", &s.carrier.name),
    ] {
        fonts.check(field, v)?;
    }
    for (i, l) in s.lines.iter().enumerate() {
        fonts.check(&format!("lines.{i}.title"), &l.title)?;
        fonts.check(&format!("lines.{i}.sku"), &l.sku)?;
        if let Some(v) = &l.variant {
            fonts.check(&format!("lines.{i}.variant"), v)?;
        }
    }
    Ok(Prepared {
        shipment: s,
        recipient,
        sender,
        barcode,
        form,
        rate,
    })
}
