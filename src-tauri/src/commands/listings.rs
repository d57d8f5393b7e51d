use tauri::State;

use crate::AppState;
use crate::ipc::{HistoryEntry, IpcError, Listing, ListingDraft, ListingPage, ListingQuery};

/// One page of the Listings table (filters, search, sort, keyset paging).
#[tauri::command]
#[specta::specta]
pub async fn list_listings(
    state: State<'_, AppState>,
    query: ListingQuery,
) -> Result<ListingPage, IpcError> {
    let page = state
        .shop
        .listings(&query.into())
        .await
        .map_err(|e| state.error(e))?;
    Ok(page.into())
}

#[tauri::command]
#[specta::specta]
pub async fn get_listing(state: State<'_, AppState>, id: String) -> Result<Listing, IpcError> {
    // The revision first: if sync lands in between, the save is refused (safe).
    let rev = state
        .shop
        .listing_rev(&id)
        .await
        .map_err(|e| state.error(e))?;
    let mut dto: Listing = state
        .shop
        .listing(&id)
        .await
        .map_err(|e| state.error(e))?
        .into();
    dto.rev = rev;
    Ok(dto)
}

#[tauri::command]
#[specta::specta]
pub async fn create_listing(
    state: State<'_, AppState>,
    draft: ListingDraft,
) -> Result<Listing, IpcError> {
    let l = state
        .shop
        .create_listing(&draft.into())
        .await
        .map_err(|e| state.error(e))?;
    state.listing_dto(l).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_listing(
    state: State<'_, AppState>,
    id: String,
    draft: ListingDraft,
    base_rev: Option<i64>,
) -> Result<Listing, IpcError> {
    let l = state
        .shop
        .update_listing_at(&id, &draft.into(), base_rev)
        .await
        .map_err(|e| state.error(e))?;
    state.listing_dto(l).await
}

/// Archives a listing, or restores it (the undo of archiving).
#[tauri::command]
#[specta::specta]
pub async fn set_listing_archived(
    state: State<'_, AppState>,
    id: String,
    archived: bool,
) -> Result<Listing, IpcError> {
    let l = state
        .shop
        .set_archived(&id, archived)
        .await
        .map_err(|e| state.error(e))?;
    state.listing_dto(l).await
}

#[tauri::command]
#[specta::specta]
pub async fn listing_history(
    state: State<'_, AppState>,
    id: String,
) -> Result<Vec<HistoryEntry>, IpcError> {
    let trail = state
        .shop
        .listing_history(&id)
        .await
        .map_err(|e| state.error(e))?;
    Ok(trail.into_iter().map(Into::into).collect())
}
