//! A listing's photos: import through the media pipeline (off the async
//! threads), files under `<data dir>/photos/<listing>/<photo>/`, rows written
//! with their outbox op and audit entry, gallery order, primary photo,
//! removal and its undo.
//!
//! Layout of one photo's folder: `original.<jpg|png|webp>` (the bytes as
//! imported, GPS and all: it never leaves the desktop) and one file per
//! rendition, `<long side>.<jpg|webp>`, with no metadata at all.

use std::path::{Path, PathBuf};

use serde_json::json;
use sha2::{Digest, Sha256};
use shopkeeper_media::{ErrorArg, Limits, MediaError, OutputFormat, Pipeline, SourceFormat};
use shopkeeper_store::{AuditEntry, ChangeRecord, OutboxOp, Photo, PhotoFile};

use crate::error::{Arg, CoreError, FieldError, Result};
use crate::{Shop, new_id, now_ms};

/// The long side of the rendition the app shows as a thumbnail.
pub const THUMBNAIL_SIDE: u32 = 220;
/// Most photos one listing may have (marketplace galleries stop here).
pub const MAX_PHOTOS: usize = 30;

fn op(entity_id: &str, kind: &'static str, payload: serde_json::Value) -> OutboxOp {
    OutboxOp {
        op_id: new_id(),
        entity: "listing",
        entity_id: entity_id.to_owned(),
        kind,
        payload,
        base_version: None,
    }
}

/// A refused photo as a validation error on field `photo`, with the file name.
fn media_error(name: &str, e: &MediaError) -> CoreError {
    if let MediaError::Corrupt { detail } | MediaError::Encode { detail } = e {
        tracing::info!(%name, %detail, code = e.code(), "photo refused");
    }
    let mut f = FieldError::new("photo", e.code()).arg("name", name);
    for (k, v) in e.args() {
        f = f.arg(
            k,
            match v {
                ErrorArg::Number(n) => Arg::Int(i64::try_from(n).unwrap_or(i64::MAX)),
                ErrorArg::Text(t) => Arg::Str(t.to_owned()),
            },
        );
    }
    CoreError::Validation(vec![f])
}

fn io_error(name: &str, e: &std::io::Error) -> CoreError {
    tracing::warn!(%name, error = %e, "photo file could not be read or written");
    CoreError::Validation(vec![
        FieldError::new("photo", "photo-unreadable").arg("name", name),
    ])
}

fn ext(format: SourceFormat) -> (&'static str, &'static str) {
    match format {
        SourceFormat::Jpeg => ("jpeg", "jpg"),
        SourceFormat::Png => ("png", "png"),
        SourceFormat::WebP => ("webp", "webp"),
    }
}

/// What the blocking half of an import produced: files written, photo described.
struct Written {
    photo: Photo,
    dir: PathBuf,
}

/// Decodes, checks and writes one photo's files. Runs on a blocking thread.
fn process_and_write(
    pipeline: &Pipeline,
    root: &Path,
    listing_id: &str,
    name: &str,
    bytes: &[u8],
) -> Result<Written> {
    let processed = pipeline.process(bytes).map_err(|e| media_error(name, &e))?;
    let id = new_id();
    let rel_dir = format!("{listing_id}/{id}");
    let dir = root.join(listing_id).join(&id);
    let tmp = root.join(listing_id).join(format!(".{id}.partial"));
    let write = || -> std::io::Result<(String, Vec<PhotoFile>)> {
        std::fs::create_dir_all(&tmp)?;
        let (_, extension) = ext(processed.source_format);
        let original = format!("original.{extension}");
        std::fs::write(tmp.join(&original), bytes)?;
        let mut files = Vec::new();
        for r in &processed.renditions {
            let (format, extension) = match r.format {
                OutputFormat::Jpeg => ("jpeg", "jpg"),
                OutputFormat::WebP => ("webp", "webp"),
            };
            let file = format!("{}.{extension}", r.long_side);
            std::fs::write(tmp.join(&file), &r.bytes)?;
            files.push(PhotoFile {
                long_side: r.long_side,
                format: format.into(),
                width: r.width,
                height: r.height,
                file: format!("{rel_dir}/{file}"),
            });
        }
        std::fs::rename(&tmp, &dir)?;
        Ok((format!("{rel_dir}/{original}"), files))
    };
    let (file_ref, renditions) = write().map_err(|e| {
        let _ = std::fs::remove_dir_all(&tmp);
        io_error(name, &e)
    })?;
    Ok(Written {
        photo: Photo {
            id,
            listing_id: listing_id.to_owned(),
            position: 0,
            is_primary: false,
            file_ref,
            source_format: ext(processed.source_format).0.into(),
            original_name: name.to_owned(),
            width: processed.width,
            height: processed.height,
            sha256: format!("{:x}", Sha256::digest(bytes)),
            had_gps: processed.had_gps,
            renditions,
            created_at: now_ms(),
        },
        dir,
    })
}

