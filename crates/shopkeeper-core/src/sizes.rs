//! Size charts. A chart holds body measurements once, in millimetres, and
//! maps each row to the size label of every market (BR, EU, RU, ID, US, CN).
//! The seller types measurements in the chart's unit (cm or in); a buyer sees
//! their market's labels and their market's unit (inches in the US).

use std::collections::{BTreeMap, HashSet};

use serde_json::json;
use shopkeeper_store::{AuditEntry, ChangeRecord, OutboxOp, SizeChart, SizeRow};

use crate::error::{CoreError, FieldError, Result};
use crate::{Shop, new_id, now_ms};

/// The markets a chart labels sizes for, in display order.
pub const MARKETS: [&str; 6] = ["BR", "EU", "RU", "ID", "US", "CN"];
/// Measures a chart may hold.
pub const MEASURES: [&str; 7] = [
    "bust",
    "chest",
    "waist",
    "hip",
    "foot_length",
    "height",
    "inseam",
];
pub const MAX_ROWS: usize = 30;
pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_LABEL_CHARS: usize = 12;
/// Largest measurement accepted: 300 cm.
const MAX_MM: i64 = 3000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Cm,
    In,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Cm => "cm",
            Unit::In => "in",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "cm" => Some(Unit::Cm),
            "in" => Some(Unit::In),
            _ => None,
        }
    }
}

/// The unit buyers of a market read measurements in.
pub fn market_unit(market: &str) -> Unit {
    if market == "US" { Unit::In } else { Unit::Cm }
}

/// Millimetres as a decimal string in `unit`, one decimal, trailing ".0"
/// dropped: 905 mm → "90.5" cm, 254 mm → "10" in. Integer arithmetic only.
pub fn format_mm(mm: i64, unit: Unit) -> String {
    let tenths = match unit {
        Unit::Cm => mm,
        // mm / 25.4 in = mm * 10 / 254 tenths of an inch, rounded half up.
        Unit::In => (mm * 100 + 127).div_euclid(254),
    };
    let (whole, frac) = (tenths.div_euclid(10), tenths.rem_euclid(10));
    if frac == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{frac}")
    }
}

/// A measurement typed in `unit` ("90.5", "35,5") → millimetres, rounded to
/// the nearest millimetre. `None` when it is not a positive number with at
/// most two decimals.
pub fn parse_measure(s: &str, unit: Unit) -> Option<i64> {
    let t = s.trim().replace(',', ".");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty() && frac.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 2
        || whole.len() > 5
    {
        return None;
    }
    let hundredths: i64 = format!("{whole:0>1}{frac:0<2}").parse().ok()?;
    let mm = match unit {
        // hundredths of a cm → mm, rounded.
        Unit::Cm => (hundredths + 5).div_euclid(10),
        // hundredths of an inch × 0.254 mm, rounded.
        Unit::In => (hundredths * 254 + 500).div_euclid(1000),
    };
    (mm > 0 && mm <= MAX_MM).then_some(mm)
}

/// A chart as the seller typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeChartInput {
    pub name: String,
    /// `cm` or `in`: the unit of every measurement below.
    pub unit: String,
    pub measures: Vec<String>,
    pub rows: Vec<SizeRowInput>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeRowInput {
    /// Per measure: (min, max) as typed; max may be empty for a single value.
    pub measurements: BTreeMap<String, (String, String)>,
    /// Market → label.
    pub labels: BTreeMap<String, String>,
}

/// A checked chart: name, unit, measures, rows.
pub type ValidChart = (String, Unit, Vec<String>, Vec<SizeRow>);

