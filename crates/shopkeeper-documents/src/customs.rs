//! UPU customs declarations: one model, rendered as CN22 or CN23 paper (and ready for the
//! electronic ITMATT/ICS2 data later). CN22 up to 300 SDR of declared value, CN23 above;
//! the SDR rate is data passed in with its date and source, never a constant here.

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::error::{DocError, Result};
use crate::model::Money;

/// What the parcel is, as ticked on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// Sale of goods.
    SaleOfGoods,
    /// Gift.
    Gift,
    /// Commercial sample.
    CommercialSample,
    /// Returned goods.
    ReturnedGoods,
    /// Documents.
    Documents,
    /// Other (explanation required).
    Other,
}

impl Category {
    /// All categories in the order the forms print them.
    pub const ALL: [Category; 6] = [
        Category::Gift,
        Category::CommercialSample,
        Category::Documents,
        Category::ReturnedGoods,
        Category::SaleOfGoods,
        Category::Other,
    ];

    /// English wording on the UPU forms.
    pub fn label_en(self) -> &'static str {
        match self {
            Category::SaleOfGoods => "Sale of goods",
            Category::Gift => "Gift",
            Category::CommercialSample => "Commercial sample",
            Category::ReturnedGoods => "Returned goods",
            Category::Documents => "Documents",
            Category::Other => "Other",
        }
    }

    /// French wording on the UPU forms.
    pub fn label_fr(self) -> &'static str {
        match self {
            Category::SaleOfGoods => "Vente de marchandises",
            Category::Gift => "Cadeau",
            Category::CommercialSample => "Échantillon commercial",
            Category::ReturnedGoods => "Envoi en retour",
            Category::Documents => "Documents",
            Category::Other => "Autre",
        }
    }
}

/// What the post should do if the parcel cannot be delivered (CN23).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NonDelivery {
    /// Return to sender.
    ReturnToSender,
    /// Treat as abandoned.
    Abandon,
}

/// An HS tariff code with its nomenclature edition (`HS2022`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HsCode {
    /// 6 to 10 digits, separators removed.
    pub digits: String,
    /// Edition, e.g. `HS2022`.
    pub edition: String,
}

impl HsCode {
    /// Parses `6214.10` / `6214 10 00` with an edition like `HS2022`.
    pub fn parse(code: &str, edition: &str) -> Result<HsCode> {
        let digits: String = code
            .chars()
            .filter(|c| !matches!(c, '.' | ' ' | '-'))
            .collect();
        if !(6..=10).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DocError::HsCodeInvalid {
                value: code.to_owned(),
            });
        }
        let e = edition.trim();
        let ok = e.len() == 6 && e.starts_with("HS") && e[2..].bytes().all(|b| b.is_ascii_digit());
        if !ok {
            return Err(DocError::HsEditionInvalid {
                value: edition.to_owned(),
            });
        }
        Ok(HsCode {
            digits,
            edition: e.to_owned(),
        })
    }

    /// `621410` → `6214.10`, `6214100090` → `6214.10.00.90`.
    pub fn display(&self) -> String {
        let d = &self.digits;
        let mut s = format!("{}.{}", &d[..4], &d[4..6]);
        let mut i = 6;
        while i < d.len() {
            let end = (i + 2).min(d.len());
            s.push('.');
            s.push_str(&d[i..end]);
            i = end;
        }
        s
    }
}

/// One declared item. Options are what the seller may not have filled in yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomsItem {
    /// Description in English (or French in `description_fr`); one is required.
    pub description_en: Option<String>,
    /// Description in French.
    pub description_fr: Option<String>,
    /// Units.
    pub quantity: u32,
    /// Net weight of the line in grams.
    pub net_weight_g: Option<u32>,
    /// Value of the line (all units).
    pub value: Option<Money>,
    /// HS code as typed.
    pub hs_code: Option<String>,
    /// Its nomenclature edition, e.g. `HS2022`.
    pub hs_edition: Option<String>,
    /// ISO 3166-1 alpha-2 country of origin.
    pub origin_country: Option<String>,
    /// The SKU it came from, so the app can link to the variant to fix.
    pub sku: Option<String>,
}

