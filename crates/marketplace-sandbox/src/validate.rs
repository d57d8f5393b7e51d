//! Field validation shared by REST handlers and sync ops. Each check records a
//! `{path, code}` pair; callers answer them all at once as a 422.

use marketplace_api::dto::*;
use marketplace_api::money;
use std::collections::HashSet;

use crate::error::Fields;

/// A pragmatic BCP-47 check: language (2-3 lower-case letters), optional script
/// (4 letters, title case), optional region (2 upper-case letters or 3 digits).
pub fn is_locale(s: &str) -> bool {
    let mut parts = s.split('-');
    let Some(lang) = parts.next() else {
        return false;
    };
    if !(2..=3).contains(&lang.len()) || !lang.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let mut rest: Vec<&str> = parts.collect();
    if let Some(script) = rest.first()
        && script.len() == 4
    {
        let b = script.as_bytes();
        if !(b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase)) {
            return false;
        }
        rest.remove(0);
    }
    match rest.as_slice() {
        [] => true,
        [region] => {
            (region.len() == 2 && region.bytes().all(|b| b.is_ascii_uppercase()))
                || (region.len() == 3 && region.bytes().all(|b| b.is_ascii_digit()))
        }
        _ => false,
    }
}

/// The largest amount accepted, in minor units (10^15: totals of a few items never
/// overflow i64).
pub const MAX_MINOR: i64 = 1_000_000_000_000_000;

