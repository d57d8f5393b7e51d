//! CSV export and import of listings: one row per variant, every translation
//! (`title.<locale>`, `description.<locale>`, `tags.<locale>`) and every price
//! (`price.<CUR>`) as columns, listing fields repeated on each of its rows.
//!
//! Files are UTF-8 with or without a BOM (exports carry one, for Excel),
//! comma- or semicolon-delimited (detected from the header on import).
//!
//! Decimal comma rule: with `;` as delimiter, a price cell written with one
//! comma and no dot, and no more digits after the comma than the currency
//! has decimals ("12,50" EUR, "1,234" KWD), is read as a decimal comma.
//! Anything else with a comma ("1.234,50", "1,234" EUR, any comma in a
//! comma-delimited file) is ambiguous and refused with `csv-price-ambiguous`.
//! Exports with `;` write decimal commas; with `,` they write dots.
//!
//! Import never deletes: variants missing from the file and columns missing
//! from the file are left as they are. An empty price cell removes that
//! price; an empty translation (title, description and tags) removes it.
//! Rows are matched to listings by `listing_id`, else by `sku`; anything else
//! is a new listing (rows sharing a `listing_id` that is not in the shop make
//! one new listing).

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::json;
use shopkeeper_store::{Listing, ListingState, OptionValue};

use crate::bulk::{Plan, Progress, input_of, rebuild};
use crate::error::{CoreError, FieldError, Result};
use crate::money::{self, MARKET_CURRENCIES};
use crate::validate::{CONTENT_LOCALES, ListingInput, PriceInput, TextInput, VariantInput};
use crate::{Shop, now_ms};

/// The columns every export has, in order.
pub const FIXED_COLUMNS: &[&str] = &[
    "listing_id",
    "state",
    "default_locale",
    "variant_id",
    "sku",
    "options",
    "stock",
    "weight_grams",
    "hs_code",
    "hs_edition",
    "origin_country",
    "customs_description",
];
/// Columns that belong to the listing (repeated on each of its rows).
const LISTING_COLUMNS: &[&str] = &["listing_id", "state", "default_locale"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delimiter {
    Comma,
    Semicolon,
}

impl Delimiter {
    pub fn byte(self) -> u8 {
        match self {
            Self::Comma => b',',
            Self::Semicolon => b';',
        }
    }

    /// What a spreadsheet in this UI language expects: pt-BR and ru-RU (and
    /// the other decimal-comma locales) use semicolons.
    pub fn for_locale(locale: &str) -> Self {
        match locale {
            "pt-BR" | "ru-RU" | "es-ES" | "id-ID" => Self::Semicolon,
            _ => Self::Comma,
        }
    }
}

/// A problem in an imported file, at a line (1 = the header) and a column
/// (its header name; empty when the whole line is concerned).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub line: u64,
    /// The header name, e.g. `price.BRL`, `title.pt-BR`, `sku`.
    pub column: String,
    /// `error.field` is the column too; `error.code` names `error-<code>`.
    pub error: FieldError,
}