impl Shop {
    /// The directory of the shop file: the files ops refer to are relative to it.
    pub fn files_dir(&self) -> PathBuf {
        self.path
            .parent()
            .unwrap_or_else(|| Path::new("."))
            .to_path_buf()
    }

    /// Where photo files live: `photos/` next to the shop file.
    pub fn photos_dir(&self) -> PathBuf {
        self.files_dir().join("photos")
    }

    /// The listing's photos in gallery order.
    pub async fn listing_photos(&self, listing_id: &str) -> Result<Vec<Photo>> {
        Ok(self.store.photos(listing_id).await?)
    }

    /// The 220 px JPEG of a photo, for thumbnails.
    pub async fn photo_thumbnail(&self, photo: &Photo) -> Result<Vec<u8>> {
        let file = photo
            .renditions
            .iter()
            .find(|r| r.long_side == THUMBNAIL_SIDE && r.format == "jpeg")
            .or_else(|| photo.renditions.iter().rfind(|r| r.format == "jpeg"))
            .ok_or(CoreError::NotFound("photo"))?;
        let path = self.photos_dir().join(&file.file);
        tokio::fs::read(&path).await.map_err(|e| {
            tracing::warn!(path = %path.display(), error = %e, "thumbnail missing");
            CoreError::NotFound("photo")
        })
    }

