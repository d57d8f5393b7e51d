//! Background sync: starts with the app, syncs soon after a local edit and
//! every half minute, backs off while the marketplace cannot be reached
//! (jittered, capped, never before `Retry-After`), can be paused, and reports
//! a status the UI always shows.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use marketplace_api::MarketplaceClient;
use serde::Serialize;
use shopkeeper_sync::{Backoff, Engine, PullProgress, SyncError};
use tokio::sync::Notify;

use crate::marketplace::{Keychain, client_config};
use crate::{Result, Shop, now_ms};

/// How the sync service is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SyncState {
    /// No marketplace connected: everything stays on this desktop.
    Disconnected,
    Idle,
    Syncing,
    Offline,
    Paused,
    Error,
}

/// Changes received per stream during the current (or last) pull.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StreamProgress {
    pub stream: String,
    pub received: u64,
    /// Changes this pull expects in all, when the marketplace said.
    pub total: Option<u64>,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncStatus {
    pub state: SyncState,
    pub url: Option<String>,
    pub email: Option<String>,
    pub demo: bool,
    /// Edits not yet confirmed by the marketplace.
    pub pending: i64,
    /// Edits the marketplace refused or found in conflict (the conflict inbox).
    pub conflicts: i64,
    /// Open notices of merged concurrent edits.
    pub notices: i64,
    pub last_success_at: Option<i64>,
    /// Stable error code (`sync-offline`, `sync-busy`, ...), localized by the UI.
    pub error: Option<String>,
    pub next_attempt_at: Option<i64>,
    /// True until the first complete pull of this shop.
    pub initial: bool,
    pub progress: Vec<StreamProgress>,
    /// Grows with every change: of two statuses, the one with the higher
    /// `seq` is the newer, whichever way they reached the UI.
    pub seq: u64,
    /// Buyer messages that arrived since the app started, not counting the
    /// shop's history brought by the first sync (desktop notifications).
    pub new_messages: u64,
}

impl SyncStatus {
    fn new() -> Self {
        SyncStatus {
            state: SyncState::Disconnected,
            url: None,
            email: None,
            demo: false,
            pending: 0,
            conflicts: 0,
            notices: 0,
            last_success_at: None,
            error: None,
            next_attempt_at: None,
            initial: false,
            progress: Vec::new(),
            seq: 0,
            new_messages: 0,
        }
    }
}

type Listener = Box<dyn Fn(&SyncStatus) + Send + Sync>;

struct Inner {
    shop: Shop,
    keychain: Option<Keychain>,
    status: Mutex<SyncStatus>,
    listener: Listener,
    wake: Notify,
    paused: AtomicBool,
    cancel: AtomicBool,
    /// The token of the current session (the demo marketplace's is never stored).
    session_token: Mutex<Option<String>>,
    interval: Duration,
    debounce: Duration,
    /// When the team's members and desktops were last fetched (names in the
    /// conflict inbox and notices).
    team_at: Mutex<Option<std::time::Instant>>,
}

/// How often the team's members and desktops are fetched again; sooner (but
/// not more than once a minute) when a pulled change names one we don't know.
const TEAM_REFRESH: Duration = Duration::from_secs(600);
const TEAM_RETRY: Duration = Duration::from_secs(60);

/// The background sync of one shop. Cheap to clone.
#[derive(Clone)]
pub struct SyncService {
    inner: Arc<Inner>,
}

const SETTING_LAST_SYNC: &str = "last_sync_at";
const SETTING_INITIAL_DONE: &str = "initial_sync_done";

impl SyncService {
    /// Starts the service on the current tokio runtime. `listener` hears every
    /// status change (the shell forwards it to the UI).
    pub fn start(
        shop: Shop,
        keychain: Option<Keychain>,
        listener: impl Fn(&SyncStatus) + Send + Sync + 'static,
    ) -> Self {
        Self::start_with(
            shop,
            keychain,
            listener,
            Duration::from_secs(30),
            Duration::from_millis(1500),
        )
    }

    /// [`SyncService::start`] with explicit timings (tests).
    pub fn start_with(
        shop: Shop,
        keychain: Option<Keychain>,
        listener: impl Fn(&SyncStatus) + Send + Sync + 'static,
        interval: Duration,
        debounce: Duration,
    ) -> Self {
        let svc = SyncService {
            inner: Arc::new(Inner {
                shop,
                keychain,
                status: Mutex::new(SyncStatus::new()),
                listener: Box::new(listener),
                wake: Notify::new(),
                paused: AtomicBool::new(false),
                cancel: AtomicBool::new(false),
                session_token: Mutex::new(None),
                interval,
                debounce,
                team_at: Mutex::new(None),
            }),
        };
        let me = svc.clone();
        tokio::spawn(async move { me.run().await });
        svc
    }