/// A CSV import worked out but not applied: the preview.
#[derive(Debug, Clone)]
pub struct ImportPlan {
    pub plan: Plan,
    pub rows: usize,
    pub delimiter: Delimiter,
    /// Listings with at least one error: left out of the plan.
    pub invalid: usize,
    pub errors: Vec<CsvError>,
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportSummary {
    pub listings: usize,
    pub rows: usize,
}

fn file_error(code: &'static str) -> CoreError {
    CoreError::Validation(vec![FieldError::new("path", code)])
}

/// Locales and currencies that have data in `listings`, in a stable order.
fn columns_for(listings: &[Listing]) -> (Vec<&'static str>, Vec<String>) {
    let mut locales: HashSet<&str> = HashSet::new();
    let mut currencies: HashSet<&str> = HashSet::new();
    for l in listings {
        locales.extend(l.texts.iter().map(|t| t.locale.as_str()));
        for v in &l.variants {
            currencies.extend(v.prices.iter().map(|p| p.currency.as_str()));
        }
    }
    let locales = CONTENT_LOCALES
        .iter()
        .copied()
        .filter(|l| locales.contains(l))
        .collect();
    let mut rest: Vec<String> = currencies
        .iter()
        .filter(|c| !MARKET_CURRENCIES.contains(c))
        .map(|c| (*c).to_owned())
        .collect();
    rest.sort();
    let currencies = MARKET_CURRENCIES
        .iter()
        .filter(|c| currencies.contains(*c))
        .map(|c| (*c).to_owned())
        .chain(rest)
        .collect();
    (locales, currencies)
}

fn options_text(options: &[OptionValue]) -> String {
    options
        .iter()
        .map(|o| format!("{}={}", o.name, o.value))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Writes `listings` as CSV (with a UTF-8 BOM) to `out`.
pub fn write_csv<W: std::io::Write>(
    listings: &[Listing],
    delimiter: Delimiter,
    mut out: W,
) -> std::io::Result<usize> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter.byte())
        .from_writer(out);
    let (locales, currencies) = columns_for(listings);
    let mut header: Vec<String> = FIXED_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    for l in &locales {
        header.extend([
            format!("title.{l}"),
            format!("description.{l}"),
            format!("tags.{l}"),
        ]);
    }
    header.extend(currencies.iter().map(|c| format!("price.{c}")));
    w.write_record(&header)?;
    let mut rows = 0;
    for l in listings {
        for v in &l.variants {
            let opt = |x: &Option<String>| x.clone().unwrap_or_default();
            let mut rec: Vec<String> = vec![
                l.id.clone(),
                l.state.as_str().into(),
                l.default_locale.clone(),
                v.id.clone(),
                v.sku.clone(),
                options_text(&v.options),
                v.stock.to_string(),
                v.weight_grams.map(|w| w.to_string()).unwrap_or_default(),
                opt(&v.hs_code),
                opt(&v.hs_edition),
                opt(&v.origin_country),
                opt(&v.customs_description),
            ];
            for loc in &locales {
                let t = l.texts.iter().find(|t| t.locale == *loc);
                rec.push(t.map(|t| t.title.clone()).unwrap_or_default());
                rec.push(t.map(|t| t.description.clone()).unwrap_or_default());
                rec.push(t.map(|t| t.tags.join(", ")).unwrap_or_default());
            }
            for c in &currencies {
                let amount = v
                    .prices
                    .iter()
                    .find(|p| p.currency == *c)
                    .map(|p| crate::bulk::format_price(p.amount_minor, c))
                    .unwrap_or_default();
                rec.push(if delimiter == Delimiter::Semicolon {
                    amount.replace('.', ",")
                } else {
                    amount
                });
            }
            w.write_record(&rec)?;
            rows += 1;
        }
    }
    w.flush()?;
    Ok(rows)
}

/// The delimiter of a file, from its first line: the more frequent of `;`
/// and `,` outside quotes (a comma on a tie).
pub fn detect_delimiter(text: &str) -> Delimiter {
    let (mut commas, mut semis, mut quoted) = (0, 0, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas {
        Delimiter::Semicolon
    } else {
        Delimiter::Comma
    }
}

/// A price cell as the core's parser takes it, applying the decimal comma
/// rule (module docs); `None` when a comma makes it ambiguous.
pub fn price_cell(raw: &str, delimiter: Delimiter, currency: &str) -> Option<String> {
    let t = raw.trim();
    if !t.contains(',') {
        return Some(t.to_owned());
    }
    let exponent = money::currency(currency).map_or(0, |c| c.exponent);
    if delimiter == Delimiter::Semicolon
        && !t.contains('.')
        && let Some((int, frac)) = t.split_once(',')
        && !frac.contains(',')
        && !int.is_empty()
        && !frac.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && frac.len() <= exponent as usize
    {
        return Some(format!("{int}.{frac}"));
    }
    None
}

/// A parsed header: where each known column is.
struct Header {
    names: Vec<String>,
    index: HashMap<String, usize>,
    locales: Vec<&'static str>,
    currencies: Vec<String>,
}

impl Header {
    fn parse(names: Vec<String>) -> std::result::Result<Self, CsvError> {
        let mut index = HashMap::new();
        let mut locales: Vec<&'static str> = Vec::new();
        let mut currencies = Vec::new();
        for (i, raw) in names.iter().enumerate() {
            let name = raw.trim();
            let err = |code| CsvError {
                line: 1,
                column: name.to_owned(),
                error: FieldError::new(name, code).arg("column", name),
            };
            let known = if FIXED_COLUMNS.contains(&name) {
                true
            } else if let Some((kind, rest)) = name.split_once('.') {
                match kind {
                    "title" | "description" | "tags" => {
                        match CONTENT_LOCALES.iter().find(|l| **l == rest) {
                            Some(l) => {
                                if !locales.contains(l) {
                                    locales.push(*l);
                                }
                                true
                            }
                            None => false,
                        }
                    }
                    "price" if money::currency(rest).is_some() => {
                        if !currencies.iter().any(|c| c == rest) {
                            currencies.push(rest.to_owned());
                        }
                        true
                    }
                    _ => false,
                }
            } else {
                false
            };
            if !known {
                return Err(err("csv-column-unknown"));
            }
            if index.insert(name.to_owned(), i).is_some() {
                return Err(err("csv-column-duplicate"));
            }
        }
        if !index.contains_key("sku") {
            return Err(CsvError {
                line: 1,
                column: "sku".into(),
                error: FieldError::new("sku", "csv-column-missing").arg("column", "sku"),
            });
        }
        Ok(Self {
            names: names.into_iter().map(|n| n.trim().to_owned()).collect(),
            index,
            locales,
            currencies,
        })
    }
}

/// One data row.
struct Row {
    line: u64,
    cells: Vec<String>,
}

impl Row {
    fn get<'a>(&'a self, h: &Header, column: &str) -> Option<&'a str> {
        h.index
            .get(column)
            .and_then(|i| self.cells.get(*i))
            .map(|s| s.as_str())
    }
}

