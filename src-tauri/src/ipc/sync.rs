//! IPC types of sync: the status the UI always shows, the conflict inbox,
//! merge notices and first-start choices.

use serde::Serialize;
use shopkeeper_core as core;
use specta::Type;

/// Sent as the `sync-status` event on every change, and by `sync_status`.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    /// disconnected | idle | syncing | offline | paused | error
    pub state: String,
    pub url: Option<String>,
    pub email: Option<String>,
    pub demo: bool,
    pub pending: i64,
    pub conflicts: i64,
    pub notices: i64,
    pub last_success_at: Option<i64>,
    /// Stable code (`sync-offline`, `sync-busy`, `sync-unauthorized`, ...).
    pub error: Option<String>,
    /// The error in the UI language.
    pub error_message: Option<String>,
    pub next_attempt_at: Option<i64>,
    pub initial: bool,
    pub progress: Vec<StreamProgress>,
    /// Whether the OS keychain can hold a marketplace token.
    pub keychain: bool,
    /// Higher is newer: the UI drops a status older than the one it shows.
    pub seq: i64,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StreamProgress {
    pub stream: String,
    pub received: i64,
    /// Changes this pull expects in all; `null` while the marketplace has not said.
    pub total: Option<i64>,
    pub done: bool,
}

impl SyncStatus {
    pub fn from_core(s: &core::SyncStatus, keychain: bool, error_message: Option<String>) -> Self {
        let state = serde_json::to_value(s.state)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        Self {
            state,
            url: s.url.clone(),
            email: s.email.clone(),
            demo: s.demo,
            pending: s.pending,
            conflicts: s.conflicts,
            notices: s.notices,
            last_success_at: s.last_success_at,
            error: s.error.clone(),
            error_message,
            next_attempt_at: s.next_attempt_at,
            initial: s.initial,
            seq: i64::try_from(s.seq).unwrap_or(i64::MAX),
            progress: s
                .progress
                .iter()
                .map(|p| StreamProgress {
                    stream: p.stream.clone(),
                    received: i64::try_from(p.received).unwrap_or(i64::MAX),
                    total: p.total.map(|t| i64::try_from(t).unwrap_or(i64::MAX)),
                    done: p.done,
                })
                .collect(),
            keychain,
        }
    }
}

/// One entry of the conflict inbox. Values are JSON: prices in minor units
/// with `currency`, stock as a count.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    pub op_id: String,
    /// `conflict` or `rejected`.
    pub status: String,
    /// price | stock | stock-adjust | listing | create | variant
    pub what: String,
    pub listing_id: Option<String>,
    pub title: Option<String>,
    pub sku: Option<String>,
    pub currency: Option<String>,
    pub mine: String,
    pub theirs: String,
    pub code: Option<String>,
    /// The reason in the UI language.
    pub reason: String,
    pub edited_at: i64,
    pub answered_at: Option<i64>,
    /// The teammate and desktop behind the marketplace's value, when known.
    pub by: Option<String>,
    pub device: Option<String>,
    pub can_keep_mine: bool,
}

/// "Ana also edited the title": a concurrent edit that was merged.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    pub id: i64,
    pub at: i64,
    pub listing_id: String,
    pub title: Option<String>,
    /// The field path, e.g. `texts.pt-BR.title`.
    pub field: String,
    pub mine: String,
    pub theirs: String,
    pub who: Option<String>,
}

impl From<core::Notice> for Notice {
    fn from(n: core::Notice) -> Self {
        Self {
            id: n.id,
            at: n.at,
            listing_id: n.entity_id,
            title: n.title,
            field: n.field,
            mine: n.mine.to_string(),
            theirs: n.theirs.to_string(),
            who: n.member_name,
        }
    }
}

/// What the first start can offer.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Onboarding {
    /// True while the shop is empty, not connected and no choice was made.
    pub needed: bool,
    /// The demo marketplace can be started (its program is installed).
    pub demo_available: bool,
    pub keychain: bool,
}
