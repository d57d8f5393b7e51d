//! Shopkeeper's sync engine (sync.md).
//!
//! - [`plan`] is pure: it picks the next push batch from the outbox and maps
//!   each op to its wire form (or refuses it locally).
//! - [`Engine`] executes: pushes batches in `op_seq` order and records the
//!   per-op results, pulls every stream from its cursor and hands each page to
//!   the store, which applies it in one transaction (base rows, cursor,
//!   acknowledged ops, view rebuild). A `410 Gone` re-downloads the stream with
//!   the outbox intact. A refused or conflicting op never blocks those behind it.
//!
//! Retries of transient failures (network, 429, 5xx) with jittered backoff and
//! `Retry-After` live in `marketplace-api`'s client; what is still failing after
//! them comes back as a [`SyncError`] the caller schedules around.

pub mod backoff;
pub mod disputes;
pub mod messages;
pub mod plan;
pub mod wire;

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use marketplace_api::dto::{self as api, ChangeKind, OpStatus, Stream};
use marketplace_api::{ClientError, MarketplaceClient};
use serde::Deserialize;
use shopkeeper_store::{BlobRef, Origin, PulledPage, PushOutcome, Store, StoreError};

pub use backoff::Backoff;
pub use plan::{Planned, plan_push};

/// The streams the app keeps a copy of, in pull order.
pub const STREAMS: [Stream; 6] = [
    Stream::Catalog,
    Stream::Inventory,
    Stream::Orders,
    Stream::Shipments,
    Stream::Messages,
    Stream::Disputes,
];

/// Why a sync step stopped.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The marketplace could not be reached.
    #[error("the marketplace cannot be reached: {0}")]
    Offline(String),
    /// The marketplace is busy or failing (429/5xx after the client's retries).
    #[error("the marketplace is busy ({status})")]
    Busy {
        status: u16,
        retry_after: Option<Duration>,
    },
    /// The device token was refused: sign in again.
    #[error("the marketplace refused this device's sign-in")]
    Unauthorized,
    /// Any other refusal of a whole request.
    #[error("the marketplace refused the request: {code}")]
    Refused { code: String, message: String },
    #[error("the shop file failed: {0}")]
    Store(#[from] StoreError),
    #[error("cancelled")]
    Cancelled,
}

impl SyncError {
    /// The server's `Retry-After`, when it gave one.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            SyncError::Busy { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// A stable code for the UI (localized there).
    pub fn code(&self) -> &'static str {
        match self {
            SyncError::Offline(_) => "sync-offline",
            SyncError::Busy { .. } => "sync-busy",
            SyncError::Unauthorized => "sync-unauthorized",
            SyncError::Refused { .. } => "sync-refused",
            SyncError::Store(_) => "sync-storage",
            SyncError::Cancelled => "sync-cancelled",
        }
    }
}