fn parse_options(text: &str) -> Option<Vec<OptionValue>> {
    let mut out = Vec::new();
    for part in text.split(';') {
        if part.trim().is_empty() {
            continue;
        }
        let (name, value) = part.split_once('=')?;
        out.push(OptionValue {
            name: name.trim().to_owned(),
            value: value.trim().to_owned(),
        });
    }
    Some(out)
}

/// The rows of one listing in the file, and the listing they update.
struct Group<'a> {
    existing: Option<&'a Listing>,
    rows: Vec<Row>,
}

/// Parses and checks a CSV file against `shop_listings` (every listing of the
/// shop): the import's preview. `None` when cancelled.
pub fn plan_import(
    bytes: &[u8],
    shop_listings: &[Listing],
    at: i64,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> std::result::Result<Option<ImportPlan>, CsvError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first_line_end = bytes
        .iter()
        .position(|b| *b == b'\n')
        .unwrap_or(bytes.len());
    let delimiter = detect_delimiter(&String::from_utf8_lossy(&bytes[..first_line_end]));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter.byte())
        .flexible(true)
        .has_headers(false)
        .from_reader(bytes);

    let total_bytes = bytes.len();
    let mut header: Option<Header> = None;
    let mut rows: Vec<Row> = Vec::new();
    let mut errors: Vec<CsvError> = Vec::new();
    let mut bad_lines: HashSet<u64> = HashSet::new();
    let mut record = csv::ByteRecord::new();
    loop {
        let more = match reader.read_byte_record(&mut record) {
            Ok(more) => more,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(CsvError {
                    line,
                    column: String::new(),
                    error: FieldError::new("", "csv-malformed"),
                });
            }
        };
        if !more {
            break;
        }
        let line = record.position().map_or(0, |p| p.line());
        if rows.len().is_multiple_of(1000) {
            if cancel.load(Ordering::Relaxed) {
                return Ok(None);
            }
            progress(Progress {
                phase: "parse",
                done: record.position().map_or(0, |p| p.byte() as usize),
                total: total_bytes,
            });
        }
        let mut cells = Vec::with_capacity(record.len());
        let mut utf8_error = None;
        for (i, field) in record.iter().enumerate() {
            match std::str::from_utf8(field) {
                Ok(s) => cells.push(s.to_owned()),
                Err(_) => {
                    utf8_error.get_or_insert(i);
                    cells.push(String::new());
                }
            }
        }
        let Some(h) = &header else {
            if let Some(i) = utf8_error {
                return Err(CsvError {
                    line,
                    column: format!("#{}", i + 1),
                    error: FieldError::new("", "csv-not-utf8"),
                });
            }
            header = Some(Header::parse(cells)?);
            continue;
        };
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue; // blank line
        }
        if let Some(i) = utf8_error {
            let column = h.names.get(i).cloned().unwrap_or_default();
            errors.push(CsvError {
                line,
                error: FieldError::new(column.clone(), "csv-not-utf8"),
                column,
            });
            bad_lines.insert(line);
        }
        if cells.len() != h.names.len() {
            let column = h
                .names
                .get(cells.len().min(h.names.len().saturating_sub(1)))
                .cloned()
                .unwrap_or_default();
            errors.push(CsvError {
                line,
                error: FieldError::new(column.clone(), "csv-row-length")
                    .arg("expected", h.names.len())
                    .arg("found", cells.len()),
                column,
            });
            bad_lines.insert(line);
        }
        rows.push(Row { line, cells });
    }
    let Some(h) = header else {
        return Err(CsvError {
            line: 1,
            column: String::new(),
            error: FieldError::new("", "csv-empty"),
        });
    };
    let row_count = rows.len();

    // Group rows into listings: by listing_id, else by the SKU's listing,
    // else one new listing per row.
    let by_id: HashMap<&str, &Listing> = shop_listings.iter().map(|l| (l.id.as_str(), l)).collect();
    let mut sku_owner: HashMap<String, &str> = HashMap::new();
    for l in shop_listings {
        for v in &l.variants {
            sku_owner.insert(v.sku.to_uppercase(), l.id.as_str());
        }
    }
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Group> = HashMap::new();
    for row in rows {
        let lid = row.get(&h, "listing_id").unwrap_or("").trim().to_owned();
        let sku = row.get(&h, "sku").unwrap_or("").trim().to_uppercase();
        let key = if !lid.is_empty() {
            lid.clone()
        } else if let Some(owner) = sku_owner.get(&sku) {
            (*owner).to_owned()
        } else {
            format!("\u{1}row:{}", row.line)
        };
        let existing = by_id.get(key.as_str()).copied();
        groups
            .entry(key.clone())
            .or_insert_with(|| {
                order.push(key.clone());
                Group {
                    existing,
                    rows: Vec::new(),
                }
            })
            .rows
            .push(row);
    }

    let mut plan = Plan::new("csv-import", json!({ "rows": row_count }), at);
    let mut invalid = 0;
    // SKU → the group that claims it in this file.
    let mut claimed: HashMap<String, String> = HashMap::new();
    let total = order.len();
    for (n, key) in order.iter().enumerate() {
        if n.is_multiple_of(500) {
            if cancel.load(Ordering::Relaxed) {
                return Ok(None);
            }
            progress(Progress {
                phase: "check",
                done: n,
                total,
            });
        }
        let group = &groups[key];
        let mut group_errors: Vec<CsvError> = Vec::new();
        if group.rows.iter().any(|r| bad_lines.contains(&r.line)) {
            invalid += 1;
            continue;
        }
        if let Some((input, lines)) = build_input(&h, group, delimiter, &mut group_errors) {
            // SKUs used by another listing of the shop or of the file.
            let own_id = group.existing.map(|l| l.id.as_str());
            for (v, line) in input.variants.iter().zip(&lines) {
                let sku = v.sku.trim().to_uppercase();
                if sku.is_empty() {
                    continue;
                }
                let taken_in_shop = sku_owner.get(&sku).is_some_and(|o| Some(*o) != own_id);
                let taken_in_file = claimed.get(&sku).is_some_and(|k| k != key);
                if taken_in_shop || taken_in_file {
                    group_errors.push(CsvError {
                        line: *line,
                        column: "sku".into(),
                        error: FieldError::new("sku", "sku-taken").arg("sku", v.sku.trim()),
                    });
                } else {
                    claimed.insert(sku, key.clone());
                }
            }
            if group_errors.is_empty() {
                match rebuild(group.existing, &input, at) {
                    Ok(new) => plan.push(group.existing, new, "import"),
                    Err(field_errors) => {
                        for e in field_errors {
                            group_errors.push(locate(&h, group, &input, &lines, e));
                        }
                    }
                }
            }
        }
        if !group_errors.is_empty() {
            invalid += 1;
            errors.extend(group_errors);
        }
    }
    progress(Progress {
        phase: "check",
        done: total,
        total,
    });
    errors.sort_by_key(|e| e.line);
    Ok(Some(ImportPlan {
        plan,
        rows: row_count,
        delimiter,
        invalid,
        errors,
    }))
}