impl CustomsItem {
    /// The description to print: English, else French.
    pub fn description(&self) -> &str {
        self.description_en
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .or(self.description_fr.as_deref())
            .unwrap_or("")
    }
}

/// A customs declaration for one parcel.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomsDeclaration {
    /// Category of item.
    pub category: Option<Category>,
    /// Explanation when the category is Other.
    pub category_explanation: Option<String>,
    /// Items.
    pub items: Vec<CustomsItem>,
    /// Gross weight of the parcel in grams.
    pub gross_weight_g: Option<u32>,
    /// Currency of the declared values.
    pub currency: String,
    /// CN23: postage and fees paid.
    pub postage_fees: Option<Money>,
    /// CN23: sender's customs reference (VAT / EORI / tax id).
    pub sender_reference: Option<String>,
    /// CN23: importer's reference (tax id / VAT / CPF…).
    pub importer_reference: Option<String>,
    /// CN23: importer's telephone / email.
    pub importer_contact: Option<String>,
    /// CN23: invoice number.
    pub invoice_number: Option<String>,
    /// CN23: licence numbers.
    pub licences: Vec<String>,
    /// CN23: certificate numbers.
    pub certificates: Vec<String>,
    /// CN23: what to do if undeliverable.
    pub non_delivery: Option<NonDelivery>,
    /// Comments (e.g. goods subject to quarantine).
    pub comments: Option<String>,
    /// Date of the declaration, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Name of the person signing.
    pub signature_name: Option<String>,
}

/// How many units of a currency one SDR is worth on a date, from a named source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SdrRate {
    /// ISO 4217 code.
    pub currency: String,
    /// Units of `currency` per 1 SDR, e.g. `1.2345` EUR.
    pub per_sdr: Decimal,
    /// Date the rate applies to, `YYYY-MM-DD`.
    pub date: String,
    /// Where it came from, e.g. `IMF`.
    pub source: String,
}

/// Which form goes on the parcel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Up to 300 SDR.
    Cn22,
    /// Above 300 SDR.
    Cn23,
}

/// Minor-unit exponent of an ISO 4217 currency.
pub fn exponent(code: &str) -> Result<u32> {
    let c = iso_currency::Currency::from_code(code).ok_or_else(|| DocError::CurrencyUnknown {
        code: code.to_owned(),
    })?;
    Ok(c.exponent().map(u32::from).unwrap_or(0))
}

/// Minor units to an exact decimal in major units.
pub fn to_decimal(m: &Money) -> Result<Decimal> {
    Ok(Decimal::new(m.minor, exponent(&m.currency)?))
}

/// Total declared value in minor units; every item must be in the declaration's currency.
pub fn total_value(d: &CustomsDeclaration) -> Result<Money> {
    exponent(&d.currency)?;
    let mut sum: i64 = 0;
    for item in &d.items {
        if let Some(v) = &item.value {
            if v.currency != d.currency {
                return Err(DocError::CurrencyMismatch {
                    expected: d.currency.clone(),
                    found: v.currency.clone(),
                });
            }
            sum = sum.saturating_add(v.minor);
        }
    }
    Ok(Money::new(sum, &d.currency))
}

/// The 300 SDR line in the declaration's currency.
pub fn threshold(rate: &SdrRate) -> Result<Decimal> {
    if rate.per_sdr <= Decimal::ZERO {
        return Err(DocError::SdrRateInvalid);
    }
    exponent(&rate.currency)?;
    Ok(Decimal::from(300) * rate.per_sdr)
}

/// CN22 when the declared value is at most 300 SDR, else CN23.
pub fn choose_form(d: &CustomsDeclaration, rate: &SdrRate) -> Result<Form> {
    if rate.currency != d.currency {
        return Err(DocError::CurrencyMismatch {
            expected: d.currency.clone(),
            found: rate.currency.clone(),
        });
    }
    let value = to_decimal(&total_value(d)?)?;
    Ok(if value <= threshold(rate)? {
        Form::Cn22
    } else {
        Form::Cn23
    })
}

