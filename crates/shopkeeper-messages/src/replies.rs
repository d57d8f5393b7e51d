//! Saved replies: templates written in Fluent, one file per language.
//!
//! Built-in templates live in `locales/replies/<lang>.ftl` (one Fluent message
//! per template, its `.name` attribute being the template's name in that
//! language) and are embedded at compile time. `shopkeeper-i18n` and the UI
//! skip `locales/replies/`: these are buyer-facing texts, not UI strings.
//!
//! Variables are typed ([`Value`]): dates and amounts are formatted here for
//! the buyer's language (see [`crate::format`]), counts stay numbers so Fluent
//! can pick the plural variant. Fluent's bidi isolation marks are off: the
//! text goes to a marketplace, not into a mixed-direction UI.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::format::{FormatError, format_date, format_money};

/// The seven languages buyers write in; every built-in template exists in each.
pub const BUYER_LANGUAGES: [&str; 7] = ["en", "pt-BR", "ru", "es", "id", "fr", "pl"];

/// Languages a template can be written in: the buyer languages and zh-CN,
/// which no buyer market uses but which sellers read previews in.
pub const REPLY_LANGUAGES: [&str; 8] = ["en", "pt-BR", "ru", "es", "id", "fr", "pl", "zh-CN"];

/// The built-in template ids, in picker order.
pub const BUILTIN_TEMPLATES: [&str; 4] = [
    "shipping-delay",
    "tracking-update",
    "size-question",
    "return-instructions",
];

static BUILTIN_SOURCES: [(&str, &str); 8] = [
    ("en", include_str!("../../../locales/replies/en.ftl")),
    ("pt-BR", include_str!("../../../locales/replies/pt-BR.ftl")),
    ("ru", include_str!("../../../locales/replies/ru.ftl")),
    ("es", include_str!("../../../locales/replies/es.ftl")),
    ("id", include_str!("../../../locales/replies/id.ftl")),
    ("fr", include_str!("../../../locales/replies/fr.ftl")),
    ("pl", include_str!("../../../locales/replies/pl.ftl")),
    ("zh-CN", include_str!("../../../locales/replies/zh-CN.ftl")),
];

/// What a variable holds, and so how it is formatted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VarKind {
    Text,
    /// A count; selects plural variants.
    Number,
    /// Formatted as a long date in the buyer's language.
    Date,
    /// Formatted as a currency amount in the buyer's language.
    Money,
}

/// The variables a template may use, with their kinds.
pub const KNOWN_VARIABLES: [(&str, VarKind); 9] = [
    ("buyer_name", VarKind::Text),
    ("seller_name", VarKind::Text),
    ("order_number", VarKind::Text),
    ("tracking_number", VarKind::Text),
    ("tracking_link", VarKind::Text),
    ("carrier", VarKind::Text),
    ("ship_by", VarKind::Date),
    ("days", VarKind::Number),
    ("amount", VarKind::Money),
];

fn known_kind(name: &str) -> Option<VarKind> {
    KNOWN_VARIABLES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, k)| *k)
}

/// A variable's value. (No serde: the IPC layer defines its own wire type.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text {
        text: String,
    },
    Number {
        value: i64,
    },
    Date {
        date: time::Date,
    },
    /// Integer minor units of an ISO 4217 currency.
    Money {
        minor: i64,
        currency: String,
    },
}

impl Value {
    pub fn text(s: impl Into<String>) -> Self {
        Self::Text { text: s.into() }
    }
    pub fn number(value: i64) -> Self {
        Self::Number { value }
    }
    pub fn date(date: time::Date) -> Self {
        Self::Date { date }
    }
    pub fn money(minor: i64, currency: impl Into<String>) -> Self {
        Self::Money {
            minor,
            currency: currency.into(),
        }
    }
    fn kind(&self) -> VarKind {
        match self {
            Self::Text { .. } => VarKind::Text,
            Self::Number { .. } => VarKind::Number,
            Self::Date { .. } => VarKind::Date,
            Self::Money { .. } => VarKind::Money,
        }
    }
}

/// Values by variable name.
pub type Vars = BTreeMap<String, Value>;

/// Why a reply could not be rendered. `code()` is the stable error code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    #[error("no template {0}")]
    UnknownTemplate(String),
    #[error("template {template} has no {lang} text")]
    LanguageMissing { template: String, lang: String },
    #[error("variable {0} has no value")]
    MissingVariable(String),
    #[error("variable {name} must be a {expected:?}")]
    WrongKind { name: String, expected: VarKind },
    #[error(transparent)]
    Format(#[from] FormatError),
    #[error("the template could not be rendered: {0}")]
    Fluent(String),
}

