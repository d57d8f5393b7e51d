//! The orders inbox, shipping documents and shipping: each command is one core call.

use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use tauri::{AppHandle, State};
use tauri_specta::Event as _;

use crate::AppState;
use crate::ipc::IpcError;
use crate::ipc::orders::{
    OrderCounts, OrderDetail, OrderPage, OrderQuery, PrintProgress, PrintResult, PrintTarget,
    SdrRate, ShippingSettings,
};

/// The running print batch's cancel flag (one batch at a time).
#[derive(Default)]
pub struct PrintJobs {
    cancel: Mutex<Option<Arc<AtomicBool>>>,
}

#[tauri::command]
#[specta::specta]
pub async fn list_orders(
    state: State<'_, AppState>,
    query: OrderQuery,
) -> Result<OrderPage, IpcError> {
    let page = state
        .shop
        .order_page(&query.into())
        .await
        .map_err(|e| state.error(e))?;
    Ok(page.into())
}

#[tauri::command]
#[specta::specta]
pub async fn order_counts(
    state: State<'_, AppState>,
    today_start: i64,
    today_end: i64,
) -> Result<OrderCounts, IpcError> {
    let shop = &state.shop;
    let (c, m) = tokio::try_join!(
        shop.order_counts(today_start, today_end),
        shop.order_markets()
    )
    .map_err(|e| state.error(e))?;
    Ok(OrderCounts::new(c, m))
}

#[tauri::command]
#[specta::specta]
pub async fn get_order(state: State<'_, AppState>, id: String) -> Result<OrderDetail, IpcError> {
    Ok(state
        .shop
        .order(&id)
        .await
        .map_err(|e| state.error(e))?
        .into())
}

#[tauri::command]
#[specta::specta]
pub async fn set_order_tax_id(
    state: State<'_, AppState>,
    id: String,
    tax_id: String,
) -> Result<(), IpcError> {
    state
        .shop
        .set_order_tax_id(&id, &tax_id)
        .await
        .map_err(|e| state.error(e))
}

#[tauri::command]
#[specta::specta]
pub async fn shipping_settings(state: State<'_, AppState>) -> Result<ShippingSettings, IpcError> {
    let s = state
        .shop
        .fulfillment_settings()
        .await
        .map_err(|e| state.error(e))?;
    Ok(ShippingSettings::new(
        s,
        state.shop.documents_dir().display().to_string(),
    ))
}

#[tauri::command]
#[specta::specta]
pub async fn set_shipping_settings(
    state: State<'_, AppState>,
    settings: ShippingSettings,
) -> Result<(), IpcError> {
    state
        .shop
        .set_fulfillment_settings(&settings.into())
        .await
        .map_err(|e| state.error(e))
}

#[tauri::command]
#[specta::specta]
pub async fn sdr_rates(state: State<'_, AppState>) -> Result<Vec<SdrRate>, IpcError> {
    let rates = state.shop.sdr_rates().await.map_err(|e| state.error(e))?;
    Ok(rates.into_iter().map(Into::into).collect())
}

#[tauri::command]
#[specta::specta]
pub async fn set_sdr_rate(state: State<'_, AppState>, rate: SdrRate) -> Result<(), IpcError> {
    state
        .shop
        .set_sdr_rate(&rate.into())
        .await
        .map_err(|e| state.error(e))
}

/// Prints the selected orders: one PDF, or ZPL to the thermal printer.
/// Progress comes as `print-progress` events; `cancel_print` stops it.
#[tauri::command]
#[specta::specta]
pub async fn print_orders(
    app: AppHandle,
    state: State<'_, AppState>,
    jobs: State<'_, PrintJobs>,
    order_ids: Vec<String>,
    target: PrintTarget,
) -> Result<PrintResult, IpcError> {
    let cancel = Arc::new(AtomicBool::new(false));
    if let Ok(mut c) = jobs.cancel.lock() {
        *c = Some(cancel.clone());
    }
    let progress: shopkeeper_core::fulfillment::Progress = Arc::new(move |done, total| {
        let _ = PrintProgress {
            done: u32::try_from(done).unwrap_or(u32::MAX),
            total: u32::try_from(total).unwrap_or(u32::MAX),
        }
        .emit(&app);
    });
    let r = match target {
        PrintTarget::Pdf => {
            state
                .shop
                .print_batch_pdf(&order_ids, progress, cancel)
                .await
        }
        PrintTarget::Zpl => {
            state
                .shop
                .print_batch_zpl(&order_ids, progress, cancel)
                .await
        }
    };
    if let Ok(mut c) = jobs.cancel.lock() {
        *c = None;
    }
    Ok(r.map_err(|e| state.error(e))?.into())
}

/// The pick list of the selected orders as a PDF, in the UI language.
#[tauri::command]
#[specta::specta]
pub async fn print_pick_list(
    state: State<'_, AppState>,
    order_ids: Vec<String>,
) -> Result<PrintResult, IpcError> {
    let r = state
        .shop
        .print_pick_list(&order_ids, &state.locale())
        .await
        .map_err(|e| state.error(e))?;
    Ok(r.into())
}

#[tauri::command]
#[specta::specta]
pub async fn cancel_print(jobs: State<'_, PrintJobs>) -> Result<(), IpcError> {
    if let Ok(c) = jobs.cancel.lock()
        && let Some(flag) = c.as_ref()
    {
        flag.store(true, Ordering::Relaxed);
    }
    Ok(())
}

/// Opens a saved batch PDF with the system viewer (print it at 100%).
#[tauri::command]
#[specta::specta]
pub async fn open_document(state: State<'_, AppState>, file_name: String) -> Result<(), IpcError> {
    state
        .shop
        .open_document(&file_name)
        .map_err(|e| state.error(e))
}

#[tauri::command]
#[specta::specta]
pub async fn test_print(state: State<'_, AppState>) -> Result<(), IpcError> {
    state.shop.test_print().await.map_err(|e| state.error(e))
}

#[tauri::command]
#[specta::specta]
pub async fn mark_shipped(
    state: State<'_, AppState>,
    order_id: String,
    carrier: String,
    carrier_kind: String,
    tracking: String,
) -> Result<(), IpcError> {
    state
        .shop
        .mark_shipped(&order_id, &carrier, &carrier_kind, &tracking)
        .await
        .map_err(|e| state.error(e))
}

#[tauri::command]
#[specta::specta]
pub async fn discard_refused_shipment(
    state: State<'_, AppState>,
    order_id: String,
) -> Result<(), IpcError> {
    state
        .shop
        .discard_refused_shipment(&order_id)
        .await
        .map_err(|e| state.error(e))
}
