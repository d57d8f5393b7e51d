//! Bulk edit: one change applied to many listings, planned first (the
//! preview) and then saved as ONE batch, which can be undone in one step.
//!
//! A plan holds the exact listings it will write; applying a plan writes
//! those and nothing else, so the preview is what gets applied. Every listing
//! goes through the editor's own rules (`validate::validate_listing`) and the
//! editor's own diff (`changes::updated`): a bulk edit can do nothing an edit
//! in the editor could not.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::{Value, json};
use shopkeeper_store::{
    BatchItem, BatchOutcome, BatchRecord, Listing, ListingQuery, ListingState, ListingText,
    StoreError, Variant,
};

use crate::error::{CoreError, FieldError, Result};
use crate::money::{self, CurrencyInfo};
use crate::validate::{self, CONTENT_LOCALES, ListingInput, PriceInput, TextInput, VariantInput};
use crate::{Shop, changes, new_id, now_ms};

/// How a computed price is rounded, per currency. Always explicit, always
/// decimal: the amount is computed with `rust_decimal` and rounded once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Rounding {
    /// To the currency's minor unit (half away from zero).
    #[default]
    None,
    /// To the nearest amount ending in .99 (currencies with cents).
    To99,
    /// To the nearest amount ending in .90 (currencies with cents).
    To90,
    /// To whole units.
    Whole,
    /// To whole hundreds (e.g. 100 rupiah).
    Hundreds,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PriceBy {
    /// Every price (or every price in `only`) times (1 + percent/100).
    Percent(Decimal),
    /// Plus `amount` (major units, may be negative) in one currency.
    Amount { currency: String, amount: Decimal },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Title,
    Description,
}

/// What a bulk edit does to each selected listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkAction {
    Prices {
        by: PriceBy,
        /// Only prices in this currency (percent changes); `None` = all.
        only: Option<String>,
        /// Rounding per currency; currencies not listed: [`Rounding::None`].
        rounding: Vec<(String, Rounding)>,
    },
    SetStock(i64),
    AddStock(i64),
    AddTags {
        locale: String,
        tags: Vec<String>,
    },
    RemoveTags {
        locale: String,
        tags: Vec<String>,
    },
    SetState(ListingState),
    SetText {
        locale: String,
        field: TextField,
        value: String,
    },
}

/// Where planning or applying is, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// `load`, `parse`, `check`, `save`.
    pub phase: &'static str,
    pub done: usize,
    pub total: usize,
}

/// One field of one listing (or variant) as the plan will change it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeLine {
    pub listing_id: String,
    pub title: String,
    /// The variant's SKU, for variant fields.
    pub sku: Option<String>,
    /// `state`, `title.pt-BR`, `description.pt-BR`, `tags.pt-BR`, `price.BRL`,
    /// `stock`, `variant`, `listing` (created) ...
    pub field: String,
    pub before: String,
    pub after: String,
}

/// A listing the plan leaves alone because the change would break a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub listing_id: String,
    pub title: String,
    pub errors: Vec<FieldError>,
}

/// A batch worked out but not written: the preview, and exactly what
/// applying it writes.
#[derive(Debug, Clone)]
pub struct Plan {
    pub id: String,
    /// `bulk-edit`, `csv-import` or `undo`.
    pub kind: &'static str,
    pub summary: Value,
    pub at: i64,
    pub undoes: Option<String>,
    pub items: Vec<BatchItem>,
    pub lines: Vec<ChangeLine>,
    pub skipped: Vec<Skipped>,
    pub created: usize,
    pub changed: usize,
    pub unchanged: usize,
}

impl Plan {
    pub(crate) fn new(kind: &'static str, summary: Value, at: i64) -> Self {
        Self {
            id: new_id(),
            kind,
            summary,
            at,
            undoes: None,
            items: Vec::new(),
            lines: Vec::new(),
            skipped: Vec::new(),
            created: 0,
            changed: 0,
            unchanged: 0,
        }
    }

