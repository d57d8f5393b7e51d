use tauri::State;

use crate::AppState;
use crate::ipc::{AppInfo, IpcError};

/// What the UI needs to start: languages, currencies, limits, the shop.
#[tauri::command]
#[specta::specta]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    Ok(state.app_info())
}

/// Switches the UI language (one of `AppInfo.uiLocales`) and remembers it.
#[tauri::command]
#[specta::specta]
pub async fn set_locale(state: State<'_, AppState>, locale: String) -> Result<AppInfo, IpcError> {
    state.set_locale(&locale).await?;
    Ok(state.app_info())
}
