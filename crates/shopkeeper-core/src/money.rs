//! Money: ISO 4217 currencies, integer minor units, exact decimal parsing.
//!
//! Amounts cross the IPC boundary and JSON as decimal strings ("1234.50"),
//! live in SQLite as integer minor units, and any arithmetic is done with
//! `rust_decimal`. Never a float.

use std::str::FromStr;

use iso_currency::Currency;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// The largest amount we accept, in major units: well beyond any listing
/// price and far below i64 overflow for every exponent.
const MAX_MAJOR: i64 = 1_000_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurrencyInfo {
    pub code: &'static str,
    /// ISO 4217 minor-unit exponent (JPY 0, EUR 2, KWD 3).
    pub exponent: u32,
    /// Decimals shown by default. IDR is 2 in ISO but prices are shown whole.
    pub display_decimals: u32,
}

/// Currencies the marketplace's markets use, offered first in pickers.
pub const MARKET_CURRENCIES: &[&str] = &["USD", "BRL", "EUR", "RUB", "IDR", "PLN", "CNY"];

/// Looks up an ISO 4217 code (upper case). `None` for unknown codes and for
/// funds/metals without a minor unit (XAU, XDR...).
pub fn currency(code: &str) -> Option<CurrencyInfo> {
    let c = Currency::from_code(code)?;
    let exponent = u32::from(c.exponent()?);
    let display_decimals = if c == Currency::IDR { 0 } else { exponent };
    Some(CurrencyInfo {
        code: c.code(),
        exponent,
        display_decimals,
    })
}

/// Every ISO 4217 currency with a minor unit: the market currencies first,
/// then the rest by code.
pub fn all_currencies() -> Vec<CurrencyInfo> {
    use iso_currency::IntoEnumIterator;
    let mut rest: Vec<CurrencyInfo> = Currency::iter()
        .filter(|c| !MARKET_CURRENCIES.contains(&c.code()))
        .filter_map(|c| currency(c.code()))
        .collect();
    rest.sort_by_key(|c| c.code);
    MARKET_CURRENCIES
        .iter()
        .filter_map(|c| currency(c))
        .chain(rest)
        .collect()
}

/// Why a typed amount was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    Malformed,
    Negative,
    TooManyDecimals { max: u32 },
    TooLarge,
}

/// Parses a user-typed amount ("12.5", "1234.50", "15000") into minor units
/// of `currency`. Only digits with at most one `.`; no grouping, no exponent,
/// no sign other than a leading `-` (reported as negative).
pub fn parse_amount(text: &str, currency: &CurrencyInfo) -> Result<i64, AmountError> {
    let t = text.trim();
    let (negative, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let mut parts = digits.split('.');
    let int_part = parts.next().unwrap_or("");
    let frac_part = parts.next();
    let well_formed = parts.next().is_none()
        && !int_part.is_empty()
        && int_part.bytes().all(|b| b.is_ascii_digit())
        && frac_part.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if !well_formed {
        return Err(AmountError::Malformed);
    }
    let value = Decimal::from_str(digits).map_err(|_| AmountError::TooLarge)?;
    if negative && !value.is_zero() {
        return Err(AmountError::Negative);
    }
    // "12.50" in a 2-decimal currency is fine; "12.505" is not; trailing
    // zeros beyond the exponent ("12.500") are not an error either.
    if value.normalize().scale() > currency.exponent {
        return Err(AmountError::TooManyDecimals {
            max: currency.exponent,
        });
    }
    if value > Decimal::from(MAX_MAJOR) {
        return Err(AmountError::TooLarge);
    }
    let minor = value * Decimal::from(10_i64.pow(currency.exponent));
    minor.to_i64().ok_or(AmountError::TooLarge)
}

/// Minor units back to a canonical decimal string with exactly `exponent`
/// decimals: 123450 EUR → "1234.50", 15000 JPY → "15000".
pub fn format_minor(amount_minor: i64, currency: &CurrencyInfo) -> String {
    Decimal::new(amount_minor, currency.exponent).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(code: &str) -> CurrencyInfo {
        currency(code).expect("known currency")
    }

    #[test]
    fn exponents_follow_iso_4217() {
        assert_eq!(c("EUR").exponent, 2);
        assert_eq!(c("JPY").exponent, 0);
        assert_eq!(c("KWD").exponent, 3);
        assert_eq!(c("IDR").exponent, 2);
        assert_eq!(c("IDR").display_decimals, 0);
        assert!(currency("XYZ").is_none());
        assert!(currency("eur").is_none(), "codes are upper case");
    }

    #[test]
    fn parses_exact_amounts() {
        assert_eq!(parse_amount("12.5", &c("EUR")), Ok(1250));
        assert_eq!(parse_amount("1234.50", &c("BRL")), Ok(123_450));
        assert_eq!(parse_amount(" 15000 ", &c("IDR")), Ok(1_500_000));
        assert_eq!(parse_amount("1500", &c("JPY")), Ok(1500));
        assert_eq!(parse_amount("1.234", &c("KWD")), Ok(1234));
        assert_eq!(parse_amount("12.500", &c("EUR")), Ok(1250));
        assert_eq!(parse_amount("0", &c("EUR")), Ok(0));
        assert_eq!(parse_amount("-0", &c("EUR")), Ok(0));
        // 0.1 + 0.2 style values stay exact.
        assert_eq!(parse_amount("0.30", &c("USD")), Ok(30));
    }

    #[test]
    fn refuses_bad_amounts() {
        for bad in [
            "", " ", "abc", "1,50", "1.2.3", "1e5", "+5", ".5", "5.", "１２", "1 000", "0x10",
            "NaN",
        ] {
            assert_eq!(
                parse_amount(bad, &c("EUR")),
                Err(AmountError::Malformed),
                "{bad:?}"
            );
        }
        assert_eq!(parse_amount("-1.00", &c("EUR")), Err(AmountError::Negative));
        assert_eq!(
            parse_amount("12.345", &c("EUR")),
            Err(AmountError::TooManyDecimals { max: 2 })
        );
        assert_eq!(
            parse_amount("100.5", &c("JPY")),
            Err(AmountError::TooManyDecimals { max: 0 })
        );
        assert_eq!(
            parse_amount("99999999999999999999999", &c("EUR")),
            Err(AmountError::TooLarge)
        );
        assert_eq!(
            parse_amount("1000000001", &c("EUR")),
            Err(AmountError::TooLarge)
        );
    }

    #[test]
    fn formats_minor_units_canonically() {
        assert_eq!(format_minor(123_450, &c("EUR")), "1234.50");
        assert_eq!(format_minor(1500, &c("JPY")), "1500");
        assert_eq!(format_minor(5, &c("KWD")), "0.005");
        assert_eq!(format_minor(1_500_000, &c("IDR")), "15000.00");
    }

    #[test]
    fn round_trips() {
        for (s, code) in [
            ("0.01", "USD"),
            ("1234.50", "BRL"),
            ("15000.00", "IDR"),
            ("7", "JPY"),
        ] {
            let cur = c(code);
            assert_eq!(format_minor(parse_amount(s, &cur).expect("valid"), &cur), s);
        }
    }
}