    /// Adds `new` (a change of `old`, or a new listing) to the plan.
    pub(crate) fn push(&mut self, old: Option<&Listing>, new: Listing, action: &'static str) {
        match old {
            Some(old) => {
                let (ops, audit) = changes::updated(old, &new);
                if ops.is_empty() {
                    self.unchanged += 1;
                    return;
                }
                self.lines.extend(diff_lines(old, &new));
                self.changed += 1;
                self.items.push(BatchItem {
                    before: Some(old.clone()),
                    listing: new,
                    ops,
                    action,
                    changes: Value::Array(audit),
                });
            }
            None => {
                let (ops, audit) = changes::created(&new);
                self.lines.push(ChangeLine {
                    listing_id: new.id.clone(),
                    title: title_of(&new),
                    sku: None,
                    field: "listing".into(),
                    before: String::new(),
                    after: new
                        .variants
                        .iter()
                        .map(|v| v.sku.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                });
                self.created += 1;
                self.items.push(BatchItem {
                    before: None,
                    listing: new,
                    ops,
                    action,
                    changes: audit,
                });
            }
        }
    }
}

pub(crate) fn title_of(l: &Listing) -> String {
    l.default_text()
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

/// The editor's input for `listing` as it is: editing it unchanged and
/// validating it gives the same listing back.
pub fn input_of(listing: &Listing) -> ListingInput {
    ListingInput {
        state: listing.state,
        default_locale: listing.default_locale.clone(),
        texts: listing
            .texts
            .iter()
            .map(|t| TextInput {
                locale: t.locale.clone(),
                title: t.title.clone(),
                description: t.description.clone(),
                tags: t.tags.clone(),
            })
            .collect(),
        variants: listing.variants.iter().map(variant_input).collect(),
    }
}

pub(crate) fn variant_input(v: &Variant) -> VariantInput {
    VariantInput {
        id: Some(v.id.clone()),
        sku: v.sku.clone(),
        options: v.options.clone(),
        weight_grams: v.weight_grams.map(|w| w.to_string()).unwrap_or_default(),
        hs_code: v.hs_code.clone(),
        hs_edition: v.hs_edition.clone(),
        origin_country: v.origin_country.clone(),
        customs_description: v.customs_description.clone(),
        stock: v.stock.to_string(),
        prices: v
            .prices
            .iter()
            .map(|p| PriceInput {
                currency: p.currency.clone(),
                amount: format_price(p.amount_minor, &p.currency),
            })
            .collect(),
    }
}

pub(crate) fn format_price(minor: i64, currency: &str) -> String {
    money::currency(currency)
        .map(|c| money::format_minor(minor, &c))
        .unwrap_or_else(|| minor.to_string())
}

/// Validates `input` as an edit of `old` (or a new listing when `old` is
/// `None`) and returns the listing it makes, stamped `at`.
pub(crate) fn rebuild(
    old: Option<&Listing>,
    input: &ListingInput,
    at: i64,
) -> Result<Listing, Vec<FieldError>> {
    let existing: HashSet<String> = old
        .map(|o| o.variants.iter().map(|v| v.id.clone()).collect())
        .unwrap_or_default();
    let valid = validate::validate_listing(input, &existing, new_id)?;
    Ok(match old {
        Some(old) => Listing {
            state: valid.state,
            default_locale: valid.default_locale,
            texts: valid.texts,
            variants: valid.variants,
            updated_at: at,
            ..old.clone()
        },
        None => Listing {
            id: new_id(),
            state: valid.state,
            default_locale: valid.default_locale,
            texts: valid.texts,
            variants: valid.variants,
            archived_at: None,
            created_at: at,
            updated_at: at,
            server_version: None,
        },
    })
}

/// Rounds a computed amount of `cur` with `rounding`, into minor units.
/// Zero stays zero; `Err` carries the error code when the result is not a
/// price (negative, too large) or the strategy does not fit the currency.
pub fn round_amount(
    value: Decimal,
    cur: &CurrencyInfo,
    rounding: Rounding,
) -> Result<i64, &'static str> {
    if value.is_sign_negative() && !value.is_zero() {
        return Err("price-negative");
    }
    let away = RoundingStrategy::MidpointAwayFromZero;
    let rounded = if value.is_zero() {
        Decimal::ZERO
    } else {
        match rounding {
            Rounding::None => value.round_dp_with_strategy(cur.exponent, away),
            Rounding::Whole => value.round_dp_with_strategy(0, away),
            Rounding::Hundreds => {
                (value / Decimal::ONE_HUNDRED).round_dp_with_strategy(0, away)
                    * Decimal::ONE_HUNDRED
            }
            Rounding::To99 | Rounding::To90 => {
                if cur.exponent < 2 {
                    return Err("bulk-rounding-unsupported");
                }
                let ending = if rounding == Rounding::To99 {
                    Decimal::new(99, 2)
                } else {
                    Decimal::new(90, 2)
                };
                // The two candidates around the value; the nearer wins, ties go up.
                let up = value.floor() + ending;
                let (low, high) = if up > value {
                    (up - Decimal::ONE, up)
                } else {
                    (up, up + Decimal::ONE)
                };
                if low.is_sign_negative() || value - low >= high - value {
                    high
                } else {
                    low
                }
            }
        }
    };
    let minor = rounded * Decimal::from(10_i64.pow(cur.exponent));
    if minor > Decimal::from(1_000_000_000_i64) * Decimal::from(10_i64.pow(cur.exponent)) {
        return Err("price-too-large");
    }
    minor.trunc().to_i64().ok_or("price-too-large")
}

/// The rules of an action itself, before any listing is looked at.
pub fn check_action(action: &BulkAction) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    let locale_ok = |l: &str| CONTENT_LOCALES.contains(&l);
    match action {
        BulkAction::Prices { by, only, rounding } => {
            match by {
                PriceBy::Percent(p) => {
                    if *p <= Decimal::from(-100) || *p > Decimal::from(1000) {
                        errors.push(FieldError::new("percent", "bulk-percent-range"));
                    }
                }
                PriceBy::Amount { currency, .. } => {
                    if money::currency(currency).is_none() {
                        errors.push(
                            FieldError::new("currency", "currency-unknown")
                                .arg("currency", currency.as_str()),
                        );
                    }
                }
            }
            if let Some(c) = only
                && money::currency(c).is_none()
            {
                errors.push(
                    FieldError::new("currency", "currency-unknown").arg("currency", c.as_str()),
                );
            }
            for (code, r) in rounding {
                match money::currency(code) {
                    None => errors.push(
                        FieldError::new(format!("rounding.{code}"), "currency-unknown")
                            .arg("currency", code.as_str()),
                    ),
                    Some(c) if c.exponent < 2 && matches!(r, Rounding::To99 | Rounding::To90) => {
                        errors.push(
                            FieldError::new(
                                format!("rounding.{code}"),
                                "bulk-rounding-unsupported",
                            )
                            .arg("currency", code.as_str()),
                        )
                    }
                    Some(_) => {}
                }
            }
        }
        BulkAction::SetStock(n) => {
            if *n < 0 {
                errors.push(FieldError::new("stock", "stock-negative"));
            } else if *n > validate::MAX_STOCK {
                errors.push(
                    FieldError::new("stock", "stock-too-large").arg("max", validate::MAX_STOCK),
                );
            }
        }
        BulkAction::AddStock(n) => {
            if n.abs() > validate::MAX_STOCK {
                errors.push(
                    FieldError::new("stock", "stock-too-large").arg("max", validate::MAX_STOCK),
                );
            }
        }
        BulkAction::AddTags { locale, tags } | BulkAction::RemoveTags { locale, tags } => {
            if !locale_ok(locale) {
                errors.push(
                    FieldError::new("locale", "locale-unsupported").arg("locale", locale.as_str()),
                );
            }
            if tags.iter().all(|t| t.trim().is_empty()) {
                errors.push(FieldError::new("tags", "bulk-tags-empty"));
            }
        }
        BulkAction::SetState(_) => {}
        BulkAction::SetText { locale, .. } => {
            if !locale_ok(locale) {
                errors.push(
                    FieldError::new("locale", "locale-unsupported").arg("locale", locale.as_str()),
                );
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The listing `action` makes of `old`, through the editor's rules (equal to
/// `old` but for `updated_at` when the action does not apply to it).
pub fn apply_action(
    old: &Listing,
    action: &BulkAction,
    at: i64,
) -> Result<Listing, Vec<FieldError>> {
    let mut input = input_of(old);
    match action {
        BulkAction::Prices { by, only, rounding } => {
            let mut errors = Vec::new();
            for (i, (v, vi)) in old
                .variants
                .iter()
                .zip(input.variants.iter_mut())
                .enumerate()
            {
                for (j, (p, pi)) in v.prices.iter().zip(vi.prices.iter_mut()).enumerate() {
                    let Some(cur) = money::currency(&p.currency) else {
                        continue;
                    };
                    let before = Decimal::new(p.amount_minor, cur.exponent);
                    let after = match by {
                        PriceBy::Percent(pct) => {
                            if only.as_deref().is_some_and(|c| c != p.currency) {
                                continue;
                            }
                            before * (Decimal::ONE_HUNDRED + pct) / Decimal::ONE_HUNDRED
                        }
                        PriceBy::Amount { currency, amount } => {
                            if *currency != p.currency {
                                continue;
                            }
                            before + amount
                        }
                    };
                    let r = rounding
                        .iter()
                        .find(|(c, _)| *c == p.currency)
                        .map(|(_, r)| *r)
                        .unwrap_or_default();
                    match round_amount(after, &cur, r) {
                        Ok(minor) => pi.amount = money::format_minor(minor, &cur),
                        Err(code) => errors.push(
                            FieldError::new(format!("variants.{i}.prices.{j}.amount"), code)
                                .arg("currency", p.currency.as_str()),
                        ),
                    }
                }
            }
            if !errors.is_empty() {
                return Err(errors);
            }
        }
        BulkAction::SetStock(n) => {
            for v in &mut input.variants {
                v.stock = n.to_string();
            }
        }
        BulkAction::AddStock(n) => {
            let mut errors = Vec::new();
            for (i, (v, vi)) in old
                .variants
                .iter()
                .zip(input.variants.iter_mut())
                .enumerate()
            {
                let s = v.stock.saturating_add(*n);
                if s < 0 {
                    errors.push(FieldError::new(
                        format!("variants.{i}.stock"),
                        "stock-negative",
                    ));
                }
                vi.stock = s.to_string();
            }
            if !errors.is_empty() {
                return Err(errors);
            }
        }
        BulkAction::AddTags { locale, tags } => {
            if let Some(t) = input.texts.iter_mut().find(|t| t.locale == *locale) {
                t.tags.extend(tags.iter().cloned());
            }
        }
        BulkAction::RemoveTags { locale, tags } => {
            let gone: Vec<String> = tags.iter().map(|t| t.trim().to_lowercase()).collect();
            if let Some(t) = input.texts.iter_mut().find(|t| t.locale == *locale) {
                t.tags.retain(|t| !gone.contains(&t.trim().to_lowercase()));
            }
        }
        BulkAction::SetState(s) => input.state = *s,
        BulkAction::SetText {
            locale,
            field,
            value,
        } => {
            if !input.texts.iter().any(|t| t.locale == *locale) {
                input.texts.push(TextInput {
                    locale: locale.clone(),
                    title: String::new(),
                    description: String::new(),
                    tags: Vec::new(),
                });
            }
            if let Some(slot) = input.texts.iter_mut().find(|t| t.locale == *locale) {
                match field {
                    TextField::Title => slot.title = value.clone(),
                    TextField::Description => slot.description = value.clone(),
                }
            }
        }
    }
    rebuild(Some(old), &input, at)
}

/// Plans `action` over `listings` (already loaded). `progress` is told as
/// listings are checked; `cancel` stops planning (the plan is then dropped).
pub fn plan_action(
    listings: &[Listing],
    action: &BulkAction,
    summary: Value,
    at: i64,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Option<Plan> {
    let mut plan = Plan::new("bulk-edit", summary, at);
    let total = listings.len();
    for (n, old) in listings.iter().enumerate() {
        if n.is_multiple_of(500) {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            progress(Progress {
                phase: "check",
                done: n,
                total,
            });
        }
        match apply_action(old, action, at) {
            Ok(new) => plan.push(Some(old), new, "bulk-edit"),
            Err(errors) => plan.skipped.push(Skipped {
                listing_id: old.id.clone(),
                title: title_of(old),
                errors,
            }),
        }
    }
    progress(Progress {
        phase: "check",
        done: total,
        total,
    });
    Some(plan)
}

/// What the user asked for, for the audit log.
pub fn summary_of(action: &BulkAction) -> Value {
    match action {
        BulkAction::Prices { by, only, rounding } => json!({
            "action": "prices",
            "by": match by {
                PriceBy::Percent(p) => json!({ "percent": p.to_string() }),
                PriceBy::Amount { currency, amount } => json!({ "currency": currency, "amount": amount.to_string() }),
            },
            "only": only,
            "rounding": rounding.iter().map(|(c, r)| json!([c, format!("{r:?}")])).collect::<Vec<_>>(),
        }),
        BulkAction::SetStock(n) => json!({ "action": "set-stock", "value": n }),
        BulkAction::AddStock(n) => json!({ "action": "add-stock", "value": n }),
        BulkAction::AddTags { locale, tags } => {
            json!({ "action": "add-tags", "locale": locale, "tags": tags })
        }
        BulkAction::RemoveTags { locale, tags } => {
            json!({ "action": "remove-tags", "locale": locale, "tags": tags })
        }
        BulkAction::SetState(s) => json!({ "action": "set-state", "state": s }),
        BulkAction::SetText {
            locale,
            field,
            value,
        } => json!({
            "action": "set-text", "locale": locale,
            "field": if *field == TextField::Title { "title" } else { "description" },
            "value": value,
        }),
    }
}

fn tags_text(t: Option<&ListingText>) -> String {
    t.map(|t| t.tags.join(", ")).unwrap_or_default()
}

/// Every field that differs between `old` and `new`, for people to read.
pub fn diff_lines(old: &Listing, new: &Listing) -> Vec<ChangeLine> {
    let title = title_of(new);
    let mut lines = Vec::new();
    let mut line = |sku: Option<&str>, field: String, before: String, after: String| {
        if before != after {
            lines.push(ChangeLine {
                listing_id: new.id.clone(),
                title: title.clone(),
                sku: sku.map(str::to_owned),
                field,
                before,
                after,
            });
        }
    };
    line(
        None,
        "state".into(),
        old.state.as_str().into(),
        new.state.as_str().into(),
    );
    line(
        None,
        "default_locale".into(),
        old.default_locale.clone(),
        new.default_locale.clone(),
    );
    let locales: std::collections::BTreeSet<&str> = old
        .texts
        .iter()
        .chain(&new.texts)
        .map(|t| t.locale.as_str())
        .collect();
    for locale in locales {
        let b = old.texts.iter().find(|t| t.locale == locale);
        let a = new.texts.iter().find(|t| t.locale == locale);
        line(
            None,
            format!("title.{locale}"),
            b.map(|t| t.title.clone()).unwrap_or_default(),
            a.map(|t| t.title.clone()).unwrap_or_default(),
        );
        line(
            None,
            format!("description.{locale}"),
            b.map(|t| t.description.clone()).unwrap_or_default(),
            a.map(|t| t.description.clone()).unwrap_or_default(),
        );
        line(None, format!("tags.{locale}"), tags_text(b), tags_text(a));
    }
    for v in &old.variants {
        if !new.variants.iter().any(|n| n.id == v.id) {
            line(Some(&v.sku), "variant".into(), v.sku.clone(), String::new());
        }
    }
    for v in &new.variants {
        let Some(o) = old.variants.iter().find(|o| o.id == v.id) else {
            line(Some(&v.sku), "variant".into(), String::new(), v.sku.clone());
            continue;
        };
        let sku = Some(v.sku.as_str());
        line(sku, "sku".into(), o.sku.clone(), v.sku.clone());
        line(
            sku,
            "stock".into(),
            o.stock.to_string(),
            v.stock.to_string(),
        );
        let opts = |v: &Variant| {
            v.options
                .iter()
                .map(|o| format!("{}={}", o.name, o.value))
                .collect::<Vec<_>>()
                .join("; ")
        };
        line(sku, "options".into(), opts(o), opts(v));
        let opt = |x: &Option<String>| x.clone().unwrap_or_default();
        line(
            sku,
            "weight_grams".into(),
            o.weight_grams.map(|w| w.to_string()).unwrap_or_default(),
            v.weight_grams.map(|w| w.to_string()).unwrap_or_default(),
        );
        line(sku, "hs_code".into(), opt(&o.hs_code), opt(&v.hs_code));
        line(
            sku,
            "hs_edition".into(),
            opt(&o.hs_edition),
            opt(&v.hs_edition),
        );
        line(
            sku,
            "origin_country".into(),
            opt(&o.origin_country),
            opt(&v.origin_country),
        );
        line(
            sku,
            "customs_description".into(),
            opt(&o.customs_description),
            opt(&v.customs_description),
        );
        let currencies: std::collections::BTreeSet<&str> = o
            .prices
            .iter()
            .chain(&v.prices)
            .map(|p| p.currency.as_str())
            .collect();
        for c in currencies {
            let amount = |x: &Variant| {
                x.prices
                    .iter()
                    .find(|p| p.currency == c)
                    .map(|p| format_price(p.amount_minor, c))
                    .unwrap_or_default()
            };
            line(sku, format!("price.{c}"), amount(o), amount(v));
        }
    }
    lines
}

/// Which listings a bulk edit works on.
#[derive(Debug, Clone)]
pub enum Selection {
    /// These listings (ticked one by one or by shift-click ranges).
    Ids(Vec<String>),
    /// Every listing the query matches (all pages), less `except`.
    Query {
        query: ListingQuery,
        except: Vec<String>,
    },
}

/// What applying a plan did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub batch_id: String,
    pub listings: usize,
    pub cancelled: bool,
}

/// A batch as the history shows it.
pub use shopkeeper_store::BatchInfo;

fn stale_errors(ids: &[String], titles: &HashMap<&str, String>, code: &'static str) -> CoreError {
    CoreError::Validation(
        ids.iter()
            .map(|id| {
                FieldError::new(format!("listings.{id}"), code).arg(
                    "title",
                    titles
                        .get(id.as_str())
                        .cloned()
                        .unwrap_or_else(|| id.clone()),
                )
            })
            .collect(),
    )
}

impl Shop {
    /// The ids a selection stands for.
    pub async fn selection_ids(&self, selection: &Selection) -> Result<Vec<String>> {
        Ok(match selection {
            Selection::Ids(ids) => ids.clone(),
            Selection::Query { query, except } => {
                let except: HashSet<&str> = except.iter().map(String::as_str).collect();
                self.store
                    .matching_ids(query)
                    .await?
                    .into_iter()
                    .filter(|id| !except.contains(id.as_str()))
                    .collect()
            }
        })
    }

    /// Works out a bulk edit without writing anything: the preview. `None`
    /// when cancelled.
    pub async fn plan_bulk_edit(
        &self,
        selection: &Selection,
        action: &BulkAction,
        progress: &(dyn Fn(Progress) + Sync),
        cancel: &AtomicBool,
    ) -> Result<Option<Plan>> {
        check_action(action).map_err(CoreError::Validation)?;
        let ids = self.selection_ids(selection).await?;
        progress(Progress {
            phase: "load",
            done: 0,
            total: ids.len(),
        });
        let listings = self.store.listings_by_ids(&ids).await?;
        Ok(plan_action(
            &listings,
            action,
            summary_of(action),
            now_ms(),
            progress,
            cancel,
        ))
    }

    /// Writes a plan as one batch. Refused, writing nothing, when one of its
    /// listings changed since it was planned (the error lists them).
    pub async fn apply_plan(
        &self,
        plan: &Plan,
        progress: &(dyn Fn(Progress) + Sync),
        cancel: &AtomicBool,
    ) -> Result<Applied> {
        let record = BatchRecord {
            id: plan.id.clone(),
            kind: plan.kind,
            at: plan.at,
            actor: self.actor.clone(),
            undoes: plan.undoes.clone(),
            summary: plan.summary.clone(),
        };
        let total = plan.items.len();
        let step = |done| {
            progress(Progress {
                phase: "save",
                done,
                total,
            })
        };
        step(0);
        let outcome = self
            .store
            .save_batch(&record, &plan.items, &step, cancel)
            .await
            .map_err(|e| match e {
                StoreError::SkuTaken { sku } => CoreError::Validation(vec![
                    FieldError::new("variants", "sku-taken").arg("sku", sku),
                ]),
                other => other.into(),
            })?;
        match outcome {
            BatchOutcome::Saved => Ok(Applied {
                batch_id: plan.id.clone(),
                listings: total,
                cancelled: false,
            }),
            BatchOutcome::Cancelled => Ok(Applied {
                batch_id: plan.id.clone(),
                listings: 0,
                cancelled: true,
            }),
            BatchOutcome::Stale(ids) => {
                let titles: HashMap<&str, String> = plan
                    .items
                    .iter()
                    .map(|i| (i.listing.id.as_str(), title_of(&i.listing)))
                    .collect();
                Err(stale_errors(&ids, &titles, "bulk-listing-changed"))
            }
        }
    }

    /// Plans the undo of batch `batch_id`: every listing back to exactly what
    /// it was before (listings the batch created are archived). Refused when
    /// the batch was undone already or a listing changed since the batch.
    pub async fn plan_undo(&self, batch_id: &str) -> Result<Plan> {
        let info = self
            .store
            .batch(batch_id)
            .await?
            .ok_or(CoreError::NotFound("batch"))?;
        if info.undone_by.is_some() {
            return Err(CoreError::Validation(vec![FieldError::new(
                "batch",
                "bulk-already-undone",
            )]));
        }
        let entries = self.store.batch_entries(batch_id).await?;
        let ids: Vec<String> = entries.iter().map(|e| e.listing_id.clone()).collect();
        let current: HashMap<String, Listing> = self
            .store
            .listings_by_ids(&ids)
            .await?
            .into_iter()
            .map(|l| (l.id.clone(), l))
            .collect();
        let changed: Vec<String> = entries
            .iter()
            .filter(|e| {
                current.get(&e.listing_id).map(|l| l.updated_at) != Some(e.after_updated_at)
            })
            .map(|e| e.listing_id.clone())
            .collect();
        if !changed.is_empty() {
            let titles: HashMap<&str, String> = current
                .values()
                .map(|l| (l.id.as_str(), title_of(l)))
                .collect();
            return Err(stale_errors(&changed, &titles, "bulk-undo-listing-changed"));
        }
        let at = now_ms();
        let mut plan = Plan::new("undo", json!({ "undoes": batch_id, "kind": info.kind }), at);
        plan.undoes = Some(batch_id.to_owned());
        for e in &entries {
            let Some(now) = current.get(&e.listing_id) else {
                continue;
            };
            match &e.before {
                Some(before) => {
                    // Every field as it was, `updated_at` included: undoing a
                    // later batch first leaves this one undoable in turn.
                    let restored = Listing {
                        server_version: now.server_version,
                        ..before.clone()
                    };
                    plan.push(Some(now), restored, "undo");
                }
                None => {
                    // Created by the batch: archived, its data kept.
                    // Archived as `Shop::set_archived` does: off sale.
                    let archived = Listing {
                        archived_at: Some(at),
                        state: ListingState::Inactive,
                        updated_at: at,
                        ..now.clone()
                    };
                    let (ops, _, changes) = changes::archived(now, &archived, true);
                    plan.lines.push(ChangeLine {
                        listing_id: now.id.clone(),
                        title: title_of(now),
                        sku: None,
                        field: "archived".into(),
                        before: "false".into(),
                        after: "true".into(),
                    });
                    plan.changed += 1;
                    plan.items.push(BatchItem {
                        before: Some(now.clone()),
                        listing: archived,
                        ops,
                        action: "undo",
                        changes,
                    });
                }
            }
        }
        Ok(plan)
    }

    /// Undoes batch `batch_id` in one step: [`Shop::plan_undo`] then
    /// [`Shop::apply_plan`].
    pub async fn undo_batch(
        &self,
        batch_id: &str,
        progress: &(dyn Fn(Progress) + Sync),
        cancel: &AtomicBool,
    ) -> Result<Applied> {
        let plan = self.plan_undo(batch_id).await?;
        self.apply_plan(&plan, progress, cancel).await
    }

    /// The latest batches, newest first.
    pub async fn recent_batches(&self, limit: u32) -> Result<Vec<BatchInfo>> {
        Ok(self.store.recent_batches(limit).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).expect("decimal")
    }

    fn cur(code: &str) -> CurrencyInfo {
        money::currency(code).expect("currency")
    }

    #[test]
    fn rounding_strategies_are_exact() {
        let usd = cur("USD");
        assert_eq!(round_amount(d("10.989"), &usd, Rounding::None), Ok(1099));
        assert_eq!(round_amount(d("10.985"), &usd, Rounding::None), Ok(1099));
        assert_eq!(round_amount(d("10.984"), &usd, Rounding::None), Ok(1098));
        assert_eq!(round_amount(d("10.989"), &usd, Rounding::To99), Ok(1099));
        assert_eq!(round_amount(d("10.34"), &usd, Rounding::To99), Ok(999));
        assert_eq!(round_amount(d("10.6"), &usd, Rounding::To99), Ok(1099));
        assert_eq!(round_amount(d("11.00"), &usd, Rounding::To99), Ok(1099));
        assert_eq!(round_amount(d("0.20"), &usd, Rounding::To99), Ok(99));
        assert_eq!(round_amount(d("21.989"), &usd, Rounding::To90), Ok(2190));
        assert_eq!(round_amount(d("22.39"), &usd, Rounding::To90), Ok(2190));
        // Halfway between 21.90 and 22.90: ties go up.
        assert_eq!(round_amount(d("22.40"), &usd, Rounding::To90), Ok(2290));
        assert_eq!(round_amount(d("12.5"), &usd, Rounding::Whole), Ok(1300));
        assert_eq!(round_amount(d("12.49"), &usd, Rounding::Whole), Ok(1200));
        let idr = cur("IDR");
        assert_eq!(
            round_amount(d("16549.5"), &idr, Rounding::Hundreds),
            Ok(1_650_000)
        );
        assert_eq!(
            round_amount(d("16550"), &idr, Rounding::Hundreds),
            Ok(1_660_000)
        );
        assert_eq!(round_amount(d("0"), &usd, Rounding::To99), Ok(0));
        assert_eq!(
            round_amount(d("-1"), &usd, Rounding::None),
            Err("price-negative")
        );
        let jpy = cur("JPY");
        assert_eq!(round_amount(d("1650.4"), &jpy, Rounding::None), Ok(1650));
        assert_eq!(
            round_amount(d("1650.4"), &jpy, Rounding::To99),
            Err("bulk-rounding-unsupported")
        );
        let kwd = cur("KWD");
        assert_eq!(round_amount(d("1.2345"), &kwd, Rounding::None), Ok(1235));
    }

    #[test]
    fn rounding_never_goes_through_a_float() {
        // 0.1 + 0.2 style: 19.99 * 1.1 = 21.989 exactly.
        let usd = cur("USD");
        let v = Decimal::new(1999, 2) * d("110") / d("100");
        assert_eq!(v, d("21.989"));
        assert_eq!(round_amount(v, &usd, Rounding::None), Ok(2199));
    }

    #[test]
    fn actions_are_checked_before_any_listing() {
        let bad = BulkAction::Prices {
            by: PriceBy::Percent(d("-100")),
            only: None,
            rounding: vec![("JPY".into(), Rounding::To99)],
        };
        let errors = check_action(&bad).expect_err("refused");
        let codes: Vec<&str> = errors.iter().map(|e| e.code).collect();
        assert_eq!(codes, ["bulk-percent-range", "bulk-rounding-unsupported"]);
        assert!(check_action(&BulkAction::SetStock(-1)).is_err());
        assert!(check_action(&BulkAction::SetStock(5)).is_ok());
    }
}