impl RenderError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownTemplate(_) => "reply-unknown-template",
            Self::LanguageMissing { .. } => "reply-language-missing",
            Self::MissingVariable(_) => "reply-missing-variable",
            Self::WrongKind { .. } => "reply-wrong-variable-kind",
            Self::Format(_) => "reply-unknown-currency",
            Self::Fluent(_) => "reply-render-failed",
        }
    }
}

/// Why a seller's template is not valid. `code()` is the stable error code;
/// the fields say where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("the template needs a name")]
    EmptyName,
    #[error("the template id must be lowercase letters, digits and dashes")]
    BadId,
    #[error("the template needs text in at least one language")]
    NoLanguages,
    #[error("{lang} is not a reply language")]
    UnknownLanguage { lang: String },
    #[error("the {lang} text is empty")]
    EmptyText { lang: String },
    #[error("the {lang} text is not valid Fluent: {detail}")]
    Syntax { lang: String, detail: String },
    #[error("the {lang} text uses unknown variable ${name}")]
    UnknownVariable { lang: String, name: String },
    #[error("the {lang} text uses a function or a reference, which templates cannot")]
    Unsupported { lang: String },
    #[error("the {lang} text uses {missing:?} less and {extra:?} more than {reference}")]
    VariablesDiffer {
        lang: String,
        reference: String,
        missing: Vec<String>,
        extra: Vec<String>,
    },
}

impl TemplateError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::EmptyName => "template-empty-name",
            Self::BadId => "template-bad-id",
            Self::NoLanguages => "template-no-languages",
            Self::UnknownLanguage { .. } => "template-unknown-language",
            Self::EmptyText { .. } => "template-empty-text",
            Self::Syntax { .. } => "template-syntax",
            Self::UnknownVariable { .. } => "template-unknown-variable",
            Self::Unsupported { .. } => "template-unsupported",
            Self::VariablesDiffer { .. } => "template-variables-differ",
        }
    }
}

/// The reply language for a locale tag: `pt`, `pt-PT` and `pt-BR` give
/// `pt-BR`, `ru-RU` gives `ru`, `zh-TW` gives `zh-CN`; unknown languages
/// give `en`.
pub fn reply_language(locale: &str) -> &'static str {
    let primary = locale
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "pt" => "pt-BR",
        "ru" => "ru",
        "es" => "es",
        "id" | "in" => "id",
        "fr" => "fr",
        "pl" => "pl",
        "zh" => "zh-CN",
        _ => "en",
    }
}

/// A template the seller wrote: a name and, per language, the reply text in
/// Fluent syntax (variables as `{ $buyer_name }`, plurals as select
/// expressions on `$days`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    pub id: String,
    pub name: String,
    /// Reply language (see [`REPLY_LANGUAGES`]) → Fluent pattern text.
    pub sources: BTreeMap<String, String>,
}

/// One language's text of a template, parsed and checked.
#[derive(Debug)]
struct Text {
    resource: FluentResource,
    message: String,
    vars: BTreeSet<String>,
}

/// A template ready to render.
#[derive(Debug)]
struct Compiled {
    id: String,
    /// Names per reply language (built-ins); seller templates have one name.
    names: BTreeMap<String, String>,
    texts: BTreeMap<String, Text>,
}

/// Summary of a template for a picker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateInfo {
    pub id: String,
    /// The name in the requested language (or English, or the seller's name).
    pub name: String,
    pub builtin: bool,
    pub languages: Vec<String>,
    pub variables: Vec<String>,
}

/// A rendered reply and the language it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rendered {
    pub lang: String,
    pub text: String,
}

/// The reply in the buyer's language and the same reply in the seller's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preview {
    pub buyer: Rendered,
    pub seller: Rendered,
}

fn collect_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, unsupported: &mut bool) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expr(expression, vars, unsupported);
        }
    }
}

fn walk_expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>, unsupported: &mut bool) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, vars, unsupported),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, unsupported);
            for v in variants {
                collect_vars(&v.value, vars, unsupported);
            }
        }
    }
}

fn walk_inline(
    e: &ast::InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    unsupported: &mut bool,
) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => walk_expr(expression, vars, unsupported),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::FunctionReference { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference { .. } => *unsupported = true,
    }
}