/// Checks a chart; every broken rule, each tied to a field.
pub fn validate_chart(input: &SizeChartInput) -> Result<ValidChart, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = input.name.trim().to_owned();
    if name.is_empty() {
        errors.push(FieldError::new("name", "size-chart-name-empty"));
    } else if name.chars().count() > MAX_NAME_CHARS {
        errors.push(FieldError::new("name", "size-chart-name-too-long").arg("max", MAX_NAME_CHARS));
    }
    let unit = Unit::parse(input.unit.trim());
    if unit.is_none() {
        errors.push(FieldError::new("unit", "size-chart-unit-invalid"));
    }
    let unit = unit.unwrap_or(Unit::Cm);
    let mut measures: Vec<String> = Vec::new();
    for m in &input.measures {
        let m = m.trim();
        if !MEASURES.contains(&m) {
            errors
                .push(FieldError::new("measures", "size-chart-measure-unknown").arg("measure", m));
        } else if !measures.iter().any(|x| x == m) {
            measures.push(m.to_owned());
        }
    }
    if measures.is_empty() {
        errors.push(FieldError::new("measures", "size-chart-measures-empty"));
    }
    if input.rows.is_empty() {
        errors.push(FieldError::new("rows", "size-chart-rows-empty"));
    } else if input.rows.len() > MAX_ROWS {
        errors.push(FieldError::new("rows", "size-chart-rows-too-many").arg("max", MAX_ROWS));
    }
    let mut rows = Vec::new();
    let mut seen: BTreeMap<&str, HashSet<String>> = BTreeMap::new();
    for (i, row) in input.rows.iter().enumerate() {
        let mut measurements = BTreeMap::new();
        for m in &measures {
            let field = format!("rows.{i}.{m}");
            let (min, max) = row.measurements.get(m).cloned().unwrap_or_default();
            let lo = parse_measure(&min, unit);
            let hi = if max.trim().is_empty() {
                lo
            } else {
                parse_measure(&max, unit)
            };
            match (lo, hi) {
                (Some(lo), Some(hi)) if lo <= hi => {
                    measurements.insert(m.clone(), [lo, hi]);
                }
                (Some(_), Some(_)) => {
                    errors.push(FieldError::new(field, "size-chart-range-reversed"))
                }
                _ => errors.push(
                    FieldError::new(field, "size-chart-measure-invalid").arg("unit", unit.as_str()),
                ),
            }
        }
        let mut labels = BTreeMap::new();
        for market in MARKETS {
            let label = row
                .labels
                .get(market)
                .map(|l| l.trim().to_owned())
                .unwrap_or_default();
            let field = format!("rows.{i}.labels.{market}");
            if label.is_empty() {
                errors.push(FieldError::new(field, "size-chart-label-empty").arg("market", market));
            } else if label.chars().count() > MAX_LABEL_CHARS {
                errors.push(
                    FieldError::new(field, "size-chart-label-too-long").arg("max", MAX_LABEL_CHARS),
                );
            } else if !seen.entry(market).or_default().insert(label.to_lowercase()) {
                errors.push(
                    FieldError::new(field, "size-chart-label-duplicate")
                        .arg("market", market)
                        .arg("label", label.as_str()),
                );
            } else {
                labels.insert(market.to_owned(), label);
            }
        }
        rows.push(SizeRow {
            measurements,
            labels,
        });
    }
    if errors.is_empty() {
        Ok((name, unit, measures, rows))
    } else {
        Err(errors)
    }
}

/// A chart as a buyer in one market reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizePreview {
    pub market: String,
    pub unit: Unit,
    pub measures: Vec<String>,
    /// (label, per measure "min–max" or a single value) in size order.
    pub rows: Vec<(String, Vec<String>)>,
}

/// What a buyer in `market` sees: the market's labels, measurements in the
/// market's unit.
pub fn preview(chart: &SizeChart, market: &str) -> Option<SizePreview> {
    if !MARKETS.contains(&market) {
        return None;
    }
    let unit = market_unit(market);
    Some(SizePreview {
        market: market.to_owned(),
        unit,
        measures: chart.measures.clone(),
        rows: chart
            .rows
            .iter()
            .map(|r| {
                let label = r.labels.get(market).cloned().unwrap_or_default();
                let values = chart
                    .measures
                    .iter()
                    .map(|m| match r.measurements.get(m) {
                        Some([lo, hi]) if lo == hi => format_mm(*lo, unit),
                        Some([lo, hi]) => {
                            format!("{}–{}", format_mm(*lo, unit), format_mm(*hi, unit))
                        }
                        None => String::new(),
                    })
                    .collect();
                (label, values)
            })
            .collect(),
    })
}

/// Built-in charts a seller can copy and adjust.
pub struct Template {
    pub key: &'static str,
    pub measures: &'static [&'static str],
    /// Per size: measurement ranges in mm (one per measure) and labels in
    /// [`MARKETS`] order.
    pub rows: &'static [(&'static [[i64; 2]], [&'static str; 6])],
}

