//! Document strings in the buyer's language (packing slip) or the seller's (pick list),
//! from Fluent with isolation marks OFF (U+2068/U+2069 would print as boxes or garbage
//! on paper and thermal printers), and amounts formatted for the buyer's locale.
//!
//! UI locales keep their strings in `locales/<lang>/documents.ftl`; buyer languages the
//! UI is not translated into (French, Polish) live in `locales/buyer/<lang>/documents.ftl`,
//! a folder the UI's loader and `shopkeeper-i18n` do not read as UI languages
//! (docs/adr/0701).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::customs::exponent;
use crate::error::{DocError, Result};
use crate::model::Money;

/// (locale, documents.ftl) for every language documents can be printed in.
pub const FILES: &[(&str, &str)] = &[
    (
        "en-US",
        include_str!("../../../locales/en-US/documents.ftl"),
    ),
    (
        "es-ES",
        include_str!("../../../locales/es-ES/documents.ftl"),
    ),
    (
        "id-ID",
        include_str!("../../../locales/id-ID/documents.ftl"),
    ),
    (
        "pt-BR",
        include_str!("../../../locales/pt-BR/documents.ftl"),
    ),
    (
        "ru-RU",
        include_str!("../../../locales/ru-RU/documents.ftl"),
    ),
    (
        "zh-CN",
        include_str!("../../../locales/zh-CN/documents.ftl"),
    ),
    (
        "fr-FR",
        include_str!("../../../locales/buyer/fr-FR/documents.ftl"),
    ),
    (
        "pl-PL",
        include_str!("../../../locales/buyer/pl-PL/documents.ftl"),
    ),
];

/// Strings for one document language.
pub struct Strings {
    locale: &'static str,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Strings>>,
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Strings")
            .field("locale", &self.locale)
            .finish()
    }
}

/// The supported document locale for a BCP 47 tag: exact match, else same language,
/// else `None`.
pub fn negotiate(tag: &str) -> Option<&'static str> {
    let lang = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    FILES
        .iter()
        .map(|(l, _)| *l)
        .find(|l| l.eq_ignore_ascii_case(tag))
        .or_else(|| {
            FILES
                .iter()
                .map(|(l, _)| *l)
                .find(|l| l.starts_with(&format!("{lang}-")))
        })
}

fn bundle(locale: &'static str, source: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale.parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![id]);
    b.set_use_isolating(false);
    // Bad syntax in a shipped file is caught by the tests; keep what parsed.
    let res = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = b.add_resource(res);
    b
}

impl Strings {
    /// Strings for `tag` (negotiated), falling back to English for missing keys.
    pub fn for_locale(tag: &str) -> Result<Strings> {
        let locale = negotiate(tag).ok_or_else(|| DocError::LocaleUnsupported {
            locale: tag.to_owned(),
        })?;
        Ok(Strings::load(locale))
    }

    /// Buyer strings: unsupported languages fall back to English (a slip must print).
    pub fn for_buyer(tag: &str) -> Strings {
        Strings::load(negotiate(tag).unwrap_or("en-US"))
    }

    fn load(locale: &'static str) -> Strings {
        let source = FILES
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, s)| *s)
            .unwrap_or("");
        let fallback = (locale != "en-US").then(|| Box::new(Strings::load("en-US")));
        Strings {
            locale,
            bundle: bundle(locale, source),
            fallback,
        }
    }

    /// The negotiated locale.
    pub fn locale(&self) -> &'static str {
        self.locale
    }

    /// Message `id` with string arguments; the id itself if missing everywhere.
    pub fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
        if let Some(msg) = self.bundle.get_message(id)
            && let Some(pattern) = msg.value()
        {
            let mut fa = FluentArgs::new();
            for (k, v) in args {
                fa.set(*k, FluentValue::from(*v));
            }
            let mut errors = Vec::new();
            return self
                .bundle
                .format_pattern(pattern, Some(&fa), &mut errors)
                .into_owned();
        }
        match &self.fallback {
            Some(f) => f.get(id, args),
            None => id.to_owned(),
        }
    }

    /// An amount formatted for this locale.
    pub fn money(&self, m: &Money) -> Result<String> {
        format_money(m, self.locale)
    }
}

/// Separators for a locale: (decimal, group, minimum grouping digits) per CLDR.
fn separators(locale: &str) -> (char, char, usize) {
    match locale.split('-').next().unwrap_or("") {
        "es" | "pl" => (
            ',',
            if locale.starts_with("es") {
                '.'
            } else {
                '\u{00A0}'
            },
            2,
        ),
        "pt" | "id" | "de" | "it" | "nl" => (',', '.', 1),
        "ru" | "uk" | "cs" => (',', '\u{00A0}', 1),
        "fr" => (',', '\u{202F}', 1),
        _ => ('.', ',', 1),
    }
}

