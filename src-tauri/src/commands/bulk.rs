//! Bulk edit, batches and undo: plan (preview) → apply, each a core call.
//! Plans wait here, in the app state, between the preview and the user's
//! confirmation; long work reports `task-progress` events and can be cancelled.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use shopkeeper_core::CoreError;
use shopkeeper_core::bulk::{Plan, Progress};
use tauri::{AppHandle, State};
use tauri_specta::Event;

use crate::AppState;
use crate::ipc::IpcError;
use crate::ipc::bulk::{
    BatchResult, BatchSummary, BulkAction, BulkSelection, PlanPreview, TaskProgress,
};

/// Plans awaiting confirmation and the cancel flags of running tasks.
#[derive(Default)]
pub struct Jobs {
    plans: Mutex<Vec<Arc<Plan>>>,
    cancels: Mutex<HashMap<String, Arc<AtomicBool>>>,
}

/// Plans kept at once (a bulk preview and an import preview side by side).
const KEEP_PLANS: usize = 2;

impl Jobs {
    pub fn keep(&self, plan: Plan) {
        if let Ok(mut plans) = self.plans.lock() {
            plans.retain(|p| p.kind != plan.kind);
            plans.push(Arc::new(plan));
            while plans.len() > KEEP_PLANS {
                plans.remove(0);
            }
        }
    }

    fn take(&self, id: &str) -> Option<Arc<Plan>> {
        let mut plans = self.plans.lock().ok()?;
        let i = plans.iter().position(|p| p.id == id)?;
        Some(plans.remove(i))
    }

    /// A fresh cancel flag for `task`, replacing any earlier one.
    pub fn start(&self, task: &str) -> Arc<AtomicBool> {
        let flag = Arc::new(AtomicBool::new(false));
        if let Ok(mut c) = self.cancels.lock() {
            c.insert(task.to_owned(), flag.clone());
        }
        flag
    }

    fn cancel(&self, task: &str) {
        if let Ok(c) = self.cancels.lock()
            && let Some(flag) = c.get(task)
        {
            flag.store(true, Ordering::Relaxed);
        }
    }
}

/// A progress callback that emits `task-progress` events.
pub fn reporter(app: &AppHandle, task: &'static str) -> impl Fn(Progress) + Sync + use<> {
    let app = app.clone();
    move |p| {
        if let Err(e) = TaskProgress::of(task, p).emit(&app) {
            tracing::debug!(error = %e, "progress event not sent");
        }
    }
}

/// The preview of a bulk edit over a selection; `None` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn plan_bulk_edit(
    app: AppHandle,
    state: State<'_, AppState>,
    selection: BulkSelection,
    action: BulkAction,
) -> Result<Option<PlanPreview>, IpcError> {
    let action = action.try_into().map_err(|e| state.error(e))?;
    let cancel = state.jobs.start("bulk");
    let plan = state
        .shop
        .plan_bulk_edit(&selection.into(), &action, &reporter(&app, "bulk"), &cancel)
        .await
        .map_err(|e| state.error(e))?;
    Ok(plan.map(|plan| {
        let preview = PlanPreview::new(&plan, &state.i18n, &state.locale());
        state.jobs.keep(plan);
        preview
    }))
}

/// Writes a previewed plan (bulk edit or CSV import) as one batch.
#[tauri::command]
#[specta::specta]
pub async fn apply_plan(
    app: AppHandle,
    state: State<'_, AppState>,
    plan_id: String,
) -> Result<BatchResult, IpcError> {
    let plan = state
        .jobs
        .take(&plan_id)
        .ok_or_else(|| state.error(CoreError::NotFound("plan")))?;
    let cancel = state.jobs.start("apply");
    Ok(state
        .shop
        .apply_plan(&plan, &reporter(&app, "apply"), &cancel)
        .await
        .map_err(|e| state.error(e))?
        .into())
}

/// Undoes a batch in one step (itself a batch, audited).
#[tauri::command]
#[specta::specta]
pub async fn undo_batch(
    app: AppHandle,
    state: State<'_, AppState>,
    batch_id: String,
) -> Result<BatchResult, IpcError> {
    let cancel = state.jobs.start("apply");
    Ok(state
        .shop
        .undo_batch(&batch_id, &reporter(&app, "apply"), &cancel)
        .await
        .map_err(|e| state.error(e))?
        .into())
}

/// The latest batches, newest first.
#[tauri::command]
#[specta::specta]
pub async fn recent_batches(
    state: State<'_, AppState>,
    limit: u32,
) -> Result<Vec<BatchSummary>, IpcError> {
    Ok(state
        .shop
        .recent_batches(limit.clamp(1, 200))
        .await
        .map_err(|e| state.error(e))?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// Asks a running task (`bulk`, `csv-import`, `apply`) to stop; what it did
/// so far is dropped.
#[tauri::command]
#[specta::specta]
pub fn cancel_task(state: State<'_, AppState>, task: String) {
    state.jobs.cancel(&task);
}