pub const TEMPLATES: &[Template] = &[
    Template {
        key: "womens-tops",
        measures: &["bust", "waist", "hip"],
        rows: &[
            (
                &[[780, 820], [600, 640], [840, 880]],
                ["PP", "32", "40", "XS", "XS", "155/80A"],
            ),
            (
                &[[820, 860], [640, 680], [880, 920]],
                ["P", "34", "42", "S", "S", "160/84A"],
            ),
            (
                &[[860, 900], [680, 720], [920, 960]],
                ["M", "36", "44", "M", "M", "165/88A"],
            ),
            (
                &[[900, 940], [720, 760], [960, 1000]],
                ["G", "38", "46", "L", "L", "170/92A"],
            ),
            (
                &[[940, 1000], [760, 820], [1000, 1060]],
                ["GG", "40", "48", "XL", "XL", "175/96A"],
            ),
        ],
    },
    Template {
        key: "mens-tops",
        measures: &["chest", "waist"],
        rows: &[
            (
                &[[860, 910], [710, 760]],
                ["P", "44", "46", "S", "S", "165/84A"],
            ),
            (
                &[[910, 970], [760, 820]],
                ["M", "48", "48", "M", "M", "170/88A"],
            ),
            (
                &[[970, 1030], [820, 880]],
                ["G", "50", "50", "L", "L", "175/92A"],
            ),
            (
                &[[1030, 1090], [880, 940]],
                ["GG", "52", "52", "XL", "XL", "180/96A"],
            ),
            (
                &[[1090, 1160], [940, 1010]],
                ["XGG", "54", "54", "XXL", "XXL", "185/100A"],
            ),
        ],
    },
    Template {
        key: "mens-shoes",
        measures: &["foot_length"],
        rows: &[
            (&[[245, 245]], ["37", "39", "38", "39", "6.5", "245"]),
            (&[[250, 250]], ["38", "40", "39", "40", "7", "250"]),
            (&[[260, 260]], ["39", "41", "40", "41", "8", "260"]),
            (&[[270, 270]], ["41", "42.5", "41.5", "42.5", "9", "270"]),
            (&[[275, 275]], ["42", "43.5", "42.5", "43.5", "9.5", "275"]),
            (&[[285, 285]], ["43", "45", "44", "45", "10.5", "285"]),
        ],
    },
];

/// A template as chart input in `unit`, ready for the seller to edit; its
/// name is the template key (the UI shows the localized name).
pub fn template_input(key: &str, name: &str, unit: Unit) -> Option<SizeChartInput> {
    let t = TEMPLATES.iter().find(|t| t.key == key)?;
    Some(SizeChartInput {
        name: name.to_owned(),
        unit: unit.as_str().to_owned(),
        measures: t.measures.iter().map(|m| (*m).to_owned()).collect(),
        rows: t
            .rows
            .iter()
            .map(|(mm, labels)| SizeRowInput {
                measurements: t
                    .measures
                    .iter()
                    .zip(mm.iter())
                    .map(|(m, [lo, hi])| {
                        let lo = format_mm(*lo, unit);
                        let hi = format_mm(*hi, unit);
                        let hi = if hi == lo { String::new() } else { hi };
                        ((*m).to_owned(), (lo, hi))
                    })
                    .collect(),
                labels: MARKETS
                    .iter()
                    .zip(labels.iter())
                    .map(|(m, l)| ((*m).to_owned(), (*l).to_owned()))
                    .collect(),
            })
            .collect(),
    })
}

fn chart_op(id: &str, kind: &'static str, payload: serde_json::Value) -> OutboxOp {
    OutboxOp {
        op_id: new_id(),
        entity: "size_chart",
        entity_id: id.to_owned(),
        kind,
        payload,
        base_version: None,
    }
}

impl Shop {
    pub async fn size_charts(&self) -> Result<Vec<SizeChart>> {
        Ok(self.store.size_charts().await?)
    }

    pub async fn size_chart(&self, id: &str) -> Result<SizeChart> {
        self.store
            .size_chart(id)
            .await?
            .ok_or(CoreError::NotFound("size chart"))
    }

