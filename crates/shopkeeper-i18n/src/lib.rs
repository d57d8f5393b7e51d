//! Localized strings for the Rust side, read from the same `locales/*/*.ftl`
//! files as the UI, and the choice of UI language.
//!
//! Placeables are not wrapped in Unicode isolation marks (U+2068/U+2069):
//! strings from here also end up in logs, PDFs and ZPL, where the marks are
//! noise. None of the shipped languages is right-to-left.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The languages the UI ships in, complete.
pub const UI_LOCALES: &[&str] = &["en-US", "zh-CN", "es-ES", "pt-BR", "ru-RU", "id-ID"];
/// The reference language every other locale must match key for key.
pub const DEFAULT_LOCALE: &str = "en-US";

/// Every embedded .ftl file: (locale, file name, contents).
pub fn files() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::FILES
}

/// Picks the UI language for the requested ones (most preferred first), in
/// any of the forms systems use: `pt-BR`, `pt_BR.UTF-8`, `ru`. Falls back to
/// [`DEFAULT_LOCALE`].
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static str {
    // fluent-langneg has its own language identifier type (icu_locid).
    use fluent_langneg::LanguageIdentifier as NegId;
    let requested: Vec<NegId> = requested
        .iter()
        .filter_map(|r| {
            let tag = r
                .as_ref()
                .split(['.', '@'])
                .next()
                .unwrap_or_default()
                .replace('_', "-");
            tag.parse().ok()
        })
        .collect();
    let available: Vec<NegId> = UI_LOCALES.iter().filter_map(|l| l.parse().ok()).collect();
    let default: Option<NegId> = DEFAULT_LOCALE.parse().ok();
    let chosen = negotiate_languages(
        &requested,
        &available,
        default.as_ref(),
        NegotiationStrategy::Lookup,
    );
    let chosen = chosen.first().map(|l| l.to_string()).unwrap_or_default();
    UI_LOCALES
        .iter()
        .copied()
        .find(|l| *l == chosen)
        .unwrap_or(DEFAULT_LOCALE)
}

/// A value for a message argument.
pub enum Value {
    Str(String),
    Int(i64),
}

/// Formats messages in any UI language, falling back to English for a
/// message a locale lacks (the parity test keeps that from happening).
pub struct Localizer {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("{file} ({locale}) has syntax errors: {errors}")]
    Syntax {
        locale: String,
        file: String,
        errors: String,
    },
    #[error("{locale}: {message}")]
    Bundle { locale: String, message: String },
}

impl Localizer {
    pub fn new() -> Result<Self, I18nError> {
        let mut bundles: HashMap<&'static str, FluentBundle<FluentResource>> = HashMap::new();
        for (locale, file, source) in files() {
            let resource =
                FluentResource::try_new((*source).to_owned()).map_err(|(_, errors)| {
                    I18nError::Syntax {
                        locale: (*locale).into(),
                        file: (*file).into(),
                        errors: format!("{errors:?}"),
                    }
                })?;
            let bundle = bundles.entry(locale).or_insert_with(|| {
                let lang: LanguageIdentifier = locale.parse().unwrap_or_default();
                let mut b = FluentBundle::new_concurrent(vec![lang]);
                b.set_use_isolating(false);
                b
            });
            bundle
                .add_resource(resource)
                .map_err(|e| I18nError::Bundle {
                    locale: (*locale).into(),
                    message: format!("{e:?}"),
                })?;
        }
        Ok(Self { bundles })
    }

    /// The message `id` in `locale` with `args`; English if the locale lacks
    /// it; the id itself if no locale has it.
    pub fn format(&self, locale: &str, id: &str, args: &[(&str, Value)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Value::Str(s) => fargs.set(*name, FluentValue::from(s.as_str())),
                Value::Int(i) => fargs.set(*name, FluentValue::from(*i)),
            }
        }
        for candidate in [locale, DEFAULT_LOCALE] {
            let Some(bundle) = self.bundles.get(candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            return text.into_owned();
        }
        id.to_owned()
    }

    pub fn has_message(&self, locale: &str, id: &str) -> bool {
        self.bundles.get(locale).is_some_and(|b| b.has_message(id))
    }
}

/// Per locale: every message and attribute id with the variables it uses.
pub type KeyMap = BTreeMap<String, BTreeSet<String>>;

