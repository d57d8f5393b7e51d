//! Amounts and dates formatted for a buyer's language, as CLDR (v46, the data
//! behind `Intl` in browsers and Node) formats them. Fluent's Rust `NUMBER()`
//! does no grouping and knows no currency patterns, so templates receive text
//! formatted here instead.
//!
//! Only the eight reply languages are covered (the seven buyer languages and
//! zh-CN for the seller's preview); the expected strings in the tests were
//! produced by `Intl.NumberFormat` / `Intl.DateTimeFormat` with full ICU.

use iso_currency::Currency;
use time::Date;

const NBSP: char = '\u{00A0}';
const NNBSP: char = '\u{202F}';

/// How one language writes numbers and currency amounts.
struct NumberStyle {
    decimal: char,
    group: char,
    /// CLDR `minimumGroupingDigits`: 2 means 1234 stays ungrouped (es, pl).
    min_grouping: usize,
    /// Currency before the number (`R$ 1,00`) or after it (`1,00 €`).
    prefix: bool,
    /// A no-break space between a prefix symbol and the number even when the
    /// symbol ends in a currency sign (pt-BR writes `US$ 1,00`).
    always_space: bool,
}

fn style(lang: &str) -> NumberStyle {
    let s = |decimal, group, min_grouping, prefix, always_space| NumberStyle {
        decimal,
        group,
        min_grouping,
        prefix,
        always_space,
    };
    match lang {
        "pt-BR" => s(',', '.', 1, true, true),
        "ru" => s(',', NBSP, 1, false, false),
        "es" => s(',', '.', 2, false, false),
        "fr" => s(',', NNBSP, 1, false, false),
        "pl" => s(',', NBSP, 2, false, false),
        "id" => s(',', '.', 1, true, false),
        // en and zh-CN
        _ => s('.', ',', 1, true, false),
    }
}

/// The symbol `lang` uses for `code`, or the ISO code itself.
fn symbol(lang: &str, code: &str) -> String {
    let table: &[(&str, &str)] = match lang {
        "en" => &[
            ("USD", "$"),
            ("EUR", "€"),
            ("BRL", "R$"),
            ("CNY", "CN¥"),
            ("GBP", "£"),
            ("JPY", "¥"),
        ],
        "pt-BR" => &[
            ("USD", "US$"),
            ("EUR", "€"),
            ("BRL", "R$"),
            ("CNY", "CN¥"),
            ("GBP", "£"),
            ("JPY", "JP¥"),
        ],
        "ru" => &[
            ("USD", "$"),
            ("EUR", "€"),
            ("BRL", "R$"),
            ("RUB", "₽"),
            ("CNY", "CN¥"),
            ("GBP", "£"),
            ("JPY", "¥"),
        ],
        "es" => &[("USD", "US$"), ("EUR", "€")],
        "fr" => &[("USD", "$US"), ("EUR", "€"), ("BRL", "R$"), ("GBP", "£GB")],
        "pl" => &[("EUR", "€"), ("BRL", "R$"), ("PLN", "zł")],
        "id" => &[
            ("USD", "US$"),
            ("EUR", "€"),
            ("BRL", "R$"),
            ("IDR", "Rp"),
            ("CNY", "CN¥"),
            ("GBP", "£"),
            ("JPY", "JP¥"),
        ],
        "zh-CN" => &[
            ("USD", "US$"),
            ("EUR", "€"),
            ("BRL", "R$"),
            ("CNY", "¥"),
            ("GBP", "£"),
            ("JPY", "JP¥"),
        ],
        _ => &[],
    };
    table
        .iter()
        .find(|(c, _)| *c == code)
        .map_or_else(|| code.to_owned(), |(_, s)| (*s).to_owned())
}

/// Digits shown for `currency`: its ISO 4217 exponent, except IDR, which
/// is shown without decimals (as the market and CLDR do).
fn display_decimals(c: Currency) -> Option<u32> {
    if c == Currency::IDR {
        return Some(0);
    }
    c.exponent().map(u32::from)
}

