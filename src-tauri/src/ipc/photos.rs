//! Photos, size charts and translations as they cross IPC.

use serde::{Deserialize, Serialize};
use shopkeeper_core as core;
use specta::Type;

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PhotoRendition {
    pub long_side: u32,
    /// `jpeg` or `webp`.
    pub format: String,
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Photo {
    pub id: String,
    pub position: i64,
    pub primary: bool,
    /// The file name as imported.
    pub name: String,
    pub width: u32,
    pub height: u32,
    /// The original carried a GPS position; no rendition does.
    pub had_gps: bool,
    /// The 220 px JPEG as a `data:image/jpeg;base64,` URL (CSP: img-src data:).
    pub thumbnail: String,
    pub renditions: Vec<PhotoRendition>,
}

/// A JPEG as a `data:image/jpeg;base64,` URL; empty bytes give "".
pub fn jpeg_data_url(jpeg: &[u8]) -> String {
    use base64::Engine as _;
    if jpeg.is_empty() {
        return String::new();
    }
    format!(
        "data:image/jpeg;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(jpeg)
    )
}

impl Photo {
    pub fn new(p: core::Photo, thumbnail_jpeg: &[u8]) -> Self {
        let thumbnail = jpeg_data_url(thumbnail_jpeg);
        Self {
            id: p.id,
            position: p.position,
            primary: p.is_primary,
            name: p.original_name,
            width: p.width,
            height: p.height,
            had_gps: p.had_gps,
            thumbnail,
            renditions: p
                .renditions
                .into_iter()
                .map(|r| PhotoRendition {
                    long_side: r.long_side,
                    format: r.format,
                    width: r.width,
                    height: r.height,
                })
                .collect(),
        }
    }
}

/// One size of a chart: per measure (in `SizeChart.measures` order) the
/// range in the chart's unit as decimal strings (`max` empty = one value),
/// and per market (in `SizeChart.markets` order) its label.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SizeChartRow {
    pub min: Vec<String>,
    pub max: Vec<String>,
    pub labels: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SizeChart {
    pub id: String,
    pub name: String,
    /// `cm` or `in`.
    pub unit: String,
    pub measures: Vec<String>,
    pub markets: Vec<String>,
    pub rows: Vec<SizeChartRow>,
    pub updated_at: i64,
}

impl From<core::SizeChart> for SizeChart {
    fn from(c: core::SizeChart) -> Self {
        let unit = core::sizes::Unit::parse(&c.unit).unwrap_or(core::sizes::Unit::Cm);
        let rows = c
            .rows
            .iter()
            .map(|r| {
                let (mut min, mut max) = (Vec::new(), Vec::new());
                for m in &c.measures {
                    let [lo, hi] = r.measurements.get(m).copied().unwrap_or([0, 0]);
                    let lo_s = core::sizes::format_mm(lo, unit);
                    let hi_s = core::sizes::format_mm(hi, unit);
                    max.push(if hi_s == lo_s { String::new() } else { hi_s });
                    min.push(lo_s);
                }
                SizeChartRow {
                    min,
                    max,
                    labels: core::sizes::MARKETS
                        .iter()
                        .map(|m| r.labels.get(*m).cloned().unwrap_or_default())
                        .collect(),
                }
            })
            .collect();
        Self {
            id: c.id,
            name: c.name,
            unit: c.unit,
            measures: c.measures,
            markets: core::sizes::MARKETS
                .iter()
                .map(|m| (*m).to_owned())
                .collect(),
            rows,
            updated_at: c.updated_at,
        }
    }
}

/// A chart as the editor sends it; rows aligned like [`SizeChartRow`], labels
/// in `markets` order.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SizeChartDraft {
    pub name: String,
    pub unit: String,
    pub measures: Vec<String>,
    pub markets: Vec<String>,
    pub rows: Vec<SizeChartRow>,
}