/// The editor input a group of rows makes (starting from the listing as it
/// is), and the file line of each of its variants. `None` when a cell could
/// not be read; the reasons are in `errors`.
fn build_input(
    h: &Header,
    group: &Group,
    delimiter: Delimiter,
    errors: &mut Vec<CsvError>,
) -> Option<(ListingInput, Vec<u64>)> {
    let first = &group.rows[0];
    let mut input = match group.existing {
        Some(l) => input_of(l),
        None => ListingInput {
            state: ListingState::Draft,
            default_locale: "en-US".into(),
            texts: Vec::new(),
            variants: Vec::new(),
        },
    };
    let mut err = |line: u64, column: &str, e: FieldError| {
        errors.push(CsvError {
            line,
            column: column.to_owned(),
            error: e,
        })
    };

    // Listing fields: from the first row; later rows may repeat or leave them empty.
    for col in LISTING_COLUMNS {
        let v = first.get(h, col).unwrap_or("").trim();
        for r in &group.rows[1..] {
            let other = r.get(h, col).unwrap_or("").trim();
            if !other.is_empty() && other != v {
                err(
                    r.line,
                    col,
                    FieldError::new(*col, "csv-listing-mismatch").arg("line", first.line as i64),
                );
            }
        }
    }
    if let Some(state) = first
        .get(h, "state")
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        match ListingState::parse(state) {
            Some(s) => input.state = s,
            None => err(
                first.line,
                "state",
                FieldError::new("state", "csv-state-invalid").arg("value", state),
            ),
        }
    }
    if let Some(l) = first
        .get(h, "default_locale")
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        input.default_locale = l.to_owned();
    }

    // Texts: the locales that have columns; from the first row that has them.
    for locale in &h.locales {
        let col = |k: &str| format!("{k}.{locale}");
        let slot = match input.texts.iter().position(|t| t.locale == *locale) {
            Some(i) => i,
            None => {
                input.texts.push(TextInput {
                    locale: (*locale).to_owned(),
                    title: String::new(),
                    description: String::new(),
                    tags: Vec::new(),
                });
                input.texts.len() - 1
            }
        };
        let t = &mut input.texts[slot];
        if let Some(v) = first.get(h, &col("title")) {
            t.title = v.to_owned();
        }
        if let Some(v) = first.get(h, &col("description")) {
            t.description = v.to_owned();
        }
        if let Some(v) = first.get(h, &col("tags")) {
            t.tags = v
                .split(',')
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect();
        }
    }

    // Variants: one per row, matched by variant_id then SKU; the listing's
    // other variants stay as they are, after the file's.
    let existing_variants: Vec<VariantInput> = std::mem::take(&mut input.variants);
    let mut used = vec![false; existing_variants.len()];
    let mut lines = Vec::new();
    let mut variants = Vec::new();
    for r in &group.rows {
        let vid = r.get(h, "variant_id").unwrap_or("").trim();
        let sku = r.get(h, "sku").unwrap_or("").trim();
        let found = existing_variants
            .iter()
            .enumerate()
            .position(|(i, v)| !used[i] && !vid.is_empty() && v.id.as_deref() == Some(vid))
            .or_else(|| {
                existing_variants.iter().enumerate().position(|(i, v)| {
                    !used[i] && !sku.is_empty() && v.sku.eq_ignore_ascii_case(sku)
                })
            });
        let mut v = match found {
            Some(i) => {
                used[i] = true;
                existing_variants[i].clone()
            }
            None => VariantInput {
                id: None,
                sku: String::new(),
                options: Vec::new(),
                weight_grams: String::new(),
                hs_code: None,
                hs_edition: None,
                origin_country: None,
                customs_description: None,
                stock: "0".into(),
                prices: Vec::new(),
            },
        };
        v.sku = sku.to_owned();
        if let Some(o) = r.get(h, "options") {
            match parse_options(o) {
                Some(opts) => v.options = opts,
                None => err(
                    r.line,
                    "options",
                    FieldError::new("options", "csv-options-invalid"),
                ),
            }
        }
        if let Some(s) = r.get(h, "stock").map(str::trim).filter(|s| !s.is_empty()) {
            v.stock = s.to_owned();
        }
        if let Some(w) = r.get(h, "weight_grams") {
            v.weight_grams = w.trim().to_owned();
        }
        let opt = |x: Option<&str>| x.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
        if r.get(h, "hs_code").is_some() {
            v.hs_code = opt(r.get(h, "hs_code"));
        }
        if r.get(h, "hs_edition").is_some() {
            v.hs_edition = opt(r.get(h, "hs_edition"));
        }
        if r.get(h, "origin_country").is_some() {
            v.origin_country = opt(r.get(h, "origin_country"));
        }
        if r.get(h, "customs_description").is_some() {
            v.customs_description = opt(r.get(h, "customs_description"));
        }
        for c in &h.currencies {
            let col = format!("price.{c}");
            let cell = r.get(h, &col).unwrap_or("");
            v.prices.retain(|p| p.currency != *c);
            if cell.trim().is_empty() {
                continue;
            }
            match price_cell(cell, delimiter, c) {
                Some(amount) => v.prices.push(PriceInput {
                    currency: c.clone(),
                    amount,
                }),
                None => err(
                    r.line,
                    &col,
                    FieldError::new(col.clone(), "csv-price-ambiguous")
                        .arg("value", cell.trim())
                        .arg("currency", c.as_str()),
                ),
            }
        }
        variants.push(v);
        lines.push(r.line);
    }
    for (v, used) in existing_variants.into_iter().zip(used) {
        if !used {
            variants.push(v);
            lines.push(first.line);
        }
    }
    input.variants = variants;
    if errors.is_empty() {
        Some((input, lines))
    } else {
        None
    }
}