pub fn is_country(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

pub fn is_hs_code(s: &str) -> bool {
    (6..=10).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

pub fn is_hs_edition(s: &str) -> bool {
    s.len() == 6 && s.starts_with("HS") && s[2..].bytes().all(|b| b.is_ascii_digit())
}

pub fn text(f: &mut Fields, path: &str, s: &str, min: usize, max: usize) {
    let n = s.chars().count();
    if n < min || s.trim().is_empty() && min > 0 {
        f.push(path, "required");
    } else if n > max {
        f.push(path, "too-long");
    } else if s
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        f.push(path, "control-characters");
    }
}

pub fn prices(f: &mut Fields, path: &str, prices: &[Price]) {
    if prices.len() > 20 {
        f.push(path, "too-many");
    }
    let mut seen = HashSet::new();
    for (i, p) in prices.iter().enumerate() {
        if !seen.insert(p.currency.as_str()) {
            f.push(format!("{path}[{i}].currency"), "duplicate");
        }
        match money::parse_minor(&p.amount, &p.currency) {
            Ok(m) if m > MAX_MINOR => f.push(format!("{path}[{i}].amount"), "amount-out-of-range"),
            Ok(_) => {}
            Err(e @ money::MoneyError::UnknownCurrency(_)) => {
                f.push(format!("{path}[{i}].currency"), e.code())
            }
            Err(e) => f.push(format!("{path}[{i}].amount"), e.code()),
        }
    }
}

pub fn price(f: &mut Fields, path: &str, p: &Price) -> Option<i64> {
    match money::parse_minor(&p.amount, &p.currency) {
        Ok(m) if m > MAX_MINOR => {
            f.push(format!("{path}.amount"), "amount-out-of-range");
            None
        }
        Ok(m) => Some(m),
        Err(e @ money::MoneyError::UnknownCurrency(_)) => {
            f.push(format!("{path}.currency"), e.code());
            None
        }
        Err(e) => {
            f.push(format!("{path}.amount"), e.code());
            None
        }
    }
}

pub fn listing_text(f: &mut Fields, path: &str, t: &ListingText) {
    if !is_locale(&t.locale) {
        f.push(format!("{path}.locale"), "invalid-locale");
    }
    text(f, &format!("{path}.title"), &t.title, 1, 200);
    text(f, &format!("{path}.description"), &t.description, 0, 20_000);
    tags(f, &format!("{path}.tags"), &t.tags);
}

pub fn tags(f: &mut Fields, path: &str, tags: &[String]) {
    if tags.len() > 20 {
        f.push(path, "too-many");
    }
    for (i, t) in tags.iter().enumerate() {
        text(f, &format!("{path}[{i}]"), t, 1, 50);
    }
}

pub fn options(f: &mut Fields, path: &str, options: &[VariantOption]) {
    if options.len() > 10 {
        f.push(path, "too-many");
    }
    for (i, o) in options.iter().enumerate() {
        text(f, &format!("{path}[{i}].name"), &o.name, 1, 50);
        text(f, &format!("{path}[{i}].value"), &o.value, 1, 50);
    }
}

#[allow(clippy::too_many_arguments)]
pub fn logistics(
    f: &mut Fields,
    path: &str,
    weight: Option<i64>,
    hs_code: Option<&str>,
    hs_edition: Option<&str>,
    origin: Option<&str>,
    customs: Option<&str>,
) {
    if let Some(w) = weight
        && !(0..=1_000_000).contains(&w)
    {
        f.push(format!("{path}.weight_grams"), "out-of-range");
    }
    if let Some(h) = hs_code
        && !is_hs_code(h)
    {
        f.push(format!("{path}.hs_code"), "invalid-hs-code");
    }
    if let Some(h) = hs_edition
        && !is_hs_edition(h)
    {
        f.push(format!("{path}.hs_edition"), "invalid-hs-edition");
    }
    if let Some(c) = origin
        && !is_country(c)
    {
        f.push(format!("{path}.origin_country"), "invalid-country");
    }
    if let Some(c) = customs {
        text(f, &format!("{path}.customs_description"), c, 1, 200);
    }
}

pub fn new_variant(f: &mut Fields, path: &str, v: &NewVariant) {
    text(f, &format!("{path}.sku"), &v.sku, 1, 64);
    options(f, &format!("{path}.options"), &v.options);
    logistics(
        f,
        path,
        Some(v.weight_grams),
        v.hs_code.as_deref(),
        v.hs_edition.as_deref(),
        v.origin_country.as_deref(),
        v.customs_description.as_deref(),
    );
    if !(0..=1_000_000_000).contains(&v.stock) {
        f.push(
            format!("{path}.stock"),
            if v.stock < 0 {
                "negative"
            } else {
                "out-of-range"
            },
        );
    }
    prices(f, &format!("{path}.prices"), &v.prices);
}

pub fn new_listing(f: &mut Fields, l: &NewListing) {
    if !is_locale(&l.default_locale) {
        f.push("default_locale", "invalid-locale");
    }
    if l.texts.is_empty() {
        f.push("texts", "required");
    }
    if l.texts.len() > 50 {
        f.push("texts", "too-many");
    }
    let mut locales = HashSet::new();
    for (i, t) in l.texts.iter().enumerate() {
        listing_text(f, &format!("texts[{i}]"), t);
        if !locales.insert(t.locale.as_str()) {
            f.push(format!("texts[{i}].locale"), "duplicate");
        }
    }
    if !l.texts.is_empty() && !locales.contains(l.default_locale.as_str()) {
        f.push("default_locale", "no-text-for-default-locale");
    }
    if l.variants.is_empty() {
        f.push("variants", "required");
    }
    if l.variants.len() > 100 {
        f.push("variants", "too-many");
    }
    let mut skus = HashSet::new();
    let mut ids = HashSet::new();
    for (i, v) in l.variants.iter().enumerate() {
        new_variant(f, &format!("variants[{i}]"), v);
        if !skus.insert(v.sku.as_str()) {
            f.push(format!("variants[{i}].sku"), "duplicate");
        }
        if let Some(id) = v.id
            && !ids.insert(id)
        {
            f.push(format!("variants[{i}].id"), "duplicate");
        }
    }
}

pub fn customs_item(f: &mut Fields, path: &str, c: &CustomsItem) {
    text(f, &format!("{path}.description"), &c.description, 1, 200);
    if !(1..=100_000).contains(&c.quantity) {
        f.push(format!("{path}.quantity"), "out-of-range");
    }
    if !(0..=1_000_000).contains(&c.net_weight_grams) {
        f.push(format!("{path}.net_weight_grams"), "out-of-range");
    }
    price(f, &format!("{path}.value"), &c.value);
    if !is_hs_code(&c.hs_code) {
        f.push(format!("{path}.hs_code"), "invalid-hs-code");
    }
    if let Some(e) = &c.hs_edition
        && !is_hs_edition(e)
    {
        f.push(format!("{path}.hs_edition"), "invalid-hs-edition");
    }
    if !is_country(&c.origin_country) {
        f.push(format!("{path}.origin_country"), "invalid-country");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales() {
        for ok in [
            "pt-BR",
            "ru-RU",
            "es-ES",
            "id-ID",
            "fr-FR",
            "pl-PL",
            "en-US",
            "zh-Hans-CN",
            "es-419",
            "ru",
        ] {
            assert!(is_locale(ok), "{ok}");
        }
        for bad in ["", "PT-br", "pt_BR", "p", "pt-BR-x", "english", "pt-br"] {
            assert!(!is_locale(bad), "{bad}");
        }
    }

    #[test]
    fn hs_and_countries() {
        assert!(is_hs_code("610910"));
        assert!(is_hs_code("6109100010"));
        assert!(!is_hs_code("6109"));
        assert!(!is_hs_code("61091x"));
        assert!(is_hs_edition("HS2022"));
        assert!(!is_hs_edition("2022"));
        assert!(is_country("BR"));
        assert!(!is_country("br"));
    }
}