impl From<ClientError> for SyncError {
    fn from(e: ClientError) -> Self {
        match e {
            ClientError::Transport(e) => SyncError::Offline(e.to_string()),
            ClientError::Api {
                status,
                body,
                retry_after,
            } => match status {
                401 | 403 => SyncError::Unauthorized,
                429 | 500..=599 => SyncError::Busy {
                    status,
                    retry_after,
                },
                _ => SyncError::Refused {
                    code: body.code,
                    message: body.message,
                },
            },
            other => SyncError::Refused {
                code: "unexpected-reply".into(),
                message: other.to_string(),
            },
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PushReport {
    pub batches: usize,
    pub applied: usize,
    pub conflicts: usize,
    pub rejected: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PullReport {
    pub pages: usize,
    pub changes: usize,
    pub resnapshots: usize,
    /// Buyer messages new to this shop file.
    pub inbound_messages: usize,
}

impl PullReport {
    fn add(&mut self, other: &PullReport) {
        self.pages += other.pages;
        self.changes += other.changes;
        self.resnapshots += other.resnapshots;
        self.inbound_messages += other.inbound_messages;
    }
}

/// Progress of a pull: per stream, the changes received so far in this run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PullProgress {
    pub stream: Stream,
    pub received: u64,
    /// How many changes this run expects in all (`received` + what the
    /// marketplace said followed the run's first page), when it said so.
    /// A pull that was stopped and resumed counts from where it resumed.
    pub total: Option<u64>,
    /// Whether the stream has more pages to come.
    pub more: bool,
}

/// Milliseconds since the epoch (display only; never used for ordering).
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Syncs one shop file with one marketplace account (one device token).
#[derive(Clone)]
pub struct Engine {
    store: Store,
    client: Arc<MarketplaceClient>,
    /// This device's id on the marketplace (its own changes raise no notices).
    device_id: Option<String>,
    /// Where the files ops refer to live (the shop file's directory).
    files: Option<PathBuf>,
    /// Ops per push request.
    pub batch_size: u32,
    /// Changes per pull page.
    pub page_size: u32,
    /// Most pages applied in one transaction while a stream catches up.
    pub max_group_pages: usize,
}

/// Why a file an op needs could not be uploaded (the op is refused, the
/// ones behind it go on).
type BlobRefusal = (String, String);

impl Engine {
    pub fn new(store: Store, client: Arc<MarketplaceClient>, device_id: Option<String>) -> Self {
        Engine {
            store,
            client,
            device_id,
            files: None,
            batch_size: 200,
            page_size: 500,
            max_group_pages: 8,
        }
    }

    /// Sets the directory the files of ops ([`BlobRef::file`]) are relative to.
    pub fn with_files(mut self, dir: PathBuf) -> Self {
        self.files = Some(dir);
        self
    }

    pub fn client(&self) -> &MarketplaceClient {
        &self.client
    }

    /// One full cycle: push the outbox, pull every stream, then push again
    /// whatever the pull unblocked (rebased price ops).
    pub async fn cycle(
        &self,
        progress: &(dyn Fn(&PullProgress) + Send + Sync),
        cancel: &AtomicBool,
    ) -> Result<(PushReport, PullReport), SyncError> {
        let push = self.push(cancel).await?;
        let pull = self.pull(&STREAMS, progress, cancel).await?;
        Ok((push, pull))
    }

    /// Pushes the outbox in `op_seq` order, batch after batch, until nothing
    /// is pending.
    pub async fn push(&self, cancel: &AtomicBool) -> Result<PushReport, SyncError> {
        let mut report = PushReport::default();
        loop {
            if cancel.load(Ordering::Relaxed) {
                return Err(SyncError::Cancelled);
            }
            let batch = self.store.push_batch(self.batch_size).await?;
            if batch.ops.is_empty() {
                return Ok(report);
            }
            let plan = plan_push(&batch);
            let mut outcomes: Vec<(String, PushOutcome)> = Vec::new();
            let mut ops: Vec<api::Op> = Vec::new();
            let mut uploaded: HashSet<String> = HashSet::new();
            for (op_id, p) in plan {
                match p {
                    Planned::Send(op) => {
                        let blobs = batch
                            .ops
                            .iter()
                            .find(|r| r.op_id == op_id)
                            .and_then(|r| r.op())
                            .map(|o| o.blobs().into_iter().cloned().collect::<Vec<_>>())
                            .unwrap_or_default();
                        match self.upload(&blobs, &mut uploaded).await? {
                            Ok(()) => ops.push(op),
                            Err((code, message)) => {
                                report.rejected += 1;
                                outcomes.push((op_id, PushOutcome::Rejected { code, message }));
                            }
                        }
                    }
                    Planned::Refuse { code, message } => {
                        report.rejected += 1;
                        outcomes.push((op_id, PushOutcome::Rejected { code, message }));
                    }
                    Planned::LocalOnly => outcomes.push((op_id, PushOutcome::LocalOnly)),
                }
            }
            let refused_locally = outcomes.len();
            if !ops.is_empty() {
                let resp = self.client.push(&ops).await?;
                report.batches += 1;
                for r in resp.results {
                    let outcome = match r.status {
                        OpStatus::Applied => {
                            report.applied += 1;
                            PushOutcome::Applied { version: r.version }
                        }
                        OpStatus::Conflict => {
                            report.conflicts += 1;
                            PushOutcome::Conflict {
                                code: r.code.unwrap_or_else(|| "conflict".into()),
                                message: r.message.unwrap_or_default(),
                                current: r.current.as_ref().and_then(current_to_store),
                            }
                        }
                        OpStatus::Rejected => {
                            report.rejected += 1;
                            PushOutcome::Rejected {
                                code: r.code.unwrap_or_else(|| "rejected".into()),
                                message: r.message.unwrap_or_default(),
                            }
                        }
                    };
                    outcomes.push((r.op_id.to_string(), outcome));
                }
            }
            if outcomes.is_empty() {
                // The marketplace answered nothing for the batch: try again next cycle.
                return Err(SyncError::Refused {
                    code: "push-no-results".into(),
                    message: "the marketplace returned no result for the pushed changes".into(),
                });
            }
            let answered = outcomes.len() - refused_locally;
            self.store.record_push(&outcomes, now_ms()).await?;
            if answered < ops.len() {
                // Partial answer: the rest stays pending for the next cycle.
                return Ok(report);
            }
        }
    }

    /// Uploads the files an op needs (each once per push). A file the
    /// marketplace refuses, or one missing on this desktop, refuses the op;
    /// a network or server failure stops the push like any other request.
    async fn upload(
        &self,
        blobs: &[BlobRef],
        uploaded: &mut HashSet<String>,
    ) -> Result<Result<(), BlobRefusal>, SyncError> {
        for b in blobs {
            if uploaded.contains(&b.id) {
                continue;
            }
            let Ok(id) = uuid::Uuid::parse_str(&b.id) else {
                return Ok(Err((
                    "op-unreadable".into(),
                    "a file has no valid id".into(),
                )));
            };
            let Some(path) = self.files.as_ref().map(|d| d.join(&b.file)) else {
                return Ok(Err(("file-missing".into(), b.file.clone())));
            };
            let bytes = match tokio::fs::read(&path).await {
                Ok(bytes) => bytes,
                Err(e) => {
                    tracing::warn!(path = %path.display(), error = %e, "a file to upload is missing");
                    return Ok(Err(("file-missing".into(), b.file.clone())));
                }
            };
            let sent = if b.content_type == "application/pdf" {
                self.client.upload_document(id, bytes).await
            } else {
                self.client.upload_photo(id, &b.content_type, bytes).await
            };
            match sent.map_err(SyncError::from) {
                Ok(_) => {
                    uploaded.insert(b.id.clone());
                }
                Err(SyncError::Refused { code, message }) => return Ok(Err((code, message))),
                Err(e) => return Err(e),
            }
        }
        Ok(Ok(()))
    }

    /// Pulls `streams` from their cursors until each is drained.
    ///
    /// Catalog and inventory are pulled side by side: both move a variant's
    /// stock by version only, so their pages may land in either order, and
    /// the inventory downloads while the catalog is written. The other streams
    /// follow one after another, in the order given (an order's lines link to
    /// the variants the catalog brought).
    pub async fn pull(
        &self,
        streams: &[Stream],
        progress: &(dyn Fn(&PullProgress) + Send + Sync),
        cancel: &AtomicBool,
    ) -> Result<PullReport, SyncError> {
        let mut report = PullReport::default();
        let side_by_side =
            streams.contains(&Stream::Catalog) && streams.contains(&Stream::Inventory);
        if side_by_side {
            let (catalog, inventory) = tokio::join!(
                self.pull_stream(Stream::Catalog, progress, cancel),
                self.pull_stream(Stream::Inventory, progress, cancel)
            );
            report.add(&catalog?);
            report.add(&inventory?);
        }
        for &stream in streams {
            if side_by_side && matches!(stream, Stream::Catalog | Stream::Inventory) {
                continue;
            }
            report.add(&self.pull_stream(stream, progress, cancel).await?);
        }
        Ok(report)
    }

    /// Pulls one stream from its cursor until it is drained.
    ///
    /// Pages are applied in groups, one transaction per group holding the
    /// cursor of its last page: a stream that is catching up (a first
    /// download, a resnapshot) grows its groups 1, 2, 4… pages up to
    /// `max_group_pages`, so the first changes show at once and a large shop
    /// commits a few thousand rows at a time instead of a few hundred. The next
    /// group is downloaded by a task of its own while one is applied (its
    /// cursor is in the reply), so the network and the disk work at the same
    /// time. A group downloaded ahead and not applied (pause, crash, error) is
    /// asked for again from the stored cursor.
    async fn pull_stream(
        &self,
        stream: Stream,
        progress: &(dyn Fn(&PullProgress) + Send + Sync),
        cancel: &AtomicBool,
    ) -> Result<PullReport, SyncError> {
        let mut report = PullReport::default();
        let mut received = 0u64;
        let mut total: Option<u64> = None;
        let mut counted = false;
        let mut group_pages = 1;
        let mut ahead: Option<Prefetch> = None;
        loop {
            if cancel.load(Ordering::Relaxed) {
                return Err(SyncError::Cancelled);
            }
            let asked = match ahead.take() {
                Some(fetching) => fetching.wait(cancel).await,
                None => {
                    let cursor = self.store.sync_cursor(stream.as_str()).await?;
                    // The run's first page also asks how much follows (progress bar).
                    self.prefetch(stream, cursor, !counted, group_pages)
                        .wait(cancel)
                        .await
                }
            };
            let group = match asked {
                Err(e) if e.status() == Some(410) => {
                    tracing::info!(
                        stream = stream.as_str(),
                        "cursor expired; pulling the stream again"
                    );
                    self.store.reset_stream(stream.as_str()).await?;
                    report.resnapshots += 1;
                    (received, total, counted, group_pages) = (0, None, false, 1);
                    continue;
                }
                r => r?,
            };
            if !counted {
                counted = true;
                total = group
                    .remaining
                    .and_then(|r| u64::try_from(r).ok())
                    .map(|r| r + group.changes as u64);
            }
            if group.has_more && !cancel.load(Ordering::Relaxed) {
                group_pages = (group_pages * 2).min(self.max_group_pages.max(1));
                let cursor = Some(group.pulled.cursor.clone());
                ahead = Some(self.prefetch(stream, cursor, false, group_pages));
            }
            let stats = self
                .store
                .apply_pull(&group.pulled, self.device_id.as_deref(), now_ms())
                .await?;
            report.inbound_messages += stats.inbound_messages;
            report.pages += group.pages;
            report.changes += group.changes;
            received += group.changes as u64;
            // Changes made while the run goes on can outgrow the count.
            total = total.map(|t| t.max(received));
            progress(&PullProgress {
                stream,
                received,
                total,
                more: group.has_more,
            });
            if !group.has_more {
                return Ok(report);
            }
        }
    }

    /// Starts downloading up to `pages` pages of `stream` after `cursor` on a
    /// task of its own (the apply holds its thread while it writes).
    fn prefetch(
        &self,
        stream: Stream,
        cursor: Option<String>,
        count: bool,
        pages: usize,
    ) -> Prefetch {
        let stop = Arc::new(AtomicBool::new(false));
        let task = tokio::spawn(fetch_group(
            Arc::clone(&self.client),
            stream,
            cursor,
            count,
            pages,
            self.page_size,
            Arc::clone(&stop),
        ));
        Prefetch { task, stop }
    }

    /// Refreshes the names of teammates (for notices and conflicts).
    pub async fn refresh_members(&self) -> Result<(), SyncError> {
        let members = self.client.members().await?;
        let rows: Vec<(String, String, Option<String>, String)> = members
            .into_iter()
            .map(|m| {
                let name = m
                    .email
                    .split('@')
                    .next()
                    .filter(|s| !s.is_empty())
                    .map(capitalize)
                    .unwrap_or_else(|| m.email.clone());
                (
                    m.id.to_string(),
                    name,
                    Some(m.email),
                    m.role.as_str().to_owned(),
                )
            })
            .collect();
        self.store.set_remote_members(&rows).await?;
        let devices: Vec<(String, Option<String>, String)> = self
            .client
            .devices()
            .await?
            .into_iter()
            .map(|d| (d.id.to_string(), Some(d.member_id.to_string()), d.name))
            .collect();
        self.store.set_remote_devices(&devices).await?;
        Ok(())
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The marketplace's current value in a conflict, in store terms.
fn current_to_store(v: &serde_json::Value) -> Option<serde_json::Value> {
    if let Ok(l) = api::Listing::deserialize(v) {
        let (base, _) = wire::listing_from_wire(&l);
        return Some(serde_json::json!({
            "listing": base.listing,
            "version": base.version,
            "prices_version": base.prices_version,
        }));
    }
    if let Ok(s) = api::StockLevel::deserialize(v) {
        return Some(serde_json::json!({ "stock": s.stock, "version": s.version }));
    }
    Some(v.clone())
}

/// Consecutive pages of one stream, to apply in one transaction.
struct Group {
    pulled: PulledPage,
    pages: usize,
    changes: usize,
    has_more: bool,
    /// Changes after the first page (when it was counted).
    remaining: Option<i64>,
}

/// A group being downloaded by its own task; dropping it stops the task.
struct Prefetch {
    task: tokio::task::JoinHandle<Result<Group, ClientError>>,
    /// Ends the group after the page in flight (a pause).
    stop: Arc<AtomicBool>,
}

impl Prefetch {
    /// The downloaded group. A pause (`cancel`) seen meanwhile ends the group
    /// after the page in flight.
    async fn wait(mut self, cancel: &AtomicBool) -> Result<Group, ClientError> {
        let mut tick = tokio::time::interval(Duration::from_millis(50));
        let joined = loop {
            tokio::select! {
                joined = &mut self.task => break joined,
                _ = tick.tick() => {
                    if cancel.load(Ordering::Relaxed) {
                        self.stop.store(true, Ordering::Relaxed);
                    }
                }
            }
        };
        match joined {
            Ok(group) => group,
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
}

impl Drop for Prefetch {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Up to `pages` pages of `stream` after `cursor`, turned into the rows of one
/// transaction. A pause (`stop`) or a failure after the first page ends the
/// group early: the pages before it are kept, and the failure comes back when
/// the next group asks from the same cursor.
async fn fetch_group(
    client: Arc<MarketplaceClient>,
    stream: Stream,
    cursor: Option<String>,
    count: bool,
    pages: usize,
    page_size: u32,
    stop: Arc<AtomicBool>,
) -> Result<Group, ClientError> {
    let limit = Some(page_size);
    let first = if count {
        client
            .pull_counted(stream, cursor.as_deref(), limit)
            .await?
    } else {
        client.pull(stream, cursor.as_deref(), limit).await?
    };
    let mut group = Group {
        pulled: to_page(stream, &first),
        pages: 1,
        changes: first.changes.len(),
        has_more: first.has_more,
        remaining: first.remaining,
    };
    while group.has_more && group.pages < pages && !stop.load(Ordering::Relaxed) {
        let after = Some(group.pulled.cursor.as_str());
        let Ok(page) = client.pull(stream, after, limit).await else {
            break;
        };
        group.pulled.append(to_page(stream, &page));
        group.pages += 1;
        group.changes += page.changes.len();
        group.has_more = page.has_more;
    }
    Ok(group)
}

/// A change's data as `T`; an unreadable change is logged and skipped.
fn decoded<T: serde::de::DeserializeOwned>(c: &api::Change) -> Option<T> {
    c.decode()
        .map_err(|e| {
            tracing::warn!(entity = %c.entity, id = %c.entity_id, error = %e, "unreadable change skipped")
        })
        .ok()
}

fn to_page(stream: Stream, page: &api::ChangePage) -> PulledPage {
    let mut out = PulledPage {
        stream: stream.as_str().to_owned(),
        cursor: page.cursor.clone(),
        ..PulledPage::default()
    };
    for c in &page.changes {
        if let Some(op) = c.op_id {
            out.op_ids.push(op.to_string());
        }
        let origin = Origin {
            member_id: c.member_id.map(|m| m.to_string()),
            device_id: c.device_id.map(|d| d.to_string()),
        };
        match c.entity.as_str() {
            "listing" => {
                if let Some(l) = decoded::<api::Listing>(c) {
                    let (mut base, stock) = wire::listing_from_wire(&l);
                    if c.kind == ChangeKind::Delete {
                        base.deleted = true;
                    } else {
                        out.galleries.push(wire::gallery_from_wire(&l));
                    }
                    out.listings.push((base, origin));
                    out.stock.extend(stock);
                }
            }
            "stock" if c.kind == ChangeKind::Upsert => {
                if let Some(s) = decoded::<api::StockLevel>(c) {
                    out.stock.push(wire::stock_from_wire(&s));
                }
            }
            "order" => {
                if let Some(o) = decoded::<api::Order>(c) {
                    out.orders.push(wire::order_from_wire(&o));
                }
            }
            "shipment" if c.kind == ChangeKind::Upsert => {
                if let Some(s) = decoded::<api::Shipment>(c) {
                    out.shipments.push(wire::shipment_from_wire(&s));
                }
            }
            "conversation" => {
                if let Some(conv) = decoded::<api::Conversation>(c) {
                    out.conversations
                        .push(messages::conversation_from_wire(&conv));
                }
            }
            "size_chart" => {
                if let Some(sc) = decoded::<api::SizeChart>(c) {
                    out.size_charts.push((
                        wire::size_chart_from_wire(&sc),
                        sc.deleted || c.kind == ChangeKind::Delete,
                    ));
                }
            }
            "message" => {
                if let Some(m) = decoded::<api::Message>(c) {
                    out.messages.push(messages::message_from_wire(&m));
                }
            }
            "dispute" if c.kind == ChangeKind::Upsert => {
                if let Some(d) = decoded::<api::Dispute>(c) {
                    out.disputes.push(disputes::dispute_from_wire(&d));
                }
            }
            _ => {}
        }
    }
    out
}
