//! CSV export and import (preview; applying is `apply_plan`), and the native
//! file dialog that picks the file (docs/adr/0600).

use std::path::PathBuf;

use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::AppState;
use crate::commands::bulk::reporter;
use crate::ipc::IpcError;
use crate::ipc::bulk::{CsvDelimiter, ExportResult, PlanPreview, csv_issue};
use crate::ipc::error::{ErrorCode, FieldError};

/// Opens the system's file dialog: a CSV file to import (`save` false) or
/// where to export (`save` true). `None` when the seller cancels.
#[tauri::command]
#[specta::specta]
pub async fn pick_csv_file(
    app: AppHandle,
    state: State<'_, AppState>,
    save: bool,
    file_name: Option<String>,
) -> Result<Option<String>, IpcError> {
    let dialog = app
        .dialog()
        .file()
        .add_filter("CSV", &["csv", "txt"])
        .set_file_name(file_name.unwrap_or_else(|| "listings.csv".into()));
    let picked = tauri::async_runtime::spawn_blocking(move || {
        if save {
            dialog.blocking_save_file()
        } else {
            dialog.blocking_pick_file()
        }
    })
    .await
    .map_err(|e| IpcError::internal(&state.i18n, &state.locale(), &e))?;
    Ok(picked
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string()))
}

/// The delimiter an export uses by default in the UI's language.
#[tauri::command]
#[specta::specta]
pub fn default_csv_delimiter(state: State<'_, AppState>) -> CsvDelimiter {
    shopkeeper_core::csv::Delimiter::for_locale(&state.locale()).into()
}

/// Writes every live listing to `path` (variants as rows).
#[tauri::command]
#[specta::specta]
pub async fn export_csv(
    state: State<'_, AppState>,
    path: String,
    delimiter: Option<CsvDelimiter>,
) -> Result<ExportResult, IpcError> {
    let delimiter = delimiter
        .map(Into::into)
        .unwrap_or_else(|| shopkeeper_core::csv::Delimiter::for_locale(&state.locale()));
    let summary = state
        .shop
        .export_csv(&PathBuf::from(&path), delimiter)
        .await
        .map_err(|e| state.error(e))?;
    Ok(ExportResult {
        path,
        listings: u32::try_from(summary.listings).unwrap_or(u32::MAX),
        rows: u32::try_from(summary.rows).unwrap_or(u32::MAX),
        delimiter: delimiter.into(),
    })
}

/// Reads and checks a CSV file: the preview (new, changed, unchanged,
/// invalid, the changes, the errors with line and column). Writes nothing.
/// `None` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn plan_csv_import(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> Result<Option<PlanPreview>, IpcError> {
    let cancel = state.jobs.start("csv-import");
    let locale = state.locale();
    let planned = state
        .shop
        .plan_csv_import(
            &PathBuf::from(path.trim()),
            &reporter(&app, "csv-import"),
            &cancel,
        )
        .await
        .map_err(|e| state.error(e))?;
    match planned {
        Ok(Some(import)) => {
            let preview = PlanPreview::of_import(&import, &state.i18n, &locale);
            state.jobs.keep(import.plan);
            Ok(Some(preview))
        }
        Ok(None) => Ok(None),
        Err(file_error) => {
            let issue = csv_issue(&file_error, &state.i18n, &locale);
            Err(IpcError {
                code: ErrorCode::Validation,
                message: state.i18n.format(&locale, "csv-file-refused", &[]),
                fields: vec![FieldError {
                    field: issue.column,
                    code: issue.code,
                    message: issue.message,
                }],
            })
        }
    }
}
