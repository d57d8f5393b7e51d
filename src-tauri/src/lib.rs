//! The Tauri shell: a thin adapter over `shopkeeper-core`. It builds the app
//! state once in [`run`], registers the commands and turns core errors into
//! localized `{ code, message, fields }` for the UI.

mod commands;
pub mod ipc;

use std::path::PathBuf;

use shopkeeper_core::{
    CoreError, DemoMarketplace, FieldError, Keychain, Seed, Shop, SyncService, money, validate,
};
use shopkeeper_i18n::{Localizer, UI_LOCALES};
use tauri::{Emitter, Manager};
use tokio::sync::RwLock;

use ipc::{AppInfo, CurrencyInfo, IpcError};

const SETTING_ONBOARDED: &str = "onboarded";

/// Everything the commands share, built once at start-up.
pub struct AppState {
    shop: Shop,
    i18n: Localizer,
    locale: std::sync::RwLock<String>,
    log_dir: PathBuf,
    /// Serialises language changes (persist + switch).
    locale_change: RwLock<()>,
    sync: SyncService,
    /// The OS keychain, when the desktop has one.
    keychain: Option<Keychain>,
    /// The demo marketplace this app started, if any.
    demo: std::sync::Mutex<Option<DemoMarketplace>>,
    data_dir: PathBuf,
    /// Bulk edit / CSV plans awaiting confirmation, cancel flags.
    jobs: commands::bulk::Jobs,
}

