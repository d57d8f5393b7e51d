//! A listing's photos: import (by path from drag and drop, or bytes from the
//! file picker), order, primary, removal and its undo.

use std::path::PathBuf;

use tauri::State;

use crate::AppState;
use crate::ipc::{IpcError, Photo};

async fn with_thumbnails(state: &AppState, photos: Vec<shopkeeper_core::Photo>) -> Vec<Photo> {
    let mut out = Vec::with_capacity(photos.len());
    for p in photos {
        let thumb = state.shop.photo_thumbnail(&p).await.unwrap_or_default();
        out.push(Photo::new(p, &thumb));
    }
    out
}

#[tauri::command]
#[specta::specta]
pub async fn list_photos(
    state: State<'_, AppState>,
    listing_id: String,
) -> Result<Vec<Photo>, IpcError> {
    let photos = state
        .shop
        .listing_photos(&listing_id)
        .await
        .map_err(|e| state.error(e))?;
    Ok(with_thumbnails(&state, photos).await)
}

/// Imports one photo file (a dropped or pasted path) into a listing.
#[tauri::command]
#[specta::specta]
pub async fn import_photo_path(
    state: State<'_, AppState>,
    listing_id: String,
    path: String,
) -> Result<Photo, IpcError> {
    let photo = state
        .shop
        .import_photo_file(&listing_id, &PathBuf::from(path))
        .await
        .map_err(|e| state.error(e))?;
    Ok(with_thumbnails(&state, vec![photo]).await.remove(0))
}

/// Imports one photo chosen in the file picker: its name and base64 bytes.
#[tauri::command]
#[specta::specta]
pub async fn import_photo_data(
    state: State<'_, AppState>,
    listing_id: String,
    name: String,
    data: String,
) -> Result<Photo, IpcError> {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data.as_bytes())
        .map_err(|e| IpcError::internal(&state.i18n, &state.locale(), &e))?;
    let photo = state
        .shop
        .import_photo_bytes(&listing_id, &name, bytes)
        .await
        .map_err(|e| state.error(e))?;
    Ok(with_thumbnails(&state, vec![photo]).await.remove(0))
}

/// Sets the gallery order (every photo id, first shown first) and the primary photo.
#[tauri::command]
#[specta::specta]
pub async fn arrange_photos(
    state: State<'_, AppState>,
    listing_id: String,
    order: Vec<String>,
    primary: String,
) -> Result<Vec<Photo>, IpcError> {
    let photos = state
        .shop
        .arrange_photos(&listing_id, &order, &primary)
        .await
        .map_err(|e| state.error(e))?;
    Ok(with_thumbnails(&state, photos).await)
}

/// Removes a photo; `restore_photo` is the undo. Returns the gallery after.
#[tauri::command]
#[specta::specta]
pub async fn remove_photo(
    state: State<'_, AppState>,
    photo_id: String,
) -> Result<Vec<Photo>, IpcError> {
    let photos = state
        .shop
        .remove_photo(&photo_id)
        .await
        .map_err(|e| state.error(e))?;
    Ok(with_thumbnails(&state, photos).await)
}

#[tauri::command]
#[specta::specta]
pub async fn restore_photo(
    state: State<'_, AppState>,
    photo_id: String,
) -> Result<Vec<Photo>, IpcError> {
    let photos = state
        .shop
        .restore_photo(&photo_id)
        .await
        .map_err(|e| state.error(e))?;
    Ok(with_thumbnails(&state, photos).await)
}
