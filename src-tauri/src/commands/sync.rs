use tauri::State;

use crate::AppState;
use crate::ipc::sync::{Conflict, Notice, Onboarding, SyncStatus};
use crate::ipc::{IpcError, Listing};
use shopkeeper_core::Resolution;

#[tauri::command]
#[specta::specta]
pub async fn sync_status(state: State<'_, AppState>) -> Result<SyncStatus, IpcError> {
    Ok(state.sync_status())
}

/// Syncs now (never earlier than a marketplace's Retry-After).
#[tauri::command]
#[specta::specta]
pub async fn sync_now(state: State<'_, AppState>) -> Result<SyncStatus, IpcError> {
    state.sync.sync_now();
    Ok(state.sync_status())
}

/// Pauses or resumes background sync (pausing also stops an initial sync
/// between two pages; resuming continues where it stopped).
#[tauri::command]
#[specta::specta]
pub async fn set_sync_paused(
    state: State<'_, AppState>,
    paused: bool,
) -> Result<SyncStatus, IpcError> {
    state.sync.set_paused(paused);
    Ok(state.sync_status())
}

/// Signs in to a marketplace; the device token goes to the OS keychain.
#[tauri::command]
#[specta::specta]
pub async fn connect_marketplace(
    state: State<'_, AppState>,
    url: String,
    email: String,
    password: String,
) -> Result<SyncStatus, IpcError> {
    state
        .shop
        .connect(&url, &email, &password, state.keychain.as_ref(), false)
        .await
        .map_err(|e| state.error(e))?;
    state.sync.set_session_token(None);
    Ok(state.sync_status())
}

/// Starts the demo marketplace on loopback and connects to it.
#[tauri::command]
#[specta::specta]
pub async fn start_demo_marketplace(state: State<'_, AppState>) -> Result<SyncStatus, IpcError> {
    state.start_demo().await.map_err(|e| state.error(e))?;
    Ok(state.sync_status())
}

/// Signs this desktop out: revokes its token and removes it from the keychain.
/// Returns whether the marketplace confirmed the revocation.
#[tauri::command]
#[specta::specta]
pub async fn sign_out(state: State<'_, AppState>) -> Result<bool, IpcError> {
    let token = state.shop.token(state.keychain.as_ref()).ok().flatten();
    let revoked = state
        .shop
        .sign_out(state.keychain.as_ref(), token.as_deref())
        .await
        .map_err(|e| state.error(e))?;
    state.sync.set_session_token(None);
    state.stop_demo();
    Ok(revoked)
}

#[tauri::command]
#[specta::specta]
pub async fn onboarding(state: State<'_, AppState>) -> Result<Onboarding, IpcError> {
    state.onboarding().await.map_err(|e| state.error(e))
}

/// First start: work offline with the sample shop.
#[tauri::command]
#[specta::specta]
pub async fn load_sample_shop(state: State<'_, AppState>) -> Result<(), IpcError> {
    state.shop.load_sample().await.map_err(|e| state.error(e))?;
    state.finish_onboarding().await.map_err(|e| state.error(e))
}

/// First start: the choice was made (an empty shop, or connecting later).
#[tauri::command]
#[specta::specta]
pub async fn finish_onboarding(state: State<'_, AppState>) -> Result<(), IpcError> {
    state.finish_onboarding().await.map_err(|e| state.error(e))
}

#[tauri::command]
#[specta::specta]
pub async fn list_conflicts(state: State<'_, AppState>) -> Result<Vec<Conflict>, IpcError> {
    let conflicts = state.shop.conflicts().await.map_err(|e| state.error(e))?;
    Ok(conflicts
        .into_iter()
        .map(|c| state.conflict_dto(c))
        .collect())
}

/// Resolves a conflict: keep my value (sent again on top of the
/// marketplace's) or take the marketplace's.
#[tauri::command]
#[specta::specta]
pub async fn resolve_conflict(
    state: State<'_, AppState>,
    op_id: String,
    keep_mine: bool,
) -> Result<(), IpcError> {
    let r = if keep_mine {
        Resolution::KeepMine
    } else {
        Resolution::TakeTheirs
    };
    state
        .shop
        .resolve_conflict(&op_id, r)
        .await
        .map_err(|e| state.error(e))
}

#[tauri::command]
#[specta::specta]
pub async fn list_notices(state: State<'_, AppState>) -> Result<Vec<Notice>, IpcError> {
    let n = state.shop.notices().await.map_err(|e| state.error(e))?;
    Ok(n.into_iter().map(Notice::from).collect())
}

/// Closes a merge notice; `use_mine` first puts this desktop's value back.
#[tauri::command]
#[specta::specta]
pub async fn resolve_notice(
    state: State<'_, AppState>,
    id: i64,
    use_mine: bool,
) -> Result<(), IpcError> {
    state
        .shop
        .resolve_notice(id, use_mine)
        .await
        .map_err(|e| state.error(e))
}

/// Records a stock movement (restocked, damaged, returned...): added to the
/// marketplace's stock exactly once, so it never conflicts with sales.
#[tauri::command]
#[specta::specta]
pub async fn adjust_stock(
    state: State<'_, AppState>,
    variant_id: String,
    delta: i64,
    reason: String,
) -> Result<Listing, IpcError> {
    let l = state
        .shop
        .adjust_stock(&variant_id, delta, &reason)
        .await
        .map_err(|e| state.error(e))?;
    state.listing_dto(l).await
}