/// The variables a message's value uses, and whether it uses anything a
/// template may not (functions, message or term references).
fn message_vars(resource: &FluentResource, id: &str) -> Option<(BTreeSet<String>, bool)> {
    resource.entries().find_map(|entry| match entry {
        ast::Entry::Message(m) if m.id.name == id => {
            let mut vars = BTreeSet::new();
            let mut unsupported = false;
            if let Some(value) = &m.value {
                collect_vars(value, &mut vars, &mut unsupported);
            }
            Some((vars, unsupported))
        }
        _ => None,
    })
}

/// The `.name` attribute of message `id`, as plain text.
fn message_name(resource: &FluentResource, id: &str) -> Option<String> {
    resource.entries().find_map(|entry| match entry {
        ast::Entry::Message(m) if m.id.name == id => {
            m.attributes.iter().find(|a| a.id.name == "name").map(|a| {
                a.value
                    .elements
                    .iter()
                    .map(|e| match e {
                        ast::PatternElement::TextElement { value } => *value,
                        ast::PatternElement::Placeable { .. } => "",
                    })
                    .collect::<String>()
            })
        }
        _ => None,
    })
}

/// Wraps seller-written pattern text as a one-message Fluent resource.
fn wrap_pattern(text: &str) -> String {
    let mut out = String::from("reply =\n");
    for line in text.trim().lines() {
        if line.trim().is_empty() {
            out.push('\n');
        } else {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

impl Template {
    /// Checks the template and compiles it; all problems at once.
    fn compile(&self) -> Result<Compiled, Vec<TemplateError>> {
        let mut errors = Vec::new();
        if self.name.trim().is_empty() {
            errors.push(TemplateError::EmptyName);
        }
        if self.id.is_empty()
            || !self
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            errors.push(TemplateError::BadId);
        }
        if self.sources.is_empty() {
            errors.push(TemplateError::NoLanguages);
        }
        let mut texts = BTreeMap::new();
        for (lang, source) in &self.sources {
            if !REPLY_LANGUAGES.contains(&lang.as_str()) {
                errors.push(TemplateError::UnknownLanguage { lang: lang.clone() });
                continue;
            }
            if source.trim().is_empty() {
                errors.push(TemplateError::EmptyText { lang: lang.clone() });
                continue;
            }
            let resource = match FluentResource::try_new(wrap_pattern(source)) {
                Ok(r) => r,
                Err((_, errs)) => {
                    let detail = errs
                        .first()
                        .map(|e| format!("{:?}", e.kind))
                        .unwrap_or_default();
                    errors.push(TemplateError::Syntax {
                        lang: lang.clone(),
                        detail,
                    });
                    continue;
                }
            };
            // A line starting `.x =` would become an attribute and vanish.
            let has_attributes = resource
                .entries()
                .any(|e| matches!(e, ast::Entry::Message(m) if !m.attributes.is_empty()));
            if resource.entries().count() != 1 || has_attributes {
                errors.push(TemplateError::Syntax {
                    lang: lang.clone(),
                    detail: "a line starting with `.` reads as a Fluent attribute".into(),
                });
                continue;
            }
            let Some((vars, unsupported)) = message_vars(&resource, "reply") else {
                errors.push(TemplateError::Syntax {
                    lang: lang.clone(),
                    detail: "no text".into(),
                });
                continue;
            };
            if unsupported {
                errors.push(TemplateError::Unsupported { lang: lang.clone() });
            }
            for v in &vars {
                if known_kind(v).is_none() {
                    errors.push(TemplateError::UnknownVariable {
                        lang: lang.clone(),
                        name: v.clone(),
                    });
                }
            }
            texts.insert(
                lang.clone(),
                Text {
                    resource,
                    message: "reply".into(),
                    vars,
                },
            );
        }
        errors.extend(check_same_vars(&texts));
        if errors.is_empty() {
            Ok(Compiled {
                id: self.id.clone(),
                names: BTreeMap::from([(String::new(), self.name.clone())]),
                texts,
            })
        } else {
            Err(errors)
        }
    }

    /// Checks the template: every text parses, uses only known variables and
    /// no functions or references, and all languages use the same variables.
    pub fn validate(&self) -> Result<(), Vec<TemplateError>> {
        self.compile().map(|_| ())
    }

    /// Renders this template for a buyer writing in `buyer_locale`.
    pub fn render(&self, buyer_locale: &str, vars: &Vars) -> Result<String, RenderError> {
        let compiled = self
            .compile()
            .map_err(|_| RenderError::UnknownTemplate(self.id.clone()))?;
        compiled.render(reply_language(buyer_locale), vars)
    }
}

/// Every language must use the variables the first one (English when
/// present) uses.
fn check_same_vars(texts: &BTreeMap<String, Text>) -> Vec<TemplateError> {
    let reference = texts.get_key_value("en").or_else(|| texts.iter().next());
    let Some((ref_lang, ref_text)) = reference else {
        return Vec::new();
    };
    texts
        .iter()
        .filter(|(lang, _)| *lang != ref_lang)
        .filter_map(|(lang, text)| {
            let missing: Vec<String> = ref_text.vars.difference(&text.vars).cloned().collect();
            let extra: Vec<String> = text.vars.difference(&ref_text.vars).cloned().collect();
            (!missing.is_empty() || !extra.is_empty()).then(|| TemplateError::VariablesDiffer {
                lang: lang.clone(),
                reference: ref_lang.clone(),
                missing,
                extra,
            })
        })
        .collect()
}

impl Compiled {
    fn render(&self, lang: &str, vars: &Vars) -> Result<String, RenderError> {
        let text = self
            .texts
            .get(lang)
            .ok_or_else(|| RenderError::LanguageMissing {
                template: self.id.clone(),
                lang: lang.to_owned(),
            })?;
        let mut args = FluentArgs::new();
        for name in &text.vars {
            let value = vars
                .get(name)
                .ok_or_else(|| RenderError::MissingVariable(name.clone()))?;
            if let Some(expected) = known_kind(name)
                && value.kind() != expected
            {
                return Err(RenderError::WrongKind {
                    name: name.clone(),
                    expected,
                });
            }
            let v: FluentValue = match value {
                Value::Text { text } => FluentValue::from(text.clone()),
                Value::Number { value } => FluentValue::from(*value),
                Value::Date { date } => FluentValue::from(format_date(lang, *date)),
                Value::Money { minor, currency } => {
                    FluentValue::from(format_money(lang, *minor, currency)?)
                }
            };
            args.set(name.clone(), v);
        }
        let langid: LanguageIdentifier = lang
            .parse()
            .map_err(|_| RenderError::Fluent(format!("bad language {lang}")))?;
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(&text.resource)
            .map_err(|e| RenderError::Fluent(format!("{e:?}")))?;
        let pattern = bundle
            .get_message(&text.message)
            .and_then(|m| m.value())
            .ok_or_else(|| RenderError::Fluent("no text".into()))?;
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if let Some(e) = errors.first() {
            return Err(RenderError::Fluent(format!("{e:?}")));
        }
        Ok(out.into_owned())
    }

    fn name(&self, lang: &str) -> String {
        self.names
            .get(lang)
            .or_else(|| self.names.get("en"))
            .or_else(|| self.names.values().next())
            .cloned()
            .unwrap_or_else(|| self.id.clone())
    }

    fn info(&self, lang: &str, builtin: bool) -> TemplateInfo {
        let variables = self
            .texts
            .values()
            .next()
            .map(|t| t.vars.iter().cloned().collect())
            .unwrap_or_default();
        TemplateInfo {
            id: self.id.clone(),
            name: self.name(lang),
            builtin,
            languages: self.texts.keys().cloned().collect(),
            variables,
        }
    }
}

/// The built-in templates plus any seller templates, ready to render.
#[derive(Debug)]
pub struct Replies {
    builtin: Vec<Compiled>,
    custom: Vec<Compiled>,
}

/// A built-in reply file that does not hold what it must. Only a broken
/// build can produce it; the tests make sure none ships.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("built-in replies for {lang}: {detail}")]
pub struct BuiltinError {
    pub lang: String,
    pub detail: String,
}

impl Replies {
    /// Parses the embedded built-in templates.
    pub fn builtin() -> Result<Self, BuiltinError> {
        let mut per_template: BTreeMap<&str, Compiled> = BTreeMap::new();
        for (lang, source) in BUILTIN_SOURCES {
            let resource =
                FluentResource::try_new(source.to_owned()).map_err(|(_, errs)| BuiltinError {
                    lang: lang.into(),
                    detail: format!("{errs:?}"),
                })?;
            // One resource per template so each can be rendered alone.
            for id in BUILTIN_TEMPLATES {
                let (vars, unsupported) =
                    message_vars(&resource, id).ok_or_else(|| BuiltinError {
                        lang: lang.into(),
                        detail: format!("{id} is missing"),
                    })?;
                if unsupported {
                    return Err(BuiltinError {
                        lang: lang.into(),
                        detail: format!("{id} uses a function or reference"),
                    });
                }
                let name = message_name(&resource, id).ok_or_else(|| BuiltinError {
                    lang: lang.into(),
                    detail: format!("{id} has no .name"),
                })?;
                let entry = per_template.entry(id).or_insert_with(|| Compiled {
                    id: id.into(),
                    names: BTreeMap::new(),
                    texts: BTreeMap::new(),
                });
                entry.names.insert(lang.into(), name);
                entry.texts.insert(
                    lang.into(),
                    Text {
                        resource: FluentResource::try_new(source.to_owned()).map_err(|_| {
                            BuiltinError {
                                lang: lang.into(),
                                detail: "reparse".into(),
                            }
                        })?,
                        message: id.into(),
                        vars,
                    },
                );
            }
        }
        let builtin = BUILTIN_TEMPLATES
            .iter()
            .filter_map(|id| per_template.remove(id))
            .collect();
        Ok(Self {
            builtin,
            custom: Vec::new(),
        })
    }

    /// Adds (or replaces, by id) a seller template after validating it.
    /// Seller ids may not shadow built-in ones.
    pub fn add_custom(&mut self, template: &Template) -> Result<(), Vec<TemplateError>> {
        if BUILTIN_TEMPLATES.contains(&template.id.as_str()) {
            return Err(vec![TemplateError::BadId]);
        }
        let compiled = template.compile()?;
        self.custom.retain(|c| c.id != compiled.id);
        self.custom.push(compiled);
        Ok(())
    }

    fn find(&self, id: &str) -> Option<&Compiled> {
        self.builtin
            .iter()
            .chain(self.custom.iter())
            .find(|c| c.id == id)
    }

    /// Every template, built-ins first, named in `ui_locale`'s language.
    pub fn list(&self, ui_locale: &str) -> Vec<TemplateInfo> {
        let lang = reply_language(ui_locale);
        self.builtin
            .iter()
            .map(|c| c.info(lang, true))
            .chain(self.custom.iter().map(|c| c.info(lang, false)))
            .collect()
    }

    /// The reply for a buyer writing in `buyer_locale`.
    pub fn render(
        &self,
        template_id: &str,
        buyer_locale: &str,
        vars: &Vars,
    ) -> Result<Rendered, RenderError> {
        let template = self
            .find(template_id)
            .ok_or_else(|| RenderError::UnknownTemplate(template_id.into()))?;
        let lang = reply_language(buyer_locale);
        Ok(Rendered {
            lang: lang.into(),
            text: template.render(lang, vars)?,
        })
    }

    /// The reply in the buyer's language, and the same reply in the seller's
    /// UI language so they can check what they are sending. When the template
    /// has no text in the seller's language, the seller sees English, or the
    /// buyer's text if there is no English either.
    pub fn preview(
        &self,
        template_id: &str,
        seller_ui_locale: &str,
        buyer_locale: &str,
        vars: &Vars,
    ) -> Result<Preview, RenderError> {
        let template = self
            .find(template_id)
            .ok_or_else(|| RenderError::UnknownTemplate(template_id.into()))?;
        let buyer = self.render(template_id, buyer_locale, vars)?;
        let wanted = reply_language(seller_ui_locale);
        let seller_lang = [wanted, "en", buyer.lang.as_str()]
            .into_iter()
            .find(|l| template.texts.contains_key(*l))
            .unwrap_or(wanted);
        let seller = Rendered {
            lang: seller_lang.into(),
            text: template.render(seller_lang, vars)?,
        };
        Ok(Preview { buyer, seller })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Month;

    fn replies() -> Replies {
        Replies::builtin().expect("built-in replies parse")
    }

    fn all_vars() -> Vars {
        Vars::from([
            ("buyer_name".into(), Value::text("Ana")),
            ("order_number".into(), Value::text("8123456789012345")),
            ("tracking_number".into(), Value::text("RR473124829DE")),
            (
                "tracking_link".into(),
                Value::text("https://track.example/RR473124829DE"),
            ),
            (
                "ship_by".into(),
                Value::date(time::Date::from_calendar_date(2026, Month::March, 5).expect("date")),
            ),
            ("days".into(), Value::number(3)),
            ("amount".into(), Value::money(123_456, "BRL")),
        ])
    }

    /// Variables of every message in a raw .ftl source, by parsing its AST.
    fn ast_vars(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(source).expect("parses without errors");
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    let mut unsupported = false;
                    if let Some(v) = &m.value {
                        collect_vars(v, &mut vars, &mut unsupported);
                    }
                    assert!(!unsupported, "{} uses a function/reference", m.id.name);
                    Some((m.id.name.to_owned(), vars))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_builtin_template_exists_in_every_language_with_the_same_variables() {
        let en = ast_vars(BUILTIN_SOURCES[0].1);
        assert_eq!(
            en.keys().map(String::as_str).collect::<Vec<_>>(),
            {
                let mut ids = BUILTIN_TEMPLATES.to_vec();
                ids.sort_unstable();
                ids
            },
            "en.ftl holds exactly the built-in templates"
        );
        for lang in BUYER_LANGUAGES {
            assert!(
                BUILTIN_SOURCES.iter().any(|(l, _)| *l == lang),
                "{lang} has a reply file"
            );
        }
        for (lang, source) in BUILTIN_SOURCES {
            let vars = ast_vars(source);
            assert_eq!(
                vars, en,
                "{lang}.ftl has the same templates and variables as en.ftl"
            );
            for v in vars.values().flatten() {
                assert!(known_kind(v).is_some(), "{lang}: unknown variable {v}");
            }
        }
    }

    #[test]
    fn every_builtin_renders_in_every_language_without_leftover_placeables() {
        let r = replies();
        for id in BUILTIN_TEMPLATES {
            for lang in REPLY_LANGUAGES {
                let out = r.render(id, lang, &all_vars()).expect("renders");
                assert_eq!(out.lang, lang);
                assert!(
                    !out.text.contains('{') && !out.text.contains('}'),
                    "{id}/{lang}: {}",
                    out.text
                );
                assert!(out.text.contains("Ana"), "{id}/{lang}");
                // No Fluent isolation marks (U+2068/U+2069) in the text.
                assert!(!out.text.contains(['\u{2068}', '\u{2069}']), "{id}/{lang}");
            }
        }
    }

    #[test]
    fn tracking_update_in_portuguese_carries_the_tracking_number_and_link() {
        let out = replies()
            .render("tracking-update", "pt-BR", &all_vars())
            .expect("renders");
        assert_eq!(out.lang, "pt-BR");
        assert!(
            out.text
                .starts_with("Olá, Ana!\n\nBoa notícia: seu pedido 8123456789012345 foi enviado.")
        );
        assert!(out.text.contains("O código de rastreio é RR473124829DE, e você pode acompanhar a entrega aqui: https://track.example/RR473124829DE"));
    }

    fn delay(lang: &str, days: i64) -> String {
        let mut vars = all_vars();
        vars.insert("days".into(), Value::number(days));
        replies()
            .render("shipping-delay", lang, &vars)
            .expect("renders")
            .text
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        assert!(delay("en", 1).contains("will ship 1 day later"));
        assert!(delay("en", 3).contains("will ship 3 days later"));
        assert!(delay("ru", 1).contains("задержится на 1 день."));
        assert!(delay("ru", 3).contains("задержится на 3 дня."));
        assert!(delay("ru", 5).contains("задержится на 5 дней."));
        assert!(delay("ru", 21).contains("задержится на 21 день."));
        assert!(delay("ru", 22).contains("задержится на 22 дня."));
        assert!(delay("ru", 11).contains("задержится на 11 дней."));
        assert!(delay("pl", 1).contains("opóźni się o 1 dzień."));
        assert!(delay("pl", 2).contains("opóźni się o 2 dni."));
        assert!(delay("pl", 5).contains("opóźni się o 5 dni."));
        assert!(delay("pl", 22).contains("opóźni się o 22 dni."));
        assert!(delay("pt-BR", 1).contains("vai atrasar 1 dia."));
        assert!(delay("pt-BR", 2).contains("vai atrasar 2 dias."));
        assert!(delay("es", 1).contains("se retrasará 1 día."));
        assert!(delay("es", 4).contains("se retrasará 4 días."));
        assert!(delay("fr", 1).contains("aura 1 jour de retard"));
        assert!(delay("fr", 2).contains("aura 2 jours de retard"));
        assert!(delay("id", 2).contains("terlambat 2 hari."));
        assert!(delay("zh-CN", 2).contains("延迟 2 天发货"));
    }

    #[test]
    fn dates_are_written_for_the_buyers_language() {
        assert!(delay("en", 2).contains("by March 5, 2026,"));
        assert!(delay("pt-BR", 2).contains("até 5 de março de 2026,"));
        assert!(delay("ru", 2).contains("не позднее 5 марта 2026 г.,"));
        assert!(delay("es", 2).contains("a más tardar el 5 de marzo de 2026 y"));
        assert!(delay("fr", 2).contains("au plus tard le 5 mars 2026 et"));
        assert!(delay("pl", 2).contains("najpóźniej 5 marca 2026,"));
        assert!(delay("id", 2).contains("paling lambat 5 Maret 2026,"));
    }

    fn refund(lang: &str, minor: i64, currency: &str) -> String {
        let mut vars = all_vars();
        vars.insert("amount".into(), Value::money(minor, currency));
        replies()
            .render("return-instructions", lang, &vars)
            .expect("renders")
            .text
    }

    #[test]
    fn amounts_are_written_for_the_buyers_language() {
        assert!(refund("pt-BR", 123_456, "BRL").contains("reembolsaremos R$\u{a0}1.234,56."));
        assert!(refund("ru", 123_456, "RUB").contains("мы вернём вам 1\u{a0}234,56\u{a0}₽."));
        assert!(refund("id", 15_000_000, "IDR").contains("dana sebesar Rp\u{a0}150.000 akan"));
        assert!(refund("pl", 1_234_567, "PLN").contains("przelejemy Ci 12\u{a0}345,67\u{a0}zł."));
        assert!(refund("pl", 123_456, "PLN").contains("przelejemy Ci 1234,56\u{a0}zł."));
        assert!(refund("es", 1_234_567, "EUR").contains("te reembolsaremos 12.345,67\u{a0}€."));
        assert!(
            refund("fr", 123_456, "EUR")
                .contains("nous vous rembourserons 1\u{202f}234,56\u{a0}€.")
        );
        assert!(refund("en", 123_456, "USD").contains("we will refund $1,234.56."));
    }

    #[test]
    fn buyer_locales_map_to_reply_languages() {
        assert_eq!(reply_language("pt-BR"), "pt-BR");
        assert_eq!(reply_language("pt"), "pt-BR");
        assert_eq!(reply_language("ru-RU"), "ru");
        assert_eq!(reply_language("es_MX"), "es");
        assert_eq!(reply_language("id-ID"), "id");
        assert_eq!(reply_language("fr-CA"), "fr");
        assert_eq!(reply_language("PL"), "pl");
        assert_eq!(reply_language("zh-CN"), "zh-CN");
        assert_eq!(reply_language("de-DE"), "en");
        assert_eq!(reply_language(""), "en");
    }

    #[test]
    fn a_missing_variable_is_an_error_not_a_placeholder() {
        let mut vars = all_vars();
        vars.remove("tracking_number");
        let err = replies()
            .render("tracking-update", "pt-BR", &vars)
            .expect_err("missing variable");
        assert_eq!(err, RenderError::MissingVariable("tracking_number".into()));
        assert_eq!(err.code(), "reply-missing-variable");
        // Variables a template does not use are not required.
        let mut vars = all_vars();
        vars.remove("tracking_number");
        vars.remove("amount");
        assert!(replies().render("shipping-delay", "ru", &vars).is_ok());
    }

    #[test]
    fn a_value_of_the_wrong_kind_is_an_error() {
        let mut vars = all_vars();
        vars.insert("days".into(), Value::text("three"));
        let err = replies()
            .render("shipping-delay", "en", &vars)
            .expect_err("wrong kind");
        assert_eq!(err.code(), "reply-wrong-variable-kind");
        let mut vars = all_vars();
        vars.insert("amount".into(), Value::money(1, "XYZ"));
        let err = replies()
            .render("return-instructions", "en", &vars)
            .expect_err("bad currency");
        assert_eq!(err.code(), "reply-unknown-currency");
        assert_eq!(
            replies()
                .render("nope", "en", &vars)
                .expect_err("unknown")
                .code(),
            "reply-unknown-template"
        );
    }

    #[test]
    fn preview_shows_the_buyers_language_and_the_sellers() {
        let p = replies()
            .preview("tracking-update", "zh-CN", "pt-BR", &all_vars())
            .expect("renders");
        assert_eq!(p.buyer.lang, "pt-BR");
        assert!(p.buyer.text.contains("código de rastreio é RR473124829DE"));
        assert_eq!(p.seller.lang, "zh-CN");
        assert!(p.seller.text.contains("物流单号为 RR473124829DE"));
        let p = replies()
            .preview("shipping-delay", "id-ID", "ru-RU", &all_vars())
            .expect("renders");
        assert_eq!(
            (p.buyer.lang.as_str(), p.seller.lang.as_str()),
            ("ru", "id")
        );
    }

    #[test]
    fn list_names_templates_in_the_sellers_language() {
        let r = replies();
        let zh = r.list("zh-CN");
        assert_eq!(
            zh.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
            BUILTIN_TEMPLATES.to_vec()
        );
        assert_eq!(zh[1].name, "物流更新");
        assert_eq!(r.list("en-US")[1].name, "Tracking update");
        assert_eq!(r.list("pt-BR")[0].name, "Atraso no envio");
        assert_eq!(zh[1].languages.len(), 8);
        assert_eq!(
            zh[1].variables,
            vec![
                "buyer_name",
                "order_number",
                "tracking_link",
                "tracking_number"
            ]
        );
    }

    fn custom(sources: &[(&str, &str)]) -> Template {
        Template {
            id: "thanks".into(),
            name: "Thanks".into(),
            sources: sources
                .iter()
                .map(|(l, s)| ((*l).to_owned(), (*s).to_owned()))
                .collect(),
        }
    }

    fn codes(t: &Template) -> Vec<&'static str> {
        let Err(errors) = t.validate() else {
            panic!("{t:?} is valid");
        };
        errors.iter().map(TemplateError::code).collect()
    }

    #[test]
    fn seller_templates_validate_and_render() {
        let t = custom(&[
            (
                "en",
                "Thanks, { $buyer_name }!\n\nEnjoy { $days ->\n    [one] your day\n   *[other] your { $days } days\n}.",
            ),
            (
                "pt-BR",
                "Obrigado, { $buyer_name }!\n\nAproveite { $days ->\n    [one] seu dia\n   *[other] seus { $days } dias\n}.",
            ),
        ]);
        t.validate().expect("valid");
        let mut vars = all_vars();
        vars.insert("days".into(), Value::number(2));
        assert_eq!(
            t.render("pt-BR", &vars).expect("renders"),
            "Obrigado, Ana!\n\nAproveite seus 2 dias."
        );
        let mut r = replies();
        r.add_custom(&t).expect("added");
        assert_eq!(r.list("en")[4].name, "Thanks");
        assert!(!r.list("en")[4].builtin);
        assert_eq!(
            r.render("thanks", "fr", &vars)
                .expect_err("no French")
                .code(),
            "reply-language-missing"
        );
        let p = r.preview("thanks", "zh-CN", "pt", &vars).expect("preview");
        assert_eq!(p.seller.lang, "en", "no Chinese text: English preview");
    }

    #[test]
    fn seller_template_errors_are_coded() {
        assert_eq!(
            codes(&custom(&[("en", "Hi { $buyer_name")])),
            ["template-syntax"]
        );
        assert_eq!(
            codes(&custom(&[("en", "Hi { $customer }")])),
            ["template-unknown-variable"]
        );
        assert_eq!(
            codes(&custom(&[("en", "Hi { NUMBER($days) }")])),
            ["template-unsupported"]
        );
        assert_eq!(
            codes(&custom(&[("en", "Hi { -brand }")])),
            ["template-unsupported"]
        );
        assert_eq!(
            codes(&custom(&[("de", "Hallo")])),
            ["template-unknown-language"]
        );
        assert_eq!(codes(&custom(&[("en", "  ")])), ["template-empty-text"]);
        assert_eq!(codes(&custom(&[])), ["template-no-languages"]);
        // Text that looks like Fluent syntax stays text of the one message.
        let looks_like_ftl = custom(&[("en", "Hi\nsneaky = message\n\nBye")]);
        assert_eq!(
            looks_like_ftl.render("en", &all_vars()).expect("renders"),
            "Hi\nsneaky = message\n\nBye"
        );
        assert_eq!(
            codes(&custom(&[("en", "Hi\n.name = x")])),
            ["template-syntax"]
        );
        let differ = custom(&[
            ("en", "Order { $order_number } for { $buyer_name }"),
            ("ru", "Заказ { $order_number }"),
        ]);
        let errs = differ.validate().expect_err("differs");
        assert_eq!(
            errs,
            vec![TemplateError::VariablesDiffer {
                lang: "ru".into(),
                reference: "en".into(),
                missing: vec!["buyer_name".into()],
                extra: vec![],
            }]
        );
        let mut bad = custom(&[("en", "Hi")]);
        bad.name = " ".into();
        bad.id = "Bad Id".into();
        assert_eq!(codes(&bad), ["template-empty-name", "template-bad-id"]);
        let mut shadow = custom(&[("en", "Hi")]);
        shadow.id = "tracking-update".into();
        assert!(replies().add_custom(&shadow).is_err());
    }
}