impl From<SizeChartDraft> for core::sizes::SizeChartInput {
    fn from(d: SizeChartDraft) -> Self {
        Self {
            name: d.name,
            unit: d.unit,
            rows: d
                .rows
                .into_iter()
                .map(|r| core::sizes::SizeRowInput {
                    measurements: d
                        .measures
                        .iter()
                        .enumerate()
                        .map(|(i, m)| {
                            (
                                m.clone(),
                                (
                                    r.min.get(i).cloned().unwrap_or_default(),
                                    r.max.get(i).cloned().unwrap_or_default(),
                                ),
                            )
                        })
                        .collect(),
                    labels: d
                        .markets
                        .iter()
                        .zip(r.labels)
                        .map(|(m, l)| (m.clone(), l))
                        .collect(),
                })
                .collect(),
            measures: d.measures,
        }
    }
}

impl From<core::sizes::SizeChartInput> for SizeChartDraft {
    fn from(i: core::sizes::SizeChartInput) -> Self {
        let markets: Vec<String> = core::sizes::MARKETS
            .iter()
            .map(|m| (*m).to_owned())
            .collect();
        Self {
            rows: i
                .rows
                .iter()
                .map(|r| SizeChartRow {
                    min: i
                        .measures
                        .iter()
                        .map(|m| {
                            r.measurements
                                .get(m)
                                .map(|v| v.0.clone())
                                .unwrap_or_default()
                        })
                        .collect(),
                    max: i
                        .measures
                        .iter()
                        .map(|m| {
                            r.measurements
                                .get(m)
                                .map(|v| v.1.clone())
                                .unwrap_or_default()
                        })
                        .collect(),
                    labels: markets
                        .iter()
                        .map(|m| r.labels.get(m).cloned().unwrap_or_default())
                        .collect(),
                })
                .collect(),
            name: i.name,
            unit: i.unit,
            measures: i.measures,
            markets,
        }
    }
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SizePreviewRow {
    pub label: String,
    pub values: Vec<String>,
}

/// What a buyer in `market` sees.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SizePreview {
    pub market: String,
    /// `cm` or `in`.
    pub unit: String,
    pub measures: Vec<String>,
    pub rows: Vec<SizePreviewRow>,
}

impl From<core::sizes::SizePreview> for SizePreview {
    fn from(p: core::sizes::SizePreview) -> Self {
        Self {
            market: p.market,
            unit: p.unit.as_str().to_owned(),
            measures: p.measures,
            rows: p
                .rows
                .into_iter()
                .map(|(label, values)| SizePreviewRow { label, values })
                .collect(),
        }
    }
}

/// A listing option tied to a size chart.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OptionSizeChart {
    pub option: String,
    pub chart_id: String,
}

pub fn option_charts(m: std::collections::BTreeMap<String, String>) -> Vec<OptionSizeChart> {
    m.into_iter()
        .map(|(option, chart_id)| OptionSizeChart { option, chart_id })
        .collect()
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TextLimits {
    pub title: u32,
    pub description: u32,
    pub tags: u32,
    pub tag_chars: u32,
}

impl From<core::translations::TextLimits> for TextLimits {
    fn from(l: core::translations::TextLimits) -> Self {
        let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Self {
            title: n(l.title),
            description: n(l.description),
            tags: n(l.tags),
            tag_chars: n(l.tag_chars),
        }
    }
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LocaleCompleteness {
    pub locale: String,
    pub titled: i64,
    pub described: i64,
    pub missing_title: i64,
    pub missing_description: i64,
    pub limits: TextLimits,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TranslationOverview {
    /// Live (not archived) listings.
    pub total: i64,
    pub locales: Vec<LocaleCompleteness>,
}

impl From<core::translations::TranslationOverview> for TranslationOverview {
    fn from(o: core::translations::TranslationOverview) -> Self {
        Self {
            total: o.total,
            locales: o
                .locales
                .into_iter()
                .map(|l| LocaleCompleteness {
                    locale: l.locale,
                    titled: l.titled,
                    described: l.described,
                    missing_title: l.missing_title,
                    missing_description: l.missing_description,
                    limits: l.limits.into(),
                })
                .collect(),
        }
    }
}