/// Groups the integer digits of `int` with `sep` when it has at least `3 + min_group`
/// digits (CLDR minimumGroupingDigits: Spanish and Polish write 1234 but 12 345).
fn group(int: &str, sep: char, min_group: usize) -> String {
    if int.len() < 3 + min_group {
        return int.to_owned();
    }
    let mut out = String::new();
    let first = int.len() % 3;
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (i + 3 - first).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Decimal digits shown for a currency: ISO 4217's exponent, except IDR (shown whole
/// when it has no cents, as Indonesians write it).
fn shown_digits(m: &Money, exp: u32) -> u32 {
    if m.currency == "IDR" && m.minor % 100 == 0 {
        0
    } else {
        exp
    }
}

/// `Money` formatted for `locale`: digits grouped and decimals as CLDR has them, then
/// the ISO code (`1.234,56 EUR`, `1 234,56 RUB`, `$`-free and unambiguous across markets).
pub fn format_money(m: &Money, locale: &str) -> Result<String> {
    let exp = exponent(&m.currency)?;
    Ok(format!(
        "{} {}",
        format_minor(m.minor, exp, shown_digits(m, exp), locale),
        m.currency
    ))
}

/// Minor units with exponent `exp` shown with `digits` decimals (truncating only zeros).
pub fn format_minor(minor: i64, exp: u32, digits: u32, locale: &str) -> String {
    let (dec, grp, min) = separators(locale);
    let neg = minor < 0;
    let abs = minor.unsigned_abs();
    let scale = 10u64.pow(exp);
    let int = (abs / scale).to_string();
    let frac = abs % scale;
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    s.push_str(&group(&int, grp, min));
    if digits > 0 {
        let f = format!("{frac:0width$}", width = exp as usize);
        s.push(dec);
        s.push_str(&f[..digits as usize]);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_follow_each_buyer_locale() {
        let eur = Money::new(123_456_789, "EUR");
        assert_eq!(
            format_money(&eur, "en-US").expect("fmt"),
            "1,234,567.89 EUR"
        );
        assert_eq!(
            format_money(&eur, "es-ES").expect("fmt"),
            "1.234.567,89 EUR"
        );
        assert_eq!(
            format_money(&eur, "pt-BR").expect("fmt"),
            "1.234.567,89 EUR"
        );
        assert_eq!(
            format_money(&eur, "ru-RU").expect("fmt"),
            "1\u{a0}234\u{a0}567,89 EUR"
        );
        assert_eq!(
            format_money(&eur, "fr-FR").expect("fmt"),
            "1\u{202f}234\u{202f}567,89 EUR"
        );
        assert_eq!(
            format_money(&eur, "pl-PL").expect("fmt"),
            "1\u{a0}234\u{a0}567,89 EUR"
        );
        assert_eq!(
            format_money(&eur, "zh-CN").expect("fmt"),
            "1,234,567.89 EUR"
        );
        assert_eq!(
            format_money(&eur, "id-ID").expect("fmt"),
            "1.234.567,89 EUR"
        );
    }

    #[test]
    fn minimum_grouping_digits_and_exponents() {
        assert_eq!(
            format_money(&Money::new(123_456, "EUR"), "es-ES").expect("fmt"),
            "1234,56 EUR"
        );
        assert_eq!(
            format_money(&Money::new(1_234_567, "EUR"), "es-ES").expect("fmt"),
            "12.345,67 EUR"
        );
        assert_eq!(
            format_money(&Money::new(123_456, "PLN"), "pl-PL").expect("fmt"),
            "1234,56 PLN"
        );
        assert_eq!(
            format_money(&Money::new(123_456, "EUR"), "pt-BR").expect("fmt"),
            "1.234,56 EUR"
        );
        assert_eq!(
            format_money(&Money::new(1500, "JPY"), "en-US").expect("fmt"),
            "1,500 JPY"
        );
        assert_eq!(
            format_money(&Money::new(1_234_567, "KWD"), "en-US").expect("fmt"),
            "1,234.567 KWD"
        );
        assert_eq!(
            format_money(&Money::new(15_000_000, "IDR"), "id-ID").expect("fmt"),
            "150.000 IDR"
        );
        assert_eq!(
            format_money(&Money::new(15_000_050, "IDR"), "id-ID").expect("fmt"),
            "150.000,50 IDR"
        );
        assert_eq!(
            format_money(&Money::new(-5, "USD"), "en-US").expect("fmt"),
            "-0.05 USD"
        );
        assert_eq!(
            format_money(&Money::new(0, "BRL"), "pt-BR").expect("fmt"),
            "0,00 BRL"
        );
        assert_eq!(
            format_money(&Money::new(1, "ZZZ"), "en-US").map_err(|e| e.code()),
            Err("customs-currency-unknown")
        );
    }

    #[test]
    fn negotiation_and_no_isolation_marks() {
        assert_eq!(negotiate("pt"), Some("pt-BR"));
        assert_eq!(negotiate("fr-CA"), Some("fr-FR"));
        assert_eq!(negotiate("pl"), Some("pl-PL"));
        assert_eq!(negotiate("de-DE"), None);
        let s = Strings::for_buyer("ru-RU");
        let t = s.get("doc-slip-order", &[("number", "A-1")]);
        assert!(t.contains("A-1"), "{t}");
        assert!(!t.contains('\u{2068}') && !t.contains('\u{2069}'), "{t:?}");
        assert_eq!(Strings::for_buyer("de").locale(), "en-US");
        assert!(Strings::for_locale("de").is_err());
    }

    fn keys(src: &str) -> Vec<String> {
        let res = FluentResource::try_new(src.to_owned()).expect("valid Fluent");
        let mut k: Vec<String> = res
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        k.sort();
        k
    }

    #[test]
    fn every_document_locale_has_every_document_string() {
        let en: Vec<String> = keys(FILES[0].1)
            .into_iter()
            .filter(|k| k.starts_with("doc-slip-"))
            .collect();
        assert!(en.len() > 10);
        for (locale, src) in FILES {
            let k = keys(src);
            for key in &en {
                assert!(k.contains(key), "{locale} lacks {key}");
            }
        }
    }

    #[test]
    fn every_error_code_has_a_message_in_every_ui_locale() {
        for (locale, src) in FILES
            .iter()
            .filter(|(l, _)| !matches!(*l, "fr-FR" | "pl-PL"))
        {
            let k = keys(src);
            for code in DocError::CODES {
                assert!(
                    k.contains(&format!("error-{code}")),
                    "{locale} lacks error-{code}"
                );
            }
        }
    }
}