    pub fn status(&self) -> SyncStatus {
        self.inner
            .status
            .lock()
            .map(|s| s.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    /// Sync now (a button, or right after connecting).
    pub fn sync_now(&self) {
        self.inner.cancel.store(false, Ordering::Relaxed);
        self.inner.wake.notify_one();
    }

    /// Pauses (`true`) or resumes background sync. Pausing stops a running
    /// pull between two pages; resuming continues where it stopped.
    pub fn set_paused(&self, paused: bool) {
        self.inner.paused.store(paused, Ordering::Relaxed);
        self.inner.cancel.store(paused, Ordering::Relaxed);
        self.inner.wake.notify_one();
        self.update(|s| {
            if paused {
                s.state = SyncState::Paused;
            }
        });
    }

    /// Uses `token` for this session only (the demo marketplace).
    pub fn set_session_token(&self, token: Option<String>) {
        if let Ok(mut t) = self.inner.session_token.lock() {
            *t = token;
        }
        self.sync_now();
    }

    fn update(&self, f: impl FnOnce(&mut SyncStatus)) {
        let snapshot = {
            let mut s = self.inner.status.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut s);
            s.seq += 1;
            s.clone()
        };
        (self.inner.listener)(&snapshot);
    }

    /// Fetches the team's names when the last fetch is older than `max_age`.
    async fn refresh_team(&self, engine: &Engine, max_age: Duration) {
        let due = self
            .inner
            .team_at
            .lock()
            .map(|t| t.is_none_or(|t| t.elapsed() >= max_age))
            .unwrap_or(true);
        if due
            && engine.refresh_members().await.is_ok()
            && let Ok(mut t) = self.inner.team_at.lock()
        {
            *t = Some(std::time::Instant::now());
        }
    }

    async fn refresh_counts(&self) {
        let shop = &self.inner.shop;
        let counts = shop.store.outbox_counts().await.unwrap_or_default();
        let notices = shop
            .store
            .notices()
            .await
            .map(|n| n.len() as i64)
            .unwrap_or(0);
        // A failed read says nothing about the connection: keep what the
        // status shows rather than flash "not connected".
        let conn = match shop.connection().await {
            Ok(c) => Some(c),
            Err(e) => {
                tracing::warn!(error = %e, "reading the marketplace connection failed");
                None
            }
        };
        let last = shop
            .store
            .setting(SETTING_LAST_SYNC)
            .await
            .ok()
            .flatten()
            .and_then(|s| s.parse().ok());
        let initial = shop
            .store
            .setting(SETTING_INITIAL_DONE)
            .await
            .ok()
            .flatten()
            .is_none();
        let paused = self.inner.paused.load(Ordering::Relaxed);
        self.update(|s| {
            s.pending = counts.pending + counts.applied;
            s.conflicts = counts.conflicts;
            s.notices = notices;
            s.last_success_at = last;
            let Some(conn) = conn else { return };
            s.url = conn.as_ref().map(|c| c.url.clone());
            s.email = conn.as_ref().map(|c| c.email.clone());
            s.demo = conn.as_ref().is_some_and(|c| c.demo);
            s.initial = conn.is_some() && initial;
            if conn.is_none() {
                s.state = SyncState::Disconnected;
                s.error = None;
            } else if paused {
                s.state = SyncState::Paused;
            }
        });
    }

    fn token(&self, demo: bool) -> std::result::Result<Option<String>, &'static str> {
        if let Some(t) = self.inner.session_token.lock().ok().and_then(|t| t.clone()) {
            return Ok(Some(t));
        }
        if demo {
            return Ok(None);
        }
        self.inner
            .shop
            .token(self.inner.keychain.as_ref())
            .map_err(|_| "keychain-unavailable")
    }

