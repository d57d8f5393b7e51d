//! Size charts, the chart of a listing's size option, the buyer preview;
//! and translations (completeness per locale, saving one locale's text).

use tauri::State;

use crate::AppState;
use crate::ipc::{
    IpcError, Listing, ListingText, OptionSizeChart, SizeChart, SizeChartDraft, SizePreview,
    TranslationOverview, option_charts,
};
use shopkeeper_core::{CoreError, FieldError, sizes};

#[tauri::command]
#[specta::specta]
pub async fn list_size_charts(state: State<'_, AppState>) -> Result<Vec<SizeChart>, IpcError> {
    let charts = state.shop.size_charts().await.map_err(|e| state.error(e))?;
    Ok(charts.into_iter().map(Into::into).collect())
}

/// Creates (`id` null) or replaces a chart.
#[tauri::command]
#[specta::specta]
pub async fn save_size_chart(
    state: State<'_, AppState>,
    id: Option<String>,
    draft: SizeChartDraft,
) -> Result<SizeChart, IpcError> {
    Ok(state
        .shop
        .save_size_chart(id.as_deref(), &draft.into())
        .await
        .map_err(|e| state.error(e))?
        .into())
}

#[tauri::command]
#[specta::specta]
pub async fn delete_size_chart(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    state
        .shop
        .delete_size_chart(&id)
        .await
        .map_err(|e| state.error(e))
}

/// The keys of the built-in templates (`womens-tops`, ...).
#[tauri::command]
#[specta::specta]
pub fn size_chart_templates() -> Vec<String> {
    sizes::TEMPLATES.iter().map(|t| t.key.to_owned()).collect()
}

/// A built-in template as a draft in `unit`, named `name`, for the seller to adjust.
#[tauri::command]
#[specta::specta]
pub fn size_chart_template(
    state: State<'_, AppState>,
    key: String,
    name: String,
    unit: String,
) -> Result<SizeChartDraft, IpcError> {
    let unit = sizes::Unit::parse(&unit).unwrap_or(sizes::Unit::Cm);
    sizes::template_input(&key, &name, unit)
        .map(Into::into)
        .ok_or_else(|| state.error(CoreError::NotFound("size chart")))
}

/// What a buyer in `market` (BR, EU, RU, ID, US, CN) sees of a chart.
#[tauri::command]
#[specta::specta]
pub async fn size_chart_preview(
    state: State<'_, AppState>,
    id: String,
    market: String,
) -> Result<SizePreview, IpcError> {
    let chart = state
        .shop
        .size_chart(&id)
        .await
        .map_err(|e| state.error(e))?;
    sizes::preview(&chart, &market)
        .map(Into::into)
        .ok_or_else(|| {
            state.error(CoreError::Validation(vec![
                FieldError::new("market", "size-chart-market-unknown").arg("market", market),
            ]))
        })
}

#[tauri::command]
#[specta::specta]
pub async fn listing_size_charts(
    state: State<'_, AppState>,
    listing_id: String,
) -> Result<Vec<OptionSizeChart>, IpcError> {
    let m = state
        .shop
        .listing_size_charts(&listing_id)
        .await
        .map_err(|e| state.error(e))?;
    Ok(option_charts(m))
}

/// Ties a chart to a listing's option (`chart_id` null unties it).
#[tauri::command]
#[specta::specta]
pub async fn set_listing_size_chart(
    state: State<'_, AppState>,
    listing_id: String,
    option: String,
    chart_id: Option<String>,
) -> Result<Vec<OptionSizeChart>, IpcError> {
    let m = state
        .shop
        .set_listing_size_chart(&listing_id, &option, chart_id.as_deref())
        .await
        .map_err(|e| state.error(e))?;
    Ok(option_charts(m))
}

/// Per content locale: how many listings have a title and a description.
#[tauri::command]
#[specta::specta]
pub async fn translation_overview(
    state: State<'_, AppState>,
) -> Result<TranslationOverview, IpcError> {
    Ok(state
        .shop
        .translation_overview()
        .await
        .map_err(|e| state.error(e))?
        .into())
}

/// Saves one locale's title, description and tags of a listing.
#[tauri::command]
#[specta::specta]
pub async fn set_translation(
    state: State<'_, AppState>,
    listing_id: String,
    text: ListingText,
) -> Result<Listing, IpcError> {
    let input = shopkeeper_core::TextInput {
        locale: text.locale,
        title: text.title,
        description: text.description,
        tags: text.tags,
    };
    Ok(state
        .shop
        .set_translation(&listing_id, &input)
        .await
        .map_err(|e| state.error(e))?
        .into())
}
