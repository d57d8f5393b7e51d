//! Returns and disputes: each command is one core call.

use shopkeeper_i18n::Localizer;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::AppState;
use crate::ipc::IpcError;
use crate::ipc::disputes::{Dispute, DisputeAnswer, DisputeCounts};

/// Why the marketplace refused an answer, in the UI's language: the message
/// for its code, or the general one for a code without its own.
pub fn refusal_message(i18n: &Localizer, locale: &str, code: &str) -> String {
    let key = format!("dispute-failed-{code}");
    let msg = i18n.format(locale, &key, &[]);
    if msg == key || msg.is_empty() {
        i18n.format(locale, "dispute-failed-unknown", &[])
    } else {
        msg
    }
}

impl AppState {
    fn dispute_dto(&self, d: shopkeeper_core::DisputeRow) -> Dispute {
        let locale = self.locale();
        Dispute::from_core(d, &|code| refusal_message(&self.i18n, &locale, code))
    }
}

/// Disputes, unresolved first (only unresolved ones when asked).
#[tauri::command]
#[specta::specta]
pub async fn list_disputes(
    state: State<'_, AppState>,
    unresolved_only: bool,
) -> Result<Vec<Dispute>, IpcError> {
    let rows = state
        .shop
        .disputes(unresolved_only)
        .await
        .map_err(|e| state.error(e))?;
    Ok(rows.into_iter().map(|d| state.dispute_dto(d)).collect())
}

#[tauri::command]
#[specta::specta]
pub async fn dispute_counts(state: State<'_, AppState>) -> Result<DisputeCounts, IpcError> {
    Ok(state
        .shop
        .dispute_counts()
        .await
        .map_err(|e| state.error(e))?
        .into())
}

/// The disputes of one order, newest first.
#[tauri::command]
#[specta::specta]
pub async fn order_disputes(
    state: State<'_, AppState>,
    order_id: String,
) -> Result<Vec<Dispute>, IpcError> {
    let rows = state
        .shop
        .order_disputes(&order_id)
        .await
        .map_err(|e| state.error(e))?;
    Ok(rows.into_iter().map(|d| state.dispute_dto(d)).collect())
}

/// Opens the system's file dialog for evidence photos; empty when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn pick_evidence_photos(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Vec<String>, IpcError> {
    let dialog = app
        .dialog()
        .file()
        .add_filter("Photos", &["jpg", "jpeg", "png", "webp"]);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_files())
        .await
        .map_err(|e| IpcError::internal(&state.i18n, &state.locale(), &e))?;
    Ok(picked
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| p.into_path().ok())
        .map(|p| p.display().to_string())
        .collect())
}

/// Answers a dispute (offline first: sent by background sync).
#[tauri::command]
#[specta::specta]
pub async fn respond_dispute(
    state: State<'_, AppState>,
    id: String,
    answer: DisputeAnswer,
) -> Result<Dispute, IpcError> {
    let d = state
        .shop
        .respond_dispute(&id, &answer.into_core(&state.locale()))
        .await
        .map_err(|e| state.error(e))?;
    Ok(state.dispute_dto(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_answer_is_explained_in_the_ui_language() {
        let i18n = Localizer::new().expect("bundles");
        let pt = refusal_message(&i18n, "pt-BR", "illegal-transition");
        assert!(pt.contains("já estava resolvida"), "{pt}");
        let zh = refusal_message(&i18n, "zh-CN", "illegal-transition");
        assert!(zh.contains("已解决"), "{zh}");
        // A code without its own message gets the general one, never the key.
        let other = refusal_message(&i18n, "ru-RU", "injected-fault");
        assert_eq!(other, i18n.format("ru-RU", "dispute-failed-unknown", &[]));
        assert!(!other.contains("dispute-failed"), "{other}");
    }
}