/// Where in the file a validation error of a group's input is.
fn locate(
    h: &Header,
    group: &Group,
    input: &ListingInput,
    lines: &[u64],
    e: FieldError,
) -> CsvError {
    let first = group.rows[0].line;
    let parts: Vec<&str> = e.field.split('.').collect();
    let (line, column) = match parts.as_slice() {
        ["texts", locale, "locale"] => (first, format!("title.{locale}")),
        ["texts", locale, name] => (first, format!("{name}.{locale}")),
        ["default_locale"] => (first, "default_locale".to_owned()),
        ["variants", i, "prices", j, _] => {
            let i: usize = i.parse().unwrap_or(0);
            let j: usize = j.parse().unwrap_or(0);
            let currency = input
                .variants
                .get(i)
                .and_then(|v| v.prices.get(j))
                .map(|p| p.currency.clone())
                .unwrap_or_default();
            (
                lines.get(i).copied().unwrap_or(first),
                format!("price.{currency}"),
            )
        }
        ["variants", i, "prices"] => {
            let i: usize = i.parse().unwrap_or(0);
            let column = h
                .currencies
                .first()
                .map(|c| format!("price.{c}"))
                .unwrap_or_else(|| "state".to_owned());
            (lines.get(i).copied().unwrap_or(first), column)
        }
        ["variants", i, name] => {
            let i: usize = i.parse().unwrap_or(0);
            (lines.get(i).copied().unwrap_or(first), (*name).to_owned())
        }
        ["variants"] => (first, "sku".to_owned()),
        _ => (first, e.field.clone()),
    };
    CsvError {
        line,
        error: FieldError {
            field: column.clone(),
            ..e
        },
        column,
    }
}

