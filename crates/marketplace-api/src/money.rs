//! Money on the wire: a decimal string (`"12.50"`) next to an ISO 4217 currency code.
//!
//! Amounts are stored as integer minor units; the number of decimals a currency allows
//! is its ISO 4217 exponent (EUR 2, JPY 0, KWD 3; IDR is 2 in ISO). Never a float.

use std::str::FromStr;

use iso_currency::Currency;
use rust_decimal::Decimal;
use thiserror::Error;

/// Why an amount or currency is not acceptable.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MoneyError {
    #[error("`{0}` is not an ISO 4217 currency with minor units")]
    UnknownCurrency(String),
    #[error("`{0}` is not a plain decimal amount like 12.50")]
    InvalidAmount(String),
    #[error("{currency} allows at most {max} decimals")]
    TooManyDecimals { currency: String, max: u32 },
    #[error("amount out of range")]
    OutOfRange,
}

impl MoneyError {
    /// Machine-readable code for error bodies.
    pub fn code(&self) -> &'static str {
        match self {
            MoneyError::UnknownCurrency(_) => "unknown-currency",
            MoneyError::InvalidAmount(_) => "invalid-amount",
            MoneyError::TooManyDecimals { .. } => "too-many-decimals",
            MoneyError::OutOfRange => "amount-out-of-range",
        }
    }
}

/// The ISO 4217 minor-unit exponent of `code` (upper-case three letters).
pub fn exponent(code: &str) -> Result<u32, MoneyError> {
    Currency::from_code(code)
        .and_then(|c| c.exponent())
        .map(u32::from)
        .ok_or_else(|| MoneyError::UnknownCurrency(code.to_owned()))
}

/// Parses a non-negative decimal string into minor units of `currency`.
///
/// Accepts only `digits[.digits]`: no sign, exponent, spaces or thousands separators.
pub fn parse_minor(amount: &str, currency: &str) -> Result<i64, MoneyError> {
    let exp = exponent(currency)?;
    let invalid = || MoneyError::InvalidAmount(amount.chars().take(40).collect());
    let (int, frac) = match amount.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (amount, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || frac.is_some_and(|f| !digits(f)) {
        return Err(invalid());
    }
    if int.len() > 18 {
        return Err(MoneyError::OutOfRange);
    }
    let d = Decimal::from_str(amount)
        .map_err(|_| invalid())?
        .normalize();
    if d.scale() > exp {
        return Err(MoneyError::TooManyDecimals {
            currency: currency.to_owned(),
            max: exp,
        });
    }
    let factor = Decimal::from(10i64.pow(exp));
    let minor = d.checked_mul(factor).ok_or(MoneyError::OutOfRange)?;
    i64::try_from(minor).map_err(|_| MoneyError::OutOfRange)
}

/// Formats minor units of `currency` as a decimal string with exactly the currency's
/// number of decimals (`1250 EUR` -> `"12.50"`, `500 JPY` -> `"500"`).
pub fn format_minor(minor: i64, currency: &str) -> Result<String, MoneyError> {
    let exp = exponent(currency)?;
    Ok(Decimal::new(minor, exp).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_within_currency_exponent() {
        assert_eq!(parse_minor("12.50", "EUR"), Ok(1250));
        assert_eq!(parse_minor("12.5", "EUR"), Ok(1250));
        assert_eq!(parse_minor("12", "BRL"), Ok(1200));
        assert_eq!(parse_minor("500", "JPY"), Ok(500));
        assert_eq!(parse_minor("1.234", "KWD"), Ok(1234));
        assert_eq!(parse_minor("15000.00", "IDR"), Ok(1_500_000));
        assert_eq!(parse_minor("0.10", "USD"), Ok(10));
        // Trailing zeros beyond the exponent are still exact.
        assert_eq!(parse_minor("12.500", "EUR"), Ok(1250));
    }

    #[test]
    fn refuses_too_many_decimals() {
        assert_eq!(
            parse_minor("12.505", "EUR").map_err(|e| e.code()),
            Err("too-many-decimals")
        );
        assert_eq!(
            parse_minor("1.5", "JPY").map_err(|e| e.code()),
            Err("too-many-decimals")
        );
    }

    #[test]
    fn refuses_malformed_amounts_and_currencies() {
        for bad in [
            "", "-1.00", "+1", "1e3", "1,50", " 1", "1.", ".5", "abc", "1.2.3",
        ] {
            assert_eq!(
                parse_minor(bad, "EUR").map_err(|e| e.code()),
                Err("invalid-amount"),
                "{bad:?}"
            );
        }
        assert_eq!(
            parse_minor("1", "XXX").map_err(|e| e.code()),
            Err("unknown-currency")
        );
        assert_eq!(
            parse_minor("1", "eur").map_err(|e| e.code()),
            Err("unknown-currency")
        );
        assert_eq!(
            parse_minor("99999999999999999999", "EUR").map_err(|e| e.code()),
            Err("amount-out-of-range")
        );
    }

    #[test]
    fn formats_with_exact_decimals() {
        assert_eq!(format_minor(1250, "EUR").as_deref(), Ok("12.50"));
        assert_eq!(format_minor(5, "USD").as_deref(), Ok("0.05"));
        assert_eq!(format_minor(500, "JPY").as_deref(), Ok("500"));
        assert_eq!(format_minor(1_500_000, "IDR").as_deref(), Ok("15000.00"));
        assert_eq!(format_minor(1234, "KWD").as_deref(), Ok("1.234"));
    }
}