/// Why a field is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Empty.
    Missing,
    /// Filled in but of the wrong shape.
    Invalid,
}

/// One thing to fix before the label can be printed. `item_index` is `None` for
/// declaration-level fields. `field` is a stable name the app maps to its form field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// Which item (0-based), if item-level.
    pub item_index: Option<usize>,
    /// The SKU of that item, so the app can link to the variant.
    pub sku: Option<String>,
    /// Field name: `description`, `quantity`, `net-weight`, `value`, `hs-code`,
    /// `origin-country`, `category`, `category-explanation`, `items`, `gross-weight`,
    /// `currency`, `date`, `signature-name`, and for CN23 `importer-reference`,
    /// `non-delivery`, `invoice-number`.
    pub field: &'static str,
    /// Missing or invalid.
    pub problem: Problem,
}

fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

/// Exactly what is missing or malformed, item by item, so the app can block label
/// printing and link to each fix. CN23-only fields are listed when the value is above
/// 300 SDR (or cannot be judged because values are missing… then only CN22 fields).
pub fn missing_customs(d: &CustomsDeclaration, rate: &SdrRate) -> Vec<Missing> {
    let mut out = Vec::new();
    let decl = |field, problem| Missing {
        item_index: None,
        sku: None,
        field,
        problem,
    };
    let currency_ok = exponent(&d.currency).is_ok();
    if !currency_ok {
        out.push(decl(
            "currency",
            if d.currency.trim().is_empty() {
                Problem::Missing
            } else {
                Problem::Invalid
            },
        ));
    }
    match d.category {
        None => out.push(decl("category", Problem::Missing)),
        Some(Category::Other) if blank(&d.category_explanation) => {
            out.push(decl("category-explanation", Problem::Missing))
        }
        _ => {}
    }
    if d.items.is_empty() {
        out.push(decl("items", Problem::Missing));
    }
    let mut values_complete = true;
    for (i, item) in d.items.iter().enumerate() {
        let mut push = |field, problem| {
            out.push(Missing {
                item_index: Some(i),
                sku: item.sku.clone(),
                field,
                problem,
            })
        };
        if blank(&item.description_en) && blank(&item.description_fr) {
            push("description", Problem::Missing);
        }
        if item.quantity == 0 {
            push("quantity", Problem::Missing);
        }
        if item.net_weight_g.is_none_or(|w| w == 0) {
            push("net-weight", Problem::Missing);
        }
        match &item.value {
            None => {
                values_complete = false;
                push("value", Problem::Missing)
            }
            Some(v) if v.minor < 0 || (currency_ok && v.currency != d.currency) => {
                values_complete = false;
                push("value", Problem::Invalid)
            }
            Some(_) => {}
        }
        // Documents need no tariff code; goods do.
        if d.category != Some(Category::Documents) {
            match (&item.hs_code, &item.hs_edition) {
                (None, _) => push("hs-code", Problem::Missing),
                (Some(c), e) if c.trim().is_empty() => {
                    let _ = e;
                    push("hs-code", Problem::Missing)
                }
                (Some(c), e) => {
                    let edition = e.as_deref().unwrap_or("");
                    match HsCode::parse(c, edition) {
                        Ok(_) => {}
                        Err(DocError::HsEditionInvalid { .. }) => push(
                            "hs-edition",
                            if edition.trim().is_empty() {
                                Problem::Missing
                            } else {
                                Problem::Invalid
                            },
                        ),
                        Err(_) => push("hs-code", Problem::Invalid),
                    }
                }
            }
        }
        match item.origin_country.as_deref().map(str::trim) {
            None | Some("") => push("origin-country", Problem::Missing),
            Some(c) if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) => {
                push("origin-country", Problem::Invalid)
            }
            Some(_) => {}
        }
    }
    if d.gross_weight_g.is_none_or(|w| w == 0) {
        out.push(decl("gross-weight", Problem::Missing));
    }
    if blank(&d.date) {
        out.push(decl("date", Problem::Missing));
    }
    if blank(&d.signature_name) {
        out.push(decl("signature-name", Problem::Missing));
    }
    if currency_ok && values_complete && choose_form(d, rate) == Ok(Form::Cn23) {
        if blank(&d.importer_reference) {
            out.push(decl("importer-reference", Problem::Missing));
        }
        if d.non_delivery.is_none() {
            out.push(decl("non-delivery", Problem::Missing));
        }
        if d.category == Some(Category::SaleOfGoods) && blank(&d.invoice_number) {
            out.push(decl("invoice-number", Problem::Missing));
        }
    }
    out
}