    /// Imports the photo file at `path` into a listing. The file's size is
    /// checked before it is read; decoding runs on a blocking thread.
    pub async fn import_photo_file(&self, listing_id: &str, path: &Path) -> Result<Photo> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let limits = Limits::default();
        let meta = tokio::fs::metadata(path)
            .await
            .map_err(|e| io_error(&name, &e))?;
        if !meta.is_file() {
            return Err(io_error(&name, &std::io::Error::other("not a file")));
        }
        if meta.len() > limits.max_file_bytes {
            return Err(media_error(
                &name,
                &MediaError::TooLarge {
                    size: meta.len(),
                    max_size: limits.max_file_bytes,
                },
            ));
        }
        let bytes = tokio::fs::read(path)
            .await
            .map_err(|e| io_error(&name, &e))?;
        self.import_photo_bytes(listing_id, &name, bytes).await
    }

    /// Imports a photo's bytes (e.g. from the file picker) into a listing:
    /// validate and process off the async threads, write the files, then the
    /// row, its `photo.add` op and audit entry in one transaction. The first
    /// photo of a listing becomes its primary photo.
    pub async fn import_photo_bytes(
        &self,
        listing_id: &str,
        name: &str,
        bytes: Vec<u8>,
    ) -> Result<Photo> {
        // Fail fast (and cheaply) for a listing that does not exist.
        self.listing(listing_id).await?;
        let pipeline = self.pipeline.clone();
        let root = self.photos_dir();
        let (lid, n) = (listing_id.to_owned(), name.to_owned());
        let written = tokio::task::spawn_blocking(move || {
            process_and_write(&pipeline, &root, &lid, &n, &bytes)
        })
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "photo worker failed");
            CoreError::Validation(vec![
                FieldError::new("photo", "photo-encode-failed").arg("name", name),
            ])
        })??;

        // One writer at a time decides positions and the primary photo.
        let _guard = self.photo_lock.lock().await;
        let existing = self.store.photos(listing_id).await?;
        if existing.len() >= MAX_PHOTOS {
            let _ = std::fs::remove_dir_all(&written.dir);
            return Err(CoreError::Validation(vec![
                FieldError::new("photo", "photo-too-many")
                    .arg("name", name)
                    .arg("max", MAX_PHOTOS),
            ]));
        }
        let mut photo = written.photo;
        photo.position = existing.iter().map(|p| p.position + 1).max().unwrap_or(0);
        photo.is_primary = !existing.iter().any(|p| p.is_primary);
        let at = now_ms();
        let record = ChangeRecord {
            actor: self.actor.clone(),
            at,
            ops: vec![op(
                listing_id,
                "photo.add",
                json!({
                    "photo_id": photo.id,
                    "position": photo.position,
                    "primary": photo.is_primary,
                    "width": photo.width,
                    "height": photo.height,
                    "sha256": photo.sha256,
                    "renditions": photo.renditions,
                }),
            )],
            audit: AuditEntry {
                entity: "listing",
                entity_id: listing_id.to_owned(),
                action: "photo.add",
                changes: json!([{ "field": "photos", "before": null, "after": {
                    "photo": photo.id, "name": photo.original_name, "had_gps": photo.had_gps,
                }}]),
            },
        };
        if let Err(e) = self.store.add_photo(&photo, &record).await {
            let _ = std::fs::remove_dir_all(&written.dir);
            return Err(e.into());
        }
        self.changed.notify_one();
        Ok(photo)
    }

    /// Sets the gallery order (`order`: every live photo id of the listing,
    /// first shown first) and the primary photo. A `photo.reorder` op when
    /// the order changed, a `photo.primary` op when the primary did.
    pub async fn arrange_photos(
        &self,
        listing_id: &str,
        order: &[String],
        primary: &str,
    ) -> Result<Vec<Photo>> {
        let _guard = self.photo_lock.lock().await;
        let old = self.store.photos(listing_id).await?;
        let mut wanted: Vec<&str> = order.iter().map(String::as_str).collect();
        let mut have: Vec<&str> = old.iter().map(|p| p.id.as_str()).collect();
        let before_order = have.clone();
        wanted.sort_unstable();
        have.sort_unstable();
        if wanted != have || !order.iter().any(|id| id == primary) {
            return Err(CoreError::Validation(vec![FieldError::new(
                "photos",
                "photos-order-stale",
            )]));
        }
        let old_primary = old.iter().find(|p| p.is_primary).map(|p| p.id.as_str());
        let mut ops = Vec::new();
        let mut changes = Vec::new();
        if before_order != order.iter().map(String::as_str).collect::<Vec<_>>() {
            ops.push(op(listing_id, "photo.reorder", json!({ "order": order })));
            changes
                .push(json!({ "field": "photos.order", "before": before_order, "after": order }));
        }
        if old_primary != Some(primary) {
            ops.push(op(
                listing_id,
                "photo.primary",
                json!({ "photo_id": primary }),
            ));
            changes.push(
                json!({ "field": "photos.primary", "before": old_primary, "after": primary }),
            );
        }
        if ops.is_empty() {
            return Ok(old);
        }
        let record = ChangeRecord {
            actor: self.actor.clone(),
            at: now_ms(),
            ops,
            audit: AuditEntry {
                entity: "listing",
                entity_id: listing_id.to_owned(),
                action: "photo.arrange",
                changes: json!(changes),
            },
        };
        self.store
            .arrange_photos(listing_id, order, Some(primary), &record)
            .await?;
        self.changed.notify_one();
        Ok(self.store.photos(listing_id).await?)
    }

    /// Removes a photo from its listing's gallery (`photo.remove`). Its files
    /// stay so that [`Shop::restore_photo`] can undo the removal. When the
    /// primary photo goes, the next one becomes primary.
    pub async fn remove_photo(&self, photo_id: &str) -> Result<Vec<Photo>> {
        let _guard = self.photo_lock.lock().await;
        let (photo, removed) = self
            .store
            .photo(photo_id)
            .await?
            .ok_or(CoreError::NotFound("photo"))?;
        let listing_id = photo.listing_id.clone();
        if removed {
            return Ok(self.store.photos(&listing_id).await?);
        }
        let rest: Vec<Photo> = self
            .store
            .photos(&listing_id)
            .await?
            .into_iter()
            .filter(|p| p.id != photo_id)
            .collect();
        let order: Vec<String> = rest.iter().map(|p| p.id.clone()).collect();
        let primary = rest
            .iter()
            .find(|p| p.is_primary)
            .or(rest.first())
            .map(|p| p.id.clone());
        let at = now_ms();
        let mut ops = vec![op(
            &listing_id,
            "photo.remove",
            json!({ "photo_id": photo_id }),
        )];
        if let Some(p) = primary.as_ref().filter(|_| photo.is_primary) {
            ops.push(op(&listing_id, "photo.primary", json!({ "photo_id": p })));
        }
        let record = ChangeRecord {
            actor: self.actor.clone(),
            at,
            ops,
            audit: AuditEntry {
                entity: "listing",
                entity_id: listing_id.clone(),
                action: "photo.remove",
                changes: json!([{ "field": "photos", "before": {
                    "photo": photo.id, "name": photo.original_name }, "after": null }]),
            },
        };
        self.store
            .set_photo_removed(
                photo_id,
                Some(at),
                &listing_id,
                &order,
                primary.as_deref(),
                &record,
            )
            .await?;
        self.changed.notify_one();
        Ok(self.store.photos(&listing_id).await?)
    }

    /// Undoes [`Shop::remove_photo`]: the photo returns to where it was (or
    /// the end, if the gallery changed since) and, if it was the primary
    /// photo, becomes primary again. Sent to the marketplace as `photo.add`.
    pub async fn restore_photo(&self, photo_id: &str) -> Result<Vec<Photo>> {
        let _guard = self.photo_lock.lock().await;
        let (photo, removed) = self
            .store
            .photo(photo_id)
            .await?
            .ok_or(CoreError::NotFound("photo"))?;
        let listing_id = photo.listing_id.clone();
        if !removed {
            return Ok(self.store.photos(&listing_id).await?);
        }
        let live = self.store.photos(&listing_id).await?;
        let mut order: Vec<String> = live.iter().map(|p| p.id.clone()).collect();
        let at_index = usize::try_from(photo.position)
            .unwrap_or(0)
            .min(order.len());
        order.insert(at_index, photo.id.clone());
        let primary = if photo.is_primary || live.is_empty() {
            Some(photo.id.clone())
        } else {
            live.iter().find(|p| p.is_primary).map(|p| p.id.clone())
        };
        let record = ChangeRecord {
            actor: self.actor.clone(),
            at: now_ms(),
            ops: vec![op(
                &listing_id,
                "photo.add",
                json!({
                    "photo_id": photo.id,
                    "position": at_index,
                    "primary": primary.as_deref() == Some(photo.id.as_str()),
                    "width": photo.width,
                    "height": photo.height,
                    "sha256": photo.sha256,
                    "renditions": photo.renditions,
                }),
            )],
            audit: AuditEntry {
                entity: "listing",
                entity_id: listing_id.clone(),
                action: "photo.restore",
                changes: json!([{ "field": "photos", "before": null, "after": {
                    "photo": photo.id, "name": photo.original_name }}]),
            },
        };
        self.store
            .set_photo_removed(
                photo_id,
                None,
                &listing_id,
                &order,
                primary.as_deref(),
                &record,
            )
            .await?;
        self.changed.notify_one();
        Ok(self.store.photos(&listing_id).await?)
    }
}
