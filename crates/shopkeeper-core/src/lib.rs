//! Shopkeeper's core: the one API every client (the Tauri shell, tests,
//! benchmarks) calls. A [`Shop`] is an open shop file; its methods are the use
//! cases. No tauri here, no SQL here.

pub mod attachments;
pub mod bulk;
pub mod changes;
pub mod conflicts;
pub mod csv;
pub mod demo;
pub mod disputes;
pub mod error;
pub mod fulfillment;
pub mod inbox;
pub mod marketplace;
pub mod money;
pub mod photos;
pub mod photosync;
pub mod service;
pub mod sizes;
pub mod translations;
pub mod validate;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use tokio::sync::Notify;

use shopkeeper_store::{Actor, AuditEntry, ChangeRecord, Store, StoreError};

pub use conflicts::{Conflict, Resolution};
pub use error::{Arg, CoreError, FieldError, Result};
pub use marketplace::{Connection, DemoMarketplace, Keychain};
pub use photosync::PhotoFilesReport;
pub use service::{StreamProgress, SyncService, SyncState, SyncStatus};
pub use shopkeeper_store::{
    AuditRecord, LOW_STOCK, Listing, ListingPage, ListingQuery, ListingRow, ListingState,
    ListingText, OptionValue, PendingOp, Photo, PhotoFile, Price, Shop as ShopRecord, SizeChart,
    SizeRow, SortField, StockFilter, Variant,
};
pub use shopkeeper_store::{ConversationFilter, ConversationOrder, ConversationRow, MessageRow};
pub use shopkeeper_store::{
    DisputeCounts, DisputeRecord, DisputeResponseRecord, DisputeRow, PendingReply,
};
pub use shopkeeper_store::{
    DueFilter, OrderCounts, OrderDetail, OrderDetailLine, OrderPage, OrderQuery, OrderStatusFilter,
    OrderSummary, SdrRateRow, ShipmentInfo,
};
pub use shopkeeper_store::{Notice, OrderRecord};
pub use validate::{CONTENT_LOCALES, ListingInput, PriceInput, TextInput, VariantInput};

/// What to put in a shop file that does not exist yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seed {
    /// An empty shop.
    Empty,
    /// The demo shop: a few hundred realistic listings across markets.
    Demo,
}

/// Milliseconds since the Unix epoch on this device's clock (display only).
pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// An open shop.
#[derive(Clone, Debug)]
pub struct Shop {
    pub(crate) store: Store,
    actor: Actor,
    record: ShopRecord,
    path: PathBuf,
    /// The photo pipeline (stateless; cloned into each blocking task).
    pipeline: shopkeeper_media::Pipeline,
    /// Serialises photo writes of this shop (positions, the primary photo).
    photo_lock: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// Notified after every local edit (background sync pushes soon after).
    pub(crate) changed: Arc<Notify>,
    /// How far this desktop's clock is off (tests of clock skew; see
    /// [`Shop::set_clock_offset_ms`]).
    clock_offset: Arc<AtomicI64>,
}

impl Shop {
    /// Opens the shop file at `path`; if it does not exist yet, creates it
    /// with `seed`. Creating parent folders is the caller's job.
    pub async fn open(path: &Path, seed: Seed) -> Result<Self> {
        let store = Store::open(path).await.map_err(CoreError::ShopFile)?;
        let record = match store.shop().await? {
            Some(record) => record,
            None => Self::create(&store, seed).await?,
        };
        let actor = store.actor().await?;
        tracing::info!(shop = %record.id, listings = store.count_listings().await?, "shop opened");
        Ok(Self {
            store,
            actor,
            record,
            path: path.to_owned(),
            pipeline: shopkeeper_media::Pipeline::new(shopkeeper_media::Limits::default()),
            photo_lock: std::sync::Arc::default(),
            changed: Arc::new(Notify::new()),
            clock_offset: Arc::new(AtomicI64::new(0)),
        })
    }

    /// Makes this desktop's clock read `ms` milliseconds off (tests: a device
    /// clock wrong by a day, or jumping backwards). Device time only stamps
    /// edits for display ("edited 3 min ago"); the order of changes is the
    /// outbox's `op_seq` and the marketplace's change sequence, never a clock.
    pub fn set_clock_offset_ms(&self, ms: i64) {
        self.clock_offset.store(ms, Ordering::Relaxed);
    }

    /// This desktop's clock (display only).
    pub(crate) fn now(&self) -> i64 {
        now_ms().saturating_add(self.clock_offset.load(Ordering::Relaxed))
    }

    async fn create(store: &Store, seed: Seed) -> Result<ShopRecord> {
        let (name, locale, currency) = match seed {
            Seed::Empty => ("My shop", "en-US", "USD"),
            Seed::Demo => (demo::SHOP_NAME, "en-US", "USD"),
        };
        let record = ShopRecord {
            id: new_id(),
            name: name.into(),
            default_locale: locale.into(),
            default_currency: currency.into(),
            created_at: now_ms(),
        };
        let actor = Actor {
            member_id: new_id(),
            device_id: new_id(),
        };
        store
            .create_shop(&record, "Owner", &actor, "This desktop")
            .await?;
        if seed == Seed::Demo {
            store
                .import_listings(&demo::listings(record.created_at))
                .await?;
            store.optimize().await?;
        }
        Ok(record)
    }