/// Parses a decimal rate string (for apps that store rates as text).
pub fn parse_rate(s: &str) -> Result<Decimal> {
    Decimal::from_str(s.trim()).map_err(|_| DocError::SdrRateInvalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn rate() -> SdrRate {
        SdrRate {
            currency: "EUR".into(),
            per_sdr: parse_rate("1.2345").expect("decimal"),
            date: "2026-11-20".into(),
            source: "IMF".into(),
        }
    }

    fn item(value_minor: i64) -> CustomsItem {
        CustomsItem {
            description_en: Some("Silk scarf".into()),
            description_fr: None,
            quantity: 1,
            net_weight_g: Some(80),
            value: Some(Money::new(value_minor, "EUR")),
            hs_code: Some("6214.10".into()),
            hs_edition: Some("HS2022".into()),
            origin_country: Some("CN".into()),
            sku: Some("SCARF-1".into()),
        }
    }

    fn decl(values: &[i64]) -> CustomsDeclaration {
        CustomsDeclaration {
            category: Some(Category::SaleOfGoods),
            items: values.iter().map(|v| item(*v)).collect(),
            gross_weight_g: Some(200),
            currency: "EUR".into(),
            date: Some("2026-11-21".into()),
            signature_name: Some("Li Wei".into()),
            ..CustomsDeclaration::default()
        }
    }

    #[test]
    fn exactly_300_sdr_is_cn22_and_one_cent_more_is_cn23() {
        // 300 * 1.2345 = 370.35 EUR.
        assert_eq!(threshold(&rate()), Ok(parse_rate("370.35").expect("dec")));
        assert_eq!(choose_form(&decl(&[37_035]), &rate()), Ok(Form::Cn22));
        assert_eq!(
            choose_form(&decl(&[20_000, 17_035]), &rate()),
            Ok(Form::Cn22)
        );
        assert_eq!(choose_form(&decl(&[37_036]), &rate()), Ok(Form::Cn23));
        assert_eq!(
            choose_form(&decl(&[20_000, 17_036]), &rate()),
            Ok(Form::Cn23)
        );
    }

    #[test]
    fn threshold_uses_the_currency_exponent() {
        // JPY has no minor unit: 300 SDR at 210.5 JPY = 63150 JPY.
        let r = SdrRate {
            currency: "JPY".into(),
            per_sdr: parse_rate("210.5").expect("dec"),
            date: "2026-11-20".into(),
            source: "IMF".into(),
        };
        let mut d = decl(&[]);
        d.currency = "JPY".into();
        d.items = vec![CustomsItem {
            value: Some(Money::new(63_150, "JPY")),
            ..item(0)
        }];
        assert_eq!(choose_form(&d, &r), Ok(Form::Cn22));
        d.items[0].value = Some(Money::new(63_151, "JPY"));
        assert_eq!(choose_form(&d, &r), Ok(Form::Cn23));
    }

    #[test]
    fn rate_and_currency_errors() {
        let mut r = rate();
        r.per_sdr = Decimal::ZERO;
        assert_eq!(choose_form(&decl(&[1]), &r), Err(DocError::SdrRateInvalid));
        let mut r = rate();
        r.currency = "USD".into();
        assert_eq!(
            choose_form(&decl(&[1]), &r).map_err(|e| e.code()),
            Err("customs-currency-mismatch")
        );
        let mut d = decl(&[1]);
        d.currency = "XXZ".into();
        let mut r = rate();
        r.currency = "XXZ".into();
        assert_eq!(
            choose_form(&d, &r).map_err(|e| e.code()),
            Err("customs-currency-unknown")
        );
        let mut d = decl(&[1]);
        d.items[0].value = Some(Money::new(1, "USD"));
        assert_eq!(
            choose_form(&d, &rate()).map_err(|e| e.code()),
            Err("customs-currency-mismatch")
        );
    }

    #[test]
    fn hs_code_shapes() {
        assert_eq!(
            HsCode::parse("6214.10", "HS2022").map(|h| h.display()),
            Ok("6214.10".into())
        );
        assert_eq!(
            HsCode::parse("6214 10 00 90", "HS2022").map(|h| h.display()),
            Ok("6214.10.00.90".into())
        );
        assert!(HsCode::parse("62141000", "HS2028").is_ok());
        for bad in ["", "62141", "6214.1", "62141000901", "6214AB", "ABCDEF"] {
            assert_eq!(
                HsCode::parse(bad, "HS2022").map_err(|e| e.code()),
                Err("customs-hs-code-invalid"),
                "{bad:?}"
            );
        }
        for bad in ["", "2022", "HS22", "hs2022", "HS20222"] {
            assert_eq!(
                HsCode::parse("621410", bad).map_err(|e| e.code()),
                Err("customs-hs-edition-invalid"),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn complete_cn22_declaration_has_nothing_missing() {
        assert_eq!(missing_customs(&decl(&[1_000]), &rate()), vec![]);
    }

    #[test]
    fn missing_fields_are_listed_per_item() {
        let mut d = decl(&[1_000, 2_000]);
        d.items[1].hs_code = Some("62.14".into());
        d.items[1].origin_country = None;
        d.items[0].description_en = None;
        d.items[0].net_weight_g = None;
        d.signature_name = None;
        let got: Vec<(Option<usize>, &str, Problem)> = missing_customs(&d, &rate())
            .into_iter()
            .map(|m| (m.item_index, m.field, m.problem))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(0), "description", Problem::Missing),
                (Some(0), "net-weight", Problem::Missing),
                (Some(1), "hs-code", Problem::Invalid),
                (Some(1), "origin-country", Problem::Missing),
                (None, "signature-name", Problem::Missing),
            ]
        );
        assert_eq!(
            missing_customs(&d, &rate())[2].sku.as_deref(),
            Some("SCARF-1")
        );
    }

    #[test]
    fn cn23_fields_are_required_only_above_the_line() {
        let d = decl(&[37_035]);
        assert!(missing_customs(&d, &rate()).is_empty());
        let d = decl(&[37_036]);
        let fields: Vec<&str> = missing_customs(&d, &rate())
            .iter()
            .map(|m| m.field)
            .collect();
        assert_eq!(
            fields,
            ["importer-reference", "non-delivery", "invoice-number"]
        );
    }

    #[test]
    fn an_unknown_currency_is_listed() {
        let mut d = decl(&[100]);
        d.currency = "XXZ".into();
        let got: Vec<(&str, Problem)> = missing_customs(&d, &rate())
            .iter()
            .map(|m| (m.field, m.problem))
            .collect();
        assert_eq!(got, [("currency", Problem::Invalid)]);
    }

    #[test]
    fn other_category_needs_an_explanation_and_documents_need_no_hs_code() {
        let mut d = decl(&[100]);
        d.category = Some(Category::Other);
        let fields: Vec<&str> = missing_customs(&d, &rate())
            .iter()
            .map(|m| m.field)
            .collect();
        assert_eq!(fields, ["category-explanation"]);
        let mut d = decl(&[100]);
        d.category = Some(Category::Documents);
        d.items[0].hs_code = None;
        assert!(missing_customs(&d, &rate()).is_empty());
        let mut d = decl(&[100]);
        d.category = None;
        d.items[0].hs_edition = None;
        let fields: Vec<&str> = missing_customs(&d, &rate())
            .iter()
            .map(|m| m.field)
            .collect();
        assert_eq!(fields, ["category", "hs-edition"]);
    }
}