    async fn run(self) {
        let mut backoff = Backoff::new(
            Duration::from_secs(2),
            Duration::from_secs(300),
            uuid::Uuid::new_v4().as_u128() as u64,
        );
        let changed = self.inner.shop.changed.clone();
        loop {
            self.refresh_counts().await;
            let conn = match self.inner.shop.connection().await {
                Ok(c) => c,
                Err(e) => {
                    tracing::warn!(error = %e, "reading the marketplace connection failed; retrying");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            };
            let paused = self.inner.paused.load(Ordering::Relaxed);
            let Some(conn) = conn.filter(|_| !paused) else {
                tokio::select! {
                    _ = self.inner.wake.notified() => {}
                    _ = changed.notified() => {}
                }
                continue;
            };
            let token = match self.token(conn.demo) {
                Ok(Some(t)) => t,
                Ok(None) => {
                    // Demo marketplace not started yet, or signed out.
                    self.update(|s| s.state = SyncState::Offline);
                    tokio::select! {
                        _ = self.inner.wake.notified() => {}
                        _ = tokio::time::sleep(self.inner.interval) => {}
                    }
                    continue;
                }
                Err(code) => {
                    self.update(|s| {
                        s.state = SyncState::Error;
                        s.error = Some(code.to_owned());
                    });
                    self.inner.wake.notified().await;
                    continue;
                }
            };
            let outcome = self.cycle(&conn.url, &token, &conn.device_id).await;
            match outcome {
                Ok(()) => {
                    backoff.reset();
                    let now = now_ms();
                    let _ = self
                        .inner
                        .shop
                        .store
                        .set_setting(SETTING_LAST_SYNC, &now.to_string())
                        .await;
                    let _ = self
                        .inner
                        .shop
                        .store
                        .set_setting(SETTING_INITIAL_DONE, "1")
                        .await;
                    self.update(|s| {
                        s.state = SyncState::Idle;
                        s.error = None;
                        s.next_attempt_at = None;
                    });
                    self.refresh_counts().await;
                    // Wait for an edit (then a short debounce), a nudge or the interval.
                    tokio::select! {
                        _ = self.inner.wake.notified() => {}
                        _ = changed.notified() => { tokio::time::sleep(self.inner.debounce).await; }
                        _ = tokio::time::sleep(self.inner.interval) => {}
                    }
                }
                Err(SyncError::Cancelled) => {
                    self.update(|s| s.state = SyncState::Paused);
                }
                Err(e) => {
                    let delay = backoff.next_delay(e.retry_after());
                    let state = match e {
                        SyncError::Offline(_) | SyncError::Busy { .. } => SyncState::Offline,
                        _ => SyncState::Error,
                    };
                    tracing::info!(error = %e, ?delay, "sync cycle failed; retrying later");
                    let code = e.code().to_owned();
                    self.update(|s| {
                        s.state = state;
                        s.error = Some(code);
                        s.next_attempt_at = Some(now_ms() + delay.as_millis() as i64);
                    });
                    let respect_server = e.retry_after().is_some();
                    let deadline = tokio::time::Instant::now() + delay;
                    loop {
                        tokio::select! {
                            _ = tokio::time::sleep_until(deadline) => break,
                            _ = self.inner.wake.notified() => {
                                // "Sync now" may go early, but never before Retry-After.
                                if !respect_server { break; }
                            }
                        }
                    }
                }
            }
        }
    }

    async fn cycle(
        &self,
        url: &str,
        token: &str,
        device_id: &str,
    ) -> std::result::Result<(), SyncError> {
        let client = MarketplaceClient::new(url, client_config())
            .map_err(SyncError::from)?
            .with_token(token.to_owned());
        let engine = Engine::new(
            self.inner.shop.store.clone(),
            Arc::new(client),
            Some(device_id.to_owned()),
        )
        .with_files(self.inner.shop.files_dir());
        self.update(|s| {
            s.state = SyncState::Syncing;
            s.progress.clear();
        });
        self.refresh_team(&engine, TEAM_REFRESH).await;
        let me = self.clone();
        let progress = move |p: &PullProgress| {
            me.update(|s| {
                let name = p.stream.as_str().to_owned();
                match s.progress.iter_mut().find(|x| x.stream == name) {
                    Some(x) => {
                        x.received = p.received;
                        x.total = p.total;
                        x.done = !p.more;
                    }
                    None => s.progress.push(StreamProgress {
                        stream: name,
                        received: p.received,
                        total: p.total,
                        done: !p.more,
                    }),
                }
            });
        };
        let first = self.status().initial;
        let r = engine.cycle(&progress, &self.inner.cancel).await;
        if r.is_ok()
            && let Err(e) = self.inner.shop.sync_photo_files(engine.client()).await
        {
            tracing::warn!(error = %e, "photo files after sync");
        }
        if let Ok((_, pull)) = &r
            && pull.inbound_messages > 0
            && !first
        {
            let n = pull.inbound_messages as u64;
            self.update(|s| s.new_messages += n);
        }
        if r.is_ok()
            && self
                .inner
                .shop
                .store
                .unknown_authors()
                .await
                .unwrap_or(false)
        {
            self.refresh_team(&engine, TEAM_RETRY).await;
        }
        self.refresh_counts().await;
        r.map(|_| ())
    }
}

impl Shop {
    /// One sync cycle right now, outside the background service (tests,
    /// benchmarks, the crash harness).
    pub async fn sync_once(&self, token: &str) -> Result<()> {
        let engine = self.engine(token).await?;
        engine
            .cycle(&|_| {}, &AtomicBool::new(false))
            .await
            .map_err(|e| crate::CoreError::Sync {
                code: e.code(),
                detail: e.to_string(),
            })?;
        self.sync_photo_files(engine.client()).await?;
        Ok(())
    }

    /// The sync engine for this shop with `token` (tests and tools).
    pub async fn engine(&self, token: &str) -> Result<Engine> {
        let conn = self
            .connection()
            .await?
            .ok_or(crate::CoreError::NotFound("marketplace connection"))?;
        let client = MarketplaceClient::new(&conn.url, client_config())
            .map_err(|e| crate::CoreError::Internal(e.to_string()))?
            .with_token(token.to_owned());
        Ok(
            Engine::new(self.store.clone(), Arc::new(client), Some(conn.device_id))
                .with_files(self.files_dir()),
        )
    }
}