impl AppState {
    fn locale(&self) -> String {
        self.locale
            .read()
            .map(|l| l.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    /// A core error, localized in the UI's language.
    fn error(&self, err: CoreError) -> IpcError {
        IpcError::from_core(err, &self.i18n, &self.locale())
    }

    fn app_info(&self) -> AppInfo {
        let record = self.shop.record();
        AppInfo {
            version: env!("CARGO_PKG_VERSION").into(),
            shop_name: record.name.clone(),
            shop_file: self.shop.path().display().to_string(),
            log_dir: self.log_dir.display().to_string(),
            locale: self.locale(),
            ui_locales: UI_LOCALES.iter().map(|l| (*l).to_owned()).collect(),
            content_locales: validate::CONTENT_LOCALES
                .iter()
                .map(|l| (*l).to_owned())
                .collect(),
            default_currency: record.default_currency.clone(),
            currencies: money::all_currencies()
                .into_iter()
                .map(|c| CurrencyInfo {
                    code: c.code.into(),
                    exponent: c.exponent,
                    display_decimals: c.display_decimals,
                })
                .collect(),
            max_title_chars: u32::try_from(validate::MAX_TITLE_CHARS).unwrap_or(u32::MAX),
            low_stock: u32::try_from(shopkeeper_core::LOW_STOCK).unwrap_or(0),
        }
    }

    fn sync_status(&self) -> ipc::sync::SyncStatus {
        let s = self.sync.status();
        let message = s.error.as_ref().map(|code| {
            self.i18n
                .format(&self.locale(), &format!("error-{code}"), &[])
        });
        ipc::sync::SyncStatus::from_core(&s, self.keychain.is_some(), message)
    }

    fn conflict_dto(&self, c: shopkeeper_core::Conflict) -> ipc::sync::Conflict {
        let key = format!("conflict-reason-{}", c.code.as_deref().unwrap_or("unknown"));
        let mut reason = self.i18n.format(&self.locale(), &key, &[]);
        if reason == key || reason.is_empty() {
            reason = self
                .i18n
                .format(&self.locale(), "conflict-reason-unknown", &[]);
        }
        ipc::sync::Conflict {
            op_id: c.op_id,
            status: c.status,
            what: c.what,
            listing_id: c.listing_id,
            title: c.title,
            sku: c.sku,
            currency: c.currency,
            mine: c.mine.to_string(),
            theirs: c.theirs.to_string(),
            code: c.code,
            reason,
            edited_at: c.edited_at,
            answered_at: c.answered_at,
            by: c.by,
            device: c.device,
            can_keep_mine: c.can_keep_mine,
        }
    }

    /// A listing for the UI, with the revision the editor sends back.
    async fn listing_dto(&self, l: shopkeeper_core::Listing) -> Result<ipc::Listing, IpcError> {
        let rev = self
            .shop
            .listing_rev(&l.id)
            .await
            .map_err(|e| self.error(e))?;
        let mut dto = ipc::Listing::from(l);
        dto.rev = rev;
        Ok(dto)
    }

    async fn onboarding(&self) -> Result<ipc::sync::Onboarding, CoreError> {
        let done = self.shop.setting(SETTING_ONBOARDED).await?.is_some();
        let fresh = self.shop.connection().await?.is_none() && self.shop.is_empty().await?;
        Ok(ipc::sync::Onboarding {
            needed: !done && fresh,
            demo_available: DemoMarketplace::binary().is_some(),
            keychain: self.keychain.is_some(),
        })
    }

    async fn finish_onboarding(&self) -> Result<(), CoreError> {
        self.shop.set_setting(SETTING_ONBOARDED, "1").await
    }

    /// Starts the demo marketplace (its data lives in the data dir, so the
    /// demo shop persists between starts) and connects to it.
    async fn start_demo(&self) -> Result<(), CoreError> {
        let bin = DemoMarketplace::binary()
            .ok_or_else(|| CoreError::Demo("marketplace-sandbox is not installed".into()))?;
        let dir = self.data_dir.join("demo-marketplace");
        let demo = tauri::async_runtime::spawn_blocking(move || DemoMarketplace::start(&bin, &dir))
            .await
            .map_err(|e| CoreError::Demo(e.to_string()))??;
        let (_, token) = self.shop.reconnect_demo(demo.url()).await?;
        if let Ok(mut d) = self.demo.lock() {
            *d = Some(demo);
        }
        self.finish_onboarding().await?;
        self.sync.set_session_token(Some(token));
        Ok(())
    }

    fn stop_demo(&self) {
        let demo = self.demo.lock().ok().and_then(|mut d| d.take());
        if let Some(d) = demo {
            d.stop();
        }
    }

    async fn set_locale(&self, locale: &str) -> Result<(), IpcError> {
        if !UI_LOCALES.contains(&locale) {
            return Err(self.error(CoreError::Validation(vec![
                FieldError::new("locale", "locale-unsupported").arg("locale", locale),
            ])));
        }
        let _guard = self.locale_change.write().await;
        self.shop
            .set_ui_locale(locale)
            .await
            .map_err(|e| self.error(e))?;
        if let Ok(mut l) = self.locale.write() {
            *l = locale.to_owned();
        }
        Ok(())
    }
}

/// The tauri-specta builder: the command list, and the TypeScript bindings
/// generated from it.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new()
        .commands(tauri_specta::collect_commands![
            commands::app::app_info,
            commands::app::set_locale,
            commands::listings::list_listings,
            commands::listings::get_listing,
            commands::listings::create_listing,
            commands::listings::update_listing,
            commands::listings::set_listing_archived,
            commands::listings::listing_history,
            commands::sync::sync_status,
            commands::sync::sync_now,
            commands::sync::set_sync_paused,
            commands::sync::connect_marketplace,
            commands::sync::start_demo_marketplace,
            commands::sync::sign_out,
            commands::sync::onboarding,
            commands::sync::load_sample_shop,
            commands::sync::finish_onboarding,
            commands::sync::list_conflicts,
            commands::sync::resolve_conflict,
            commands::sync::list_notices,
            commands::sync::resolve_notice,
            commands::sync::adjust_stock,
            commands::photos::list_photos,
            commands::photos::import_photo_path,
            commands::photos::import_photo_data,
            commands::photos::arrange_photos,
            commands::photos::remove_photo,
            commands::photos::restore_photo,
            commands::sizes::list_size_charts,
            commands::sizes::save_size_chart,
            commands::sizes::delete_size_chart,
            commands::sizes::size_chart_templates,
            commands::sizes::size_chart_template,
            commands::sizes::size_chart_preview,
            commands::sizes::listing_size_charts,
            commands::sizes::set_listing_size_chart,
            commands::sizes::translation_overview,
            commands::sizes::set_translation,
            commands::bulk::plan_bulk_edit,
            commands::bulk::apply_plan,
            commands::bulk::undo_batch,
            commands::bulk::recent_batches,
            commands::bulk::cancel_task,
            commands::csv::pick_csv_file,
            commands::csv::default_csv_delimiter,
            commands::csv::export_csv,
            commands::csv::plan_csv_import,
            commands::orders::list_orders,
            commands::orders::order_counts,
            commands::orders::get_order,
            commands::orders::set_order_tax_id,
            commands::orders::shipping_settings,
            commands::orders::set_shipping_settings,
            commands::orders::sdr_rates,
            commands::orders::set_sdr_rate,
            commands::orders::print_orders,
            commands::orders::print_pick_list,
            commands::orders::cancel_print,
            commands::orders::open_document,
            commands::orders::test_print,
            commands::orders::mark_shipped,
            commands::orders::discard_refused_shipment,
            commands::disputes::list_disputes,
            commands::disputes::dispute_counts,
            commands::disputes::order_disputes,
            commands::disputes::respond_dispute,
            commands::disputes::pick_evidence_photos,
            commands::messages::list_conversations,
            commands::messages::open_conversation,
            commands::messages::set_conversation_done,
            commands::messages::unread_messages,
            commands::messages::check_reply,
            commands::messages::send_message,
            commands::messages::retry_message,
            commands::messages::prepare_attachment_data,
            commands::messages::prepare_attachment_path,
            commands::messages::discard_attachment,
            commands::messages::list_reply_templates,
            commands::messages::preview_reply,
            commands::messages::own_reply_templates,
            commands::messages::save_reply_template,
            commands::messages::delete_reply_template,
            commands::messages::open_link,
        ])
        .events(tauri_specta::collect_events![
            ipc::bulk::TaskProgress,
            ipc::orders::PrintProgress
        ])
        // Timestamps (ms) and counts are i64; they stay far below 2^53.
        .dangerously_cast_bigints_to_number()
        // One TypeScript type per Rust type (no _Serialize/_Deserialize variants).
        .disable_serde_phases()
}

/// Where the bindings are committed.
pub const BINDINGS_PATH: &str = "ui/src/lib/bindings.ts";

/// Writes the TypeScript bindings to `path`.
pub fn export_bindings(path: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    specta_builder().export(
        specta_typescript::Typescript::default().header("// @ts-nocheck\n/* eslint-disable */"),
        path,
    )?;
    Ok(())
}

/// What a first start does without asking (`--start`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// Show the welcome choices (the default).
    Ask,
    /// Start the demo marketplace and connect to it.
    DemoMarketplace,
    /// Load the offline sample shop.
    OfflineSample,
    /// An empty shop.
    Empty,
}