    pub fn record(&self) -> &ShopRecord {
        &self.record
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub async fn close(&self) {
        self.store.close().await;
    }

    /// The UI language chosen in Settings, if any.
    pub async fn ui_locale(&self) -> Result<Option<String>> {
        Ok(self.store.setting(shopkeeper_store::SETTING_LOCALE).await?)
    }

    pub async fn set_ui_locale(&self, locale: &str) -> Result<()> {
        Ok(self
            .store
            .set_setting(shopkeeper_store::SETTING_LOCALE, locale)
            .await?)
    }

    pub async fn listing(&self, id: &str) -> Result<Listing> {
        self.store
            .listing(id)
            .await?
            .ok_or(CoreError::NotFound("listing"))
    }

    /// One page of listings; see [`ListingQuery`].
    pub async fn listings(&self, query: &ListingQuery) -> Result<ListingPage> {
        self.store.query_listings(query).await.map_err(|e| match e {
            StoreError::BadCursor => {
                CoreError::Validation(vec![FieldError::new("after", "cursor-invalid")])
            }
            other => other.into(),
        })
    }

    pub async fn create_listing(&self, input: &ListingInput) -> Result<Listing> {
        let valid = validate::validate_listing(input, &HashSet::new(), new_id)
            .map_err(CoreError::Validation)?;
        let at = self.now();
        let listing = Listing {
            id: new_id(),
            state: valid.state,
            default_locale: valid.default_locale,
            texts: valid.texts,
            variants: valid.variants,
            archived_at: None,
            created_at: at,
            updated_at: at,
            server_version: None,
        };
        let (ops, changes) = changes::created(&listing);
        self.save(&listing, ops, "create", changes, at, Some(input))
            .await?;
        Ok(listing)
    }

    /// Replaces a listing's editable content with `input`. Saving an
    /// unchanged listing writes nothing.
    pub async fn update_listing(&self, id: &str, input: &ListingInput) -> Result<Listing> {
        self.update_listing_at(id, input, None).await
    }

    /// The revision of a listing as the UI loaded it: pass it back to
    /// [`Shop::update_listing_at`] so an edit made on a listing that sync
    /// changed meanwhile is refused instead of overwriting a teammate's change.
    pub async fn listing_rev(&self, id: &str) -> Result<i64> {
        self.store
            .listing_rev(id)
            .await?
            .ok_or(CoreError::NotFound("listing"))
    }

    /// [`Shop::update_listing`], refused with [`CoreError::Changed`] when the
    /// listing is no longer at revision `base_rev`.
    pub async fn update_listing_at(
        &self,
        id: &str,
        input: &ListingInput,
        base_rev: Option<i64>,
    ) -> Result<Listing> {
        let rev = self.store.listing_rev(id).await?;
        if base_rev.is_some() && rev != base_rev {
            return Err(CoreError::Changed);
        }
        let old = self.listing(id).await?;
        let existing: HashSet<String> = old.variants.iter().map(|v| v.id.clone()).collect();
        let valid =
            validate::validate_listing(input, &existing, new_id).map_err(CoreError::Validation)?;
        let at = self.now();
        let new = Listing {
            state: valid.state,
            default_locale: valid.default_locale,
            texts: valid.texts,
            variants: valid.variants,
            updated_at: at,
            ..old.clone()
        };
        let (ops, changes) = changes::updated(&old, &new);
        if ops.is_empty() {
            return Ok(old);
        }
        self.save_at(
            &new,
            ops,
            "update",
            serde_json::Value::Array(changes),
            at,
            Some(input),
            rev,
        )
        .await?;
        Ok(new)
    }

    /// Archives (`true`) or restores (`false`) a listing. Archived listings
    /// leave the default view but keep all their data; restoring is the undo.
    pub async fn set_archived(&self, id: &str, archived: bool) -> Result<Listing> {
        let old = self.listing(id).await?;
        if old.archived_at.is_some() == archived {
            return Ok(old);
        }
        let at = self.now();
        // Archiving takes the listing off sale on the marketplace; restoring
        // puts back the state it had.
        let restored = match archived {
            true => ListingState::Inactive,
            false => self.store.archived_state(id).await?.unwrap_or(old.state),
        };
        let new = Listing {
            archived_at: archived.then_some(at),
            state: restored,
            updated_at: at,
            ..old.clone()
        };
        let (ops, action, changes) = changes::archived(&old, &new, archived);
        self.save(&new, ops, action, changes, at, None).await?;
        Ok(new)
    }

    /// Records a stock movement of one variant (restocked, damaged, sold
    /// elsewhere...): applied on the marketplace exactly once, added to what
    /// the marketplace has, so it never conflicts with buyers' orders.
    pub async fn adjust_stock(
        &self,
        variant_id: &str,
        delta: i64,
        reason: &str,
    ) -> Result<Listing> {
        const REASONS: [&str; 5] = ["restocked", "damaged", "returned", "correction", "sold"];
        if !REASONS.contains(&reason) {
            return Err(CoreError::Validation(vec![
                FieldError::new("reason", "stock-reason-unknown").arg("reason", reason),
            ]));
        }
        if delta == 0 || delta.abs() > validate::MAX_STOCK {
            return Err(CoreError::Validation(vec![FieldError::new(
                "delta",
                "stock-delta-invalid",
            )]));
        }
        let listing_id = self
            .store
            .variant_listing(variant_id)
            .await?
            .ok_or(CoreError::NotFound("variant"))?;
        let rev = self.store.listing_rev(&listing_id).await?;
        let old = self.listing(&listing_id).await?;
        let at = self.now();
        let mut new = Listing {
            updated_at: at,
            ..old.clone()
        };
        let Some(v) = new.variants.iter_mut().find(|v| v.id == variant_id) else {
            return Err(CoreError::NotFound("variant"));
        };
        if v.stock + delta < 0 {
            return Err(CoreError::Validation(vec![
                FieldError::new("delta", "stock-below-zero").arg("stock", v.stock),
            ]));
        }
        v.stock += delta;
        let (ops, changes) = changes::adjusted(v, delta, reason);
        self.save_at(&new, ops, "stock-adjust", changes, at, None, rev)
            .await?;
        Ok(new)
    }

    async fn save(
        &self,
        listing: &Listing,
        ops: Vec<shopkeeper_store::OutboxOp>,
        action: &'static str,
        changes: serde_json::Value,
        at: i64,
        input: Option<&ListingInput>,
    ) -> Result<()> {
        self.save_at(listing, ops, action, changes, at, input, None)
            .await
    }

    #[allow(clippy::too_many_arguments)]
    async fn save_at(
        &self,
        listing: &Listing,
        ops: Vec<shopkeeper_store::OutboxOp>,
        action: &'static str,
        changes: serde_json::Value,
        at: i64,
        input: Option<&ListingInput>,
        expected_rev: Option<i64>,
    ) -> Result<()> {
        let record = ChangeRecord {
            actor: self.actor.clone(),
            at,
            ops,
            audit: AuditEntry {
                entity: "listing",
                entity_id: listing.id.clone(),
                action,
                changes,
            },
        };
        let saved = self
            .store
            .save_listing_at(listing, &record, expected_rev)
            .await
            .map_err(|e| match e {
                StoreError::SkuTaken { sku } => {
                    let i = input.and_then(|input| {
                        input
                            .variants
                            .iter()
                            .position(|v| v.sku.trim().eq_ignore_ascii_case(&sku))
                    });
                    let field =
                        i.map_or_else(|| "variants".to_owned(), |i| format!("variants.{i}.sku"));
                    CoreError::Validation(vec![FieldError::new(field, "sku-taken").arg("sku", sku)])
                }
                other => other.into(),
            });
        if saved.is_ok() {
            self.changed.notify_one();
        }
        saved
    }

    /// Ops waiting for the marketplace, oldest first.
    pub async fn pending_ops(&self) -> Result<Vec<PendingOp>> {
        Ok(self.store.pending_ops().await?)
    }

    /// Who changed a listing, from which device, when and what.
    pub async fn listing_history(&self, id: &str) -> Result<Vec<AuditRecord>> {
        Ok(self.store.audit_trail("listing", id).await?)
    }

    /// `PRAGMA integrity_check` of the shop file.
    pub async fn integrity_check(&self) -> Result<String> {
        Ok(self.store.integrity_check().await?)
    }

    /// A value of this shop file's settings (app preferences).
    pub async fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self.store.setting(key).await?)
    }

    pub async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        Ok(self.store.set_setting(key, value).await?)
    }

    /// True when the shop has no listings at all.
    pub async fn is_empty(&self) -> Result<bool> {
        Ok(self.store.count_listings().await? == 0)
    }

    /// Orders, newest first.
    pub async fn orders(&self, limit: u32) -> Result<Vec<OrderRecord>> {
        Ok(self.store.orders(limit).await?)
    }

    /// Loads the offline sample shop into an empty shop file.
    pub async fn load_sample(&self) -> Result<()> {
        if self.store.count_listings().await? > 0 {
            return Ok(());
        }
        self.store
            .import_listings(&demo::listings(self.record.created_at))
            .await?;
        Ok(self.store.optimize().await?)
    }

    /// Bulk-loads listings as a snapshot (benchmarks, tests, later the
    /// initial sync): no outbox ops, no audit.
    pub async fn import_snapshot(&self, listings: &[Listing]) -> Result<()> {
        self.store.import_listings(listings).await?;
        Ok(self.store.optimize().await?)
    }
}