/// Groups `digits` (ASCII, no sign) in threes with `sep`, honouring the
/// minimum grouping digits.
fn group(digits: &str, sep: char, min_grouping: usize) -> String {
    if digits.len() < 4 + (min_grouping - 1) {
        return digits.to_owned();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    let first = match digits.len() % 3 {
        0 => 3,
        n => n,
    };
    out.push_str(&digits[..first]);
    let mut i = first;
    while i < digits.len() {
        out.push(sep);
        out.push_str(&digits[i..i + 3]);
        i += 3;
    }
    out
}

/// Why an amount cannot be formatted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("unknown currency {0}")]
    UnknownCurrency(String),
}

/// `minor` units of `currency` (ISO 4217 code) written for `lang`, one of the
/// reply languages (anything else is written the English way). Amounts shown
/// with fewer decimals than the currency's exponent (IDR) are rounded half
/// away from zero, as `Intl.NumberFormat` does.
pub fn format_money(lang: &str, minor: i64, currency: &str) -> Result<String, FormatError> {
    let c = Currency::from_code(currency)
        .ok_or_else(|| FormatError::UnknownCurrency(currency.to_owned()))?;
    let exponent = c
        .exponent()
        .map(u32::from)
        .ok_or_else(|| FormatError::UnknownCurrency(currency.to_owned()))?;
    let shown = display_decimals(c).unwrap_or(exponent);
    let negative = minor < 0;
    let mut abs = u128::from(minor.unsigned_abs());
    if shown < exponent {
        let div = 10u128.pow(exponent - shown);
        abs = (abs + div / 2) / div;
    }
    let scale = 10u128.pow(shown);
    let int = (abs / scale).to_string();
    let frac = abs % scale;
    let st = style(lang);
    let mut number = group(&int, st.group, st.min_grouping);
    if shown > 0 {
        number.push(st.decimal);
        number.push_str(&format!("{frac:0width$}", width = shown as usize));
    }
    let sym = symbol(lang, c.code());
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if st.prefix {
        out.push_str(&sym);
        // CLDR currency spacing: a symbol ending in a letter is kept apart
        // from the digits.
        let ends_in_letter = sym.chars().last().is_some_and(char::is_alphabetic);
        if st.always_space || ends_in_letter {
            out.push(NBSP);
        }
        out.push_str(&number);
    } else {
        out.push_str(&number);
        out.push(NBSP);
        out.push_str(&sym);
    }
    Ok(out)
}

/// A plain count written for `lang` (grouped, no decimals).
pub fn format_integer(lang: &str, n: i64) -> String {
    let st = style(lang);
    let g = group(&n.unsigned_abs().to_string(), st.group, st.min_grouping);
    if n < 0 { format!("-{g}") } else { g }
}

/// `date` in CLDR's long date style for `lang` (`March 5, 2026`,
/// `5 de março de 2026`, `5 марта 2026 г.`, `2026年3月5日`).
pub fn format_date(lang: &str, date: Date) -> String {
    let m = usize::from(u8::from(date.month())) - 1;
    let d = date.day();
    let y = date.year();
    match lang {
        "pt-BR" => format!("{d} de {} de {y}", PT[m]),
        "es" => format!("{d} de {} de {y}", ES[m]),
        "ru" => format!("{d} {} {y} г.", RU[m]),
        "fr" => format!("{d} {} {y}", FR[m]),
        "pl" => format!("{d} {} {y}", PL[m]),
        "id" => format!("{d} {} {y}", ID[m]),
        "zh-CN" => format!("{y}年{}月{d}日", m + 1),
        _ => format!("{} {d}, {y}", EN[m]),
    }
}

const EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const PT: [&str; 12] = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
];
const ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
// Genitive month names, as a day-month date needs them.
const RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const PL: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];
const ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

#[cfg(test)]
mod tests {
    use super::*;
    use time::Month;

    fn money(lang: &str, minor: i64, code: &str) -> String {
        format_money(lang, minor, code).expect("known currency")
    }

    // Expected strings: Intl.NumberFormat(locale, {style: "currency"}) in
    // Node 20 (full ICU, CLDR 46). \u{a0} = NBSP, \u{202f} = narrow NBSP.
    #[test]
    fn market_currencies_in_their_own_languages() {
        assert_eq!(money("pt-BR", 123_456, "BRL"), "R$\u{a0}1.234,56");
        assert_eq!(money("ru", 123_456, "RUB"), "1\u{a0}234,56\u{a0}₽");
        assert_eq!(money("id", 15_000_000, "IDR"), "Rp\u{a0}150.000");
        assert_eq!(money("en", 123_456, "USD"), "$1,234.56");
        assert_eq!(money("zh-CN", 123_456, "CNY"), "¥1,234.56");
    }