/// Command-line options: `--data-dir DIR` keeps the shop file and logs in DIR
/// (tests and several instances side by side use it); `--start
/// ask|demo-marketplace|offline-sample|empty` decides the first start.
struct Args {
    data_dir: Option<PathBuf>,
    start: Start,
}

impl Args {
    fn parse() -> Self {
        let mut args = std::env::args().skip(1);
        let mut data_dir = std::env::var_os("SHOPKEEPER_DATA_DIR").map(PathBuf::from);
        let mut start = Start::Ask;
        let parse_start = |v: &str| match v {
            "demo-marketplace" => Start::DemoMarketplace,
            "offline-sample" => Start::OfflineSample,
            "empty" => Start::Empty,
            _ => Start::Ask,
        };
        while let Some(a) = args.next() {
            if a == "--data-dir" {
                data_dir = args.next().map(PathBuf::from);
            } else if let Some(v) = a.strip_prefix("--data-dir=") {
                data_dir = Some(PathBuf::from(v));
            } else if a == "--start" {
                start = args.next().as_deref().map_or(Start::Ask, parse_start);
            } else if let Some(v) = a.strip_prefix("--start=") {
                start = parse_start(v);
            }
        }
        Self { data_dir, start }
    }
}

/// One rolling log file per day in `dir`; `SHOPKEEPER_LOG` sets the filter.
fn init_tracing(
    dir: &std::path::Path,
) -> std::io::Result<tracing_appender::non_blocking::WorkerGuard> {
    std::fs::create_dir_all(dir)?;
    let appender = tracing_appender::rolling::daily(dir, "shopkeeper.log");
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let filter = tracing_subscriber::EnvFilter::try_from_env("SHOPKEEPER_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    // Fails only if a subscriber is already set (tests): keep that one.
    let _ = tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .with_env_filter(filter)
        .try_init();
    Ok(guard)
}

/// Keeps the log writer alive for the life of the app.
struct LogGuard(#[allow(dead_code)] tracing_appender::non_blocking::WorkerGuard);

fn setup(app: &mut tauri::App, args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let data_dir = match &args.data_dir {
        Some(d) => d.clone(),
        None => app.path().app_data_dir()?,
    };
    let log_dir = match &args.data_dir {
        Some(d) => d.join("logs"),
        None => app.path().app_log_dir()?,
    };
    app.manage(LogGuard(init_tracing(&log_dir)?));
    std::fs::create_dir_all(&data_dir)?;
    let shop_file = data_dir.join("shop.sqlite");
    tracing::info!(version = env!("CARGO_PKG_VERSION"), file = %shop_file.display(), "starting");

    // The first start asks what to do (welcome screen) unless --start says it.
    let shop = tauri::async_runtime::block_on(Shop::open(&shop_file, Seed::Empty))?;
    let i18n = Localizer::new()?;
    let saved = tauri::async_runtime::block_on(shop.ui_locale())?;
    let locale = match saved {
        Some(l) if UI_LOCALES.contains(&l.as_str()) => l,
        _ => shopkeeper_i18n::negotiate(&sys_locale::get_locales().collect::<Vec<_>>()).to_owned(),
    };
    tracing::info!(%locale, "UI language");
    // A first start decided on the command line needs no welcome screen.
    let fresh = tauri::async_runtime::block_on(async {
        Ok::<bool, CoreError>(
            shop.setting(SETTING_ONBOARDED).await?.is_none()
                && shop.connection().await?.is_none()
                && shop.is_empty().await?,
        )
    })?;
    if fresh && args.start != Start::Ask {
        tauri::async_runtime::block_on(async {
            if args.start == Start::OfflineSample {
                shop.load_sample().await?;
            }
            shop.set_setting(SETTING_ONBOARDED, "1").await
        })?;
    }
    let keychain = match Keychain::secret_service() {
        Ok(k) => Some(k),
        Err(e) => {
            tracing::warn!(error = %e, "no OS keychain: connecting a marketplace account is unavailable");
            None
        }
    };
    let handle = app.handle().clone();
    let sync = tauri::async_runtime::block_on(async {
        let notified = std::sync::atomic::AtomicU64::new(0);
        SyncService::start(shop.clone(), keychain.clone(), move |s| {
            if let Some(state) = handle.try_state::<AppState>() {
                let _ = handle.emit("sync-status", state.sync_status());
                let before = notified.swap(s.new_messages, std::sync::atomic::Ordering::Relaxed);
                if s.new_messages > before {
                    notify_new_messages(&handle, &state, s.new_messages - before);
                }
            }
        })
    });
    app.manage(AppState {
        shop,
        i18n,
        locale: std::sync::RwLock::new(locale),
        log_dir,
        locale_change: RwLock::new(()),
        sync,
        keychain,
        demo: std::sync::Mutex::new(None),
        data_dir,
        jobs: commands::bulk::Jobs::default(),
    });

    // The demo marketplace runs only while the app does: start it again when
    // this shop is connected to it, or on a first start that asks for it.
    let handle = app.handle().clone();
    let start_demo = fresh && args.start == Start::DemoMarketplace;
    tauri::async_runtime::spawn(async move {
        let state = handle.state::<AppState>();
        let conn = state.shop.connection().await.ok().flatten();
        let result = match conn {
            Some(c) if c.demo => state.start_demo().await,
            None if start_demo => state.start_demo().await,
            _ => Ok(()),
        };
        if let Err(e) = result {
            tracing::error!(error = %e, "starting the demo marketplace failed");
        }
        let _ = handle.emit("sync-status", state.sync_status());
        let _ = handle.emit("shop-changed", ());
    });
    app.manage(commands::orders::PrintJobs::default());
    Ok(())
}

pub fn run() {
    let args = Args::parse();
    let builder = specta_builder();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            setup(app, &args).map_err(|e| {
                eprintln!("Shopkeeper could not start: {e}");
                tracing::error!(error = %e, "start-up failed");
                e
            })
        })
        .build(tauri::generate_context!());
    match result {
        Ok(app) => app.run(|handle, event| {
            if let (tauri::RunEvent::Exit, Some(state)) = (event, handle.try_state::<AppState>()) {
                state.stop_demo();
            }
        }),
        Err(e) => {
            eprintln!("Shopkeeper stopped with an error: {e}");
            std::process::exit(1);
        }
    }
}