impl Shop {
    /// Writes every live listing to `path` as CSV; see the module docs.
    pub async fn export_csv(&self, path: &Path, delimiter: Delimiter) -> Result<ExportSummary> {
        let listings = self.store.all_listings(false).await?;
        let file = std::fs::File::create(path).map_err(|e| {
            tracing::info!(error = %e, path = %path.display(), "export: cannot create");
            file_error("csv-file-unwritable")
        })?;
        let rows = write_csv(&listings, delimiter, std::io::BufWriter::new(file)).map_err(|e| {
            tracing::info!(error = %e, "export: write failed");
            file_error("csv-file-unwritable")
        })?;
        Ok(ExportSummary {
            listings: listings.len(),
            rows,
        })
    }

    /// Reads and checks a CSV file: the import's preview. Nothing is written
    /// until the plan is applied ([`Shop::apply_plan`]). `None` when cancelled.
    pub async fn plan_csv_import(
        &self,
        path: &Path,
        progress: &(dyn Fn(Progress) + Sync),
        cancel: &AtomicBool,
    ) -> Result<std::result::Result<Option<ImportPlan>, CsvError>> {
        let bytes = std::fs::read(path).map_err(|e| {
            tracing::info!(error = %e, path = %path.display(), "import: cannot read");
            file_error("csv-file-unreadable")
        })?;
        progress(Progress {
            phase: "load",
            done: 0,
            total: bytes.len(),
        });
        let listings = self.store.all_listings(true).await?;
        Ok(plan_import(&bytes, &listings, now_ms(), progress, cancel))
    }
}