    #[test]
    fn es_and_pl_leave_four_digit_amounts_ungrouped() {
        // CLDR minimumGroupingDigits = 2 for es and pl.
        assert_eq!(money("es", 123_456, "EUR"), "1234,56\u{a0}€");
        assert_eq!(money("es", 1_234_567, "EUR"), "12.345,67\u{a0}€");
        assert_eq!(money("pl", 123_456, "PLN"), "1234,56\u{a0}zł");
        assert_eq!(money("pl", 1_234_567, "PLN"), "12\u{a0}345,67\u{a0}zł");
    }

    #[test]
    fn fr_groups_with_a_narrow_no_break_space() {
        assert_eq!(money("fr", 123_456, "EUR"), "1\u{202f}234,56\u{a0}€");
        assert_eq!(money("fr", 123_456, "USD"), "1\u{202f}234,56\u{a0}$US");
    }

    #[test]
    fn foreign_currencies_use_the_languages_symbols_and_spacing() {
        assert_eq!(money("pt-BR", 123_456, "USD"), "US$\u{a0}1.234,56");
        assert_eq!(money("ru", 123_456, "USD"), "1\u{a0}234,56\u{a0}$");
        assert_eq!(money("es", 123_456, "USD"), "1234,56\u{a0}US$");
        assert_eq!(money("id", 123_456, "USD"), "US$1.234,56");
        assert_eq!(money("en", 123_456, "RUB"), "RUB\u{a0}1,234.56");
        assert_eq!(money("pl", 123_456, "USD"), "1234,56\u{a0}USD");
        assert_eq!(money("en", 123_456, "EUR"), "€1,234.56");
    }

    #[test]
    fn idr_rounds_to_whole_rupiah_and_small_amounts_keep_leading_zero() {
        assert_eq!(money("id", 123_450, "IDR"), "Rp\u{a0}1.235");
        assert_eq!(money("en", 123_450, "IDR"), "IDR\u{a0}1,235");
        assert_eq!(money("pt-BR", 5, "BRL"), "R$\u{a0}0,05");
        assert_eq!(money("ru", -50, "RUB"), "-0,50\u{a0}₽");
        assert_eq!(money("en", 1_234, "JPY"), "¥1,234");
    }

    #[test]
    fn unknown_currency_is_an_error() {
        assert_eq!(
            format_money("en", 1, "XYZ"),
            Err(FormatError::UnknownCurrency("XYZ".into()))
        );
    }

    #[test]
    fn integers_group_per_language() {
        assert_eq!(format_integer("en", 1_234_567), "1,234,567");
        assert_eq!(format_integer("ru", 12_345), "12\u{a0}345");
        assert_eq!(format_integer("es", 1_234), "1234");
        assert_eq!(format_integer("pt-BR", 1_234), "1.234");
        assert_eq!(format_integer("en", 7), "7");
    }

    // Expected: Intl.DateTimeFormat(locale, {dateStyle: "long"}).
    #[test]
    fn long_dates_per_language() {
        let d = Date::from_calendar_date(2026, Month::March, 5).expect("valid date");
        assert_eq!(format_date("en", d), "March 5, 2026");
        assert_eq!(format_date("pt-BR", d), "5 de março de 2026");
        assert_eq!(format_date("ru", d), "5 марта 2026 г.");
        assert_eq!(format_date("es", d), "5 de marzo de 2026");
        assert_eq!(format_date("fr", d), "5 mars 2026");
        assert_eq!(format_date("pl", d), "5 marca 2026");
        assert_eq!(format_date("id", d), "5 Maret 2026");
        assert_eq!(format_date("zh-CN", d), "2026年3月5日");
        let dec = Date::from_calendar_date(2025, Month::December, 31).expect("valid date");
        assert_eq!(format_date("pl", dec), "31 grudnia 2025");
        assert_eq!(format_date("ru", dec), "31 декабря 2025 г.");
    }
}