/// A desktop notification for buyer messages that just arrived (when the
/// desktop allows notifications; a refusal is only logged).
fn notify_new_messages(handle: &tauri::AppHandle, state: &AppState, count: u64) {
    use tauri_plugin_notification::{NotificationExt, PermissionState};
    let n = handle.notification();
    if !matches!(n.permission_state(), Ok(PermissionState::Granted)) {
        tracing::info!(
            count,
            "new buyer messages; desktop notifications are not allowed"
        );
        return;
    }
    let locale = state.locale();
    let args = [(
        "count",
        shopkeeper_i18n::Value::Int(i64::try_from(count).unwrap_or(i64::MAX)),
    )];
    let shown = n
        .builder()
        .title(state.i18n.format(&locale, "notify-new-messages-title", &[]))
        .body(
            state
                .i18n
                .format(&locale, "notify-new-messages-body", &args),
        )
        .show();
    if let Err(e) = shown {
        tracing::warn!(error = %e, "the desktop notification could not be shown");
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// The committed TypeScript bindings match the Rust IPC types. Run
    /// `UPDATE_BINDINGS=1 cargo test -p shopkeeper bindings` after changing them.
    #[test]
    fn bindings_are_fresh() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let committed_path = root.join(super::BINDINGS_PATH);
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            super::export_bindings(&committed_path).expect("export bindings");
            return;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let fresh_path = dir.path().join("bindings.ts");
        super::export_bindings(&fresh_path).expect("export bindings");
        let fresh = std::fs::read_to_string(&fresh_path).expect("read fresh bindings");
        let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
        assert!(
            fresh == committed,
            "{} is stale: run `UPDATE_BINDINGS=1 cargo test -p shopkeeper bindings` and commit it",
            super::BINDINGS_PATH
        );
    }

    /// Invariant 1: nothing under crates/ depends on tauri.
    #[test]
    fn no_crate_depends_on_tauri() {
        let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates");
        let mut offenders = Vec::new();
        for entry in std::fs::read_dir(&crates).expect("crates/ exists") {
            let manifest = entry.expect("dir entry").path().join("Cargo.toml");
            let Ok(text) = std::fs::read_to_string(&manifest) else {
                continue;
            };
            if text.lines().any(|l| {
                let l = l.trim_start();
                l.starts_with("tauri")
                    && l.split(['=', ' ', '.'])
                        .next()
                        .is_some_and(|n| n.starts_with("tauri"))
            }) {
                offenders.push(manifest.display().to_string());
            }
        }
        assert!(
            offenders.is_empty(),
            "crates depending on tauri: {offenders:?}"
        );
    }
}