/// Collects the keys (`message`, `message.attribute`, `-term`) and the
/// variables each one references, for every locale.
pub fn key_maps() -> Result<BTreeMap<String, KeyMap>, I18nError> {
    use fluent_syntax::ast;
    fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                walk_expr(expression, vars);
            }
        }
    }
    fn walk_inline(e: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    walk_inline(a, vars);
                }
                for a in &arguments.named {
                    walk_inline(&a.value, vars);
                }
            }
            ast::InlineExpression::Placeable { expression } => walk_expr(expression, vars),
            _ => {}
        }
    }
    fn walk_expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                walk_inline(selector, vars);
                for v in variants {
                    walk_pattern(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => walk_inline(i, vars),
        }
    }

    let mut out: BTreeMap<String, KeyMap> = BTreeMap::new();
    for (locale, file, source) in files() {
        let res =
            fluent_syntax::parser::parse(*source).map_err(|(_, errors)| I18nError::Syntax {
                locale: (*locale).into(),
                file: (*file).into(),
                errors: format!("{errors:?}"),
            })?;
        let keys = out.entry((*locale).to_owned()).or_default();
        for entry in &res.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(v) = value {
                walk_pattern(v, &mut vars);
            }
            keys.insert(id.clone(), vars);
            for a in attributes {
                let mut vars = BTreeSet::new();
                walk_pattern(&a.value, &mut vars);
                keys.insert(format!("{id}.{}", a.id.name), vars);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_system_locales() {
        assert_eq!(negotiate(&["pt_BR.UTF-8"]), "pt-BR");
        assert_eq!(negotiate(&["ru"]), "ru-RU");
        assert_eq!(negotiate(&["zh-Hans-CN", "en"]), "zh-CN");
        assert_eq!(negotiate(&["id-ID"]), "id-ID");
        assert_eq!(negotiate(&["es-MX"]), "es-ES");
        assert_eq!(negotiate(&["de-DE"]), "en-US");
        assert_eq!(negotiate(&["C"]), "en-US");
        assert_eq!(negotiate::<&str>(&[]), "en-US");
    }

    #[test]
    fn every_ui_locale_has_every_key_with_the_same_placeables() {
        let maps = key_maps().expect("all .ftl files parse");
        let reference = maps.get(DEFAULT_LOCALE).expect("en-US strings");
        assert!(
            reference.len() > 50,
            "en-US has only {} keys",
            reference.len()
        );
        let mut problems = Vec::new();
        for locale in UI_LOCALES {
            let Some(keys) = maps.get(*locale) else {
                problems.push(format!("{locale}: no .ftl files"));
                continue;
            };
            for (key, vars) in reference {
                match keys.get(key) {
                    None => problems.push(format!("{locale}: missing {key}")),
                    Some(v) if v != vars => {
                        problems.push(format!("{locale}: {key} uses {v:?}, en-US uses {vars:?}"))
                    }
                    _ => {}
                }
            }
            for key in keys.keys() {
                if !reference.contains_key(key) {
                    problems.push(format!("{locale}: {key} is not in en-US"));
                }
            }
        }
        assert!(
            problems.is_empty(),
            "locale problems:\n{}",
            problems.join("\n")
        );
    }

    #[test]
    fn only_ui_locales_are_embedded_not_saved_replies() {
        // locales/replies/ holds buyer-facing templates (shopkeeper-messages).
        assert!(!files().is_empty());
        for (locale, file, _) in files() {
            assert!(
                UI_LOCALES.contains(locale),
                "{locale}/{file} is not a UI locale"
            );
        }
    }

    #[test]
    fn formats_with_arguments_and_falls_back() {
        let l = Localizer::new().expect("bundles load");
        let text = l.format(
            "en-US",
            "error-title-too-long",
            &[("max", Value::Int(128)), ("length", Value::Int(140))],
        );
        assert!(text.contains("128") && text.contains("140"), "{text}");
        assert!(!text.contains('\u{2068}'), "no isolation marks");
        assert_eq!(l.format("ru-RU", "no-such-message", &[]), "no-such-message");
        for locale in UI_LOCALES {
            assert!(l.has_message(locale, "nav-listings"), "{locale}");
        }
    }
}