    /// Creates a chart (`id` = `None`) or replaces one.
    pub async fn save_size_chart(
        &self,
        id: Option<&str>,
        input: &SizeChartInput,
    ) -> Result<SizeChart> {
        let (name, unit, measures, rows) = validate_chart(input).map_err(CoreError::Validation)?;
        let at = now_ms();
        let old = match id {
            Some(id) => Some(self.size_chart(id).await?),
            None => None,
        };
        let chart = SizeChart {
            id: old.as_ref().map_or_else(new_id, |o| o.id.clone()),
            name,
            unit: unit.as_str().to_owned(),
            measures,
            rows,
            created_at: old.as_ref().map_or(at, |o| o.created_at),
            updated_at: at,
        };
        if let Some(old) = old.as_ref().filter(|old| {
            old.name == chart.name
                && old.unit == chart.unit
                && old.measures == chart.measures
                && old.rows == chart.rows
        }) {
            return Ok(old.clone());
        }
        let (kind, action) = if old.is_some() {
            ("size_chart.update", "update")
        } else {
            ("size_chart.create", "create")
        };
        let payload = json!({ "name": chart.name, "unit": chart.unit, "measures": chart.measures, "rows": chart.rows });
        let record = ChangeRecord {
            actor: self.actor.clone(),
            at,
            ops: vec![chart_op(&chart.id, kind, payload.clone())],
            audit: AuditEntry {
                entity: "size_chart",
                entity_id: chart.id.clone(),
                action,
                changes: json!([{ "field": "size_chart",
                    "before": old.as_ref().map(|o| json!({ "name": o.name, "rows": o.rows.len() })),
                    "after": { "name": chart.name, "rows": chart.rows.len() } }]),
            },
        };
        self.store.save_size_chart(&chart, &record).await?;
        self.changed.notify_one();
        Ok(chart)
    }

    pub async fn delete_size_chart(&self, id: &str) -> Result<()> {
        let old = self.size_chart(id).await?;
        let record = ChangeRecord {
            actor: self.actor.clone(),
            at: now_ms(),
            ops: vec![chart_op(id, "size_chart.delete", json!({}))],
            audit: AuditEntry {
                entity: "size_chart",
                entity_id: id.to_owned(),
                action: "delete",
                changes: json!([{ "field": "size_chart", "before": { "name": old.name }, "after": null }]),
            },
        };
        self.store.delete_size_chart(id, &record).await?;
        self.changed.notify_one();
        Ok(())
    }

    /// Which chart each option of a listing uses (option name → chart id).
    pub async fn listing_size_charts(&self, listing_id: &str) -> Result<BTreeMap<String, String>> {
        Ok(self.store.listing_size_charts(listing_id).await?)
    }

    /// Ties a chart to one of the listing's options (`size`), or unties it.
    pub async fn set_listing_size_chart(
        &self,
        listing_id: &str,
        option: &str,
        chart_id: Option<&str>,
    ) -> Result<BTreeMap<String, String>> {
        let listing = self.listing(listing_id).await?;
        let mut names: Vec<&str> = Vec::new();
        for v in &listing.variants {
            for o in &v.options {
                if !names.contains(&o.name.as_str()) {
                    names.push(&o.name);
                }
            }
        }
        let Some(position) = names.iter().position(|n| *n == option) else {
            return Err(CoreError::Validation(vec![
                FieldError::new("option", "size-chart-option-unknown").arg("option", option),
            ]));
        };
        if let Some(id) = chart_id {
            self.size_chart(id).await?;
        }
        let before = self.store.listing_size_charts(listing_id).await?;
        if before.get(option).map(String::as_str) == chart_id {
            return Ok(before);
        }
        let record = ChangeRecord {
            actor: self.actor.clone(),
            at: now_ms(),
            ops: vec![OutboxOp {
                op_id: new_id(),
                entity: "listing",
                entity_id: listing_id.to_owned(),
                kind: "listing.size_chart",
                payload: json!({ "option": option, "size_chart_id": chart_id }),
                base_version: listing.server_version,
            }],
            audit: AuditEntry {
                entity: "listing",
                entity_id: listing_id.to_owned(),
                action: "update",
                changes: json!([{ "field": format!("options.{option}.size_chart"),
                    "before": before.get(option), "after": chart_id }]),
            },
        };
        self.store
            .set_listing_size_chart(
                listing_id,
                option,
                i64::try_from(position).unwrap_or(0),
                chart_id,
                &record,
            )
            .await?;
        self.changed.notify_one();
        Ok(self.store.listing_size_charts(listing_id).await?)
    }
}
